import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { SharedSearchController, groupKey, type SharedSearchState } from '../../controllers/shared-search.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { Localization } from '../../i18n/i18n.js';
import type { Translation } from '../../i18n/de.js';
import { searchIndexFor, type SearchIndex, type SearchResult } from '../../catalog/search.js';
import { ageChoices, catalogLanguages, filterOffers, type FacetCounts, type FilteredOffers, type OfferFilters } from '../../catalog/filter.js';
import { highlight } from '../../catalog/text.js';
import { localize } from '../../catalog/localize.js';
import type { Catalog, Contact, LocalizedText, Offer } from '../../catalog/schema.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import { mailtoHref, osmHref, telHref, webHref } from '../shared/links.js';
import { baseStyles } from '../shared/base.styles.js';
import { offerLoadErrorStrings, renderLoadError } from '../shared/load-error.js';
import { offerSearchStyles } from './offer-search.styles.js';
import { readUrlState, writeUrlState, type SearchState } from './url-state.js';

export interface OfferSearchChangeDetail {
  query: string;
  filters: OfferFilters;
  /** Number of offers shown for this query and these filters. */
  count: number;
}

export interface OfferSelectDetail {
  offer: Offer;
}

declare global {
  interface HTMLElementTagNameMap {
    'offer-search': OfferSearch;
  }
  interface GlobalEventHandlersEventMap {
    'offer-search-change': CustomEvent<OfferSearchChangeDetail>;
    'offer-select': CustomEvent<OfferSelectDetail>;
  }
}

/** Results per page: the DOM stays small however large the catalog is. */
const pageSize = 20;
/** Searches follow typing at most this often; the first key after a pause searches at once. */
const typingInterval = 150;
/** The live region speaks the new count once typing pauses, so a screen reader is not flooded. */
const announceDelay = 500;

/** What the status region says, kept apart from the results so that it can lag behind typing. */
interface StatusSnapshot {
  loading: boolean;
  count?: number;
  partial?: boolean;
  words?: string[];
}

/** Attribute lists may be separated by spaces or commas: `milestone="kita grundschule"`. */
const list = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/**
 * Search, facet filters and results for the offers of one catalog.
 *
 * @tagname offer-search
 * @summary Finds the offers that fit a family: German-aware search, filters with counts, details with contacts.
 *
 * @fires offer-search-change - The query, filters or result count changed. `detail: { query, filters, count }`.
 * @fires offer-select - An offer's details were opened. `detail: { offer }`.
 * @fires catalog-issues - The catalog had invalid records or references (for maintainers). `detail: { url, issues }`.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart facets - The block of facet filters.
 * @csspart facet - One group of filters (a fieldset, or the box of the age choice).
 * @csspart chip - A removable chip of an active filter.
 * @csspart status - The live region with the number of results.
 * @csspart error - The message when the catalog cannot be loaded.
 * @csspart results - The list of results.
 * @csspart card - One offer.
 * @csspart details - The disclosure with an offer's details.
 * @csspart contact - A contact inside the details.
 * @csspart pagination - The page navigation.
 *
 * @cssprop --offer-finder-color-text - Text colour.
 * @cssprop --offer-finder-color-background - Background of cards and fields.
 * @cssprop --offer-finder-color-surface - Background of chips and contacts.
 * @cssprop --offer-finder-color-muted - Secondary text.
 * @cssprop --offer-finder-color-border - Borders of fields and cards.
 * @cssprop --offer-finder-color-accent - Links, buttons, highlights of state.
 * @cssprop --offer-finder-color-on-accent - Text on the accent colour.
 * @cssprop --offer-finder-color-focus - The focus ring.
 * @cssprop --offer-finder-color-mark - Background of matched words.
 * @cssprop --offer-finder-color-error - Error messages.
 * @cssprop --offer-finder-radius - Corner radius.
 * @cssprop --offer-finder-space - Spacing between blocks.
 * @cssprop --offer-finder-font-family - Font (default: the page's).
 * @cssprop --offer-finder-focus-width - Width of the focus ring (default 3px; never below 2px).
 */
export class OfferSearch extends LitElement {
  static override styles = [baseStyles, offerSearchStyles];

  /** URL of the catalog (JSON, catalog format v1); relative URLs resolve against the page. */
  @property() src?: string;

  /** The search text. */
  @property() query = '';

  /** Milestone ids to filter by (space- or comma-separated). */
  @property() milestone = '';

  /** Topic ids to filter by. */
  @property() topic = '';

  /** District ids to filter by; offers for the whole city always match. */
  @property() district = '';

  /** A child's age in years, or `expecting`. */
  @property() age = '';

  /** Only free offers. */
  @property({ type: Boolean }) free = false;

  /** Language codes to filter by (offers held in any of them). */
  @property() language = '';

  /** Only wheelchair accessible offers. */
  @property({ type: Boolean }) wheelchair = false;

  /** Show only this organisation's offers (a partner's own page). */
  @property() organization?: string;

  /** Show only the offers of this network's organisations. */
  @property() network?: string;

  /** Link to the city's complete finder, shown when `organization` or `network` limits the offers. */
  @property({ attribute: 'finder-url' }) finderUrl?: string;

  /**
   * Elements of one group share the search: a milestone picked in a
   * `<milestone-timeline>` filters this search. Default: the elements with
   * the same `src`.
   */
  @property() group?: string;

  /**
   * Keep the query and filters in the page URL (opt-in), so a view can be
   * shared as a link. The value namespaces the parameters (default `of`:
   * `?of-q=…&of-milestone=…`).
   */
  @property({ attribute: 'url-state' }) urlState?: string;

  /**
   * Largest catalog accepted, in bytes (default 10 MiB, about 9,000 offers).
   * Elements with the same `src` share one request: set it on each of them.
   */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes?: number;

  /**
   * This element's own wording, over the strings of its language (property
   * only): `element.strings = { searchLabel: 'Angebote der Familienbande durchsuchen' }`.
   * For every element on the page and per language, use `setStrings` instead.
   */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private searchedQuery = '';
  @state() private page = 1;
  @state() private facetsOpen = false;
  @state() private status: StatusSnapshot = { loading: true };

  @query('#query') private input?: HTMLInputElement;
  @query('#results-heading') private resultsHeading?: HTMLElement;

  private readonly catalog = new CatalogController(this, () => this.src, {
    policy: () => (this.maxBytes && this.maxBytes > 0 ? { maxBytes: this.maxBytes } : {}),
  });
  private readonly l10n = new LocalizeController(this, { strings: () => this.strings });
  private readonly shared = new SharedSearchController(
    this,
    () => groupKey(this.group, this.src, this.ownerDocument.baseURI),
    (state) => this.applySharedState(state),
  );
  private typingTimer?: ReturnType<typeof setTimeout>;
  private lastTypedSearch = -Infinity;
  private typed = false;
  private statusTimer?: ReturnType<typeof setTimeout>;
  private lastSearch?: { index: SearchIndex; query: string; result: SearchResult };
  private view?: { index: SearchIndex; result: SearchResult; filtered: FilteredOffers };
  private lastAnnounced?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState !== undefined) {
      this.applyUrlState();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    clearTimeout(this.statusTimer);
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Loads the catalog again; if that fails (offline, say), what is shown stays, with a note and its date. */
  refresh(): void {
    this.catalog.refresh();
  }

  /** The filters as set by attributes, properties or the facets. */
  get filters(): OfferFilters {
    const age = this.age === 'expecting' ? 'expecting' : this.age.trim() === '' ? undefined : Number(this.age);
    return {
      milestones: list(this.milestone),
      topics: list(this.topic),
      districts: list(this.district),
      age: typeof age === 'number' && !Number.isFinite(age) ? undefined : age,
      free: this.free,
      languages: list(this.language),
      wheelchair: this.wheelchair,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A query set from outside (attribute, property, URL) applies at once; typing is throttled.
    if (changed.has('query') && document.activeElement !== this && this.query !== this.searchedQuery) {
      this.searchedQuery = this.query;
    }
    const filterKeys = ['milestone', 'topic', 'district', 'age', 'free', 'language', 'wheelchair', 'organization', 'network'];
    if (changed.has('searchedQuery') || filterKeys.some((key) => changed.has(key))) {
      if (!changed.has('page')) this.page = 1;
    }
    this.view = this.computeView(this.catalog.loaded);
    this.updateStatus();
  }

  private updateStatus() {
    const view = this.view;
    const next: StatusSnapshot = view
      ? { loading: false, count: view.filtered.offers.length, partial: view.result.partial, words: view.result.words }
      : { loading: !this.catalog.error };
    const typed = this.typed;
    this.typed = false;
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    clearTimeout(this.statusTimer);
    if (typed) this.statusTimer = setTimeout(() => (this.status = next), announceDelay);
    else this.status = next;
  }

  protected override updated(): void {
    const view = this.view;
    if (!view) return;
    const key = JSON.stringify([this.searchedQuery, this.filters, view.filtered.offers.length, this.catalog.loaded?.url]);
    if (key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    this.dispatchEvent(
      new CustomEvent<OfferSearchChangeDetail>('offer-search-change', {
        detail: { query: this.searchedQuery, filters: this.filters, count: view.filtered.offers.length },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private computeView(loaded: LoadedCatalog | undefined) {
    if (!loaded) return undefined;
    const index = searchIndexFor(loaded.catalog);
    let search = this.lastSearch;
    if (!search || search.index !== index || search.query !== this.searchedQuery) {
      search = { index, query: this.searchedQuery, result: index.search(this.searchedQuery) };
      this.lastSearch = search;
    }
    const scope = { organization: this.organization, network: this.network };
    const filtered = filterOffers(search.result.offers, index.offers, loaded.catalog, this.filters, scope);
    return { index, result: search.result, filtered };
  }

  /**
   * Everything sits in one root that carries the language's direction:
   * `lang="ar"` renders right to left even in a left-to-right page, unless
   * the page sets `dir` itself (see LocalizeController). The host's own
   * attributes stay the page's.
   */
  override render(): TemplateResult {
    return html`<div class="root" dir=${this.l10n.dir ?? nothing}>${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult {
    const l = this.l10n.current;
    const s = l.strings;
    const loaded = this.catalog.loaded;
    const error = this.catalog.error;
    return html`
      <form class="search" role="search" part="form" @submit=${this.onSubmit}>
        <label class="query-label" for="query">${s.searchLabel}</label>
        <p class="hint" id="query-hint">${s.searchHint}</p>
        <input
          id="query"
          part="input"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="query-hint"
          .value=${live(this.query)}
          @input=${this.onInput}
        />
      </form>
      ${this.renderScope(l)}
      ${error ? renderLoadError(error, offerLoadErrorStrings(s), l, loaded, () => this.catalog.retry()) : nothing}
      <div class="layout">
        <div>
          <button
            class="button filters-toggle"
            type="button"
            aria-expanded=${this.facetsOpen ? 'true' : 'false'}
            aria-controls="facets"
            @click=${() => (this.facetsOpen = !this.facetsOpen)}
          >
            <span class="toggle-icon" aria-hidden="true">▸</span>
            ${s.filters}${this.activeFilterCount() ? ` (${s.activeFilterCount(this.activeFilterCount(), l.format)})` : ''}
          </button>
          <div id="facets" class="facets ${this.facetsOpen ? '' : 'collapsed'}" part="facets">
            ${loaded && this.view ? this.renderFacets(loaded.catalog, this.view.filtered.counts, l) : nothing}
          </div>
        </div>
        <div>
          ${loaded ? this.renderChips(loaded.catalog, l) : nothing}
          <p class="status" role="status" part="status" aria-busy=${this.status.loading ? 'true' : 'false'}>
            ${this.renderStatus(l)}
          </p>
          ${loaded && this.view ? this.renderResults(loaded.catalog, this.view, l) : nothing}
        </div>
      </div>
    `;
  }

  private renderScope(l: Localization) {
    if (!this.organization && !this.network) return nothing;
    const href = webHref(this.finderUrl, this.ownerDocument.baseURI);
    return href ? html`<p class="scope"><a href=${href}>${l.strings.allOffers}</a></p>` : nothing;
  }

  private renderStatus(l: Localization) {
    const s = l.strings;
    const { loading, count, partial, words } = this.status;
    if (count === undefined) return loading ? s.loading : '';
    if (count === 0) return html`${s.noResults} <span class="hint">${s.noResultsHint}</span>`;
    const text = s.resultCount(count, l.format);
    return partial ? html`${text}. <span class="hint">${s.partialResults((words ?? []).join(', '))}</span>` : text;
  }


  private renderFacets(catalog: Catalog, counts: FacetCounts, l: Localization) {
    const s = l.strings;
    const filters = this.filters;
    const text = (value: LocalizedText) => localize(value, l.requested);
    const checkboxes = (
      name: 'milestone' | 'topic' | 'district' | 'language',
      options: { id: string; label: string }[],
      selected: readonly string[],
      countOf: Map<string, number>,
    ) =>
      options.map(
        ({ id, label }) => html`
          <label class="choice">
            <input
              type="checkbox"
              .checked=${live(selected.includes(id))}
              @change=${(event: Event) => this.toggleChoice(name, id, (event.target as HTMLInputElement).checked)}
            />
            <span>${label} <span class="count">(${l.format.number(countOf.get(id) ?? 0)})</span></span>
          </label>
        `,
      );
    const languages = catalogLanguages(catalog);
    return html`
      <fieldset part="facet">
        <legend>${s.facetMilestone}</legend>
        ${checkboxes('milestone', catalog.milestones.map((m) => ({ id: m.id, label: text(m.title) })), filters.milestones, counts.milestone)}
      </fieldset>
      <div class="facet" part="facet">
        <label class="facet-label" for="age">${s.facetAge}</label>
        <select id="age" @change=${this.onAgeChange}>
          <option value="" ?selected=${filters.age === undefined}>${s.ageAny}</option>
          ${ageChoices(catalog).map(
            (age) => html`<option value=${String(age)} ?selected=${filters.age === age}>
              ${age === 'expecting' ? s.ageExpecting : s.ageYears(age, l.format)} (${l.format.number(counts.age.get(age) ?? 0)})
            </option>`,
          )}
        </select>
      </div>
      ${catalog.topics.length
        ? html`<fieldset part="facet">
            <legend>${s.facetTopic}</legend>
            ${checkboxes('topic', catalog.topics.map((t) => ({ id: t.id, label: text(t.title) })), filters.topics, counts.topic)}
          </fieldset>`
        : nothing}
      ${catalog.districts.length
        ? html`<fieldset part="facet">
            <legend>${s.facetDistrict}</legend>
            ${checkboxes('district', catalog.districts.map((d) => ({ id: d.id, label: text(d.title) })), filters.districts, counts.district)}
          </fieldset>`
        : nothing}
      <fieldset part="facet">
        <legend>${s.facetCost}</legend>
        <label class="choice">
          <input type="checkbox" .checked=${live(this.free)} @change=${(e: Event) => this.setFilter('free', (e.target as HTMLInputElement).checked)} />
          <span>${s.freeOnly} <span class="count">(${l.format.number(counts.free)})</span></span>
        </label>
      </fieldset>
      ${languages.length
        ? html`<fieldset part="facet">
            <legend>${s.facetLanguage}</legend>
            ${checkboxes('language', languages.map((id) => ({ id, label: l.languageName(id) })), filters.languages, counts.language)}
          </fieldset>`
        : nothing}
      <fieldset part="facet">
        <legend>${s.facetAccessibility}</legend>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${live(this.wheelchair)}
            @change=${(e: Event) => this.setFilter('wheelchair', (e.target as HTMLInputElement).checked)}
          />
          <span>${s.wheelchairOnly} <span class="count">(${l.format.number(counts.wheelchair)})</span></span>
        </label>
      </fieldset>
    `;
  }

  private renderChips(catalog: Catalog, l: Localization) {
    const s = l.strings;
    const filters = this.filters;
    const title = (items: { id: string; title: LocalizedText }[], id: string) => {
      const item = items.find((i) => i.id === id);
      return item ? localize(item.title, l.requested) : id;
    };
    const chips: { label: string; remove: () => void }[] = [
      ...filters.milestones.map((id) => ({ label: title(catalog.milestones, id), remove: () => this.toggleChoice('milestone', id, false) })),
      ...filters.topics.map((id) => ({ label: title(catalog.topics, id), remove: () => this.toggleChoice('topic', id, false) })),
      ...filters.districts.map((id) => ({ label: title(catalog.districts, id), remove: () => this.toggleChoice('district', id, false) })),
      ...(filters.age !== undefined
        ? [{ label: filters.age === 'expecting' ? s.ageExpecting : s.ageYears(filters.age, l.format), remove: () => this.setFilter('age', '') }]
        : []),
      ...(filters.free ? [{ label: s.costFree, remove: () => this.setFilter('free', false) }] : []),
      ...filters.languages.map((id) => ({ label: l.languageName(id), remove: () => this.toggleChoice('language', id, false) })),
      ...(filters.wheelchair ? [{ label: s.wheelchairYes, remove: () => this.setFilter('wheelchair', false) }] : []),
    ];
    if (chips.length === 0) return nothing;
    return html`
      <ul class="chips" aria-label=${s.activeFilters}>
        ${chips.map(
          (chip) => html`<li>
            <button class="chip" part="chip" type="button" aria-label=${s.removeFilter(chip.label)} @click=${chip.remove}>
              ${chip.label} <span aria-hidden="true">✕</span>
            </button>
          </li>`,
        )}
        <li><button class="reset" type="button" @click=${this.resetFilters}>${s.resetFilters}</button></li>
      </ul>
    `;
  }

  private renderResults(catalog: Catalog, view: NonNullable<typeof this.view>, l: Localization) {
    const s = l.strings;
    const found = view.filtered.offers;
    const pages = Math.max(1, Math.ceil(found.length / pageSize));
    const page = Math.min(this.page, pages);
    const shown = [...found.subarray((page - 1) * pageSize, page * pageSize)];
    return html`
      <h2 id="results-heading" class="visually-hidden" tabindex="-1">${s.resultsHeading}</h2>
      <ul class="results" part="results" aria-labelledby="results-heading">
        ${shown.map((offer) => html`<li>${this.renderCard(catalog, view.index.offers[offer]!, view.result.matchedTerms, l)}</li>`)}
      </ul>
      ${pages > 1
        ? html`<nav class="pagination" part="pagination" aria-label=${s.pagination}>
            <button class="button" type="button" ?disabled=${page === 1} @click=${() => this.goToPage(page - 1)}>${s.previousPage}</button>
            <span>${s.page(page, pages, l.format)}</span>
            <button class="button" type="button" ?disabled=${page === pages} @click=${() => this.goToPage(page + 1)}>${s.nextPage}</button>
          </nav>`
        : nothing}
    `;
  }

  /**
   * Catalog texts take their direction from their own letters (`dir="auto"`,
   * `<bdi>`): a German text shown in an Arabic UI keeps its full stop and
   * brackets where they belong. Phone numbers and e-mail addresses are always
   * left to right.
   */
  private renderCard(catalog: Catalog, offer: Offer, terms: ReadonlySet<string>, l: Localization) {
    const s = l.strings;
    const text = (value: LocalizedText | undefined) => (value === undefined ? undefined : localize(value, l.requested));
    const marked = (value: string | undefined) =>
      value === undefined ? nothing : highlight(value, terms).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
    const organization = catalog.organizations.find((o) => o.id === offer.organization);
    const milestones = catalog.milestones.filter((m) => offer.milestones.includes(m.id)).map((m) => text(m.title));
    const districts = offer.districts?.length
      ? catalog.districts.filter((d) => offer.districts!.includes(d.id)).map((d) => text(d.title))
      : [s.wholeCity];
    const cost = offer.cost && { free: s.costFree, reduced: s.costReduced, paid: s.costPaid }[offer.cost];
    const wheelchair = offer.accessibility?.wheelchair;
    const contacts = (offer.contacts ?? []).map((id) => catalog.contacts.find((c) => c.id === id)).filter((c): c is Contact => !!c);
    const website = webHref(offer.url);
    const headingId = `offer-${offer.id}`;
    return html`
      <article class="card" part="card" aria-labelledby=${headingId}>
        <h3 id=${headingId} dir="auto">${marked(text(offer.title))}</h3>
        ${offer.summary ? html`<p dir="auto">${marked(text(offer.summary))}</p>` : nothing}
        <dl class="facts">
          ${organization ? html`<dt>${s.offeredBy}</dt><dd dir="auto">${marked(text(organization.name))}</dd>` : nothing}
          <dt>${s.milestones}</dt><dd dir="auto">${milestones.join(', ')}</dd>
          <dt>${s.district}</dt><dd dir="auto">${districts.join(', ')}</dd>
          ${cost ? html`<dt>${s.cost}</dt><dd>${cost}</dd>` : nothing}
          ${offer.languages?.length ? html`<dt>${s.languages}</dt><dd>${offer.languages.map((code) => l.languageName(code)).join(', ')}</dd>` : nothing}
          ${wheelchair !== undefined ? html`<dt>${s.accessibility}</dt><dd>${wheelchair ? s.wheelchairYes : s.wheelchairNo}</dd>` : nothing}
        </dl>
        <details part="details" @toggle=${(event: Event) => this.onDetailsToggle(event, offer)}>
          <summary>${s.details}<span class="visually-hidden">: ${text(offer.title)}</span></summary>
          <div class="details-body">
            ${offer.description ? html`<p dir="auto">${marked(text(offer.description))}</p>` : nothing}
            <dl class="facts">
              ${offer.schedule ? html`<dt>${s.schedule}</dt><dd dir="auto">${text(offer.schedule)}</dd>` : nothing}
              ${offer.costNote ? html`<dt>${s.cost}</dt><dd dir="auto">${text(offer.costNote)}</dd>` : nothing}
              ${offer.accessibility?.note ? html`<dt>${s.accessibility}</dt><dd dir="auto">${text(offer.accessibility.note)}</dd>` : nothing}
              ${offer.address
                ? html`<dt>${s.address}</dt>
                    <dd>
                      <bdi>${offer.address.street}, ${offer.address.postalCode} ${offer.address.city}</bdi><br />
                      <a href=${osmHref(offer.address)}>${s.mapLink}</a>
                    </dd>`
                : nothing}
              ${website ? html`<dt>${s.website}</dt><dd><a href=${website}>${new URL(website).hostname}</a></dd>` : nothing}
            </dl>
            ${contacts.length
              ? html`<h4>${s.contacts}</h4>
                  <ul class="contacts">
                    ${contacts.map((contact) => this.renderContact(catalog, contact, l))}
                  </ul>`
              : nothing}
          </div>
        </details>
      </article>
    `;
  }

  private renderContact(catalog: Catalog, contact: Contact, l: Localization) {
    const s = l.strings;
    const text = (value: LocalizedText | undefined) => (value === undefined ? undefined : localize(value, l.requested));
    const tel = telHref(contact.phone);
    const mail = mailtoHref(contact.email);
    const organization = catalog.organizations.find((o) => o.id === contact.organization);
    return html`
      <li class="contact" part="contact">
        <p dir="auto"><strong>${text(contact.name)}</strong>${contact.role ? html`, ${text(contact.role)}` : nothing}</p>
        ${organization ? html`<p dir="auto">${text(organization.name)}</p>` : nothing}
        ${tel ? html`<p>${s.phone}: <a href=${tel} dir="ltr">${contact.phone}</a></p>` : nothing}
        ${mail ? html`<p>${s.email}: <a href=${mail} dir="ltr">${contact.email}</a></p>` : nothing}
        ${contact.hours ? html`<p>${s.hours}: <bdi>${text(contact.hours)}</bdi></p>` : nothing}
        ${contact.languages?.length
          ? html`<p>${s.spokenLanguages}: ${contact.languages.map((code) => l.languageName(code)).join(', ')}</p>`
          : nothing}
      </li>
    `;
  }

  private activeFilterCount(): number {
    const f = this.filters;
    return (
      f.milestones.length +
      f.topics.length +
      f.districts.length +
      f.languages.length +
      (f.age !== undefined ? 1 : 0) +
      (f.free ? 1 : 0) +
      (f.wheelchair ? 1 : 0)
    );
  }

  private onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    const wait = this.lastTypedSearch + typingInterval - performance.now();
    if (wait <= 0) this.commitQuery('replace');
    else this.typingTimer = setTimeout(() => this.commitQuery('replace'), wait);
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    clearTimeout(this.typingTimer);
    this.commitQuery('push');
  };

  private commitQuery(history: 'push' | 'replace') {
    this.typed = history === 'replace';
    this.lastTypedSearch = this.typed ? performance.now() : -Infinity;
    this.searchedQuery = this.query;
    this.shared.publish({ query: this.query });
    this.saveUrlState(history);
  }

  private onAgeChange = (event: Event) => this.setFilter('age', (event.target as HTMLSelectElement).value);

  private toggleChoice(name: 'milestone' | 'topic' | 'district' | 'language', id: string, on: boolean) {
    const current = list(this[name]);
    const next = on ? [...new Set([...current, id])] : current.filter((value) => value !== id);
    this.setFilter(name, next.join(' '));
  }

  private setFilter<K extends 'milestone' | 'topic' | 'district' | 'language' | 'age' | 'free' | 'wheelchair'>(name: K, value: this[K]) {
    this[name] = value;
    this.shared.publish({ [name]: value });
    this.saveUrlState('push');
  }

  private resetFilters = () => {
    const none = { milestone: '', topic: '', district: '', age: '', free: false, language: '', wheelchair: false };
    Object.assign(this, none);
    this.shared.publish(none);
    this.saveUrlState('push');
    this.input?.focus();
  };

  /** Another element of the group changed the search. */
  private applySharedState(state: SharedSearchState) {
    const { selectedOffer: _, query, ...filters } = state;
    Object.assign(this, filters);
    if (query !== this.searchedQuery) this.query = this.searchedQuery = query;
  }

  private goToPage(page: number) {
    this.page = page;
    this.saveUrlState('push');
    void this.updateComplete.then(() => this.resultsHeading?.focus());
  }

  private onDetailsToggle(event: Event, offer: Offer) {
    if (!(event.target as HTMLDetailsElement).open) return;
    this.shared.publish({ selectedOffer: offer.id });
    this.dispatchEvent(new CustomEvent<OfferSelectDetail>('offer-select', { detail: { offer }, bubbles: true, composed: true }));
  }

  private get searchState(): SearchState {
    return { query: this.searchedQuery, ...this.filters, page: this.page };
  }

  private saveUrlState(history: 'push' | 'replace') {
    if (this.urlState === undefined) return;
    void this.updateComplete.then(() => writeUrlState(this.urlState || 'of', this.searchState, history));
  }

  private applyUrlState() {
    const state = readUrlState(this.urlState || 'of');
    if (!state) return;
    this.query = this.searchedQuery = state.query;
    this.milestone = state.milestones.join(' ');
    this.topic = state.topics.join(' ');
    this.district = state.districts.join(' ');
    this.age = state.age === undefined ? '' : String(state.age);
    this.free = state.free;
    this.language = state.languages.join(' ');
    this.wheelchair = state.wheelchair;
    this.page = state.page;
  }

  private onPopState = () => this.applyUrlState();
}
