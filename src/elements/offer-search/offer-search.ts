/**
 * `<offer-search>`: the search form, the filters and the results of one
 * catalog, and the Merkliste. The element holds the search and the page of
 * results and ties the parts together; the parts live beside it: the card
 * (card.ts), the filters (facets.ts), the saved list (list.ts, its state in
 * SavedOffersController), print and e-mail (share.ts, print.ts, through
 * ShareController), the results (SearchResultsController), "In meiner Nähe"
 * (near-me.ts), an offer to open (open-offer.ts), the page's address
 * (UrlStateController) and the live regions (LiveRegionsController).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { LiveRegionsController } from '../../controllers/live-regions.js';
import { SavedOffersController, type ListView } from '../../controllers/saved-offers.js';
import { SearchResultsController, type Results } from '../../controllers/search-results.js';
import { SharedSearchController, type SharedSearchState } from '../../controllers/shared-search.js';
import { StaleReportController } from '../../controllers/stale-report.js';
import { TypingController } from '../../controllers/typing.js';
import { UrlStateController } from '../../controllers/url-state.js';
import type { Localization } from '../../i18n/i18n.js';
import { offersById } from '../../catalog/browse.js';
import { berlinTime } from '../../catalog/calendar.js';
import { CatalogError } from '../../catalog/errors.js';
import { emptySearch, sameSearch, type OfferFilters } from '../../catalog/filter.js';
import { defaultStaleMonths } from '../../catalog/freshness.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import type { Offer } from '../../catalog/schema.js';
import { attributesOf, filtersFromAttributes, type UrlState } from '../../catalog/search-codec.js';
import { baseStyles } from '../shared/base.styles.js';
import { boxStyles } from '../shared/box.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { webHref } from '../shared/links.js';
import { offerLoadErrorStrings, renderLoadError } from '../shared/load-error.js';
import { renderCard, type CardContext } from './card.js';
import { filterPanel, renderChips, renderFacets, type FilterChanges } from './facets.js';
import { renderList, renderToolbar } from './list.js';
import { NearMe } from './near-me.js';
import { OpenOfferController } from './open-offer.js';
import { offersOnPage, renderResults, renderStatus, statusOf, type StatusSnapshot } from './results.js';
import { offerSearchStyles } from './offer-search.styles.js';
import { ShareController } from './share-controller.js';

export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'offer-search': OfferSearch;
  }
}

/** Searches follow typing at most this often; the first key after a pause searches at once. */
const typingInterval = 150;
/** The live region speaks the new count once typing pauses, so a screen reader is not flooded. */
const announceDelay = 500;
/** The properties of the filter attributes: a change to any of them, or to the scope, starts again at page 1. */
const filterProperties = [...Object.keys(attributesOf(emptySearch.filters)), 'organization', 'network'];

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
 * @csspart near-me - "In meiner Nähe": its button, the location and the places, and the map.
 * @csspart map - The map of the results on show (with `map-tiles`).
 * @slot below-search - Content under the search field, above the filters and results (`<offer-finder>` puts its milestone chips there).
 *
 * @cssprop --offer-finder-color-text - Text colour.
 * @cssprop --offer-finder-color-background - Background of cards and fields.
 * @cssprop --offer-finder-color-surface - Background of chips and contacts.
 * @cssprop --offer-finder-color-muted - Secondary text.
 * @cssprop --offer-finder-color-border - Borders of fields and cards.
 * @cssprop --offer-finder-color-accent - Links, buttons, highlights of state.
 * @cssprop --offer-finder-color-on-accent - Text on the accent colour.
 * @cssprop --offer-finder-color-focus - The focus ring (default #0b0c0c, in dark pages #ffdd00).
 * @cssprop --offer-finder-color-focus-inner - The band inside the focus ring, in a second colour that stands out from the first (default #ffdd00, in dark pages #0b0c0c).
 * @cssprop --offer-finder-color-mark - Background of matched words.
 * @cssprop --offer-finder-color-error - Error messages.
 * @cssprop --offer-finder-radius - Corner radius.
 * @cssprop --offer-finder-space - Spacing between blocks.
 * @cssprop --offer-finder-font-family - Font (default: the page's).
 * @cssprop --offer-finder-focus-width - Width of the focus ring (default 3px; never below 2px).
 */
export class OfferSearch extends CatalogElement {
  static override styles = [baseStyles, boxStyles, offerSearchStyles];
  protected static override showsFirstOffers = true;

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

  /**
   * The page's own tile server (`https://tiles.example.org/{z}/{x}/{y}.png`): offers a map of the results,
   * loaded when a family opens it. Without it there is no map, and no tile is requested from anyone.
   */
  @property({ attribute: 'map-tiles' }) mapTiles?: string;

  /** The tile server's required attribution, shown as text under the map (`© OpenStreetMap-Mitwirkende`). */
  @property({ attribute: 'map-attribution' }) mapAttribution?: string;

  @state() private searchedQuery = '';
  @state() private page = 1;
  private readonly filtersPanel = filterPanel(this);
  @query('#query') private input?: HTMLInputElement;

  private readonly shared = new SharedSearchController(this, (state, open) => this.applySharedState(state, open));
  private readonly live = new LiveRegionsController<StatusSnapshot>(this, { loading: true }, announceDelay);
  private readonly saved = new SavedOffersController(this, {
    changed: (ids) => this.emit('saved-offers-change', { ids: [...ids] }),
    announce: (text) => this.live.announce(text),
    navigated: () => this.url.save('push'),
  });
  private readonly clock = new ClockController(this, () => this.now);
  /** After the saved list: a link to `of-view=saved` opens the list as saved. */
  private readonly url = new UrlStateController(
    this,
    (state) => this.applyUrlState(state),
    () => this.urlStateNow,
  );
  private readonly sharing = new ShareController(
    this,
    this.url,
    (text) => this.live.announce(text),
    () => ({
      loaded: this.catalog.loaded,
      offersOf: (ids) => this.offersOf(ids),
      today: this.today,
      staleAfter: this.staleAfter,
    }),
  );
  private readonly results = new SearchResultsController(this, () => this.catalog.loaded);
  private readonly opener = new OpenOfferController(this);
  private readonly nearMe = new NearMe({
    host: this,
    l10n: () => this.l10n.current,
    announce: (text) => this.live.announce(text),
    select: (id) => this.opener.request(id),
  });
  /** What the results show; undefined until there is a catalog, and while a query waits for the search module. */
  private view?: Results;
  /** Today in Berlin, for "heute geöffnet" and the age of entries: worked out once an update, not once a card. */
  private today = '';
  /** The list view the last update showed, to tell when it changes. */
  private lastListView = this.saved.view;
  private readonly typing = new TypingController(this, typingInterval, (typed) => this.commitQuery(typed));
  private lastAnnounced?: string;
  /** How the filters and the chips report a change. */
  private readonly filterChanges: FilterChanges = {
    toggle: (key, id, on) => {
      const current = this.filters[key];
      this.setFilters({ [key]: on ? [...new Set([...current, id])] : current.filter((value) => value !== id) });
    },
    set: (change) => this.setFilters(change),
    reset: () => {
      this.setFilters(emptySearch.filters);
      this.input?.focus();
    },
  };

  constructor() {
    super();
    // For maintainers: `catalog-stale` once per catalog and period.
    new StaleReportController(
      this,
      () => ({ loaded: this.catalog.loaded, months: this.staleAfter, today: this.today }),
      (report) => this.emit('catalog-stale', report),
    );
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
    const searchChanged = changed.has('searchedQuery') || filterProperties.some((key) => changed.has(key));
    if (searchChanged && !changed.has('page')) this.page = 1;
    // A confirmation of a share belongs to the view it shared.
    if (searchChanged || changed.has('page') || this.saved.view !== this.lastListView) this.sharing.viewChanged();
    this.today = berlinTime(this.clock.now).date;
    const loaded = this.catalog.loaded;
    const search = { query: this.searchedQuery, filters: this.filters };
    const scope = { organization: this.organization, network: this.network };
    this.view = loaded && this.nearMe.order(this.results.results(loaded, search, scope, this.today), loaded.catalog);
    if (loaded) this.saved.sync(offersById(loaded.catalog));
    this.lastListView = this.saved.view;
    this.page = this.opener.pageIn(this.view) ?? this.page;
    this.updateStatus();
  }

  private updateStatus() {
    const listView = this.saved.view;
    const list = listView && {
      kind: listView.kind,
      count: listView.kind === 'saved' ? this.saved.ids.length : this.offersOf(listView.ids).length,
    };
    const loading = !this.catalog.error && !this.searchFailure;
    // While only a large catalog's first offers are there, the count is not yet known.
    const status = this.catalog.loaded?.first ? { loading } : statusOf(this.view, list, loading);
    this.live.setStatus(status, this.typing.takeTyped());
  }

  protected override updated(): void {
    const view = this.view;
    if (!view) return;
    const count = view.filtered.offers.length;
    const key = JSON.stringify([this.searchedQuery, this.filters, count, this.catalog.loaded?.url]);
    if (key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    this.emit('offer-search-change', { query: this.searchedQuery, filters: this.filters, count });
  }

  /** Why a query cannot be answered: a module of the search could not be loaded (offline since the catalog came, say). */
  private get searchFailure(): string | undefined {
    return this.results.failure(this.searchedQuery);
  }

  /** Also waits while the search module loads, so that `updateComplete` means the current query's results are shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    return (await this.results.settled()) ? this.getUpdateComplete() : result;
  }

  protected renderContent(l: Localization): TemplateResult {
    const s = l.strings;
    const loaded = this.catalog.loaded;
    const view = this.view;
    const listView = this.saved.view;
    const filters = this.filters;
    const failure = this.searchFailure;
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
      <slot name="below-search"></slot>${this.renderScope(l)}
      ${
        failure && !this.catalog.error
          ? renderLoadError(new CatalogError('network', failure), offerLoadErrorStrings(s), l, undefined, () =>
              this.results.retry(),
            )
          : this.renderLoadError(l)
      }
      <div class="layout">
        ${renderToolbar(this.filtersPanel.toggle(l, filters), loaded && this.saved, this.sharing, this.shareSearch, l)}
        ${this.filtersPanel.render(
          l,
          view?.filtered.offers.length,
          loaded && view?.filtered.counts && !loaded.first
            ? renderFacets(loaded.catalog, view.filtered.counts, filters, l, this.filterChanges)
            : nothing,
        )}
        <div class="main">
          ${loaded && !listView ? renderChips(loaded.catalog, filters, l, this.filterChanges) : nothing}
          ${loaded && view && !listView ? this.nearMe.render(loaded.catalog, () => offersOnPage(view, this.page), l) : nothing}
          <p class=${listView ? 'status visually-hidden' : 'status'} role="status" part="status" aria-busy=${this.live.status.loading ? 'true' : 'false'}>
            ${renderStatus(this.live.status, loaded?.catalog.offers.length === 0, l)}
          </p>
          ${loaded && view ? (listView ? this.renderListView(loaded, listView, l) : this.renderResults(loaded, view, l)) : nothing}
          <p class="visually-hidden" aria-live="polite">${this.live.announcement}</p>
        </div>
      </div>
    `;
  }

  /** What every card of this render shares (card.ts). */
  private cardContext(loaded: LoadedCatalog, l: Localization): CardContext {
    return {
      catalog: loaded.catalog,
      l,
      highlight: this.results.highlight,
      now: this.clock.now,
      today: this.today,
      staleAfter: this.staleAfter,
      saved: this.saved,
      sharing: this.sharing,
      distance: this.nearMe.distance,
      onToggle: (event, offer) => this.onDetailsToggle(event, offer),
    };
  }

  /** The saved offers or a link's, in place of the results. */
  private renderListView(loaded: LoadedCatalog, view: ListView, l: Localization) {
    const offers = this.offersOf(view.kind === 'saved' ? view.shown : view.ids);
    return renderList(view, offers, loaded, this.cardContext(loaded, l));
  }

  private renderResults(loaded: LoadedCatalog, view: Results, l: Localization) {
    const cards = this.cardContext(loaded, l);
    return renderResults(
      view,
      this.page,
      l,
      (offer, terms) => renderCard(offer, terms, cards),
      (page) => this.goToPage(page),
    );
  }

  private renderScope(l: Localization) {
    if (!this.organization && !this.network) return nothing;
    const href = webHref(this.finderUrl, this.ownerDocument.baseURI);
    return href ? html`<p class="scope"><a href=${href}>${l.strings.allOffers}</a></p>` : nothing;
  }

  private onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.typing.input();
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    this.typing.submit();
  };

  /** Typing replaces the history entry; Enter makes one that Back undoes. */
  private commitQuery(typed: boolean) {
    this.searchedQuery = this.query;
    this.saved.show(undefined);
    this.shared.publish({ query: this.query });
    this.url.save(typed ? 'replace' : 'push');
  }

  /** A filter chosen here: the attributes follow, the group and the URL hear of it. */
  private setFilters(change: Partial<OfferFilters>) {
    Object.assign(this, attributesOf(change));
    this.saved.show(undefined);
    this.shared.publish({ filters: change });
    this.url.save('push');
  }

  /** Another member changed the search (a milestone picked in the timeline) or shows an offer: the results show it. */
  private applySharedState({ search }: SharedSearchState, open?: string) {
    if (open) this.opener.request(open);
    if (sameSearch(search, { query: this.searchedQuery, filters: this.filters })) return;
    Object.assign(this, attributesOf(search.filters));
    if (search.query !== this.searchedQuery) this.query = this.searchedQuery = search.query;
    this.saved.show(undefined);
  }

  private async goToPage(page: number) {
    this.page = page;
    this.url.save('push');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  private onDetailsToggle(event: Event, offer: Offer) {
    if (!(event.target as HTMLDetailsElement).open) return;
    this.shared.publish({ selectedOffer: offer.id });
    this.emit('offer-select', { offer });
  }

  /** The offers of these ids that the catalog has. */
  private offersOf(ids: readonly string[]): Offer[] {
    const byId = this.catalog.loaded && offersById(this.catalog.loaded.catalog);
    return byId ? ids.flatMap((id) => byId.get(id) ?? []) : [];
  }

  /** "Link zu dieser Suche teilen", under the catalog's title. */
  private shareSearch = () => {
    const l = this.l10n.current;
    const title = l.text(this.catalog.loaded?.catalog.title) ?? document.title;
    void this.sharing.share('search', title, this.urlStateNow, l);
  };

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
    this.opener.request(state?.offer);
    if (!state) return;
    this.query = this.searchedQuery = state.search.query;
    Object.assign(this, attributesOf(state.search.filters));
    this.page = state.page;
  }
}
