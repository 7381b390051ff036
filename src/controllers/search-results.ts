/**
 * The offers a search shows: the query's hits from the search index, then
 * the filters with their counts. The index and its German text analysis are
 * a module of their own, loaded once there is a catalog, and the index is
 * built in slices that leave the page free: the first offers show without
 * either, and a query typed meanwhile is answered from the offers indexed
 * so far, then again once the index is complete.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { browseOrder, browseResult, rankByFit } from '../catalog/browse.js';
import { emptySearch, sameSearch, type FilteredOffers, type OfferScope, type Search } from '../catalog/filter.js';
import type { LoadedCatalog } from '../catalog/load.js';
import type { Offer } from '../catalog/schema.js';
import type { SearchIndex, SearchResult } from '../catalog/search.js';
import { pause } from '../catalog/pause.js';

/**
 * From this many offers a query's search can take tens of milliseconds: it
 * runs in a task of its own, apart from the key that typed it and from the
 * update that shows its results, so that none of the three is a long task.
 */
const searchApartFrom = 5_000;

/**
 * What the results show: `offers` in browse order, `result` and `filtered`
 * indices into it; `filtered.counts` once the facet filters' module is there.
 */
export interface Results {
  offers: readonly Offer[];
  result: SearchResult;
  filtered: Pick<FilteredOffers, 'offers'> & Partial<FilteredOffers>;
}

type SearchModule = typeof import('../catalog/search.js');

export class SearchResultsController {
  private readonly module: Task<[LoadedCatalog['catalog'] | undefined], SearchModule>;
  /** The facet filters: requested at once, beside the catalog; the first offers need them only if filters are set. */
  private readonly filtering: Task<[], typeof import('../catalog/filter-offers.js')>;
  /** The last result, kept while catalog and query stay: an update for anything else (the clock, a filter) reuses it. */
  private last?: { offers: readonly Offer[]; query: string; result: SearchResult; partOf?: SearchIndex };
  /** Each catalog's index, complete or being built, with the signal that stops its build. */
  private readonly indexes = new WeakMap<LoadedCatalog['catalog'], { index: SearchIndex; signal: AbortSignal }>();
  /** Resolves when the index that answered the last query is complete, or its build stopped; undefined if it was complete. */
  private pendingIndex?: Promise<void>;
  /** The results shown last: still shown while the next query's search runs apart. */
  private shown?: Results;
  /** The search running apart, if any. */
  private apart?: { offers: readonly Offer[]; query: string; done: Promise<void> };

  constructor(
    private readonly host: ReactiveControllerHost,
    loaded: () => LoadedCatalog | undefined,
  ) {
    this.module = new Task(host, {
      task: async ([catalog], { signal }) => {
        if (!catalog) return initialState;
        const search = await import('../catalog/search.js');
        // Stopped when another catalog comes (the whole one after its first offers): it is not searched any more.
        const index = search.searchIndexInSlices(catalog, { pause, signal });
        this.indexes.set(catalog, { index, signal });
        // A query answered from part of the index is answered again from all of it.
        if (!index.complete) void index.whenComplete.then(() => host.requestUpdate());
        return search;
      },
      args: () => [loaded()?.catalog] as const,
    });
    this.filtering = new Task(host, { task: () => import('../catalog/filter-offers.js'), args: () => [] });
  }

  /**
   * The results of `search` in `loaded` on the Berlin date `today`; undefined
   * while a query waits for the search module.
   */
  results(loaded: LoadedCatalog, search: Search, scope: OfferScope, today: string): Results | undefined {
    const offers = browseOrder(loaded.catalog);
    const query = search.query.trim() === '' ? '' : search.query;
    const filterOffers = this.filtering.value?.filterOffers;
    if (!filterOffers) {
      // Without words, filters or a scope, the first offers are every offer in browse order; the counts come with the module.
      if (query !== '' || !sameSearch({ ...search, query }, emptySearch) || scope.organization || scope.network)
        return undefined;
      const all = browseResult(offers.length);
      return (this.shown = { offers, result: all, filtered: { offers: all.offers } });
    }
    // A result from part of the index is searched again once the index is complete, not on every update before.
    if (this.last?.offers !== offers || this.last.query !== query || this.last.partOf?.complete) {
      this.pendingIndex = undefined;
      if (query === '') {
        this.last = { offers, query, result: browseResult(offers.length) };
      } else {
        // The module, once loaded, serves every catalog.
        const module = this.module.value;
        if (!module) return undefined;
        if (offers.length >= searchApartFrom && this.shown?.offers === offers) {
          this.searchApart(loaded, offers, query, module);
          return this.shown;
        }
        this.answer(loaded, offers, query, module);
      }
    }
    const { result } = this.last!;
    const filtered = filterOffers(result.offers, offers, loaded.catalog, search.filters, scope, today);
    // Without words, the offers that fit the chosen milestones, districts or age most specifically come first.
    if (query === '') filtered.offers = rankByFit(filtered.offers, offers, search.filters);
    return (this.shown = { offers, result, filtered });
  }

  /** Searches `query` in the catalog's index, as far as it is built, into `last`. */
  private answer(loaded: LoadedCatalog, offers: readonly Offer[], query: string, module: SearchModule): void {
    // Started here if the catalog came in this very update.
    const building = this.indexes.get(loaded.catalog);
    const index = building?.index ?? module.searchIndexInSlices(loaded.catalog, { pause });
    const result = index.search(query);
    if (!index.complete && building && !building.signal.aborted) {
      const stopped = new Promise<void>((resolve) => building.signal.addEventListener('abort', () => resolve()));
      this.pendingIndex = Promise.race([index.whenComplete, stopped]);
    }
    this.last = { offers, query, result, ...(!index.complete && { partOf: index }) };
  }

  /** The search in a task of its own, then the update that shows it in another; the previous results meanwhile. */
  private searchApart(loaded: LoadedCatalog, offers: readonly Offer[], query: string, module: SearchModule): void {
    if (this.apart?.offers === offers && this.apart.query === query) return;
    const run = async () => {
      await pause();
      if (this.apart !== apart) return;
      this.answer(loaded, offers, query, module);
      await pause();
      this.apart = undefined;
      this.host.requestUpdate();
    };
    const apart = { offers, query, done: Promise.resolve() };
    apart.done = run();
    this.apart = apart;
  }

  /** Marks the matched words in a text, once the search module is there. */
  get highlight() {
    return this.module.value?.highlight;
  }

  /**
   * Why `query` cannot be answered, if it cannot: the filters' module or,
   * for words, the search module could not be loaded (offline since the
   * catalog came, say).
   */
  failure(query: string): string | undefined {
    if (this.filtering.status === TaskStatus.ERROR) return String(this.filtering.error);
    return query.trim() !== '' && this.module.status === TaskStatus.ERROR ? String(this.module.error) : undefined;
  }

  /** Loads again what could not be loaded. */
  retry(): void {
    if (this.filtering.status === TaskStatus.ERROR) void this.filtering.run();
    if (this.module.status === TaskStatus.ERROR) void this.module.run();
  }

  /**
   * Resolves once the filters' and the search module are loaded or failed, and the index that
   * answered the last query is complete (so the query is answered again
   * from all of it); true if it waited, false at once when nothing is pending.
   */
  async settled(): Promise<boolean> {
    if (this.filtering.status === TaskStatus.PENDING) {
      await this.filtering.taskComplete.catch(() => undefined);
      return true;
    }
    if (this.module.status === TaskStatus.PENDING) {
      await this.module.taskComplete.catch(() => undefined);
      return true;
    }
    if (this.apart) {
      await this.apart.done;
      return true;
    }
    const pending = this.pendingIndex;
    if (!pending) return false;
    await pending;
    if (this.pendingIndex === pending) this.pendingIndex = undefined;
    return true;
  }
}
