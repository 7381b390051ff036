/**
 * `<catalog-workbench>`: the clerk's page. A Jugendamt's or a partner's
 * staff choose or drop their list (every format `offer-finder import`
 * reads), see in plain words what happened to each record, see the result as
 * families and planners will (a live `<offer-finder>` and `<offer-coverage>`
 * on it), and download the files to publish. The files never leave the
 * machine: they are read with the File API and imported in a worker
 * (runner.ts); the only request is for the catalog `src` names, whose
 * milestones, topics, districts and providers the import uses.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CatalogInput } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';
import { baseStyles } from '../shared/base.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { downloadBlob } from '../shared/download.js';
import { catalogWorkbenchStyles } from './catalog-workbench.styles.js';
import type { ExportOutcome, ImportOutcome, InputFile, MappingFile } from './protocol.js';
import type { Catalog } from '../../catalog/schema.js';
import { catalogBlobUrl, starterJson } from './base-catalog.js';
import { choicesStorageKey, readChoices, writeChoices } from './choices-store.js';
import { renderDefaults, type Defaults } from './defaults-view.js';
import { renderDiff } from './diff-view.js';
import { renderMapping } from './mapping-view.js';
import { renderReport, renderSources } from './report-view.js';
import { Cancelled, TaskRunner } from './runner.js';
import { workbenchStrings, type WorkbenchStrings } from './strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'catalog-workbench': CatalogWorkbench;
  }
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; files: number }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/**
 * Turns a clerk's spreadsheet or open-data file into the catalog to publish,
 * in the browser.
 *
 * @tagname catalog-workbench
 * @summary Drop a list of offers, read the report, preview the finder, download the catalog.
 *
 * @csspart drop - The drop zone with the file field.
 * @csspart status - The live region: reading, or the summary of the import.
 * @csspart report-group - One group of the report (a disclosure).
 * @csspart downloads - The download buttons.
 * @csspart preview - The previews of `<offer-finder>` and `<offer-coverage>`.
 */
export class CatalogWorkbench extends CatalogElement {
  static override styles = [baseStyles, catalogWorkbenchStyles];
  /** Without `src` it starts from the sample's structure. */
  protected static override optionalCatalog = true;

  /**
   * Keep the classification and the mapping in `localStorage` for the next
   * visit (opt-in), under a key of the catalog's URL. Without it nothing is
   * stored: the files never are.
   */
  @property({ type: Boolean }) persist = false;

  @state() private stage: Stage = { kind: 'idle' };
  @state() private dragging = false;
  /** Groups of the report listed in full. */
  @state() private expanded = new Set<string>();
  /** Milestones and topics for records that name none. */
  @state() private defaults: Defaults = { milestones: [], topics: [] };
  /**
   * Where the base catalog comes from when it is not the page's `src`: the
   * sample's structure, or a file the clerk chose (its name), with the
   * `blob:` URL the element loads in place of `src`.
   */
  @state() private baseSource?: { name?: string; url: string };
  /** Why the file chosen as the base catalog is no JSON. */
  @state() private baseFailure?: string;
  /** Unknown columns and categories as the clerk assigned them: the command line's mapping file. */
  @state() private mapping: MappingFile = { columns: {}, milestones: {}, topics: {} };
  /** Why the last export could not be made. */
  @state() private exportFailure?: string;
  /** The files last read, to read again with another classification. */
  private lastFiles?: InputFile[];
  /** The imported catalog as a `blob:` URL, for the previews. */
  private previewUrl?: string;
  private readonly runner = new TaskRunner();

  /** The storage key the stored choices were read from (once per catalog), and what was last written there. */
  private choicesKey?: string;
  private choicesWritten?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Without a catalog of the page's, the sample's structure is the base.
    if (!this.src && !this.baseSource) this.useBase(catalogBlobUrl(starterJson()));
  }

  protected override willUpdate(): void {
    // The choices belong to the page's catalog (`src` as written), not to a base chosen as a file.
    const url = this.getAttribute('src');
    if (!this.persist || !url || this.choicesKey === choicesStorageKey(url)) return;
    this.choicesKey = choicesStorageKey(url);
    const stored = readChoices(this.choicesKey);
    if (stored) Object.assign(this, stored);
  }

  protected override updated(): void {
    if (!this.persist || !this.choicesKey) return;
    const choices = { defaults: this.defaults, mapping: this.mapping };
    const written = JSON.stringify(choices);
    if (written !== this.choicesWritten) writeChoices(this.choicesKey, choices);
    this.choicesWritten = written;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runner.cancel();
    this.setPreview(undefined);
  }

  /** Loads the base from a `blob:` URL in place of the page's `src` (the previous one is let go). */
  private useBase(url: string, name?: string) {
    if (this.baseSource) URL.revokeObjectURL(this.baseSource.url);
    this.baseSource = { url, ...(name && { name }) };
    this.src = url;
  }

  /** What the line above the file field names the base by: its file, the sample's structure, or its title. */
  private baseOrigin(s: WorkbenchStrings, l: Localization, catalog: Catalog): string {
    if (this.baseSource) return this.baseSource.name ?? s.starter;
    return l.text(catalog.title) ?? this.src ?? '';
  }

  protected renderContent(l: Localization): TemplateResult {
    const s = workbenchStrings(l.language);
    const base = this.catalog.loaded?.catalog;
    const stage = this.stage;
    return html`
      <h2>${s.heading}</h2>
      <p class="intro">${s.intro}</p>
      ${this.catalog.error ? this.renderLoadError(l) : nothing}
      <p class="hint">${base ? s.base(this.baseOrigin(s, l, base)) : this.catalog.error ? '' : s.baseLoading}</p>
      <p class="base-file">
        <label for="base-file">${s.chooseBase}</label>
        <input id="base-file" type="file" accept=".json,application/json" @change=${this.onChooseBase} />
      </p>
      ${this.baseFailure ? html`<p role="alert" class="error">${s.baseFailed(this.baseFailure)}</p>` : nothing}
      <div
        class=${this.dragging ? 'drop dragging' : 'drop'}
        part="drop"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <label class="button primary" for="files">${s.chooseFiles}</label>
        <input id="files" type="file" multiple ?disabled=${!base || stage.kind === 'reading'} @change=${this.onChoose} />
        <span>${s.dropHere}</span>
      </div>
      ${base ? renderDefaults(base, this.defaults, (defaults) => (this.defaults = defaults), s, l) : nothing}
      ${
        this.lastFiles && stage.kind !== 'reading'
          ? html`<button class="button" type="button" @click=${() => this.importFiles(this.lastFiles!)}>${s.readAgain}</button>`
          : nothing
      }
      <p class="status" role="status" part="status">${this.statusText(s)}</p>
      ${
        stage.kind === 'reading'
          ? html`<progress aria-label=${s.reading(stage.files)}></progress>
            <button class="button" type="button" @click=${this.onCancel}>${s.cancel}</button>`
          : nothing
      }
      ${stage.kind === 'done' ? this.renderOutcome(stage.outcome, s, l) : nothing}
    `;
  }

  private statusText(s: WorkbenchStrings): string {
    const stage = this.stage;
    switch (stage.kind) {
      case 'idle':
        return '';
      case 'reading':
        return s.reading(stage.files);
      case 'done':
        return stage.outcome.summaryLine;
      case 'failed':
        return s.failed(stage.message);
      case 'cancelled':
        return s.cancelled;
    }
  }

  private renderOutcome(outcome: ImportOutcome, s: WorkbenchStrings, l: Localization) {
    const expand = (key: string) => (this.expanded = new Set([...this.expanded, key]));
    return html`
      ${renderSources(outcome, s)} ${renderReport(outcome, s, this.expanded, expand)}
      ${this.renderMappingSection(outcome, s, l)}
      ${outcome.diff && outcome.offers ? renderDiff(outcome.diff, s, l) : nothing}
      <h3>${s.downloadsHeading}</h3>
      ${
        outcome.catalogJson && outcome.offers
          ? html`<div class="downloads" part="downloads">
            <button class="button primary" type="button" @click=${() => this.downloadCatalog(outcome)}>${s.downloadCatalog}</button>
            <button class="button" type="button" @click=${() => this.downloadExport(outcome, 'xlsx', l)}>${s.downloadXlsx}</button>
            <button class="button" type="button" @click=${() => this.downloadExport(outcome, 'hsds', l)}>${s.downloadHsds}</button>
          </div>
          ${this.exportFailure ? html`<p role="alert" class="error">${s.exportFailed(this.exportFailure)}</p>` : nothing}`
          : html`<p>${s.nothingToDownload}</p>`
      }
      ${
        this.previewUrl
          ? html`<section class="preview" part="preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading">${s.previewHeading}</h3>
            <offer-finder src=${this.previewUrl} lang=${l.requested}></offer-finder>
            <h3>${s.coverageHeading}</h3>
            <offer-coverage src=${this.previewUrl} lang=${l.requested}></offer-coverage>
          </section>`
          : nothing
      }
    `;
  }

  private renderMappingSection(outcome: ImportOutcome, s: WorkbenchStrings, l: Localization) {
    const base = this.catalog.loaded?.catalog;
    const section = base && renderMapping(outcome, base, this.mapping, (mapping) => (this.mapping = mapping), s, l);
    if (!section || section === nothing) return nothing;
    return html`${section}
      <div class="downloads">
        <button class="button primary" type="button" @click=${() => this.importFiles(this.lastFiles!)}>${s.readAgain}</button>
        <button class="button" type="button" @click=${this.saveMapping}>${s.saveMapping}</button>
      </div>`;
  }

  /** The assignments as the command line's mapping file, with only the sections that have entries. */
  private saveMapping = () => {
    const file = Object.fromEntries(Object.entries(this.mapping).filter(([, entries]) => Object.keys(entries).length));
    const json = `${JSON.stringify(file, null, 2)}\n`;
    downloadBlob(new Blob([json], { type: 'application/json' }), 'zuordnung.json', this.renderRoot);
  };

  private onDragOver = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = true;
  };

  private onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length && this.stage.kind !== 'reading') void this.readFiles(files);
  };

  private onChooseBase = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch (error) {
      this.baseFailure = (error as Error).message;
      return;
    }
    this.baseFailure = undefined;
    // The loader and its parser check it as they check the page's catalog; what is wrong shows as a load error.
    this.useBase(catalogBlobUrl(text), file.name);
  };

  private onChoose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void this.readFiles(files);
  };

  private onCancel = () => this.runner.cancel();

  /** The chosen files' bytes, read in the page with the File API (nothing is uploaded), then imported. */
  private async readFiles(chosen: File[]) {
    this.stage = { kind: 'reading', files: chosen.length };
    const files = await Promise.all(
      chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    this.lastFiles = files;
    await this.importFiles(files);
  }

  private async importFiles(files: InputFile[]) {
    const base = this.catalog.loaded?.catalog;
    if (!base) return;
    this.stage = { kind: 'reading', files: files.length };
    this.expanded = new Set();
    this.setPreview(undefined);
    try {
      const lang = this.l10n.current.language === 'en' ? 'en' : 'de';
      const outcome = await this.runner.run<ImportOutcome>({
        kind: 'import',
        files,
        base: base as CatalogInput,
        ...this.defaults,
        mapping: this.mapping,
        lang,
      });
      this.setPreview(outcome.offers ? outcome.catalogJson : undefined);
      this.stage = { kind: 'done', outcome };
    } catch (error) {
      this.stage =
        error instanceof Cancelled ? { kind: 'cancelled' } : { kind: 'failed', message: (error as Error).message };
    }
  }

  private setPreview(json: string | undefined) {
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = json ? URL.createObjectURL(new Blob([json], { type: 'application/json' })) : undefined;
  }

  private downloadCatalog(outcome: ImportOutcome) {
    downloadBlob(new Blob([outcome.catalogJson!], { type: 'application/json' }), 'angebote.json', this.renderRoot);
  }

  private async downloadExport(outcome: ImportOutcome, format: 'xlsx' | 'hsds', l: Localization) {
    const catalog = JSON.parse(outcome.catalogJson!) as CatalogInput;
    const lang = l.language === 'en' ? 'en' : 'de';
    this.exportFailure = undefined;
    try {
      const file = await this.runner.run<ExportOutcome>({ kind: 'export', format, catalog, lang });
      downloadBlob(new Blob([file.bytes as BlobPart], { type: file.type }), file.fileName, this.renderRoot);
    } catch (error) {
      if (!(error instanceof Cancelled)) this.exportFailure = (error as Error).message;
    }
  }
}
