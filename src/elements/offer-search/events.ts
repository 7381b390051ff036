/**
 * The events of `<offer-search>` and what they carry: part of the public API
 * (exported by the package's main entry), declared for `addEventListener`.
 */
import type { StaleReport } from '../../controllers/stale-report.js';
import type { OfferFilters } from '../../catalog/filter.js';
import type { Offer } from '../../catalog/schema.js';

export interface OfferSearchChangeDetail {
  query: string;
  filters: OfferFilters;
  /** Number of offers shown for this query and these filters. */
  count: number;
}

export interface OfferSelectDetail {
  offer: Offer;
}

/** The offers not updated for longer than `stale-after` months. */
export type CatalogStaleDetail = StaleReport;

export interface SavedOffersChangeDetail {
  /** The ids of the saved offers, in the order they were saved. */
  ids: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'offer-search-change': CustomEvent<OfferSearchChangeDetail>;
    'offer-select': CustomEvent<OfferSelectDetail>;
    'saved-offers-change': CustomEvent<SavedOffersChangeDetail>;
    'catalog-stale': CustomEvent<CatalogStaleDetail>;
  }
}
