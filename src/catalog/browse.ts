/**
 * The offers of a catalog before anyone searches: in browse order, and the
 * "result" of an empty query; and the offers by id. Kept apart from the search index (search.ts),
 * which a page loads only once it is needed, so that the first offers show
 * without it.
 */
import type { Catalog, Offer } from './schema.js';
import type { SearchResult } from './search.js';

const orders = new WeakMap<Catalog, readonly Offer[]>();
const maps = new WeakMap<Catalog, Map<string, Offer>>();

/** A catalog's offers by id, made once per catalog (saved lists and links name offers by id). */
export function offersById(catalog: Catalog): ReadonlyMap<string, Offer> {
  let map = maps.get(catalog);
  if (!map) maps.set(catalog, (map = new Map(catalog.offers.map((offer) => [offer.id, offer]))));
  return map;
}

/**
 * Offers by their first milestone (pregnancy first), then as in the catalog.
 * One array per catalog: `SearchResult.offers` are indices into it.
 */
export function browseOrder(catalog: Catalog): readonly Offer[] {
  let order = orders.get(catalog);
  if (!order) {
    const milestoneOrder = new Map(catalog.milestones.map((m, index) => [m.id, index]));
    const firstMilestone = (offer: Offer) =>
      Math.min(...offer.milestones.map((id) => milestoneOrder.get(id) ?? Infinity));
    order = catalog.offers
      .map((offer, index) => ({ offer, index, order: firstMilestone(offer) }))
      .sort((a, b) => a.order - b.order || a.index - b.index)
      .map(({ offer }) => offer);
    orders.set(catalog, order);
  }
  return order;
}

/** Every one of `count` offers in browse order, unranked: what a query without words finds. */
export function browseResult(count: number): SearchResult {
  return {
    offers: Int32Array.from({ length: count }, (_, offer) => offer),
    scores: new Float32Array(count),
    coverage: new Uint8Array(count),
    words: [],
    partial: false,
    unmatched: [],
    matchedTerms: new Set(),
  };
}
