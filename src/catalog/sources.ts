/**
 * What merging several communes' catalogs (merge.ts) tells about each
 * offer: the commune it came from. Kept on the merged catalog under a
 * global symbol, not in the offers, so that the catalog format stays as
 * maintainers write it (and JSON never sees it), and not in a module's own
 * map, so that every copy of this module (the lazy chunks have their own)
 * reads what merge.ts wrote.
 */
import type { Catalog, LocalizedText, Maintainer, Offer } from './schema.js';

/** An offer's commune: its name, who keeps its catalog, and its districts. */
export interface Commune {
  /** The catalog's title (from the index, or its own): "Stadtweit" names the town it means. */
  place: LocalizedText;
  /** Where a mistake in one of its offers is reported. */
  maintainer?: Maintainer;
  /** For an offer for the whole town: "Stadtweit" in Kamen is not in Unna-Massen. */
  districts: readonly string[];
}

const communes = Symbol.for('offer-finder.communes');
type WithCommunes = Catalog & { [communes]?: WeakMap<Offer, Commune> };

/** Records the commune of an offer of a merged catalog. */
export function setCommune(catalog: Catalog, offer: Offer, commune: Commune): void {
  ((catalog as WithCommunes)[communes] ??= new WeakMap()).set(offer, commune);
}

/** The commune of an offer of a merged catalog; undefined for a single catalog. */
export const communeOf = (catalog: Catalog, offer: Offer): Commune | undefined =>
  (catalog as WithCommunes)[communes]?.get(offer);

/** The districts an offer is for: its own, or its commune's when it is for the whole town; undefined for every district. */
export const districtsOf = (offer: Offer, catalog: Catalog): readonly string[] | undefined =>
  offer.districts ?? communeOf(catalog, offer)?.districts;
