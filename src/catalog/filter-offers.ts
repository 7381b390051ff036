/**
 * The facet filters over a search's hits, with the counts a parent sees
 * next to each choice (see filter.ts for the filter state and why counts
 * are disjunctive), on per-catalog columns in typed arrays
 * (filter-columns.ts): a keystroke filters 50,000 offers in a few
 * milliseconds. A module of its own, requested beside the catalog, since
 * nothing needs it before the catalog is there.
 */
import {
  EVERY_DISTRICT,
  FREE,
  WHEELCHAIR,
  offerColumns,
  openColumn,
  opensOnRow,
  type ListColumn,
} from './filter-columns.js';
import {
  ageChoices,
  ageMatches,
  baseLanguage,
  type FacetCounts,
  type FacetName,
  type FilteredOffers,
  type OfferFilters,
  type OfferScope,
} from './filter.js';
import type { Catalog, Offer } from './schema.js';

const groups: FacetName[] = ['milestone', 'topic', 'district', 'age', 'free', 'language', 'wheelchair', 'openToday'];
const bit = Object.fromEntries(groups.map((name, index) => [name, 1 << index])) as Record<FacetName, number>;

/** The networks of each organisation id (of the first organisation with that id, as a lookup by id finds it). */
const networksCache = new WeakMap<Catalog, Map<string, readonly string[]>>();
function organizationNetworks(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  let networks = networksCache.get(catalog);
  if (!networks) {
    networks = new Map();
    for (const o of catalog.organizations) if (!networks.has(o.id)) networks.set(o.id, o.networks ?? []);
    networksCache.set(catalog, networks);
  }
  return networks;
}

/** Whether the offers of an organisation (undefined: of none) are in `scope`. */
function organizationInScope(organization: string | undefined, scope: OfferScope, catalog: Catalog): boolean {
  if (scope.organization && organization !== scope.organization) return false;
  if (!scope.network) return true;
  return organization !== undefined && !!organizationNetworks(catalog).get(organization)?.includes(scope.network);
}

export function offerInScope(offer: Offer, scope: OfferScope, catalog: Catalog): boolean {
  return organizationInScope(offer.organization, scope, catalog);
}

/** The numbers in `column` of the chosen ids, as a lookup table; undefined when none is chosen (the group is off). */
function chosen(column: ListColumn, ids: readonly string[]): Uint8Array | undefined {
  if (ids.length === 0) return undefined;
  const table = new Uint8Array(column.ids.length);
  for (const id of ids) {
    const number = column.numbers.get(id);
    if (number !== undefined) table[number] = 1;
  }
  return table;
}

/** Whether the offer of row `r` has any value of `table`. */
function hasAny({ start, values }: ListColumn, table: Uint8Array, r: number): boolean {
  for (let k = start[r]!; k < start[r + 1]!; k++) if (table[values[k]!]) return true;
  return false;
}

function countValues({ start, values }: ListColumn, counts: Int32Array, r: number): void {
  for (let k = start[r]!; k < start[r + 1]!; k++) counts[values[k]!]!++;
}

/** Counts by value number as a map by id, with the values that count at all. */
function countMap<K>(keys: readonly K[], counts: Int32Array): Map<K, number> {
  const map = new Map<K, number>();
  counts.forEach((count, n) => count && map.set(keys[n]!, count));
  return map;
}

/**
 * Applies `filters` to the offers at `indices` (keeping their order, e.g. a
 * search's ranking) and counts, for every facet choice, how many offers it
 * would show. `today` is the Berlin date (`YYYY-MM-DD`, `berlinTime(new
 * Date()).date`) that `openToday` and its count refer to; the caller passes
 * it so that this stays a pure function. `openToday` without `today` throws.
 * `offers` must stay as it is once filtered: what the filters ask of its
 * offers is kept per array (see `offerColumns`).
 */
export function filterOffers(
  indices: Int32Array,
  offers: readonly Offer[],
  catalog: Catalog,
  filters: OfferFilters,
  scope: OfferScope = {},
  today?: string,
): FilteredOffers {
  if (filters.openToday && today === undefined) throw new TypeError('filterOffers: the openToday filter needs today');
  const ages = ageChoices(catalog);
  const columns = offerColumns(offers, catalog, ages.length);
  const { row, milestone, topic, district, language, flags, ageFrom, ageTo, ageLow, ageHigh, organization } = columns;
  const milestones = chosen(milestone, filters.milestones);
  const topics = chosen(topic, filters.topics);
  const districts = chosen(district, filters.districts);
  const languages = chosen(language, filters.languages.map(baseLanguage));
  const { age, free, wheelchair } = filters;
  // The organisations in scope, by their number in the columns; undefined without a scope.
  const inScope =
    scope.organization || scope.network
      ? Uint8Array.from(columns.organizations, (id) => +organizationInScope(id, scope, catalog))
      : undefined;
  const open = today !== undefined ? openColumn(columns, today) : undefined;

  const milestoneCounts = new Int32Array(milestone.ids.length);
  const topicCounts = new Int32Array(topic.ids.length);
  const districtCounts = new Int32Array(district.ids.length);
  const languageCounts = new Int32Array(language.ids.length);
  // Offers serve a run of age choices: +1 where it starts, -1 after it ends, summed up below.
  const ageSteps = new Int32Array(ages.length + 1);
  let everyDistrict = 0;
  let freeCount = 0;
  let wheelchairCount = 0;
  let openCount = 0;
  const kept = new Int32Array(indices.length);
  let keptCount = 0;

  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    const r = row[index]!;
    if (inScope && !(organization[r]! >= 0 && inScope[organization[r]!])) continue;
    const offerFlags = flags[r]!;
    const openToday = open !== undefined && opensOnRow(columns, open, r, today!);
    let failed = 0;
    if (milestones && !hasAny(milestone, milestones, r)) failed |= bit.milestone;
    if (topics && !hasAny(topic, topics, r)) failed |= bit.topic;
    if (districts && !(offerFlags & EVERY_DISTRICT) && !hasAny(district, districts, r)) failed |= bit.district;
    if (age !== undefined && !ageMatches([ageFrom[r]!, ageTo[r]!], age)) failed |= bit.age;
    if (free && !(offerFlags & FREE)) failed |= bit.free;
    if (languages && !hasAny(language, languages, r)) failed |= bit.language;
    if (wheelchair && !(offerFlags & WHEELCHAIR)) failed |= bit.wheelchair;
    if (filters.openToday && !openToday) failed |= bit.openToday;

    if (failed === 0) kept[keptCount++] = index;
    // Counts for a group: offers that pass every other group. So an offer
    // counts for every group, for the one group it fails, or for none.
    else if (failed & (failed - 1)) continue;
    const counting = failed === 0 ? -1 : failed;
    if (counting & bit.milestone) countValues(milestone, milestoneCounts, r);
    if (counting & bit.topic) countValues(topic, topicCounts, r);
    if (counting & bit.district) {
      if (offerFlags & EVERY_DISTRICT) everyDistrict++;
      else countValues(district, districtCounts, r);
    }
    if (counting & bit.age) {
      ageSteps[ageLow[r]!]!++;
      ageSteps[ageHigh[r]!]!--;
    }
    if (counting & bit.free && offerFlags & FREE) freeCount++;
    if (counting & bit.language) countValues(language, languageCounts, r);
    if (counting & bit.wheelchair && offerFlags & WHEELCHAIR) wheelchairCount++;
    if (counting & bit.openToday && openToday) openCount++;
  }

  for (const n of columns.catalogDistricts) districtCounts[n]! += everyDistrict;
  const ageCounts = new Int32Array(ages.length);
  for (let n = 0, sum = 0; n < ages.length; n++) ageCounts[n] = sum += ageSteps[n]!;
  const counts: FacetCounts = {
    milestone: countMap(milestone.ids, milestoneCounts),
    topic: countMap(topic.ids, topicCounts),
    district: countMap(district.ids, districtCounts),
    age: countMap(ages, ageCounts),
    language: countMap(language.ids, languageCounts),
    free: freeCount,
    wheelchair: wheelchairCount,
    openToday: openCount,
  };
  return { offers: kept.slice(0, keptCount), counts };
}
