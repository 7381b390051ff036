/**
 * The offers of a catalog before anyone searches: in browse order, and the
 * "result" of an empty query; the offers that fit the chosen filters most
 * specifically first; and the offers by id. Kept apart from the search index
 * (search.ts), which a page loads only once it is needed, so that the first
 * offers show without it.
 */
import type { OfferFilters } from './filter.js';
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

/**
 * Filtered offers without words, the most specific to what the family chose
 * first: a parent who picks "Kita-Zeit" should see the Kita offers before a
 * Müttercafé that serves three milestones. In order of:
 * 1. the first chosen milestone the offer serves (milestones as chosen: "now"
 *    before "next" when "where are we now?" chose both);
 * 2. with a milestone or an age chosen, how many milestones the offer serves
 *    (fewer is more specific);
 * 3. with districts chosen, offers there before those for the whole city.
 * Ties keep the order given (the browse order). Nothing chosen: `indices` as they are.
 */
export function rankByFit(indices: Int32Array, offers: readonly Offer[], filters: OfferFilters): Int32Array {
  const { milestones, districts, age } = filters;
  if (!milestones.length && !districts.length && age === undefined) return indices;
  const spread = milestones.length > 0 || age !== undefined;
  const fit = (offer: Offer) => {
    const first = milestones.findIndex((id) => offer.milestones.includes(id));
    const citywide = districts.length > 0 && !offer.districts?.some((id) => districts.includes(id));
    // One number: the first chosen milestone, then the number of milestones (under 1,000), then the city's last.
    return (first < 0 ? milestones.length : first) * 2000 + (spread ? offer.milestones.length * 2 : 0) + +citywide;
  };
  // Array.prototype.sort is stable: offers that fit equally stay in browse order.
  return Int32Array.from([...indices].sort((a, b) => fit(offers[a]!) - fit(offers[b]!)));
}
