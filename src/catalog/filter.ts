/**
 * The filter state of a search (`OfferFilters`, and with the query a
 * `Search`: the one shape that elements, the group store, events and the URL
 * share), and the facet filters over search hits with the counts a parent
 * sees next to each choice. Counts are disjunctive, as in most shop and
 * directory search: a group's counts apply every other active filter but
 * not its own, so choosing "Kita" does not make "Grundschule" look empty.
 */
import { sameIds } from './ids.js';
import type { Catalog, Offer } from './schema.js';

/** Base language of a BCP 47 tag: `de-x-ls` → `de`. */
export const baseLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

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
