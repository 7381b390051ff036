// The browse order without words: by milestone, then, once the family chose a
// milestone, district or age, the offers that fit it most specifically first.
import { expect } from '@open-wc/testing';
import { browseOrder, browseResult, rankByFit } from '../../src/catalog/browse.js';
import { emptySearch, type OfferFilters } from '../../src/catalog/filter.js';
import { filterOffers } from '../../src/catalog/filter-offers.js';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import type { Catalog, Offer } from '../../src/catalog/schema.js';
import { offer } from '../support/catalogs.js';

/** The ids of `offers` in the order `rankByFit` gives for these filters. */
function ranked(offers: Offer[], filters: Partial<OfferFilters>): string[] {
  const indices = Int32Array.from(offers.keys());
  return [...rankByFit(indices, offers, { ...emptySearch.filters, ...filters })].map((i) => offers[i]!.id);
}

describe('rankByFit', () => {
  const offers = [
    offer('cafe', { milestones: ['erste-jahre', 'kita', 'grundschule'] }),
    offer('paten', { milestones: ['erste-jahre', 'kita'] }),
    offer('kita-a', { milestones: ['kita'] }),
    offer('krabbeln', { milestones: ['erste-jahre'], districts: ['methler'] }),
    offer('kita-b', { milestones: ['kita'], districts: ['methler'] }),
    offer('schule', { milestones: ['grundschule'] }),
  ];

  it('leaves the browse order as it is when nothing is chosen, or only words and flags', () => {
    expect(ranked(offers, {})).to.deep.equal(offers.map((o) => o.id));
    expect(ranked(offers, { free: true, topics: ['beratung'], languages: ['tr'] })).to.deep.equal(
      offers.map((o) => o.id),
    );
  });

  it('a milestone: offers for that milestone alone first, then those that serve more milestones; ties stay in order', () => {
    expect(ranked(offers, { milestones: ['kita'] })).to.deep.equal([
      'kita-a',
      'kita-b',
      'paten',
      'cafe',
      // Not for Kita at all (filterOffers leaves them out before): last.
      'krabbeln',
      'schule',
    ]);
  });

  it('two milestones ("where are we now?": now, then next): the first chosen one’s offers first', () => {
    expect(ranked(offers, { milestones: ['erste-jahre', 'kita'], age: 2 })).to.deep.equal([
      'krabbeln',
      'paten',
      'cafe',
      'kita-a',
      'kita-b',
      'schule',
    ]);
    // The order of the choice counts, not the order of the milestones.
    expect(ranked(offers, { milestones: ['kita', 'erste-jahre'] }).slice(0, 3)).to.deep.equal([
      'kita-a',
      'kita-b',
      'paten',
    ]);
  });

  it('an age: fewer milestones first, as the narrower offers are the ones for that age', () => {
    expect(ranked(offers, { age: 4 })).to.deep.equal(['kita-a', 'krabbeln', 'kita-b', 'schule', 'paten', 'cafe']);
  });

  it('a district: offers there before those for the whole city', () => {
    expect(ranked(offers, { districts: ['methler'] })).to.deep.equal([
      'krabbeln',
      'kita-b',
      'cafe',
      'paten',
      'kita-a',
      'schule',
    ]);
    // Milestones first: a Kita offer for the whole city before one in Methler for two milestones.
    expect(ranked(offers, { districts: ['methler'], milestones: ['kita'] })).to.deep.equal([
      'kita-b',
      'kita-a',
      'paten',
      'cafe',
      'krabbeln',
      'schule',
    ]);
  });

  it('keeps the indices it is given, whatever they point to', () => {
    const indices = Int32Array.of(4, 0, 2);
    const result = rankByFit(indices, offers, { ...emptySearch.filters, milestones: ['kita'] });
    expect([...result]).to.deep.equal([4, 2, 0]);
    expect([...indices], 'the input stays as it was').to.deep.equal([4, 0, 2]);
  });
});

describe('browse order of the sample catalog', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = (await loadCatalog('/demo/public/angebote.json', { base: location.href })).catalog;
  });

  const firstTitles = (filters: Partial<OfferFilters>, count: number) => {
    const order = browseOrder(catalog);
    const all = { ...emptySearch.filters, ...filters };
    const filtered = filterOffers(browseResult(order.length).offers, order, catalog, all);
    return [...rankByFit(filtered.offers, order, all)].slice(0, count).map((i) => order[i]!);
  };

  it('"Kita-Zeit" starts with offers for the Kita years alone, not a Müttercafé', () => {
    const first = firstTitles({ milestones: ['kita'] }, 6);
    expect(first.map((o) => o.milestones)).to.deep.equal(Array(6).fill(['kita']));
    expect(JSON.stringify(first[0]!.title)).not.to.match(/Müttercafé/);
  });
});
