/**
 * What merging several communes' catalogs (merge.ts) tells about each
 * offer, for the code that runs on every page: kept beside the offers, not
 * in them, so that the catalog format stays as maintainers write it.
 */
import type { Maintainer, Offer } from './schema.js';

/** The maintainer of the catalog an offer came from: a mistake is reported to its own commune. */
export const sourceMaintainers = new WeakMap<Offer, Maintainer>();

/**
 * For an offer without districts (the whole town), the districts of its own
 * commune: "Stadtweit" in Kamen is not in Unna-Massen. Offers of a single
 * catalog have no entry, and match every district.
 */
export const communeDistricts = new WeakMap<Offer, readonly string[]>();

/** The districts an offer is for: its own, or its commune's when it is for the whole town; undefined for every district. */
export const districtsOf = (offer: Offer): readonly string[] | undefined =>
  offer.districts ?? communeDistricts.get(offer);
