/**
 * `<contact-card>`: a person or an organisation to get in touch with, from
 * the catalog or from the card's own attributes. "Anrufen" and "E-Mail
 * schreiben" come first, under the name, since that is what a parent on a
 * phone came for; "Kontakt speichern" (a vCard made in the browser, its
 * writer loaded on demand) comes last and plainer. What the card shows is
 * worked out in contact-data.ts.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClockController } from '../../controllers/clock-controller.js';
import type { Localization } from '../../i18n/i18n.js';
import type { Address } from '../../catalog/schema.js';
import { mailtoHref, osmHref, telHref } from '../shared/links.js';
import { baseStyles } from '../shared/base.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { downloadBlob } from '../shared/download.js';
import { openingPeriodLines, openingStatusText } from '../shared/opening-hours.js';
import { contactCardStyles } from './contact-card.styles.js';
import { filled, viewFromAttributes, viewFromCatalog, type CardData, type View } from './contact-data.js';
import type { VCardContact } from './vcard.js';

export interface ContactSaveDetail {
  /** The vCard 4.0 text (CRLF line endings). */
  vcard: string;
  /** The suggested file name, e.g. `Sabine Kortmann.vcf`. */
  filename: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCard;
  }
  interface GlobalEventHandlersEventMap {
    'contact-save': CustomEvent<ContactSaveDetail>;
  }
}

/**
 * The vCard writer, a module of its own (a file beside the CDN bundle, like
 * a language): loaded when someone saves a contact, or is about to (focus or
 * pointer on the button), so that pages where nobody does never download it.
 * The browser loads it once for every card; after a failure (offline) the
 * next click requests it again.
 */
const loadVCardWriter = () => import('./vcard.js');

/** Starts loading the writer ahead of the click; a failure here is the click's to report. */
const prefetchVCardWriter = () => void loadVCardWriter().catch(() => undefined);

/** Whether the console said that `role` is now `job-title`: once per page is enough. */
let roleNoted = false;

/** A website as people read it: without `https://`, with umlauts instead of percent signs. */
function readableUrl(href: string): string {
  const short = href.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  try {
    return decodeURI(short);
  } catch {
    return short;
  }
}

/**
 * A person or an organisation to get in touch with: name, job title, organisation
 * and its networks, phone, e-mail, website, address with a map link, opening
 * hours, languages, and "Kontakt speichern" for the address book (a vCard made
 * in the browser).
 *
 * Two ways to use it:
 *
 * - From the catalog: `<contact-card src="…/angebote.json" contact="sabine-kortmann">`,
 *   or `organization="jugendamt"` for an organisation.
 * - Without any endpoint: `<contact-card name="…" job-title="…" organization="…" phone="…"
 *   email="…" url="…" street="…" postal-code="…" city="…" hours="…">`. No request is made.
 *
 * The name is a paragraph, not a heading, because the card cannot know where
 * in the page's outline it sits; set `heading-level` to make it a heading of
 * that level.
 *
 * @tagname contact-card
 * @summary A contact person or organisation with phone, e-mail, address and "save to address book".
 *
 * @fires contact-save - The vCard was made, just before the download starts. `detail: { vcard, filename }`. Cancelable: `preventDefault()` stops the download (to handle the file yourself).
 * @fires catalog-issues - The catalog had invalid records or references (for maintainers). `detail: { url, issues }`.
 *
 * @slot - Extra content, shown after the details (e.g. a note on appointments).
 *
 * @csspart card - The card (an `article`).
 * @csspart name - The name.
 * @csspart role - The job title or role of a person.
 * @csspart organization - The organisation a person works for.
 * @csspart networks - The row with the organisation's networks.
 * @csspart phone - The row with the phone number.
 * @csspart email - The row with the e-mail address.
 * @csspart website - The row with the website.
 * @csspart address - The row with the address and the map link.
 * @csspart hours - The row with the opening hours.
 * @csspart languages - The row with the languages spoken.
 * @csspart call - The "Anrufen" link, under the name.
 * @csspart write - The "E-Mail schreiben" link.
 * @csspart save - The "Kontakt speichern" button, last and plainer than "Anrufen" and "E-Mail schreiben".
 * @csspart status - The live region: loading, or contact not found.
 * @csspart error - The message when the catalog cannot be loaded, or the contact not saved.
 *
 * @cssprop --offer-finder-color-text - Text colour.
 * @cssprop --offer-finder-color-background - Background of the card.
 * @cssprop --offer-finder-color-muted - Labels and secondary text.
 * @cssprop --offer-finder-color-border - Border of the card.
 * @cssprop --offer-finder-color-accent - Links, the buttons, the card's edge.
 * @cssprop --offer-finder-color-on-accent - Text on "Anrufen" and "E-Mail schreiben".
 * @cssprop --offer-finder-color-focus - The focus ring (default #0b0c0c, in dark pages #ffdd00).
 * @cssprop --offer-finder-color-focus-inner - The band inside the focus ring, in a second colour that stands out from the first (default #ffdd00, in dark pages #0b0c0c).
 * @cssprop --offer-finder-color-error - Error messages.
 * @cssprop --offer-finder-radius - Corner radius.
 * @cssprop --offer-finder-space - Padding of the card.
 * @cssprop --offer-finder-font-family - Font (default: the page's).
 * @cssprop --offer-finder-focus-width - Width of the focus ring (default 3px; never below 2px).
 */
export class ContactCard extends CatalogElement {
  static override styles = [baseStyles, contactCardStyles];
  protected static override optionalCatalog = true;

  /** URL of the catalog (JSON, catalog format v1). Without it the card shows the plain attributes and loads nothing. */
  @property() override src?: string;

  /** Id of a contact in the catalog (needs `src`). */
  @property() contact?: string;

  /**
   * With `src`: id of an organisation in the catalog, shown when `contact` is not set.
   * Without `src`: the name of the organisation a person works for (or of the organisation itself when `name` is not set).
   */
  @property() organization?: string;

  /** Name of the person (without `src`). */
  @property() name?: string;

  /** Job title or role of the person (without `src`): `Familienhebamme`. */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /**
   * The old name of `job-title`, still read (with a note in the console once
   * per page). `role` is also the ARIA attribute, so the element takes the
   * value and removes the attribute from itself: left on the element, the
   * text would be read as ARIA roles, and a word such as `main`, `group` or
   * `note` in it would turn the whole card into one.
   * @deprecated Use `job-title` (`jobTitle`).
   */
  @property() override role: string | null = null;

  /** Phone number as written (without `src`); the link uses E.164. */
  @property() phone?: string;

  /** E-mail address (without `src`). */
  @property() email?: string;

  /** Website (without `src`): http(s) only; relative URLs resolve against the page. */
  @property() url?: string;

  /** Street and number (without `src`). */
  @property() street?: string;

  /** Postal code (without `src`). */
  @property({ attribute: 'postal-code' }) postalCode?: string;

  /** City (without `src`). */
  @property() city?: string;

  /** Opening or office hours (without `src`); line breaks are kept. */
  @property() hours?: string;

  /** Languages spoken as language codes (without `src`), space- or comma-separated: `de tr en`. */
  @property() languages?: string;

  /** `compact`: name, job title, phone and e-mail only. Default `full`: everything. */
  @property() variant: 'full' | 'compact' = 'full';

  /** Makes the name a heading of this level (1–6), for pages where the card belongs in the outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /**
   * The time a contact's structured hours are shown for (property only).
   * Default: the current time, updated each minute; stories and tests pin it.
   */
  @property({ attribute: false }) now?: Date;

  /** "Kontakt speichern" failed: the vCard writer did not load (offline). */
  @state() private saveFailed = false;

  private readonly clock = new ClockController(this, () => this.now);
  private view: View = { state: 'empty' };
  private warned?: string;
  private consumingRole = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role') {
      if (this.consumingRole) return;
      super.attributeChangedCallback(name, old, value);
      if (value !== null) {
        this.consumingRole = true;
        this.removeAttribute('role');
        this.consumingRole = false;
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** The catalog URL when the card is meant to use one. */
  private get source(): string | undefined {
    return filled(this.src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('role') && this.role !== null && !roleNoted) {
      roleNoted = true;
      console.warn('<contact-card>: the attribute role is now called job-title; role still works for now.');
    }
    const loaded = this.catalog.loaded;
    this.view = !this.source
      ? viewFromAttributes(this, this.ownerDocument.baseURI)
      : loaded
        ? viewFromCatalog(loaded, this, this.l10n.current)
        : { state: 'empty' };
  }

  protected override updated(): void {
    const warning = this.view.state === 'found' ? undefined : this.view.warning;
    if (warning && warning !== this.warned) console.warn(`<contact-card>: ${warning}`);
    this.warned = warning;
  }

  protected renderContent(l: Localization): TemplateResult {
    const view = this.view;
    if (!this.source) {
      return html`${view.state === 'found' ? this.renderCard(view.data, l) : nothing}`;
    }
    const s = l.strings;
    const loaded = this.catalog.loaded;
    const pending = this.catalog.pending;
    return html`
      <p class="status ${view.state === 'missing' ? 'notice' : ''}" role="status" part="status" aria-busy=${pending ? 'true' : 'false'}>${
        pending && !loaded
          ? s.contactLoading
          : view.state === 'missing'
            ? html`${s.contactNotFound} <span class="hint">${s.contactNotFoundHint}</span>`
            : nothing
      }</p>
      ${this.renderLoadError(l, {
        config: s.contactErrorConfig,
        network: s.contactErrorNetwork,
        timeout: s.contactErrorTimeout,
        http: s.contactErrorHttp,
        busy: s.contactErrorBusy,
        data: s.contactErrorData,
        tooLarge: s.contactErrorTooLarge,
        retry: s.contactRetry,
        showingLastGood: s.contactShowingLastGood,
      })}
      ${view.state === 'found' ? this.renderCard(view.data, l) : nothing}
    `;
  }

  private renderCard(data: CardData, l: Localization) {
    const s = l.strings;
    const full = this.variant !== 'compact';
    const level = this.headingLevel;
    const heading = level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6;
    const row = (part: string, label: string, value: unknown) =>
      html`<div class="row" part=${part}><dt>${label}</dt><dd>${value}</dd></div>`;

    // Data is isolated from the layout's direction: a German name or a phone
    // number keeps its order in a right-to-left page (`<bdi>` finds the text's
    // own direction; numbers and addresses for machines are always LTR).
    const rows: TemplateResult[] = [];
    if (full && data.networks.length) {
      const networks =
        data.networks.length === 1
          ? html`<bdi>${data.networks[0]}</bdi>`
          : html`<ul class="networks">${data.networks.map((title) => html`<li><bdi>${title}</bdi></li>`)}</ul>`;
      rows.push(row('networks', s.contactNetworks(data.networks.length, l.format), networks));
    }
    // A phone number or an e-mail address is a link only when it is one; as written either way.
    const channel = (part: string, label: string, value: string | undefined, href: string | undefined) => {
      if (value)
        rows.push(row(part, label, href ? html`<a href=${href} dir="ltr">${value}</a>` : html`<bdi>${value}</bdi>`));
    };
    const tel = telHref(data.phone);
    const mail = mailtoHref(data.email);
    channel('phone', s.contactPhone, data.phone, tel);
    channel('email', s.contactEmail, data.email, mail);
    /** The name after an action's text, for screen readers: `Anrufen: Sabine Kortmann`. */
    const of = html`<span class="visually-hidden">: ${data.name}</span>`;
    if (full && data.url) {
      rows.push(row('website', s.contactWebsite, html`<a href=${data.url} dir="ltr">${readableUrl(data.url)}</a>`));
    }
    if (full && data.address) rows.push(row('address', s.contactAddress, this.renderAddress(data.address, l)));
    if (full && (data.hours || data.openingHours)) {
      // The text as written; the structured periods only where there is no text. Open or not, said in words.
      const written = data.hours
        ? html`<bdi>${data.hours}</bdi>`
        : openingPeriodLines(data.openingHours!, l).map((line) => html`<bdi class="line">${line}</bdi>`);
      const status = data.openingHours && openingStatusText(data.openingHours, this.clock.now, l);
      rows.push(
        row(
          'hours',
          s.contactHours,
          html`${written}${status ? html`<span class="line status">${status.text}</span>` : nothing}`,
        ),
      );
    }
    if (full && data.languages.length) {
      const label = data.kind === 'org' ? s.contactLanguages : s.contactSpeaks;
      rows.push(row('languages', label, data.languages.map((code) => l.languageName(code)).join(', ')));
    }

    return html`
      <article class="card ${full ? 'full' : 'compact'}" part="card" aria-labelledby="name">
        <p id="name" class="name" part="name" role=${heading ? 'heading' : nothing} aria-level=${heading ? level : nothing}><bdi>${data.name}</bdi></p>
        ${data.role ? html`<p class="role" part="role"><bdi>${data.role}</bdi></p>` : nothing}
        ${full && data.organization ? html`<p class="organization" part="organization"><bdi>${data.organization}</bdi></p>` : nothing}
        ${
          tel || mail
            ? html`<div class="actions">
              ${tel ? html`<a class="button primary" part="call" href=${tel}>${s.call}${of}</a>` : nothing}
              ${mail ? html`<a class="button primary" part="write" href=${mail}>${s.contactWrite}${of}</a>` : nothing}
            </div>`
            : nothing
        }
        ${rows.length ? html`<dl class="facts">${rows}</dl>` : nothing}
        <slot></slot>
        <div class="actions">
          <button
            class="button"
            part="save"
            type="button"
            aria-describedby=${full ? 'save-hint' : nothing}
            @click=${() => void this.save(data)}
            @focus=${prefetchVCardWriter}
            @pointerenter=${prefetchVCardWriter}
          >
            <span>${s.contactSave}${of}</span>
          </button>
          ${full ? html`<span class="hint" id="save-hint">${s.contactSaveHint}</span>` : nothing}
        </div>
        ${this.saveFailed ? html`<p class="error" role="alert" part="error">${s.contactSaveFailed}</p>` : nothing}
      </article>
    `;
  }

  private renderAddress(address: Partial<Address>, l: Localization) {
    const { street, postalCode, city } = address;
    const place = [postalCode, city].filter(Boolean).join(' ');
    const located = address.lat !== undefined && address.lon !== undefined;
    // A plain link, no embedded map: nothing is requested from a third party until the family follows it.
    const map =
      (street && city) || located
        ? osmHref({ ...address, street: street ?? '', postalCode: postalCode ?? '', city: city ?? '' })
        : undefined;
    return html`
      ${street ? html`<span class="line"><bdi>${street}</bdi></span>` : nothing}
      ${place ? html`<span class="line"><bdi>${place}</bdi></span>` : nothing}
      ${map ? html`<a class="line" href=${map}>${l.strings.contactMapLink}</a>` : nothing}
    `;
  }

  /**
   * Makes the vCard, announces it, and downloads it unless a listener took
   * over. The writer is loaded first (at once when focus or pointer were on
   * the button); if it cannot be loaded, the card says so and the next click
   * tries again.
   */
  private async save(data: CardData): Promise<void> {
    let writer: typeof import('./vcard.js');
    try {
      writer = await loadVCardWriter();
      this.saveFailed = false;
    } catch {
      this.saveFailed = true;
      return;
    }
    const { toVCard, vcardFilename } = writer;
    const s = this.l10n.current.strings;
    const contact: VCardContact = {
      kind: data.kind,
      name: data.name,
      role: data.role,
      organization: data.organization,
      phone: data.phone,
      email: data.email,
      url: data.url,
      address: data.address && { ...data.address, country: s.contactCountry },
      note: data.hours && `${s.contactHours}: ${data.hours}`,
      languages: data.languages,
    };
    const detail: ContactSaveDetail = {
      vcard: toVCard(contact),
      filename: vcardFilename(data.name, s.contactFileName),
    };
    if (!this.emit('contact-save', detail, { cancelable: true })) return;
    downloadBlob(new Blob([detail.vcard], { type: 'text/vcard;charset=utf-8' }), detail.filename, this.renderRoot);
  }
}
