/**
 * `<offer-coverage>`: for planners, the offers per milestone and topic (or
 * district) as a table with its gaps named, the offers of a cell, and the
 * table as CSV (catalog/coverage.ts does the counting).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { SharedSearchController, type SharedSearchState } from '../../controllers/shared-search.js';
import type { Localization } from '../../i18n/i18n.js';
import type { OfferFilters } from '../../catalog/filter.js';
import { attributesOf } from '../../catalog/search-codec.js';
import type { Catalog, Offer } from '../../catalog/schema.js';
import {
  coverageCsv,
  coverageGaps,
  coverageMatrix,
  type CoverageCell,
  type CoverageMatrix,
  type CoverageView,
} from '../../catalog/coverage.js';
import { baseStyles } from '../shared/base.styles.js';
import { boxStyles } from '../shared/box.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { choiceStyles } from '../shared/choice.styles.js';
import { downloadBlob } from '../shared/download.js';
import { offerCoverageStyles } from './offer-coverage.styles.js';
import { addGermanPart } from '../../i18n/registry.js';
import { coverageDe } from '../../i18n/strings/coverage.js';

// The table's German comes with it, not with the families' bundle (de.ts).
addGermanPart(coverageDe);

export interface CoverageSelectDetail {
  view: CoverageView;
  /** Topic id (topic view) or district id (district view). */
  row: string;
  /** Milestone id. */
  column: string;
  /** The offers the cell counts. */
  offers: Offer[];
  /** `true` when the cell became the selection, `false` when choosing it again cleared it. */
  selected: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'offer-coverage': OfferCoverage;
  }
  interface GlobalEventHandlersEventMap {
    'coverage-select': CustomEvent<CoverageSelectDetail>;
  }
}

/** `view="districts"`; anything else is the topic view. */
const viewConverter = {
  fromAttribute: (value: string | null): CoverageView =>
    value?.trim().toLowerCase() === 'districts' ? 'districts' : 'topics',
  toAttribute: (value: CoverageView) => value,
};

/** The id of a filter that holds one (`["kita"]`), or undefined for none or several. */
const single = (ids: readonly string[]) => (ids.length === 1 ? ids[0] : undefined);

/**
 * For planners: how many offers there are for each topic in each milestone
 * (or for each district), and where there are none or only one, the gaps to
 * close. A table with row and column headers, gaps marked in text and by
 * pattern (not by colour alone), a summary that names them, the offers of a
 * cell on a click (or, linked, an `<offer-search>` filtered to them), and the
 * table as a CSV file for a spreadsheet.
 *
 * @tagname offer-coverage
 * @summary Coverage matrix for planners: offers per milestone × topic (or × district), gaps named in text, CSV download.
 *
 * @fires coverage-select - A cell was chosen, or chosen again to clear the selection. `detail: { view, row, column, offers, selected }`.
 * @fires catalog-issues - The catalog had invalid records or references (for maintainers). `detail: { url, issues }`.
 *
 * @csspart controls - The view switch, the district choice and the download button.
 * @csspart status - The live region: loading, an empty catalog.
 * @csspart error - The message when the catalog cannot be loaded.
 * @csspart summary - The gaps and thin cells, named.
 * @csspart table - The table.
 * @csspart cell - A cell with its count (a button where there are offers to show).
 * @csspart gap - A cell without offers (district view: without offers of the district itself).
 * @csspart thin - A cell with one offer.
 * @csspart offers - The offers of the chosen cell.
 *
 * @cssprop --offer-finder-color-text - Text colour.
 * @cssprop --offer-finder-color-background - Background of the table.
 * @cssprop --offer-finder-color-surface - Background of the header cells and the chosen cell.
 * @cssprop --offer-finder-color-muted - Secondary text, thin cells.
 * @cssprop --offer-finder-color-border - Borders of the table.
 * @cssprop --offer-finder-color-accent - Counts that can be opened, links, the chosen cell.
 * @cssprop --offer-finder-color-focus - The focus ring (default #0b0c0c, in dark pages #ffdd00).
 * @cssprop --offer-finder-color-focus-inner - The band inside the focus ring, in a second colour that stands out from the first (default #ffdd00, in dark pages #0b0c0c).
 * @cssprop --offer-finder-color-error - Gaps and error messages.
 * @cssprop --offer-finder-radius - Corner radius.
 * @cssprop --offer-finder-space - Spacing between blocks.
 * @cssprop --offer-finder-font-family - Font (default: the page's).
 * @cssprop --offer-finder-focus-width - Width of the focus ring (default 3px; never below 2px).
 */
export class OfferCoverage extends CatalogElement {
  static override styles = [baseStyles, boxStyles, choiceStyles, offerCoverageStyles];

  /**
   * Id of an `<offer-search>` in the same document or shadow root: choosing a
   * cell filters it to that milestone and topic (or district) instead of
   * listing the offers here; choosing it again clears the filter.
   */
  @property() for?: string;

  /**
   * Elements of one group share the search: a chosen cell filters every
   * `<offer-search>` of the group. Default: the elements with the same `src`.
   */
  @property() group?: string;

  /** `topics` (default): topics × milestones; `districts`: districts × milestones. Reflects the choice. */
  @property({ reflect: true, converter: viewConverter }) view: CoverageView = 'topics';

  /** Topic view: count only the offers of this district (id) and those for the whole city. Reflects the choice. */
  @property({ reflect: true }) district = '';

  /** The chosen cell. */
  @state() private selected?: { view: CoverageView; row: string; column: string };

  private readonly shared = new SharedSearchController(this, (state) => this.applySharedState(state));
  private matrixCache?: { catalog: Catalog; view: CoverageView; district: string; matrix: CoverageMatrix };

  /** The matrix on show, or undefined before the catalog is there. */
  get matrix(): CoverageMatrix | undefined {
    const catalog = this.catalog.loaded?.catalog;
    if (!catalog) return undefined;
    const district =
      this.view === 'topics' && catalog.districts.some((d) => d.id === this.district) ? this.district : '';
    const cached = this.matrixCache;
    if (cached?.catalog === catalog && cached.view === this.view && cached.district === district) return cached.matrix;
    const matrix = coverageMatrix(catalog, this.view, { district: district || undefined });
    this.matrixCache = { catalog, view: this.view, district, matrix };
    return matrix;
  }

  /** The table as CSV, as the download gives it (without the byte order mark), in the element's language. */
  toCsv(): string {
    const matrix = this.matrix;
    if (!matrix) return '';
    const l = this.l10n.current;
    const s = l.strings;
    return coverageCsv(matrix, {
      corner: matrix.view === 'districts' ? s.facetDistrict : s.facetTopic,
      text: l.text,
      total: s.coverageTotal,
      local: s.coverageLocalColumn,
      citywide: s.wholeCity,
    });
  }

  protected override updated(): void {
    // After the options exist (a `.value` binding on the select would come before them).
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#district');
    const value = this.matrix?.district?.id ?? '';
    if (select && select.value !== value) select.value = value;
  }

  protected renderContent(l: Localization): TemplateResult {
    const s = l.strings;
    const catalog = this.catalog.loaded?.catalog;
    const matrix = catalog && catalog.milestones.length > 0 ? this.matrix : undefined;
    const status = !catalog
      ? this.catalog.pending
        ? s.coverageLoading
        : nothing
      : catalog.milestones.length === 0
        ? s.coverageEmpty
        : nothing;
    return html`
      ${this.renderLoadError(l)}
      <p class="status" role="status" part="status" aria-busy=${this.catalog.pending ? 'true' : 'false'}>${status}</p>
      ${catalog && matrix ? this.renderCoverage(catalog, matrix, l) : nothing}
    `;
  }

  private renderCoverage(catalog: Catalog, matrix: CoverageMatrix, l: Localization) {
    const s = l.strings;
    const text = l.text;
    const rowTitles = new Map(matrix.rows.map((row) => [row.id, text(row.title)]));
    const columnTitles = new Map(matrix.columns.map((m) => [m.id, text(m.title)]));
    const cellName = (cell: CoverageCell) => s.coverageCell(rowTitles.get(cell.row)!, columnTitles.get(cell.column)!);
    const { gaps, thin } = coverageGaps(matrix);
    /** The gaps and thin cells one a line: 11 in a row were one run-on paragraph. */
    const list = (cells: CoverageCell[]) =>
      cells.length ? html`<ul>${cells.map((cell) => html`<li>${cellName(cell)}</li>`)}</ul>` : nothing;
    const districtTitle = matrix.district ? text(matrix.district.title) : undefined;
    const withoutTopic = matrix.view === 'topics' ? new Set(matrix.outside.flat()).size : 0;
    const note =
      matrix.view === 'districts'
        ? s.coverageDistrictsNote
        : `${districtTitle ? `${s.timelineDistrictNote(districtTitle)} ` : ''}${s.coverageTopicsNote}`;
    return html`
      ${this.renderControls(catalog, matrix, l)}
      <div class="summary" part="summary" aria-live="polite">
        <p class="gaps">${s.coverageGapsHeading(gaps.length, l.format)}</p>
        ${list(gaps)}
        <p class="thin-list">${s.coverageThinHeading(thin.length, l.format)}</p>
        ${list(thin)}
      </div>
      <p class="note" id="note">${note}${withoutTopic ? ` ${s.coverageWithoutTopic(withoutTopic, l.format)}` : ''}</p>
      <p class="caption" id="caption">${s.coverageCaption(matrix.view, districtTitle)}</p>
      <div class="table-wrapper">
        <table part="table" aria-labelledby="caption" aria-describedby="note">
          <thead>
            <tr>
              <th scope="col">${matrix.view === 'districts' ? s.facetDistrict : s.facetTopic}</th>
              ${matrix.columns.map((m) => html`<th scope="col"><span dir="auto">${columnTitles.get(m.id)}</span></th>`)}
            </tr>
          </thead>
          <tbody>
            ${matrix.rows.map(
              (row) => html`
                <tr>
                  <th scope="row"><span dir="auto">${rowTitles.get(row.id)}</span></th>
                  ${row.cells.map((cell) => this.renderCell(cell, matrix.view, cellName(cell), l))}
                </tr>
              `,
            )}
          </tbody>
          <tfoot>
            ${
              matrix.view === 'districts'
                ? html`<tr class="citywide">
                  <th scope="row">${s.wholeCity}</th>
                  ${matrix.outside.map((offers) => html`<td>${l.format.number(offers.length)}</td>`)}
                </tr>`
                : nothing
            }
            <tr>
              <th scope="row">${s.coverageTotal}</th>
              ${matrix.totals.map((offers) => html`<td>${l.format.number(offers.length)}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
      ${this.renderOffers(matrix, cellName, l)}
    `;
  }

  private renderControls(catalog: Catalog, matrix: CoverageMatrix, l: Localization) {
    const s = l.strings;
    const views: [CoverageView, string][] = [
      ['topics', s.coverageViewTopics],
      ['districts', s.coverageViewDistricts],
    ];
    return html`
      <div class="controls" part="controls">
        ${
          catalog.districts.length
            ? html`<fieldset class="views">
              <legend>${s.coverageViewLabel}</legend>
              <div class="choice-row">
                ${views.map(
                  ([view, label]) => html`
                    <label class="choice">
                      <input type="radio" name="view" value=${view} .checked=${live(this.view === view)} @change=${() => this.setView(view)} />
                      <span>${label}</span>
                    </label>
                  `,
                )}
              </div>
            </fieldset>`
            : nothing
        }
        ${
          matrix.view === 'topics' && catalog.districts.length
            ? html`<div class="field">
              <label for="district">${s.facetDistrict}</label>
              <select id="district" @change=${this.onDistrictChange}>
                <option value="" ?selected=${!matrix.district}>${s.coverageAllDistricts}</option>
                ${catalog.districts.map(
                  (d) =>
                    html`<option value=${d.id} ?selected=${matrix.district?.id === d.id}>${l.text(d.title)}</option>`,
                )}
              </select>
            </div>`
            : nothing
        }
        <button class="button download" type="button" @click=${this.download}>
          <span aria-hidden="true">⤓</span><span>${s.coverageDownload}</span>
        </button>
      </div>
    `;
  }

  private renderCell(cell: CoverageCell, view: CoverageView, name: string, l: Localization) {
    const s = l.strings;
    const count = cell.offers.length;
    const mark = cell.level === 'gap' ? s.coverageGap : cell.level === 'thin' ? s.coverageThin : undefined;
    const classes = { cell: true, gap: cell.level === 'gap', thin: cell.level === 'thin' };
    const part = `cell${cell.level === 'ok' ? '' : ` ${cell.level}`}`;
    // The district view leads with the offers of the district itself, which its gap or thin mark is about ("0 im
    // Stadtteil – Lücke"); those a family there finds with the citywide ones follow, smaller ("18 mit den stadtweiten").
    const districts = view === 'districts';
    const number = districts
      ? html`<span class="count phrase">${s.coverageLocal(cell.local ?? 0, l.format)}</span>`
      : html`<span class="count">${l.format.number(count)}</span>`;
    const content = html`
      <span class="line">${number}${mark ? html`<span class="mark"> – ${mark}</span>` : nothing}</span>
      ${districts ? html`<span class="local">${s.coverageWithCitywide(count, l.format)}</span>` : nothing}
    `;
    if (count === 0) {
      return html`<td class=${classMap(classes)} part=${part}><span class="static">${content}</span></td>`;
    }
    const pressed =
      this.selected?.view === view && this.selected.row === cell.row && this.selected.column === cell.column;
    return html`
      <td class=${classMap({ ...classes, selected: pressed })} part=${part}>
        <button
          type="button"
          aria-pressed=${pressed ? 'true' : 'false'}
          data-row=${cell.row}
          data-column=${cell.column}
          @click=${() => this.toggle(cell, view)}
        >
          ${content}<span class="visually-hidden">: ${name}</span>
        </button>
      </td>
    `;
  }

  private renderOffers(matrix: CoverageMatrix, cellName: (cell: CoverageCell) => string, l: Localization) {
    const selected = this.selected;
    if (!selected || selected.view !== matrix.view || this.linkedSearch(this.for)) return nothing;
    const cell = matrix.rows.find((r) => r.id === selected.row)?.cells.find((c) => c.column === selected.column);
    if (!cell) return nothing;
    const s = l.strings;
    return html`
      <section class="offers" part="offers" aria-labelledby="offers-heading" @keydown=${this.onOffersKeydown}>
        <h2 id="offers-heading" tabindex="-1">${s.coverageOffersHeading(cellName(cell), cell.offers.length, l.format)}</h2>
        <ul>
          ${cell.offers.map(
            (offer) => html`<li>
              ${this.renderOfferTitle(offer, l)}${
                matrix.view === 'districts' && !offer.districts
                  ? html` <span class="citywide-mark">(${s.wholeCity})</span>`
                  : nothing
              }
            </li>`,
          )}
        </ul>
        <button class="button" type="button" @click=${this.closeOffers}>${s.coverageClose}</button>
      </section>
    `;
  }

  private setView(view: CoverageView) {
    this.view = view;
  }

  private onDistrictChange = (event: Event) => {
    this.district = (event.target as HTMLSelectElement).value;
  };

  private toggle(cell: CoverageCell, view: CoverageView) {
    const selected = !(
      this.selected?.view === view &&
      this.selected.row === cell.row &&
      this.selected.column === cell.column
    );
    this.selected = selected ? { view, row: cell.row, column: cell.column } : undefined;
    this.emit('coverage-select', { view, row: cell.row, column: cell.column, offers: cell.offers, selected });
    const district = this.matrix?.district?.id;
    const filters: Pick<OfferFilters, 'milestones' | 'topics' | 'districts'> = !selected
      ? { milestones: [], topics: [], districts: [] }
      : view === 'districts'
        ? { milestones: [cell.column], topics: [], districts: [cell.row] }
        : { milestones: [cell.column], topics: [cell.row], districts: district ? [district] : [] };
    this.shared.publish({ filters });
    const search = this.linkedSearch(this.for, 'the coverage table');
    if (search) Object.assign(search, attributesOf(filters));
    else if (selected) {
      // The list appears below a table that may be long: take the reader there.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#offers-heading')?.focus());
    }
  }

  private closeOffers = () => {
    const selected = this.selected;
    this.selected = undefined;
    if (!selected) return;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLButtonElement>(
          `button[data-row="${CSS.escape(selected.row)}"][data-column="${CSS.escape(selected.column)}"]`,
        )
        ?.focus(),
    );
  };

  private onOffersKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closeOffers();
  };

  /** Another element of the group changed the search: the cell that matches its filters exactly is the selection. */
  private applySharedState({ search: { filters } }: SharedSearchState) {
    const milestone = single(filters.milestones);
    const topic = single(filters.topics);
    const district = single(filters.districts);
    if (milestone && topic && this.view === 'topics' && (!filters.districts.length || district === this.district)) {
      this.selected = { view: 'topics', row: topic, column: milestone };
    } else if (milestone && district && !filters.topics.length && this.view === 'districts') {
      this.selected = { view: 'districts', row: district, column: milestone };
    } else this.selected = undefined;
  }

  private download = () => {
    const csv = this.toCsv();
    if (!csv) return;
    const s = this.l10n.current.strings;
    const district = this.view === 'topics' && this.matrix?.district ? `-${this.matrix.district.id}` : '';
    // A byte order mark, so that Excel reads the file as UTF-8 (umlauts).
    const file = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    downloadBlob(file, `${s.coverageFileName}-${this.view}${district}.csv`, this.renderRoot);
  };
}
