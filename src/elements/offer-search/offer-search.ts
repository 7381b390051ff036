/**
 * `<offer-search>`: the search form, the filters and the results of one
 * catalog, and the Merkliste. The element holds the search and the page of
 * results and ties the parts together; the parts live beside it: the card
 * (card.ts), the filters (facets.ts), the saved list (list.ts, with its state
 * in SavedOffersController), the URL (UrlStateController), and print and
 * e-mail (print.ts, share.ts).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { property, state, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { SharedSearchController, type SharedSearchState } from '../../controllers/shared-search.js';
import { SavedOffersController } from '../../controllers/saved-offers.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { UrlStateController } from '../../controllers/url-state.js';
import type { Localization } from '../../i18n/i18n.js';
import type { SearchResult } from '../../catalog/search.js';
import { browseOrder, browseResult } from '../../catalog/browse.js';
import { emptySearch, filterOffers, sameSearch, type FilteredOffers, type OfferFilters } from '../../catalog/filter.js';
import { attributesOf, filtersFromAttributes, type UrlState } from '../../catalog/search-codec.js';
import { berlinTime } from '../../catalog/calendar.js';
import { defaultStaleMonths, staleOffers } from '../../catalog/freshness.js';
import type { Catalog, Offer } from '../../catalog/schema.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import { CatalogError } from '../../catalog/errors.js';
import { webHref } from '../shared/links.js';
import { baseStyles } from '../shared/base.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { offerLoadErrorStrings, renderLoadError } from '../shared/load-error.js';
import { offerSearchStyles } from './offer-search.styles.js';
import { renderCard, type CardContext } from './card.js';
import { activeFilterCount, renderChips, renderFacets, type FilterChanges, type ListFilter } from './facets.js';
import { renderList, renderShareNotice, renderToolbar, type ShareNotice } from './list.js';
import { printedOffer, savedListMailto, shareLink } from './share.js';

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
  list?: 'saved' | 'link';
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
  @state() private shareNotice?: ShareNotice;
  /**
   * What the second live region says: the outcome of saving, clearing,
   * copying. Not a second `role="status"`: the status region stays the one
   * with the result count.
   */
  @state() private announcement = '';

  @query('#query') private input?: HTMLInputElement;
  @query('#results-heading') private resultsHeading?: HTMLElement;

  private readonly shared = new SharedSearchController(this, (state) => this.applySharedState(state));
  private readonly saved = new SavedOffersController(this, (ids) =>
    this.emit('saved-offers-change', { ids: [...ids] }),
  );
  private readonly clock = new ClockController(this, () => this.now);
  /** After the saved list: a link to `of-view=saved` opens the list as saved. */
  private readonly url = new UrlStateController(
    this,
    (state) => this.applyUrlState(state),
    () => this.urlStateNow,
  );
  /** Today in Berlin, for "heute geöffnet" and the age of entries: worked out once an update, not once a card. */
  private today = '';
  /** The catalog and period last checked for offers not updated for long (`catalog-stale`). */
  private checkedStale?: { loaded: LoadedCatalog; months: number };
  /** From `of-offer`: its page is found once the results are known, … */
  private offerToFind?: string;
  /** … then its details are opened and it is scrolled into view. */
  private offerToOpen?: string;
  /** The list view the last update showed, to tell when it changes. */
  private lastListView = this.saved.view;
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
  /** How the filters and the chips report a change. */
  private readonly filterChanges: FilterChanges = {
    toggle: (key: ListFilter, id: string, on: boolean) => {
      const current = this.filters[key];
      this.setFilters({ [key]: on ? [...new Set([...current, id])] : current.filter((value) => value !== id) });
    },
    set: (change) => this.setFilters(change),
    reset: () => {
      this.setFilters(emptySearch.filters);
      this.input?.focus();
    },
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    clearTimeout(this.statusTimer);
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
    const filterKeys = [...Object.keys(attributesOf(emptySearch.filters)), 'organization', 'network'];
    if (changed.has('searchedQuery') || filterKeys.some((key) => changed.has(key))) {
      if (!changed.has('page')) this.page = 1;
    }
    // A confirmation of a share belongs to the view it shared.
    const listChanged = this.saved.view !== this.lastListView;
    if (
      (listChanged || ['searchedQuery', 'page', ...filterKeys].some((key) => changed.has(key))) &&
      !changed.has('shareNotice')
    ) {
      this.shareNotice = undefined;
    }
    this.today = berlinTime(this.clock.now).date;
    this.view = this.computeView(this.catalog.loaded);
    if (this.catalog.loaded) this.saved.sync(offersById(this.catalog.loaded.catalog));
    this.lastListView = this.saved.view;
    this.findOfferToOpen();
    this.updateStatus();
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
    const listView = this.saved.view;
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
    const count = view.filtered.offers.length;
    const key = JSON.stringify([this.searchedQuery, this.filters, count, this.catalog.loaded?.url]);
    if (key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    this.emit('offer-search-change', { query: this.searchedQuery, filters: this.filters, count });
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
    const view = this.view;
    const listView = this.saved.view;
    const filters = this.filters;
    const active = activeFilterCount(filters);
    const notice = (at: string) => renderShareNotice(this.shareNotice, at, l);
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
        this.catalog.error
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
            ${s.filters}${active ? ` (${s.activeFilterCount(active, l.format)})` : ''}
          </button>
          <div id="facets" class="facets ${this.facetsOpen ? '' : 'collapsed'}" part="facets">
            ${loaded && view ? renderFacets(loaded.catalog, view.filtered.counts, filters, l, this.filterChanges) : nothing}
          </div>
        </div>
        <div>
          ${loaded && !listView ? renderChips(loaded.catalog, filters, l, this.filterChanges) : nothing}
          ${
            loaded
              ? renderToolbar(
                  l,
                  listView,
                  this.saved.ids.length,
                  this.linkBase ? this.shareSearch : undefined,
                  notice,
                  listView?.kind === 'saved' ? this.closeList : this.openSaved,
                )
              : nothing
          }
          <p class="status" role="status" part="status" aria-busy=${this.status.loading ? 'true' : 'false'}>
            ${this.renderStatus(l)}
          </p>
          ${loaded && view ? (listView ? this.renderListView(loaded, l) : this.renderResults(view, l)) : nothing}
          <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
        </div>
      </div>
    `;
  }

  /** What every card of this render shares (card.ts). */
  private cardContext(catalog: Catalog, l: Localization): CardContext {
    return {
      catalog,
      l,
      highlight: this.search.value?.highlight,
      now: this.clock.now,
      today: this.today,
      staleAfter: this.staleAfter,
      isSaved: (offer) => this.saved.has(offer.id),
      canShare: !!this.linkBase,
      offerLink: (offer) => this.linkTo({ offer: offer.id }) ?? location.href,
      renderShareNotice: (at) => renderShareNotice(this.shareNotice, at, l),
      onSave: (offer) => this.toggleSaved(offer, l),
      onOpen: (event, offer) => this.onDetailsToggle(event, offer),
      onPrint: (offer) => this.printOffer(offer),
      onShare: (offer) => this.shareOffer(offer),
    };
  }

  private renderListView(loaded: LoadedCatalog, l: Localization) {
    const view = this.saved.view!;
    const saved = view.kind === 'saved';
    const offers = this.offersOf(saved ? view.shown : view.ids);
    const cards = this.cardContext(loaded.catalog, l);
    return renderList({
      l,
      view,
      offers,
      savedCount: this.saved.ids.length,
      stored: this.saved.stored,
      canUndo: !!this.saved.cleared,
      canShare: !!this.linkBase,
      mailHref: () =>
        savedListMailto(loaded, this.offersOf(this.saved.ids), this.linkTo({ list: [...this.saved.ids] }), l),
      renderCard: (offer) => renderCard(offer, noTerms, cards),
      renderShareNotice: (at) => renderShareNotice(this.shareNotice, at, l),
      close: this.closeList,
      undoClear: this.undoClear,
      saveAll: (shown) => this.saveAll(shown, l),
      print: (heading) => this.printList(saved ? this.saved.ids : offers.map((offer) => offer.id), heading),
      share: this.shareList,
      clear: this.clearSaved,
    });
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

  private renderResults(view: NonNullable<typeof this.view>, l: Localization) {
    const s = l.strings;
    const found = view.filtered.offers;
    const pages = Math.max(1, Math.ceil(found.length / pageSize));
    const page = Math.min(this.page, pages);
    const shown = [...found.subarray((page - 1) * pageSize, page * pageSize)];
    const cards = this.cardContext(this.catalog.loaded!.catalog, l);
    return html`
      <h2 id="results-heading" class="visually-hidden" tabindex="-1">${s.resultsHeading}</h2>
      <ul class="results" part="results" aria-labelledby="results-heading">
        ${repeat(
          shown,
          (offer) => offer,
          (offer) => html`<li>${renderCard(view.offers[offer]!, view.result.matchedTerms, cards)}</li>`,
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
    this.saved.show(undefined);
    this.shared.publish({ query: this.query });
    this.url.save(history);
  }

  /** A filter chosen here: the attributes follow, the group and the URL hear of it. */
  private setFilters(change: Partial<OfferFilters>) {
    Object.assign(this, attributesOf(change));
    this.saved.show(undefined);
    this.shared.publish({ filters: change });
    this.url.save('push');
  }

  /** Another element of the group changed the search (a milestone picked in the timeline): the results show it. */
  private applySharedState({ search }: SharedSearchState) {
    if (sameSearch(search, { query: this.searchedQuery, filters: this.filters })) return;
    Object.assign(this, attributesOf(search.filters));
    if (search.query !== this.searchedQuery) this.query = this.searchedQuery = search.query;
    this.saved.show(undefined);
  }

  private goToPage(page: number) {
    this.page = page;
    this.url.save('push');
    void this.updateComplete.then(() => this.resultsHeading?.focus());
  }

  private onDetailsToggle(event: Event, offer: Offer) {
    if (!(event.target as HTMLDetailsElement).open) return;
    this.shared.publish({ selectedOffer: offer.id });
    this.emit('offer-select', { offer });
  }

  private toggleSaved(offer: Offer, l: Localization) {
    const s = l.strings;
    const saved = this.saved.toggle(offer.id);
    // The list view's status region says the new count itself.
    const count = this.saved.view?.kind === 'saved' ? '' : ` ${this.savedCountText(l)}`;
    this.announce(`${saved ? s.savedAdded : s.savedRemoved}: ${l.text(offer.title)}.${count}`);
  }

  private savedCountText(l: Localization) {
    return `${l.strings.savedList}: ${l.strings.resultCount(this.saved.ids.length, l.format)}`;
  }

  /** Focuses an element of the next render: the list's heading, the button that opened it. */
  private async focusAfterUpdate(target: string | (() => HTMLElement | undefined)) {
    await this.updateComplete;
    (typeof target === 'string' ? this.renderRoot.querySelector<HTMLElement>(target) : target())?.focus();
  }

  private openSaved = () => {
    this.saved.openSaved();
    // With url-state, a history entry: the phone's Back button closes the list instead of leaving the page.
    this.url.save('push');
    void this.focusAfterUpdate('#list-heading');
  };

  /**
   * Back to the results; the list leaves the URL (with url-state). Focus
   * returns to the saved-offers button, or for a shared list to the results.
   */
  private closeList = () => {
    const fromLink = this.saved.view?.kind === 'link';
    this.saved.close();
    this.url.save('push');
    void this.focusAfterUpdate(fromLink ? () => this.resultsHeading : '#saved-toggle');
  };

  private clearSaved = () => {
    this.saved.clear();
    this.announce(this.l10n.current.strings.savedCleared);
    void this.focusAfterUpdate('#list-heading');
  };

  private undoClear = () => {
    this.saved.undoClear();
    this.announce(this.savedCountText(this.l10n.current));
    void this.focusAfterUpdate('#list-heading');
  };

  private saveAll(offers: Offer[], l: Localization) {
    this.saved.saveAll(offers.map((offer) => offer.id));
    this.announce(`${l.strings.savedAll} ${this.savedCountText(l)}`);
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
    return base && this.url.link(state, base);
  }

  private catalogTitle(l: Localization): string | undefined {
    return l.text(this.catalog.loaded?.catalog.title);
  }

  private shareSearch = () => {
    const l = this.l10n.current;
    void this.share('search', this.catalogTitle(l) ?? document.title, this.linkTo(this.urlStateNow));
  };

  private shareList = () => {
    void this.share('list', this.l10n.current.strings.savedList, this.linkTo({ list: [...this.saved.ids] }));
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
      await this.focusAfterUpdate('#link-to-copy');
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
        offers: this.offersOf(ids).map((offer) => printedOffer(loaded.catalog, offer, l, this.today, this.staleAfter)),
      },
      l.strings,
    );
  }

  /** The search and the place in it, as the URL holds them. */
  private get urlStateNow(): UrlState {
    return {
      search: { query: this.searchedQuery, filters: this.filters },
      page: this.page,
      ...(this.saved.view?.kind === 'saved' && { view: 'saved' as const }),
    };
  }

  /** The state in the page's address (`url-state`), on connecting and on Back and Forward. */
  private applyUrlState(state: UrlState | undefined) {
    this.saved.show(
      state?.list
        ? { kind: 'link', ids: state.list }
        : state?.view === 'saved'
          ? { kind: 'saved', shown: this.saved.ids }
          : undefined,
    );
    this.offerToFind = state?.offer;
    if (!state) return;
    this.query = this.searchedQuery = state.search.query;
    Object.assign(this, attributesOf(state.search.filters));
    this.page = state.page;
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
}
