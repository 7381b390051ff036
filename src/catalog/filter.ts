/**
 * The filter state of a search (`OfferFilters`, and with the query a
 * `Search`: the one shape that elements, the group store, events and the URL
 * share), and the facet filters over search hits with the counts a parent
 * sees next to each choice. Counts are disjunctive, as in most shop and
 * directory search: a group's counts apply every other active filter but
 * not its own, so choosing "Kita" does not make "Grundschule" look empty.
 */
import { sameIds } from './ids.js';
import { opensOn } from './opening-hours.js';
import { districtsOf } from './sources.js';
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

/** Base language of a BCP 47 tag: `de-x-ls` → `de`. */
const baseLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

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

interface OfferFacts {
  ageRange: [number, number];
  /** Indices into `ageChoices(catalog)` of the ages the offer serves. */
  ageChoices: number[];
  languages: string[];
  network: Set<string>;
  /** `opensOn` for the last date asked: the date changes once a day, the filters with every keystroke. */
  opensOn?: { date: string; open: boolean };
}

/** What the filters ask of an offer, worked out once per offer (a keystroke filters them all). */
const factsCache = new WeakMap<Offer, OfferFacts>();
function factsOf(offer: Offer, catalog: Catalog): OfferFacts {
  let facts = factsCache.get(offer);
  if (!facts) {
    const organization = catalog.organizations.find((o) => o.id === offer.organization);
    const ageRange = offerAgeRange(offer, catalog);
    facts = {
      ageRange,
      ageChoices: ageChoices(catalog).flatMap((age, index) => (ageMatches(ageRange, age) ? [index] : [])),
      languages: [...new Set((offer.languages ?? []).map(baseLanguage))],
      network: new Set(organization?.networks ?? []),
    };
    factsCache.set(offer, facts);
  }
  return facts;
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

function opensOnCached(offer: Offer, facts: OfferFacts, date: string): boolean {
  if (facts.opensOn?.date !== date)
    facts.opensOn = { date, open: offer.openingHours !== undefined && opensOn(offer.openingHours, date) };
  return facts.opensOn.open;
}

export function offerInScope(offer: Offer, scope: OfferScope, catalog: Catalog): boolean {
  if (scope.organization && offer.organization !== scope.organization) return false;
  return !scope.network || factsOf(offer, catalog).network.has(scope.network);
}

/**
 * Applies `filters` to the offers at `indices` (keeping their order, e.g. a
 * search's ranking) and counts, for every facet choice, how many offers it
 * would show. `today` is the Berlin date (`YYYY-MM-DD`, `berlinTime(new
 * Date()).date`) that `openToday` and its count refer to; the caller passes
 * it so that this stays a pure function. `openToday` without `today` throws.
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
  const counts: FacetCounts = {
    milestone: new Map(),
    topic: new Map(),
    district: new Map(),
    age: new Map(),
    language: new Map(),
    free: 0,
    wheelchair: 0,
    openToday: 0,
  };
  const ages = ageChoices(catalog);
  const ageCounts = new Int32Array(ages.length);
  const languages = new Set(filters.languages.map(baseLanguage));
  const kept = new Int32Array(indices.length);
  let keptCount = 0;
  const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const index of indices) {
    const offer = offers[index]!;
    if (!offerInScope(offer, scope, catalog)) continue;
    const facts = factsOf(offer, catalog);
    const offerLanguages = facts.languages;
    let failed = 0;
    if (filters.milestones.length && !filters.milestones.some((id) => offer.milestones.includes(id)))
      failed |= bit.milestone;
    if (filters.topics.length && !filters.topics.some((id) => offer.topics?.includes(id))) failed |= bit.topic;
    const districts = districtsOf(offer);
    if (filters.districts.length && districts && !filters.districts.some((id) => districts.includes(id))) {
      failed |= bit.district;
    }
    if (filters.age !== undefined && !ageMatches(facts.ageRange, filters.age)) failed |= bit.age;
    if (filters.free && offer.cost !== 'free') failed |= bit.free;
    if (languages.size && !offerLanguages.some((language) => languages.has(language))) failed |= bit.language;
    if (filters.wheelchair && offer.accessibility?.wheelchair !== true) failed |= bit.wheelchair;
    const openToday = today !== undefined && opensOnCached(offer, facts, today);
    if (filters.openToday && !openToday) failed |= bit.openToday;

    if (failed === 0) kept[keptCount++] = index;
    // Counts for a group: offers that pass every other group.
    const countsFor = (group: FacetName) => failed === 0 || failed === bit[group];
    if (countsFor('milestone')) for (const id of offer.milestones) increment(counts.milestone, id);
    if (countsFor('topic')) for (const id of offer.topics ?? []) increment(counts.topic, id);
    if (countsFor('district')) {
      if (districts) for (const id of districts) increment(counts.district, id);
      else for (const district of catalog.districts) increment(counts.district, district.id);
    }
    if (countsFor('age')) for (const age of facts.ageChoices) ageCounts[age]!++;
    if (countsFor('free') && offer.cost === 'free') counts.free++;
    if (countsFor('language')) for (const language of offerLanguages) increment(counts.language, language);
    if (countsFor('wheelchair') && offer.accessibility?.wheelchair === true) counts.wheelchair++;
    if (countsFor('openToday') && openToday) counts.openToday++;
  }
  ages.forEach((age, index) => ageCounts[index] && counts.age.set(age, ageCounts[index]!));
  return { offers: kept.slice(0, keptCount), counts };
}
