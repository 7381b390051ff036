import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { property, state, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { SharedSearchController, type SharedSearchState } from '../../controllers/shared-search.js';
import { SavedOffersController } from '../../controllers/saved-offers.js';
import { ClockController } from '../../controllers/clock-controller.js';
import type { Localization } from '../../i18n/i18n.js';
import type { SearchResult } from '../../catalog/search.js';
import { browseOrder, browseResult } from '../../catalog/browse.js';
import {
  ageChoices,
  catalogLanguages,
  emptySearch,
  filterOffers,
  sameSearch,
  type FacetCounts,
  type FilteredOffers,
  type OfferFilters,
} from '../../catalog/filter.js';
import { textBlocks } from '../../catalog/text-blocks.js';
import { berlinTime } from '../../catalog/calendar.js';
import { defaultStaleMonths, reportAddress, staleOffers } from '../../catalog/freshness.js';
import type { Address, Catalog, Contact, LocalizedText, Offer } from '../../catalog/schema.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import { CatalogError } from '../../catalog/errors.js';
import { mailtoHref, osmHref, telHref, webHref } from '../shared/links.js';
import { baseStyles } from '../shared/base.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { offerLoadErrorStrings, renderLoadError } from '../shared/load-error.js';
import { openingPeriodLines, openingStatusText, updatedText } from '../shared/opening-hours.js';
import { renderTextBlocks } from '../shared/text-blocks.js';
import { offerSearchStyles } from './offer-search.styles.js';
import {
  ageFromText,
  attributesOf,
  filtersFromAttributes,
  readUrlState,
  urlWithState,
  type UrlState,
} from '../../catalog/search-codec.js';
import type { PrintedOffer } from './print.js';
import { mailtoList, reportHref, shareLink, type MailedOffer } from './share.js';

export interface OfferSearchChangeDetail {
  query: string;
  filters: OfferFilters;
  /** Number of offers shown for this query and these filters. */
  count: number;
}

export interface OfferSelectDetail {
  offer: Offer;
}

export interface CatalogStaleDetail {
  /** The catalog's URL. */
  url: string;
  /** The period (`stale-after`), in months. */
  months: number;
  /** The offers not updated for longer, the oldest first. */
  offers: { id: string; updated: string }[];
}

export interface SavedOffersChangeDetail {
  /** The ids of the saved offers, in the order they were saved. */
  ids: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'offer-search': OfferSearch;
  }
  interface GlobalEventHandlersEventMap {
    'offer-search-change': CustomEvent<OfferSearchChangeDetail>;
    'offer-select': CustomEvent<OfferSelectDetail>;
    'saved-offers-change': CustomEvent<SavedOffersChangeDetail>;
    'catalog-stale': CustomEvent<CatalogStaleDetail>;
  }
}

/** The filters that hold ids. */
type ListFilter = 'milestones' | 'topics' | 'districts' | 'languages';

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
  /** Counting the offers of a list view rather than results. */
  list?: ListView['kind'];
}

/**
 * A list shown in the results area instead of the results: the saved offers
 * (`shown` keeps an offer removed there in view, unpressed, so that it can be
 * saved again and focus stays put), or offers opened from a shared link.
 */
type ListView = { kind: 'saved'; shown: readonly string[] } | { kind: 'link'; ids: readonly string[] };

/** The confirmation of a share, beside the button that made it (`at`). */
interface ShareNotice {
  at: string;
  url: string;
  /** On the clipboard; else shown in a field to copy by hand. */
  copied: boolean;
}

/** Runs `work` when the page is idle; Safari has no `requestIdleCallback`, so there soon after. */
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200);

const noTerms: ReadonlySet<string> = new Set();

/** Catalogs (URL and period) whose stale offers the console has named already: once per page is enough. */
const staleNotices = new Set<string>();

const offerMaps = new WeakMap<Catalog, Map<string, Offer>>();
/** A catalog's offers by id, made once per catalog. */
function offersById(catalog: Catalog): Map<string, Offer> {
  let map = offerMaps.get(catalog);
  if (!map) offerMaps.set(catalog, (map = new Map(catalog.offers.map((offer) => [offer.id, offer]))));
  return map;
}

const openingHoursKnown = new WeakMap<Catalog, boolean>();
/** Whether any offer has structured opening hours (the "Heute geöffnet" filter), asked once per catalog, not on every keystroke. */
function hasOpeningHours(catalog: Catalog): boolean {
  let known = openingHoursKnown.get(catalog);
  if (known === undefined) openingHoursKnown.set(catalog, (known = catalog.offers.some((offer) => offer.openingHours)));
  return known;
}

const addressLine = (address: Address) => `${address.street}, ${address.postalCode} ${address.city}`;

const contactsOf = (catalog: Catalog, offer: Offer) =>
  (offer.contacts ?? []).map((id) => catalog.contacts.find((c) => c.id === id)).filter((c): c is Contact => !!c);

/**
 * Search, facet filters and results for the offers of one catalog.
 *
 * @tagname offer-search
 * @summary Finds the offers that fit a family: German-aware search, filters with counts, details with contacts.
 *
 * @fires offer-search-change - The query, filters or result count changed. `detail: { query, filters, count }`.
 * @fires offer-select - An offer's details were opened. `detail: { offer }`.
 * @fires catalog-stale - The catalog has offers not updated for longer than `stale-after` months (for maintainers). `detail: { url, months, offers: [{ id, updated }] }`.
 * @fires saved-offers-change - The saved offers changed here (saved, removed, cleared, or dropped because the catalog no longer has them). `detail: { ids }`.
 * @fires catalog-issues - The catalog had invalid records or references (for maintainers). `detail: { url, issues }`.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart facets - The block of facet filters.
 * @csspart facet - One group of filters (a fieldset, or the box of the age choice).
 * @csspart chip - A removable chip of an active filter.
 * @csspart toolbar - The row with the saved-offers button and "share this search".
 * @csspart status - The live region with the number of results.
 * @csspart error - The message when the catalog cannot be loaded.
 * @csspart results - The list of results.
 * @csspart card - One offer.
 * @csspart save - The button that saves an offer (`aria-pressed`).
 * @csspart saved - The list of saved offers, or of offers opened from a shared link.
 * @csspart updated - An offer's date ("Stand: März 2026"); marked when it is older than `stale-after` months.
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
export class OfferSearch extends CatalogElement {
  static override styles = [baseStyles, offerSearchStyles];

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

  /** Only offers whose structured opening hours open today (Berlin time). */
  @property({ type: Boolean, attribute: 'open-today' }) openToday = false;

  /**
   * After how many months without an update (`updated`) an offer is dated
   * visibly for families ("seit über 12 Monaten nicht geprüft") and reported
   * to maintainers (`catalog-stale`). Default 12.
   */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = defaultStaleMonths;

  /**
   * The time the opening hours are shown for (property only). Default: the
   * current time, updated each minute; stories and tests pin it.
   */
  @property({ attribute: false }) now?: Date;

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
   * Keep the saved offers in `localStorage` (opt-in), under a key of the
   * catalog's URL, so that they are still there on the next visit. Without it
   * the list lasts as long as the page and nothing is stored.
   */
  @property({ type: Boolean }) persist = false;

  /**
   * Largest catalog accepted, in bytes (default 10 MiB, about 9,000 offers).
   * Elements with the same `src` share one request: set it on each of them.
   */
  @property({ attribute: 'max-bytes', type: Number }) override maxBytes?: number;

  @state() private searchedQuery = '';
  @state() private page = 1;
  @state() private facetsOpen = false;
  @state() private status: StatusSnapshot = { loading: true };
  @state() private listView?: ListView;
  @state() private shareNotice?: ShareNotice;
  /**
   * What the second live region says: the outcome of saving, clearing,
   * copying. Not a second `role="status"`: the status region stays the one
   * with the result count.
   */
  @state() private announcement = '';
  /** The list before "Liste leeren", for undo. */
  @state() private clearedIds?: readonly string[];

  @query('#query') private input?: HTMLInputElement;
  @query('#results-heading') private resultsHeading?: HTMLElement;

  private readonly shared = new SharedSearchController(this, (state) => this.applySharedState(state));
  private readonly saved = new SavedOffersController(this);
  private readonly clock = new ClockController(this, () => this.now);
  /** Today in Berlin, for "heute geöffnet" and the age of entries: worked out once an update, not once a card. */
  private today = '';
  /** The catalog and period last checked for offers not updated for long (`catalog-stale`). */
  private checkedStale?: { loaded: LoadedCatalog; months: number };
  /** From `of-offer`: its page is found once the results are known, … */
  private offerToFind?: string;
  /** … then its details are opened and it is scrolled into view. */
  private offerToOpen?: string;
  /** The catalog and list last checked for offers the catalog no longer has. */
  private checkedSaved?: { loaded: LoadedCatalog; ids: readonly string[] };
  private typingTimer?: ReturnType<typeof setTimeout>;
  private lastTypedSearch = -Infinity;
  private typed = false;
  private statusTimer?: ReturnType<typeof setTimeout>;
  /**
   * The search index and its German text analysis, a module of their own:
   * loaded once there is a catalog, and the index built when the page is
   * idle. The first offers show without either, and the first query rarely
   * waits for them.
   */
  private readonly search = new Task(this, {
    task: async ([catalog]) => {
      if (!catalog) return initialState;
      const search = await import('../../catalog/search.js');
      whenIdle(() => search.searchIndexFor(catalog));
      return search;
    },
    args: () => [this.catalog.loaded?.catalog] as const,
  });
  /** The last result, kept while catalog and query stay: an update for anything else (the clock, a filter) reuses it. */
  private lastSearch?: { offers: readonly Offer[]; query: string; result: SearchResult };
  /** What the results show: `offers` in browse order, `result` indices into it. */
  private view?: { offers: readonly Offer[]; result: SearchResult; filtered: FilteredOffers };
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

  /** The filters as set by attributes, properties or the facets. */
  get filters(): OfferFilters {
    return filtersFromAttributes(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A query set from outside (attribute, property, URL) applies at once; typing is throttled.
    if (changed.has('query') && document.activeElement !== this && this.query !== this.searchedQuery) {
      this.searchedQuery = this.query;
    }
    const filterKeys = [
      'milestone',
      'topic',
      'district',
      'age',
      'free',
      'language',
      'wheelchair',
      'openToday',
      'organization',
      'network',
    ];
    if (changed.has('searchedQuery') || filterKeys.some((key) => changed.has(key))) {
      if (!changed.has('page')) this.page = 1;
    }
    // A confirmation of a share belongs to the view it shared.
    if (
      ['searchedQuery', 'page', 'listView', ...filterKeys].some((key) => changed.has(key)) &&
      !changed.has('shareNotice')
    ) {
      this.shareNotice = undefined;
    }
    this.today = berlinTime(this.clock.now).date;
    this.view = this.computeView(this.catalog.loaded);
    this.dropUnknownSaved();
    if (this.listView?.kind === 'saved') {
      // Offers saved meanwhile (in another element of the group) join the view.
      const shown = [...new Set([...this.listView.shown, ...this.saved.ids])];
      if (shown.length !== this.listView.shown.length) this.listView = { kind: 'saved', shown };
    }
    this.findOfferToOpen();
    this.updateStatus();
  }

  /** Saved ids that the catalog no longer has are dropped, quietly. */
  private dropUnknownSaved() {
    const loaded = this.catalog.loaded;
    if (!loaded || (this.checkedSaved?.loaded === loaded && this.checkedSaved.ids === this.saved.ids)) return;
    const before = this.saved.ids;
    const offers = offersById(loaded.catalog);
    this.saved.retain((id) => offers.has(id));
    this.checkedSaved = { loaded, ids: this.saved.ids };
    if (this.saved.ids !== before) this.savedChanged();
  }

  /** The page of the offer a link opens (`of-offer`); an offer not among the results is let go. */
  private findOfferToOpen() {
    const view = this.view;
    if (!this.offerToFind || !view) return;
    const id = this.offerToFind;
    this.offerToFind = undefined;
    const position = view.filtered.offers.findIndex((offer) => view.offers[offer]!.id === id);
    if (position < 0) return;
    this.page = Math.floor(position / pageSize) + 1;
    this.offerToOpen = id;
  }

  private updateStatus() {
    const view = this.view;
    const listView = this.listView;
    const next: StatusSnapshot =
      view && listView
        ? {
            loading: false,
            count: listView.kind === 'saved' ? this.saved.ids.length : this.offersOf(listView.ids).length,
            list: listView.kind,
          }
        : view
          ? {
              loading: false,
              count: view.filtered.offers.length,
              partial: view.result.partial,
              words: view.result.words,
            }
          : { loading: !this.catalog.error && !this.searchFailed };
    const typed = this.typed;
    this.typed = false;
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    clearTimeout(this.statusTimer);
    if (typed) this.statusTimer = setTimeout(() => (this.status = next), announceDelay);
    else this.status = next;
  }

  protected override updated(): void {
    this.reportStale();
    if (this.offerToOpen) {
      const card = this.renderRoot.querySelector(`#${CSS.escape(`offer-${this.offerToOpen}`)}`)?.closest('article');
      this.offerToOpen = undefined;
      const details = card?.querySelector('details');
      if (details) details.open = true;
      card?.scrollIntoView({ block: 'start' });
      // A link to this offer was followed: keyboard and screen reader users start from it, as from a #fragment.
      details?.querySelector('summary')?.focus({ preventScroll: true });
    }
    const view = this.view;
    if (!view) return;
    const key = JSON.stringify([
      this.searchedQuery,
      this.filters,
      view.filtered.offers.length,
      this.catalog.loaded?.url,
    ]);
    if (key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    this.emit('offer-search-change', {
      query: this.searchedQuery,
      filters: this.filters,
      count: view.filtered.offers.length,
    });
  }

  /** A query waits for the search module, which could not be loaded (offline since the catalog came, say). */
  private get searchFailed(): boolean {
    return this.searchedQuery.trim() !== '' && this.search.status === TaskStatus.ERROR;
  }

  /** Undefined until there is a catalog, and while a query waits for the search module. */
  private computeView(loaded: LoadedCatalog | undefined) {
    if (!loaded) return undefined;
    const offers = browseOrder(loaded.catalog);
    const query = this.searchedQuery.trim() === '' ? '' : this.searchedQuery;
    if (this.lastSearch?.offers !== offers || this.lastSearch.query !== query) {
      let result: SearchResult;
      if (query === '') {
        result = browseResult(offers.length);
      } else {
        // The module, once loaded, serves every catalog.
        const search = this.search.value;
        if (!search) return undefined;
        result = search.searchIndexFor(loaded.catalog).search(query);
      }
      this.lastSearch = { offers, query, result };
    }
    const { result } = this.lastSearch;
    const scope = { organization: this.organization, network: this.network };
    const filtered = filterOffers(result.offers, offers, loaded.catalog, this.filters, scope, this.today);
    return { offers, result, filtered };
  }

  /** Also waits while the search module loads, so that `updateComplete` means the current query's results are shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.search.status !== TaskStatus.PENDING) return result;
    await this.search.taskComplete.catch(() => undefined);
    return this.getUpdateComplete();
  }

  protected renderContent(l: Localization): TemplateResult {
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
      ${
        error
          ? this.renderLoadError(l)
          : this.searchFailed
            ? renderLoadError(
                new CatalogError('network', String(this.search.error)),
                offerLoadErrorStrings(s),
                l,
                undefined,
                () => void this.search.run(),
              )
            : nothing
      }
      <div class="layout">
        <div class="filters-column">
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
          ${loaded && !this.listView ? this.renderChips(loaded.catalog, l) : nothing}
          ${loaded ? this.renderToolbar(l) : nothing}
          <p class="status" role="status" part="status" aria-busy=${this.status.loading ? 'true' : 'false'}>
            ${this.renderStatus(l)}
          </p>
          ${
            loaded && this.view
              ? this.listView
                ? this.renderList(loaded, this.listView, l)
                : this.renderResults(loaded.catalog, this.view, l)
              : nothing
          }
          <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
        </div>
      </div>
    `;
  }

  /** The saved offers' button, which switches the results area to them and back, and "share this search". */
  private renderToolbar(l: Localization) {
    const s = l.strings;
    const showingSaved = this.listView?.kind === 'saved';
    return html`
      <div class="toolbar" part="toolbar">
        <button
          id="saved-toggle"
          class="button"
          type="button"
          aria-pressed=${showingSaved ? 'true' : 'false'}
          @click=${showingSaved ? this.closeList : this.openSaved}
        >
          <span aria-hidden="true">★</span> ${s.savedList} (${l.format.number(this.saved.ids.length)})
        </button>
        ${
          !this.listView && this.linkBase
            ? html`<button class="button" type="button" @click=${this.shareSearch}>${s.shareSearch}</button>
              ${this.renderShareNotice('search', l)}`
            : nothing
        }
      </div>
    `;
  }

  /** The saved offers, or the offers of a shared link, with what can be done with them. */
  private renderList(loaded: LoadedCatalog, listView: ListView, l: Localization) {
    const s = l.strings;
    const saved = listView.kind === 'saved';
    const offers = this.offersOf(saved ? listView.shown : listView.ids);
    const count = this.saved.ids.length;
    const name = saved ? s.savedList : s.linkList;
    /** The list's name after a button's text, for screen readers: `Drucken: Merkliste`. */
    const of = html`<span class="visually-hidden">: ${name}</span>`;
    return html`
      <section class="list" part="saved" aria-labelledby="list-heading">
        <div class="list-header">
          <h2 id="list-heading" tabindex="-1">${name}</h2>
          <button class="button" type="button" @click=${this.closeList}>${s.backToResults}</button>
        </div>
        <p class="hint">${saved ? (this.saved.stored ? s.savedOnDevice : s.savedForPage) : s.linkListHint}</p>
        ${
          saved && count === 0
            ? html`<p class="empty">${s.savedEmpty}</p>
              ${this.clearedIds ? html`<button class="button" type="button" @click=${this.undoClear}>${s.undoClear}</button>` : nothing}`
            : html`<div class="list-actions">
              ${
                saved
                  ? nothing
                  : html`<button class="button" type="button" @click=${() => this.saveAll(offers)}>${s.saveAll}</button>`
              }
              <button class="button" type="button" @click=${() => this.printList(saved ? this.saved.ids : offers.map((o) => o.id), name)}>
                ${s.print}${of}
              </button>
              ${saved ? html`<a class="button" href=${this.mailHref(loaded, l)}>${s.mail}${of}</a>` : nothing}
              ${
                saved && this.linkBase
                  ? html`<button class="button" type="button" @click=${this.shareList}>${s.shareLink}${of}</button>`
                  : nothing
              }
              ${saved ? html`<button class="button" type="button" @click=${this.clearSaved}>${s.clearList}</button>` : nothing}
              ${this.renderShareNotice('list', l)}
            </div>`
        }
        ${
          offers.length
            ? html`<ul class="results" aria-labelledby="list-heading">
              ${repeat(
                offers,
                (offer) => offer.id,
                (offer) => html`<li>${this.renderCard(loaded.catalog, offer, noTerms, l)}</li>`,
              )}
            </ul>`
            : nothing
        }
      </section>
    `;
  }

  /** "Link kopiert", or the link in a field to copy by hand, beside the button that shared it. */
  private renderShareNotice(at: string, l: Localization) {
    const notice = this.shareNotice;
    if (notice?.at !== at) return nothing;
    return notice.copied
      ? html`<p class="confirmation"><span aria-hidden="true">✓</span> ${l.strings.linkCopied}</p>`
      : html`<p class="link-to-copy">
          <label for="link-to-copy">${l.strings.linkToCopy}</label>
          <input id="link-to-copy" type="text" readonly dir="ltr" .value=${notice.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        </p>`;
  }

  private renderScope(l: Localization) {
    if (!this.organization && !this.network) return nothing;
    const href = webHref(this.finderUrl, this.ownerDocument.baseURI);
    return href ? html`<p class="scope"><a href=${href}>${l.strings.allOffers}</a></p>` : nothing;
  }

  private renderStatus(l: Localization) {
    const s = l.strings;
    const { loading, count, partial, words, list: listKind } = this.status;
    if (count === undefined) return loading ? s.loading : '';
    if (listKind) return `${listKind === 'saved' ? s.savedList : s.linkList}: ${s.resultCount(count, l.format)}`;
    if (count === 0 && this.catalog.loaded?.catalog.offers.length === 0) return s.catalogEmpty;
    if (count === 0) return html`${s.noResults} <span class="hint">${s.noResultsHint}</span>`;
    const text = s.resultCount(count, l.format);
    return partial ? html`${text}. <span class="hint">${s.partialResults((words ?? []).join(', '))}</span>` : text;
  }

  private renderFacets(catalog: Catalog, counts: FacetCounts, l: Localization) {
    const s = l.strings;
    const filters = this.filters;
    const text = l.text;
    const checkboxes = (
      key: ListFilter,
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
              @change=${(event: Event) => this.toggleChoice(key, id, (event.target as HTMLInputElement).checked)}
            />
            <span>${label} <span class="count">(${l.format.number(countOf.get(id) ?? 0)})</span></span>
          </label>
        `,
      );
    const languages = catalogLanguages(catalog);
    return html`
      <fieldset part="facet">
        <legend>${s.facetMilestone}</legend>
        ${checkboxes(
          'milestones',
          catalog.milestones.map((m) => ({ id: m.id, label: text(m.title) })),
          filters.milestones,
          counts.milestone,
        )}
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
      ${
        catalog.topics.length
          ? html`<fieldset part="facet">
            <legend>${s.facetTopic}</legend>
            ${checkboxes(
              'topics',
              catalog.topics.map((t) => ({ id: t.id, label: text(t.title) })),
              filters.topics,
              counts.topic,
            )}
          </fieldset>`
          : nothing
      }
      ${
        catalog.districts.length
          ? html`<fieldset part="facet">
            <legend>${s.facetDistrict}</legend>
            ${checkboxes(
              'districts',
              catalog.districts.map((d) => ({ id: d.id, label: text(d.title) })),
              filters.districts,
              counts.district,
            )}
          </fieldset>`
          : nothing
      }
      <fieldset part="facet">
        <legend>${s.facetCost}</legend>
        <label class="choice">
          <input type="checkbox" .checked=${live(filters.free)} @change=${(e: Event) => this.setFilters({ free: (e.target as HTMLInputElement).checked })} />
          <span>${s.freeOnly} <span class="count">(${l.format.number(counts.free)})</span></span>
        </label>
      </fieldset>
      ${
        languages.length
          ? html`<fieldset part="facet">
            <legend>${s.facetLanguage}</legend>
            ${checkboxes(
              'languages',
              languages.map((id) => ({ id, label: l.languageName(id) })),
              filters.languages,
              counts.language,
            )}
          </fieldset>`
          : nothing
      }
      <fieldset part="facet">
        <legend>${s.facetAccessibility}</legend>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${live(filters.wheelchair)}
            @change=${(e: Event) => this.setFilters({ wheelchair: (e.target as HTMLInputElement).checked })}
          />
          <span>${s.wheelchairOnly} <span class="count">(${l.format.number(counts.wheelchair)})</span></span>
        </label>
      </fieldset>
      ${
        hasOpeningHours(catalog)
          ? html`<fieldset part="facet">
            <legend>${s.openingHours}</legend>
            <label class="choice">
              <input
                type="checkbox"
                .checked=${live(filters.openToday)}
                @change=${(e: Event) => this.setFilters({ openToday: (e.target as HTMLInputElement).checked })}
              />
              <span>${s.openTodayOnly} <span class="count">(${l.format.number(counts.openToday)})</span></span>
            </label>
          </fieldset>`
          : nothing
      }
    `;
  }

  private renderChips(catalog: Catalog, l: Localization) {
    const s = l.strings;
    const filters = this.filters;
    const title = (items: { id: string; title: LocalizedText }[], id: string) => {
      const item = items.find((i) => i.id === id);
      return item ? l.text(item.title) : id;
    };
    const chips: { label: string; remove: () => void }[] = [
      ...filters.milestones.map((id) => ({
        label: title(catalog.milestones, id),
        remove: () => this.toggleChoice('milestones', id, false),
      })),
      ...filters.topics.map((id) => ({
        label: title(catalog.topics, id),
        remove: () => this.toggleChoice('topics', id, false),
      })),
      ...filters.districts.map((id) => ({
        label: title(catalog.districts, id),
        remove: () => this.toggleChoice('districts', id, false),
      })),
      ...(filters.age !== undefined
        ? [
            {
              label: filters.age === 'expecting' ? s.ageExpecting : s.ageYears(filters.age, l.format),
              remove: () => this.setFilters({ age: undefined }),
            },
          ]
        : []),
      ...(filters.free ? [{ label: s.costFree, remove: () => this.setFilters({ free: false }) }] : []),
      ...filters.languages.map((id) => ({
        label: l.languageName(id),
        remove: () => this.toggleChoice('languages', id, false),
      })),
      ...(filters.wheelchair ? [{ label: s.wheelchairYes, remove: () => this.setFilters({ wheelchair: false }) }] : []),
      ...(filters.openToday ? [{ label: s.openTodayOnly, remove: () => this.setFilters({ openToday: false }) }] : []),
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
        ${repeat(
          shown,
          (offer) => offer,
          (offer) => html`<li>${this.renderCard(catalog, view.offers[offer]!, view.result.matchedTerms, l)}</li>`,
        )}
      </ul>
      ${
        pages > 1
          ? html`<nav class="pagination" part="pagination" aria-label=${s.pagination}>
            <button class="button" type="button" ?disabled=${page === 1} @click=${() => this.goToPage(page - 1)}>${s.previousPage}</button>
            <span>${s.page(page, pages, l.format)}</span>
            <button class="button" type="button" ?disabled=${page === pages} @click=${() => this.goToPage(page + 1)}>${s.nextPage}</button>
          </nav>`
          : nothing
      }
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
    const text = l.text;
    const highlight = this.search.value?.highlight;
    const marked = (value: string | undefined) =>
      value === undefined
        ? nothing
        : !highlight || terms.size === 0
          ? value
          : highlight(value, terms).map((segment) =>
              segment.match ? html`<mark>${segment.text}</mark>` : segment.text,
            );
    const organization = catalog.organizations.find((o) => o.id === offer.organization);
    const milestones = catalog.milestones.filter((m) => offer.milestones.includes(m.id)).map((m) => text(m.title));
    const districts = offer.districts?.length
      ? catalog.districts.filter((d) => offer.districts!.includes(d.id)).map((d) => text(d.title))
      : [s.wholeCity];
    const cost = offer.cost && { free: s.costFree, reduced: s.costReduced, paid: s.costPaid }[offer.cost];
    const wheelchair = offer.accessibility?.wheelchair;
    const contacts = contactsOf(catalog, offer);
    const website = webHref(offer.url);
    const headingId = `offer-${offer.id}`;
    const saved = this.saved.has(offer.id);
    const opening = offer.openingHours && openingStatusText(offer.openingHours, this.clock.now, l);
    const updated = updatedText(offer.updated, this.today, this.staleAfter, l);
    const report = reportHref(
      reportAddress(offer, catalog),
      { id: offer.id, title: text(offer.title)! },
      this.linkTo({ offer: offer.id }) ?? location.href,
      s,
    );
    /** The offer's title after a button's text, for screen readers: `Merken: Familienhebammen`. */
    const of = html`<span class="visually-hidden">: ${text(offer.title)}</span>`;
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
          ${opening ? html`<dt>${s.openingHours}</dt><dd class=${opening.open ? 'open' : 'closed'}>${opening.text}</dd>` : nothing}
        </dl>
        ${
          updated
            ? html`<p class=${updated.stale ? 'updated stale' : 'updated'} part="updated">
              ${updated.stale ? html`<span aria-hidden="true">⚠</span> ` : nothing}${updated.text}
            </p>`
            : nothing
        }
        <div class="card-actions">
          <button
            class="button"
            part="save"
            type="button"
            aria-pressed=${saved ? 'true' : 'false'}
            @click=${() => this.toggleSaved(offer)}
          >
            <span aria-hidden="true">${saved ? '★' : '☆'}</span> ${saved ? s.saved : s.save}${of}
          </button>
        </div>
        <details part="details" @toggle=${(event: Event) => this.onDetailsToggle(event, offer)}>
          <summary>${s.details}<span class="visually-hidden">: ${text(offer.title)}</span></summary>
          <div class="details-body">
            ${offer.description ? html`<div class="description">${renderTextBlocks(l.text(offer.description), marked)}</div>` : nothing}
            <dl class="facts">
              ${
                offer.schedule
                  ? html`<dt>${s.schedule}</dt><dd dir="auto">${text(offer.schedule)}</dd>`
                  : offer.openingHours
                    ? html`<dt>${s.openingHours}</dt><dd>${openingPeriodLines(offer.openingHours, l).map((line) => html`<span class="line" dir="auto">${line}</span>`)}</dd>`
                    : nothing
              }
              ${offer.costNote ? html`<dt>${s.cost}</dt><dd dir="auto">${text(offer.costNote)}</dd>` : nothing}
              ${offer.accessibility?.note ? html`<dt>${s.accessibility}</dt><dd dir="auto">${text(offer.accessibility.note)}</dd>` : nothing}
              ${
                offer.address
                  ? html`<dt>${s.address}</dt>
                    <dd>
                      <bdi>${offer.address.street}, ${offer.address.postalCode} ${offer.address.city}</bdi><br />
                      <a href=${osmHref(offer.address)}>${s.mapLink}</a>
                    </dd>`
                  : nothing
              }
              ${website ? html`<dt>${s.website}</dt><dd><a href=${website}>${new URL(website).hostname}</a></dd>` : nothing}
            </dl>
            ${
              contacts.length
                ? html`<h4>${s.contacts}</h4>
                  <ul class="contacts">
                    ${contacts.map((contact) => this.renderContact(catalog, contact, l))}
                  </ul>`
                : nothing
            }
            <div class="offer-actions">
              <button class="button" type="button" @click=${() => this.printOffer(offer)}>${s.print}${of}</button>
              ${
                this.linkBase
                  ? html`<button class="button" type="button" @click=${() => this.shareOffer(offer)}>${s.shareLink}${of}</button>`
                  : nothing
              }
              ${report ? html`<a class="button" href=${report}>${s.reportError}${of}</a>` : nothing}
              ${this.renderShareNotice(`offer:${offer.id}`, l)}
            </div>
          </div>
        </details>
      </article>
    `;
  }

  private renderContact(catalog: Catalog, contact: Contact, l: Localization) {
    const s = l.strings;
    const text = l.text;
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
        ${contact.openingHours ? html`<p>${openingStatusText(contact.openingHours, this.clock.now, l).text}</p>` : nothing}
        ${
          contact.languages?.length
            ? html`<p>${s.spokenLanguages}: ${contact.languages.map((code) => l.languageName(code)).join(', ')}</p>`
            : nothing
        }
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
      (f.wheelchair ? 1 : 0) +
      (f.openToday ? 1 : 0)
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
    this.listView = undefined;
    this.shared.publish({ query: this.query });
    this.saveUrlState(history);
  }

  private onAgeChange = (event: Event) =>
    this.setFilters({ age: ageFromText((event.target as HTMLSelectElement).value) });

  private toggleChoice(key: ListFilter, id: string, on: boolean) {
    const current = this.filters[key];
    this.setFilters({ [key]: on ? [...new Set([...current, id])] : current.filter((value) => value !== id) });
  }

  /** A filter chosen here: the attributes follow, the group and the URL hear of it. */
  private setFilters(change: Partial<OfferFilters>) {
    Object.assign(this, attributesOf(change));
    this.listView = undefined;
    this.shared.publish({ filters: change });
    this.saveUrlState('push');
  }

  private resetFilters = () => {
    this.setFilters(emptySearch.filters);
    this.input?.focus();
  };

  /** Another element of the group changed the search (a milestone picked in the timeline): the results show it. */
  private applySharedState({ search }: SharedSearchState) {
    if (sameSearch(search, { query: this.searchedQuery, filters: this.filters })) return;
    Object.assign(this, attributesOf(search.filters));
    if (search.query !== this.searchedQuery) this.query = this.searchedQuery = search.query;
    this.listView = undefined;
  }

  private goToPage(page: number) {
    this.page = page;
    this.saveUrlState('push');
    void this.updateComplete.then(() => this.resultsHeading?.focus());
  }

  private onDetailsToggle(event: Event, offer: Offer) {
    if (!(event.target as HTMLDetailsElement).open) return;
    this.shared.publish({ selectedOffer: offer.id });
    this.emit('offer-select', { offer });
  }

  private toggleSaved(offer: Offer) {
    const l = this.l10n.current;
    const s = l.strings;
    const saved = this.saved.toggle(offer.id);
    this.clearedIds = undefined;
    this.savedChanged();
    // The list view's status region says the new count itself.
    const count = this.listView?.kind === 'saved' ? '' : ` ${this.savedCountText()}`;
    this.announce(`${saved ? s.savedAdded : s.savedRemoved}: ${l.text(offer.title)}.${count}`);
  }

  private savedCountText() {
    const l = this.l10n.current;
    return `${l.strings.savedList}: ${l.strings.resultCount(this.saved.ids.length, l.format)}`;
  }

  private savedChanged() {
    this.emit('saved-offers-change', { ids: [...this.saved.ids] });
  }

  private openSaved = async () => {
    this.listView = { kind: 'saved', shown: this.saved.ids };
    this.clearedIds = undefined;
    // With url-state, a history entry: the phone's Back button closes the list instead of leaving the page.
    this.saveUrlState('push');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
  };

  /**
   * Back to the results; the list leaves the URL (with url-state). Focus
   * returns to the saved-offers button, or for a shared list to the results.
   */
  private closeList = async () => {
    const fromLink = this.listView?.kind === 'link';
    this.listView = undefined;
    this.clearedIds = undefined;
    this.saveUrlState('push');
    await this.updateComplete;
    (fromLink ? this.resultsHeading : this.renderRoot.querySelector<HTMLElement>('#saved-toggle'))?.focus();
  };

  private clearSaved = async () => {
    this.clearedIds = this.saved.ids;
    this.saved.set([]);
    this.listView = { kind: 'saved', shown: [] };
    this.savedChanged();
    this.announce(this.l10n.current.strings.savedCleared);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
  };

  private undoClear = async () => {
    this.saved.set([...(this.clearedIds ?? []), ...this.saved.ids]);
    this.clearedIds = undefined;
    this.listView = { kind: 'saved', shown: this.saved.ids };
    this.savedChanged();
    this.announce(this.savedCountText());
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
  };

  private saveAll(offers: Offer[]) {
    this.saved.set([...this.saved.ids, ...offers.map((offer) => offer.id)]);
    this.savedChanged();
    this.announce(`${this.l10n.current.strings.savedAll} ${this.savedCountText()}`);
  }

  /** The offers of these ids that the catalog has. */
  private offersOf(ids: readonly string[]): Offer[] {
    const loaded = this.catalog.loaded;
    if (!loaded) return [];
    const byId = offersById(loaded.catalog);
    return ids.map((id) => byId.get(id)).filter((offer): offer is Offer => !!offer);
  }

  /**
   * Speaks through the second live region. The same text again (a second
   * "Link kopiert") is spoken again: the region is emptied first.
   */
  private announce(text: string) {
    if (this.announcement !== text) {
      this.announcement = text;
      return;
    }
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /** Where shared links lead: the city's finder (`finder-url`), else this page when it reads them (`url-state`); else nowhere. */
  private get linkBase(): string | undefined {
    return (
      webHref(this.finderUrl, this.ownerDocument.baseURI) ?? (this.urlState !== undefined ? location.href : undefined)
    );
  }

  /** A link that opens `state` (a search, an offer, a list), or undefined where no page would read it. */
  private linkTo(state: Partial<UrlState>): string | undefined {
    const base = this.linkBase;
    return base && urlWithState(this.urlState || 'of', { search: emptySearch, page: 1, ...state }, base);
  }

  private catalogTitle(l: Localization): string | undefined {
    const title = this.catalog.loaded?.catalog.title;
    return title && l.text(title);
  }

  private shareSearch = () => {
    const l = this.l10n.current;
    void this.share('search', this.catalogTitle(l) ?? document.title, this.linkTo(this.searchState));
  };

  private shareList = () => {
    const l = this.l10n.current;
    void this.share('list', l.strings.savedList, this.linkTo({ list: [...this.saved.ids] }));
  };

  private shareOffer(offer: Offer) {
    void this.share(`offer:${offer.id}`, this.l10n.current.text(offer.title), this.linkTo({ offer: offer.id }));
  }

  /** The system's share sheet, else the clipboard with "Link kopiert", else the link in a field, focused and selected. */
  private async share(at: string, title: string, url: string | undefined) {
    if (!url) return;
    this.shareNotice = undefined;
    const result = await shareLink({ title, url });
    const s = this.l10n.current.strings;
    if (result === 'copied') {
      this.shareNotice = { at, url, copied: true };
      this.announce(s.linkCopied);
    } else if (result === 'failed') {
      this.shareNotice = { at, url, copied: false };
      this.announce(s.linkCopyHint);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#link-to-copy')?.focus();
    }
  }

  private printList(ids: readonly string[], heading: string) {
    void this.printOffers(ids, heading, this.linkTo({ list: [...ids] }));
  }

  private printOffer(offer: Offer) {
    const l = this.l10n.current;
    void this.printOffers([offer.id], this.catalogTitle(l) ?? l.text(offer.title), this.linkTo({ offer: offer.id }));
  }

  /**
   * Prints the offers as a page of their own, with the catalog's date and the
   * link back to them. print.ts is loaded on the first click: few visitors print.
   */
  private async printOffers(ids: readonly string[], heading: string, viewUrl = location.href) {
    const loaded = this.catalog.loaded;
    if (!loaded) return;
    const { printPage } = await import('./print.js');
    const l = this.l10n.current;
    const catalogTitle = this.catalogTitle(l);
    printPage(
      this.renderRoot as ShadowRoot,
      {
        lang: l.language,
        dir: l.dir,
        heading,
        catalogTitle: catalogTitle === heading ? undefined : catalogTitle,
        dataDate: l.date(loaded.catalog.updated ?? loaded.loadedAt),
        viewUrl,
        offers: this.offersOf(ids).map((offer) => this.printedOffer(loaded.catalog, offer, l)),
      },
      l.strings,
    );
  }

  private printedOffer(catalog: Catalog, offer: Offer, l: Localization): PrintedOffer {
    const text = l.text;
    const organization = catalog.organizations.find((o) => o.id === offer.organization);
    const address = offer.address ?? organization?.address;
    return {
      title: l.text(offer.title),
      provider: text(organization?.name),
      summary: text(offer.summary),
      description: textBlocks(text(offer.description) ?? ''),
      schedule: text(offer.schedule),
      openingHours: offer.openingHours && openingPeriodLines(offer.openingHours, l),
      updated: updatedText(offer.updated, this.today, this.staleAfter, l)?.text,
      address: address && addressLine(address),
      website: webHref(offer.url),
      contacts: contactsOf(catalog, offer).map((contact) => ({
        name: l.text(contact.name),
        role: text(contact.role),
        phone: contact.phone,
        email: contact.email,
        hours: text(contact.hours),
      })),
    };
  }

  /** "Per E-Mail senden": the saved offers as plain text, with the first phone number and address to reach each. */
  private mailHref(loaded: LoadedCatalog, l: Localization): string {
    const s = l.strings;
    const catalog = loaded.catalog;
    const catalogTitle = this.catalogTitle(l);
    const name = catalogTitle ? `${s.savedList}: ${catalogTitle}` : s.savedList;
    const offers = this.offersOf(this.saved.ids).map((offer): MailedOffer => {
      const contacts = contactsOf(catalog, offer);
      const organization = catalog.organizations.find((o) => o.id === offer.organization);
      const address = offer.address ?? organization?.address;
      return {
        title: l.text(offer.title),
        phone: contacts.find((c) => c.phone)?.phone ?? organization?.phone,
        email: contacts.find((c) => c.email)?.email ?? organization?.email,
        address: address && addressLine(address),
      };
    });
    return mailtoList(
      {
        subject: name,
        intro: [name, `${s.dataDate}: ${l.date(catalog.updated ?? loaded.loadedAt)}`],
        offers,
        listUrl: this.linkTo({ list: [...this.saved.ids] }),
      },
      s,
    );
  }

  private get searchState(): UrlState {
    return {
      search: { query: this.searchedQuery, filters: this.filters },
      page: this.page,
      ...(this.listView?.kind === 'saved' && { view: 'saved' as const }),
    };
  }

  /**
   * Tells maintainers, once per catalog and period, which offers were not
   * updated for longer than `stale-after` months: a `catalog-stale` event
   * and, once per page, a console notice. Families see the date on the card.
   */
  private reportStale() {
    const loaded = this.catalog.loaded;
    const months = this.staleAfter;
    if (!loaded || (this.checkedStale?.loaded === loaded && this.checkedStale.months === months)) return;
    this.checkedStale = { loaded, months };
    const stale = staleOffers(loaded.catalog, this.today, months);
    if (!stale.length) return;
    const offers = stale.map((offer) => ({ id: offer.id, updated: offer.updated! }));
    this.emit('catalog-stale', { url: loaded.url, months, offers });
    const notice = `${loaded.url} ${months}`;
    if (staleNotices.has(notice)) return;
    staleNotices.add(notice);
    console.info(
      `offer-finder: ${offers.length} offer(s) in ${loaded.url} not updated for more than ${months} months:`,
      offers.map((offer) => `${offer.id} (${offer.updated.slice(0, 10)})`).join(', '),
    );
  }

  /** Puts the state into the page's address: `replace` while typing, `push` for choices that back/forward should undo. */
  private saveUrlState(mode: 'push' | 'replace') {
    if (this.urlState === undefined) return;
    void this.updateComplete.then(() => {
      const url = urlWithState(this.urlState || 'of', this.searchState, location.href);
      if (url === location.href) return;
      if (mode === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    });
  }

  private applyUrlState() {
    const state = readUrlState(this.urlState || 'of', location.href);
    this.listView = state?.list
      ? { kind: 'link', ids: state.list }
      : state?.view === 'saved'
        ? { kind: 'saved', shown: this.saved.ids }
        : undefined;
    this.offerToFind = state?.offer;
    if (!state) return;
    this.query = this.searchedQuery = state.search.query;
    Object.assign(this, attributesOf(state.search.filters));
    this.page = state.page;
  }

  private onPopState = () => this.applyUrlState();
}
