// filterOffers works on typed-array columns (filter-columns.ts); here it is
// checked against the definitions written out plainly, offer by offer, for
// many random filter combinations: the sample catalog, a merged catalog of
// two communes, and a catalog with more than 32 topics and districts.
import { expect } from '@open-wc/testing';
import {
  ageChoices,
  ageMatches,
  emptySearch,
  offerAgeRange,
  type AgeChoice,
  type FacetCounts,
  type OfferFilters,
  type OfferScope,
} from '../../src/catalog/filter.js';
import { filterOffers } from '../../src/catalog/filter-offers.js';
import { browseOrder, browseResult } from '../../src/catalog/browse.js';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import { mergeCatalogs } from '../../src/catalog/merge.js';
import { opensOn } from '../../src/catalog/opening-hours.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import { districtsOf } from '../../src/catalog/sources.js';
import type { Catalog, CatalogInput, Offer, OpeningHours, Weekday } from '../../src/catalog/schema.js';
import { catalog as catalogInput, offer } from '../support/catalogs.js';

/** mulberry32: the same numbers on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => Array.from({ length: int(max + 1) }, () => pick(list));
  const shuffle = <T>(list: T[]): T[] => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  };
  return { chance: (p: number) => next() < p, int, pick, some, shuffle };
}
type Random = ReturnType<typeof random>;

const base = (tag: string) => tag.split('-')[0]!.toLowerCase();
type Group = 'milestone' | 'topic' | 'district' | 'age' | 'free' | 'language' | 'wheelchair' | 'openToday';

/** `filterOffers` as the definitions say it, offer by offer. */
function reference(
  indices: Int32Array,
  offers: readonly Offer[],
  catalog: Catalog,
  filters: OfferFilters,
  scope: OfferScope,
  today: string | undefined,
) {
  const kept: number[] = [];
  const counts = {
    milestone: new Map<string, number>(),
    topic: new Map<string, number>(),
    district: new Map<string, number>(),
    age: new Map<AgeChoice, number>(),
    language: new Map<string, number>(),
    free: 0,
    wheelchair: 0,
    openToday: 0,
  };
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const index of indices) {
    const offer = offers[index]!;
    if (scope.organization && offer.organization !== scope.organization) continue;
    const organization = catalog.organizations.find((o) => o.id === offer.organization);
    if (scope.network && !organization?.networks?.includes(scope.network)) continue;
    const districts = districtsOf(offer, catalog);
    const range = offerAgeRange(offer, catalog);
    const languages = [...new Set((offer.languages ?? []).map(base))];
    const open = today !== undefined && offer.openingHours !== undefined && opensOn(offer.openingHours, today);
    const passes: Record<Group, boolean> = {
      milestone: !filters.milestones.length || filters.milestones.some((id) => offer.milestones.includes(id)),
      topic: !filters.topics.length || filters.topics.some((id) => offer.topics?.includes(id)),
      district: !filters.districts.length || !districts || filters.districts.some((id) => districts.includes(id)),
      age: filters.age === undefined || ageMatches(range, filters.age),
      free: !filters.free || offer.cost === 'free',
      language: !filters.languages.length || filters.languages.some((tag) => languages.includes(base(tag))),
      wheelchair: !filters.wheelchair || offer.accessibility?.wheelchair === true,
      openToday: !filters.openToday || open,
    };
    const passesAllBut = (group: Group) =>
      (Object.keys(passes) as Group[]).every((other) => other === group || passes[other]);
    if (Object.values(passes).every(Boolean)) kept.push(index);
    if (passesAllBut('milestone')) offer.milestones.forEach((id) => add(counts.milestone, id));
    if (passesAllBut('topic')) offer.topics?.forEach((id) => add(counts.topic, id));
    if (passesAllBut('district'))
      (districts ?? catalog.districts.map((d) => d.id)).forEach((id) => add(counts.district, id));
    if (passesAllBut('age')) ageChoices(catalog).forEach((age) => ageMatches(range, age) && add(counts.age, age));
    if (passesAllBut('free') && offer.cost === 'free') counts.free++;
    if (passesAllBut('language')) languages.forEach((language) => add(counts.language, language));
    if (passesAllBut('wheelchair') && offer.accessibility?.wheelchair === true) counts.wheelchair++;
    if (passesAllBut('openToday') && open) counts.openToday++;
  }
  return { offers: kept, counts };
}

/** Counts with their maps as sorted entries, to compare whatever order the maps were filled in. */
const comparable = (counts: FacetCounts) =>
  Object.fromEntries(
    Object.entries(counts).map(([group, value]) => [
      group,
      value instanceof Map ? [...value].sort(([a], [b]) => String(a).localeCompare(String(b))) : value,
    ]),
  );

const dates = ['2026-11-23', '2026-11-26', '2026-11-28', '2026-12-07', '2027-07-15'];

/** Filters, scope, date and hits drawn from what the catalog has, with a few ids and tags it does not have. */
function randomSearch(r: Random, catalog: Catalog, offers: readonly Offer[]) {
  const ids = (records: readonly { id: string }[]) => [...records.map((record) => record.id), 'unbekannt'];
  const tags = [...new Set(catalog.offers.flatMap((o) => o.languages ?? [])), 'DE-x-ls', 'tr-TR', 'xx'];
  const ages: (AgeChoice | undefined)[] = [undefined, undefined, 'expecting', 0, 2, 3, 6, 12, 17, 27, 29];
  const openToday = r.chance(0.2);
  const filters: OfferFilters = {
    milestones: r.chance(0.4) ? r.some(ids(catalog.milestones), 2) : [],
    topics: r.chance(0.4) ? r.some(ids(catalog.topics), 3) : [],
    districts: r.chance(0.4) ? r.some(ids(catalog.districts), 3) : [],
    age: r.pick(ages),
    free: r.chance(0.25),
    languages: r.chance(0.3) ? r.some(tags, 2) : [],
    wheelchair: r.chance(0.2),
    openToday,
  };
  const scope: OfferScope = r.chance(0.8)
    ? {}
    : r.chance(0.5)
      ? { organization: r.pick(ids(catalog.organizations)) }
      : { network: r.pick(ids(catalog.networks)) };
  const today = openToday || r.chance(0.8) ? r.pick(dates) : undefined;
  // All offers in browse order, or a search's hits: some of them, in another order.
  const all = browseResult(offers.length).offers;
  const indices = r.chance(0.3) ? all : Int32Array.from(r.shuffle([...all].filter(() => r.chance(0.4))));
  return { filters, scope, today, indices };
}

function expectSameAsReference(catalog: Catalog, offers: readonly Offer[], seed: number, runs = 200) {
  const r = random(seed);
  for (let run = 0; run < runs; run++) {
    const { filters, scope, today, indices } = randomSearch(r, catalog, offers);
    const expected = reference(indices, offers, catalog, filters, scope, today);
    const actual = filterOffers(indices, offers, catalog, filters, scope, today);
    const what = JSON.stringify({ run, filters, scope, today });
    expect([...actual.offers], what).to.deep.equal(expected.offers);
    expect(comparable(actual.counts), what).to.deep.equal(comparable(expected.counts));
  }
}

const weekdays: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const hours = (r: Random): OpeningHours => [
  { days: [...new Set(r.some(weekdays, 3)), r.pick(weekdays)], opens: '09:00', closes: r.pick(['12:00', '02:00']) },
];

/** A parsed catalog of `count` random offers over the given vocabulary, with ages, languages and hours of all kinds. */
function randomCatalog(r: Random, count: number, fields: Partial<CatalogInput>): Catalog {
  const input = catalogInput({
    milestones: [
      { id: 'schwangerschaft', title: 'Schwangerschaft', ageFrom: -1, ageTo: 0 },
      { id: 'baby', title: 'Baby', ageFrom: -0.75, ageTo: 1.5 },
      { id: 'kita', title: 'Kita', ageFrom: 3, ageTo: 6 },
      { id: 'schule', title: 'Schule', ageFrom: 6 },
      { id: 'immer', title: 'Immer' },
    ],
    networks: [
      { id: 'fruehe-hilfen', title: 'Frühe Hilfen' },
      { id: 'praevention', title: 'Prävention' },
    ],
    organizations: [
      { id: 'jugendamt', name: 'Jugendamt', networks: ['fruehe-hilfen', 'praevention'] },
      { id: 'verein', name: 'Verein', networks: ['praevention'] },
      { id: 'praxis', name: 'Praxis' },
    ],
    ...fields,
  });
  const ids = (records: readonly { id: string }[] | undefined) => (records ?? []).map((record) => record.id);
  const ages = [-1, -0.5, 0, 1, 2.5, 3, 6, 10, 16, 18, 25, 30];
  input.offers = Array.from({ length: count }, (_, i) => {
    const [ageMin, ageMax] = [r.pick(ages), r.pick(ages)].sort((a, b) => a - b);
    return offer(`o${i}`, {
      milestones: [r.pick(ids(input.milestones)), ...r.some(ids(input.milestones), 2)],
      ...(r.chance(0.8) && { topics: r.some(ids(input.topics), 4) }),
      ...(r.chance(0.6) && { districts: r.some(ids(input.districts), 3) }),
      ...(r.chance(0.3) && { ageMin }),
      ...(r.chance(0.3) && { ageMax }),
      ...(r.chance(0.7) && { cost: r.pick(['free', 'reduced', 'paid'] as const) }),
      ...(r.chance(0.4) && { languages: r.some(['de', 'tr', 'de-x-ls', 'ar', 'en-GB', 'EN'], 3) }),
      ...(r.chance(0.5) && { accessibility: { wheelchair: r.chance(0.5) } }),
      ...(r.chance(0.3) && { openingHours: hours(r) }),
      ...(r.chance(0.8) && { organization: r.pick([...ids(input.organizations), 'praxis']) }),
    });
  });
  return parseCatalog(input).catalog;
}

describe('filterOffers on columns, against the definitions', () => {
  it('agrees on the sample catalog, in browse order and in any other order', async () => {
    const { catalog } = await loadCatalog('/demo/public/angebote.json', { base: location.href });
    expectSameAsReference(catalog, browseOrder(catalog), 1);
    expectSameAsReference(catalog, [...browseOrder(catalog)].reverse(), 2);
    expectSameAsReference(catalog, catalog.offers, 3);
  });

  it('agrees on random offers, with repeated ids and ages from milestones without bounds', () => {
    const r = random(4);
    const catalog = randomCatalog(r, 300, {
      topics: ['beratung', 'freizeit', 'gesundheit'].map((id) => ({ id, title: id })),
      districts: ['methler', 'derne', 'mitte'].map((id) => ({ id, title: id })),
    });
    expect(catalog.offers).to.have.length(300);
    expectSameAsReference(catalog, browseOrder(catalog), 5);
  });

  it('agrees on two communes merged, where an offer for the whole town is in its own commune only', () => {
    const r = random(6);
    const commune = (title: string, districts: string[]) =>
      randomCatalog(r, 150, { title, districts: districts.map((id) => ({ id, title: id })) });
    const merged = mergeCatalogs([
      { url: 'https://kamen.example/angebote.json', catalog: commune('Kamen', ['methler', 'derne']) },
      { url: 'https://unna.example/angebote.json', catalog: commune('Unna', ['massen', 'mitte', 'derne']) },
    ]);
    const offers = browseOrder(merged);
    expect(offers.filter((o) => !o.districts && districtsOf(o, merged))).not.to.be.empty;
    expectSameAsReference(merged, offers, 7);
    // Unna's offers for the whole town are not in Methler.
    const { offers: inMethler } = filterOffers(browseResult(offers.length).offers, offers, merged, {
      ...emptySearch.filters,
      districts: ['methler'],
    });
    expect([...inMethler].map((i) => offers[i]!).filter((o) => o.id.startsWith('unna:') && !o.districts)).to.be.empty;
  });

  it('agrees with more than 32 topics and districts', () => {
    const r = random(8);
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, title: `${prefix} ${i}` }));
    const catalog = randomCatalog(r, 400, { topics: many('thema', 40), districts: many('ortsteil', 37) });
    expectSameAsReference(catalog, browseOrder(catalog), 9);
    const { counts } = filterOffers(browseResult(catalog.offers.length).offers, browseOrder(catalog), catalog, {
      ...emptySearch.filters,
    });
    expect(counts.topic.get('thema-39')).to.be.greaterThan(0);
    expect(counts.district.get('ortsteil-36')).to.be.greaterThan(0);
  });
});
