/**
 * The filter state of a search (`OfferFilters`, and with the query a
 * `Search`: the one shape that elements, the group store, events and the URL
 * share), and the facet filters over search hits with the counts a parent
 * sees next to each choice. Counts are disjunctive, as in most shop and
 * directory search: a group's counts apply every other active filter but
 * not its own, so choosing "Kita" does not make "Grundschule" look empty.
 */
import {
  EVERY_DISTRICT,
  FREE,
  WHEELCHAIR,
  baseLanguage,
  offerColumns,
  openColumn,
  opensOnRow,
  type ListColumn,
} from './filter-columns.js';
import { sameIds } from './ids.js';
import type { Catalog, Offer } from './schema.js';

/** A child's age in whole years, or `expecting` for the time before birth. */
export type AgeChoice = number | 'expecting';

export interface OfferFilters {
  /** Any of these milestones (ids). */
  milestones: readonly string[];
  topics: readonly string[];
  /** Offers in any of these districts; offers for the whole city always match. */
  districts: readonly string[];
  age?: AgeChoice | undefined;
  /** Only free offers. */
  free: boolean;
  /** Offers in any of these languages (BCP 47, matched by base language). */
  languages: readonly string[];
  /** Only offers with wheelchair access. */
  wheelchair: boolean;
  /**
   * Only offers whose structured `openingHours` open on `today` (see
   * `filterOffers`); offers without them never match.
   */
  openToday: boolean;
}

/** A search: the words typed and the filters chosen. */
export interface Search {
  query: string;
  filters: OfferFilters;
}

/** No words, no filters: every offer. */
export const emptySearch: Search = {
  query: '',
  filters: {
    milestones: [],
    topics: [],
    districts: [],
    age: undefined,
    free: false,
    languages: [],
    wheelchair: false,
    openToday: false,
  },
};

/** Whether two searches ask for the same offers (ids in the same order). */
export function sameSearch(a: Search, b: Search): boolean {
  const [f, g] = [a.filters, b.filters];
  return (
    a.query === b.query &&
    sameIds(f.milestones, g.milestones) &&
    sameIds(f.topics, g.topics) &&
    sameIds(f.districts, g.districts) &&
    sameIds(f.languages, g.languages) &&
    f.age === g.age &&
    f.free === g.free &&
    f.wheelchair === g.wheelchair &&
    f.openToday === g.openToday
  );
}

/** Limits the catalog to one partner's offers (a partner organisation's own page). */
export interface OfferScope {
  organization?: string | undefined;
  network?: string | undefined;
}

export type FacetName = 'milestone' | 'topic' | 'district' | 'age' | 'free' | 'language' | 'wheelchair' | 'openToday';

export interface FacetCounts {
  milestone: Map<string, number>;
  topic: Map<string, number>;
  district: Map<string, number>;
  age: Map<AgeChoice, number>;
  language: Map<string, number>;
  free: number;
  wheelchair: number;
  /** Offers open on `today`; 0 when `filterOffers` got no `today`. */
  openToday: number;
}

export interface FilteredOffers {
  /** Indices into the offers, in the order they were given. */
  offers: Int32Array;
  counts: FacetCounts;
}

const groups: FacetName[] = ['milestone', 'topic', 'district', 'age', 'free', 'language', 'wheelchair', 'openToday'];
const bit = Object.fromEntries(groups.map((name, index) => [name, 1 << index])) as Record<FacetName, number>;

/**
 * Age range of an offer in years: its own, or else the span of its
 * milestones; open ends are unbounded.
 */
export function offerAgeRange(offer: Offer, catalog: Catalog): [number, number] {
  const milestones = catalog.milestones.filter((m) => offer.milestones.includes(m.id));
  return [
    offer.ageMin ?? Math.min(...milestones.map((m) => m.ageFrom ?? -Infinity)),
    offer.ageMax ?? Math.max(...milestones.map((m) => m.ageTo ?? Infinity)),
  ];
}

/** Whether an offer is for a child of this age (a whole year of age, or before birth). */
export function ageMatches([from, to]: [number, number], age: AgeChoice): boolean {
  if (age === 'expecting') return from < 0;
  return from < age + 1 && to >= age;
}

/** The age choices that make sense for a catalog: expecting, then 0 up to the oldest age any offer serves. */
const ageChoicesCache = new WeakMap<Catalog, AgeChoice[]>();
export function ageChoices(catalog: Catalog): AgeChoice[] {
  const cached = ageChoicesCache.get(catalog);
  if (cached) return cached;
  let oldest = 18;
  for (const { ageTo } of catalog.milestones) if (ageTo !== undefined && ageTo > oldest) oldest = ageTo;
  for (const { ageMax } of catalog.offers) if (ageMax !== undefined && ageMax > oldest) oldest = ageMax;
  oldest = Math.min(27, Math.ceil(oldest));
  const choices: AgeChoice[] = ['expecting', ...Array.from({ length: oldest + 1 }, (_, age) => age)];
  ageChoicesCache.set(catalog, choices);
  return choices;
}

/** The languages (base codes) that offers of a catalog are held in, for the language facet. */
const languagesCache = new WeakMap<Catalog, string[]>();
export function catalogLanguages(catalog: Catalog): string[] {
  let languages = languagesCache.get(catalog);
  if (!languages) {
    languages = [...new Set(catalog.offers.flatMap((offer) => (offer.languages ?? []).map(baseLanguage)))];
    languagesCache.set(catalog, languages);
  }
  return languages;
}

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
