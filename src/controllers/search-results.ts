/**
 * The offers a search shows: the query's hits from the search index, then
 * the filters with their counts. The index and its German text analysis are
 * a module of their own, loaded once there is a catalog, and the index is
 * built when the page is idle: the first offers show without either, and the
 * first query rarely waits for them.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { browseOrder, browseResult, rankByFit } from '../catalog/browse.js';
import { filterOffers, type FilteredOffers, type OfferScope, type Search } from '../catalog/filter.js';
import type { LoadedCatalog } from '../catalog/load.js';
import type { Offer } from '../catalog/schema.js';
import type { SearchResult } from '../catalog/search.js';

/** What the results show: `offers` in browse order, `result` and `filtered` indices into it. */
export interface Results {
  offers: readonly Offer[];
  result: SearchResult;
  filtered: FilteredOffers;
}

/** Runs `work` when the page is idle; Safari has no `requestIdleCallback`, so there soon after. */
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200);

export class SearchResultsController {
  private readonly module: Task<[LoadedCatalog['catalog'] | undefined], typeof import('../catalog/search.js')>;
  /** The last result, kept while catalog and query stay: an update for anything else (the clock, a filter) reuses it. */
  private last?: { offers: readonly Offer[]; query: string; result: SearchResult };

  constructor(host: ReactiveControllerHost, loaded: () => LoadedCatalog | undefined) {
    this.module = new Task(host, {
      task: async ([catalog]) => {
        if (!catalog) return initialState;
        const search = await import('../catalog/search.js');
        whenIdle(() => search.searchIndexFor(catalog));
        return search;
      },
      args: () => [loaded()?.catalog] as const,
    });
  }

  /**
   * The results of `search` in `loaded` on the Berlin date `today`; undefined
   * while a query waits for the search module.
   */
  results(loaded: LoadedCatalog, search: Search, scope: OfferScope, today: string): Results | undefined {
    const offers = browseOrder(loaded.catalog);
    const query = search.query.trim() === '' ? '' : search.query;
    if (this.last?.offers !== offers || this.last.query !== query) {
      let result: SearchResult;
      if (query === '') {
        result = browseResult(offers.length);
      } else {
        // The module, once loaded, serves every catalog.
        const module = this.module.value;
        if (!module) return undefined;
        result = module.searchIndexFor(loaded.catalog).search(query);
      }
      this.last = { offers, query, result };
    }
    const { result } = this.last;
    const filtered = filterOffers(result.offers, offers, loaded.catalog, search.filters, scope, today);
    // Without words, the offers that fit the chosen milestones, districts or age most specifically come first.
    if (query === '') filtered.offers = rankByFit(filtered.offers, offers, search.filters);
    return { offers, result, filtered };
  }

  /** Marks the matched words in a text, once the search module is there. */
  get highlight() {
    return this.module.value?.highlight;
  }

  /** Why the search module could not be loaded (offline since the catalog came, say), if it could not. */
  get failure(): string | undefined {
    return this.module.status === TaskStatus.ERROR ? String(this.module.error) : undefined;
  }

  /** Loads the search module again. */
  retry(): void {
    void this.module.run();
  }

  /** Resolves once the search module is loaded or failed; at once when it is not loading. */
  async settled(): Promise<boolean> {
    if (this.module.status !== TaskStatus.PENDING) return false;
    await this.module.taskComplete.catch(() => undefined);
    return true;
  }
}
