import { expect } from '@open-wc/testing';
import { mergeCatalogs } from '../../src/catalog/merge.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import { reportAddress } from '../../src/catalog/freshness.js';
import { browseOrder, browseResult } from '../../src/catalog/browse.js';
import { emptySearch } from '../../src/catalog/filter.js';
import { filterOffers } from '../../src/catalog/filter-offers.js';
import { communeOf, districtsOf } from '../../src/catalog/sources.js';
import type { Catalog, CatalogInput } from '../../src/catalog/schema.js';
import { catalog, offer } from '../support/catalogs.js';

const valid = (input: CatalogInput): Catalog => {
  const { catalog: parsed, issues } = parseCatalog(input);
  expect(issues).to.deep.equal([]);
  return parsed;
};

const kamen = () =>
  valid(
    catalog({
      title: 'Kamen',
      maintainer: { email: 'jugendamt@kamen.example' },
      districts: [{ id: 'methler', title: 'Methler' }],
      offers: [offer('o1', { contacts: ['c1'], organization: 'jugendamt' }), offer('kamen-only')],
    }),
  );
const unna = () =>
  valid(
    catalog({
      title: 'Unna',
      maintainer: { email: 'familienbuero@unna.example' },
      milestones: [
        { id: 'kita', title: 'Kita (Unna)', ageFrom: 3, ageTo: 6 },
        { id: 'schule', title: 'Grundschule', ageFrom: 6, ageTo: 10 },
      ],
      topics: [{ id: 'bildung', title: 'Bildung' }],
      districts: [{ id: 'massen', title: 'Massen' }],
      offers: [
        offer('o1', { contacts: ['c1'], organization: 'jugendamt', districts: ['massen'] }),
        offer('unna-only', { milestones: ['schule'] }),
      ],
    }),
  );

describe('mergeCatalogs: several communes in one finder', () => {
  it('keeps the first catalog as it is and namespaces the ids of a later one where they clash', () => {
    const merged = mergeCatalogs([
      { url: 'https://kamen.example/angebote.json', catalog: kamen() },
      { url: 'https://unna.example/angebote.json', catalog: unna() },
    ]);
    expect(merged.offers.map((o) => o.id)).to.deep.equal(['o1', 'kamen-only', 'unna:o1', 'unna-only']);
    expect(merged.contacts.map((c) => c.id)).to.deep.equal(['c1', 'unna:c1']);
    expect(merged.organizations.map((o) => o.id)).to.deep.equal(['jugendamt', 'unna:jugendamt']);
    expect(merged.networks.map((n) => n.id)).to.deep.equal(['fruehe-hilfen', 'unna:fruehe-hilfen']);
  });

  it("rewrites a renamed catalog's own references, so that Unna's offer names Unna's contact", () => {
    const merged = mergeCatalogs([
      { url: 'https://kamen.example/a.json', catalog: kamen() },
      { url: 'https://unna.example/a.json', catalog: unna() },
    ]);
    const unnaOffer = merged.offers.find((o) => o.id === 'unna:o1')!;
    expect(unnaOffer.contacts).to.deep.equal(['unna:c1']);
    expect(unnaOffer.organization).to.equal('unna:jugendamt');
    expect(merged.contacts.find((c) => c.id === 'unna:c1')!.organization).to.equal('unna:jugendamt');
    expect(merged.organizations.find((o) => o.id === 'unna:jugendamt')!.networks).to.deep.equal(['unna:fruehe-hilfen']);
    expect(merged.networks.find((n) => n.id === 'unna:fruehe-hilfen')!.coordinator).to.equal('unna:c1');
    // The merged catalog is as valid as its parts: every reference resolves.
    expect(parseCatalog(merged).issues).to.deep.equal([]);
  });

  it('merges milestones, topics and districts by id, the first one winning, and gives districts their place', () => {
    const merged = mergeCatalogs([
      { url: 'https://kamen.example/a.json', catalog: kamen() },
      { url: 'https://unna.example/a.json', catalog: unna(), title: 'Kreisstadt Unna' },
    ]);
    expect(merged.milestones.map((m) => [m.id, m.title])).to.deep.equal([
      ['schwangerschaft', 'Schwangerschaft & Geburt'],
      ['kita', { de: 'Kita-Zeit', en: 'Nursery years' }],
      ['schule', 'Grundschule'],
    ]);
    expect(merged.topics.map((t) => t.id)).to.deep.equal(['beratung', 'bildung']);
    expect(merged.districts).to.deep.equal([
      { id: 'methler', title: 'Methler', place: 'Kamen' },
      { id: 'massen', title: 'Massen', place: 'Kreisstadt Unna' },
    ]);
  });

  it('takes the namespace from the file name when a catalog has no title, and keeps namespaces apart', () => {
    const untitled = () => valid({ ...catalog(), title: undefined });
    const merged = mergeCatalogs([
      { url: 'https://a.example/boenen.json', catalog: untitled() },
      { url: 'https://b.example/Bergkamen%20Mitte.json', catalog: untitled() },
      { url: 'https://c.example/boenen.json', catalog: untitled() },
    ]);
    expect(merged.offers.map((o) => o.id)).to.deep.equal(['o1', 'bergkamen-mitte:o1', 'boenen-2:o1']);
    expect(merged.districts[0]!.place).to.equal('boenen');
  });

  it('sends a mistake in an offer to the maintainer of its own catalog', () => {
    const merged = mergeCatalogs([
      { url: 'https://kamen.example/a.json', catalog: kamen() },
      { url: 'https://unna.example/a.json', catalog: unna() },
    ]);
    const byId = (id: string) => merged.offers.find((o) => o.id === id)!;
    expect(reportAddress(byId('o1'), merged)).to.equal('jugendamt@kamen.example');
    expect(reportAddress(byId('unna-only'), merged)).to.equal('familienbuero@unna.example');
  });

  it('returns a single catalog unchanged', () => {
    const one = kamen();
    expect(mergeCatalogs([{ url: 'https://kamen.example/a.json', catalog: one }])).to.equal(one);
  });
});

describe('an offer for the whole town, among several communes', () => {
  it('is for the districts of its own commune, not for the districts of another', () => {
    const merged = mergeCatalogs([
      { url: 'https://kamen.example/a.json', catalog: kamen() },
      { url: 'https://unna.example/a.json', catalog: unna() },
    ]);
    const order = browseOrder(merged);
    const ids = (districts: string[]) => {
      const all = browseResult(order.length).offers;
      const { offers } = filterOffers(all, order, merged, { ...emptySearch.filters, districts }, {}, '2026-12-07');
      return [...offers].map((i) => order[i]!.id).sort();
    };
    expect(ids(['massen'])).to.deep.equal(['unna-only', 'unna:o1']);
    expect(ids(['methler'])).to.deep.equal(['kamen-only', 'o1']);
    expect(
      districtsOf(
        merged.offers.find((o) => o.id === 'kamen-only')!,
        merged,
      ),
    ).to.deep.equal(['methler']);
    expect(
      communeOf(
        merged,
        merged.offers.find((o) => o.id === 'unna-only')!,
      )?.place,
    ).to.equal('Unna');
    const single = kamen();
    expect(districtsOf(single.offers[0]!, single)).to.equal(undefined);
    expect(communeOf(single, single.offers[0]!)).to.equal(undefined);
  });
});
