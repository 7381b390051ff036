// The sample catalog is what `npm start` shows and what later stories and
// benchmarks build on: it must load clean and cover the whole city.
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import type { LoadedCatalog } from '../../src/catalog/load.js';
import { localize } from '../../src/catalog/localize.js';
import { staleOffers } from '../../src/catalog/freshness.js';

const src = '/demo/public/angebote.json';

describe('sample catalog (demo/public/angebote.json)', () => {
  let loaded: LoadedCatalog;
  before(async () => {
    loaded = await loadCatalog(src, { base: location.href });
  });

  it('loads without a single issue', () => {
    expect(loaded.issues).to.deep.equal([]);
  });

  it('has at least 80 offers across all six milestones, in order', () => {
    const { catalog } = loaded;
    expect(catalog.offers.length).to.be.at.least(80);
    expect(catalog.milestones.map((m) => m.id)).to.deep.equal([
      'schwangerschaft',
      'erste-jahre',
      'kita',
      'grundschule',
      'weiterfuehrende-schule',
      'uebergang-beruf',
    ]);
    for (const milestone of catalog.milestones) {
      expect(catalog.offers.filter((o) => o.milestones.includes(milestone.id)).length, milestone.id).to.be.at.least(10);
    }
  });

  it("has Kamen's six districts and the topics the city named", () => {
    const { catalog } = loaded;
    expect(catalog.districts.map((d) => localize(d.title))).to.deep.equal([
      'Kamen-Mitte',
      'Methler',
      'Heeren-Werve',
      'Südkamen',
      'Derne',
      'Rottum',
    ]);
    expect(catalog.topics.map((t) => t.id)).to.include.members([
      'beratung',
      'gesundheit',
      'bildung',
      'freizeit',
      'sprache',
      'materielle-hilfe',
    ]);
  });

  it('names the organisations and networks of the prevention concept', () => {
    const names = loaded.catalog.organizations.map((o) => localize(o.name)).join(' | ');
    for (const name of [
      'Jugendamt',
      'Familienservice',
      'Erziehungsberatungsstelle',
      'Familienzentrum',
      'Familienbildung',
      'Familienbande',
      'Diakonie',
    ]) {
      expect(names, name).to.contain(name);
    }
    expect(loaded.catalog.networks.map((n) => localize(n.title))).to.include('Netzwerk Frühe Hilfen und Kinderschutz');
  });

  it('has English texts for some entries', () => {
    const english = loaded.catalog.offers.filter((o) => typeof o.title === 'object' && 'en' in o.title);
    expect(english.length).to.be.at.least(15);
  });

  it('is visibly demo data: example.org addresses and fictional phone numbers only', () => {
    const { catalog } = loaded;
    expect(localize(catalog.title)).to.contain('Demodaten');
    const records = [catalog.maintainer!, ...catalog.organizations, ...catalog.contacts, ...catalog.offers] as {
      url?: string;
      email?: string;
      phone?: string;
    }[];
    for (const record of records) {
      if (record.url) expect(new URL(record.url).hostname, record.url).to.match(/(^|\.)example\.org$/);
      if (record.email) expect(record.email).to.match(/@([a-z0-9-]+\.)*example\.org$/);
      // Ranges the Bundesnetzagentur keeps for films and books.
      if (record.phone) expect(record.phone).to.match(/^(030 23125|069 90009|040 66969|0221 4710|089 99998) ?\d{3}$/);
    }
  });

  it('has structured opening hours for about 30 offers and 10 contacts that say what their text says', () => {
    const { catalog } = loaded;
    expect(catalog.offers.filter((o) => o.openingHours).length).to.be.within(25, 35);
    expect(catalog.contacts.filter((c) => c.openingHours).length).to.be.at.least(10);
    // `09:00`–`12:30` is written `9–12:30` in the text.
    const short = (time: string) => time.replace(/^0/, '').replace(/:00$/, '');
    const texts = [
      ...catalog.offers.map((o) => [o, o.schedule] as const),
      ...catalog.contacts.map((c) => [c, c.hours] as const),
    ];
    for (const [record, text] of texts) {
      for (const period of record.openingHours ?? [])
        expect(localize(text ?? ''), record.id).to.contain(`${short(period.opens)}–${short(period.closes)}`);
    }
  });

  it('has 8 to 12 offers not updated for more than 12 months, as of 2026-11-26, and a maintainer to report mistakes to', () => {
    const { catalog } = loaded;
    expect(staleOffers(catalog, '2026-11-26').length).to.be.within(8, 12);
    expect(catalog.offers.every((o) => o.updated)).to.equal(true);
    expect(catalog.maintainer?.email).to.be.a('string');
  });

  it('has its milestones, topics and districts in every interface language', () => {
    const { catalog } = loaded;
    const texts = [
      ...catalog.milestones.flatMap((m) => [m.title, m.description]),
      ...catalog.topics.map((t) => t.title),
      ...catalog.districts.map((d) => d.title),
    ];
    for (const text of texts) {
      expect(text).to.be.an('object');
      expect(Object.keys(text!), localize(text)).to.include.members(['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls']);
    }
    expect(localize(catalog.milestones.find((m) => m.id === 'kita')!.title, 'uk')).to.equal('Дитячий садок');
  });

  it('names its own services in a thesaurus that the search reads', () => {
    expect(loaded.catalog.thesaurus?.[0]?.terms.de).to.include('Familienservice');
  });
});
