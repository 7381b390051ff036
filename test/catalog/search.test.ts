import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../src/catalog/search.js';
import { startsWithinOneEdit, typoMatcher, withinOneEdit } from '../../src/catalog/typos.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import { localize } from '../../src/catalog/localize.js';
import type { Catalog, Offer } from '../../src/catalog/schema.js';
import { catalog, offer } from '../support/catalogs.js';

function indexOf(offers: Offer[]): SearchIndex {
  return new SearchIndex(parseCatalog(catalog({ offers })).catalog);
}

function ids(index: SearchIndex, query: string): string[] {
  return [...index.search(query).offers].map((offer) => index.offers[offer]!.id);
}

describe('SearchIndex on the sample catalog', () => {
  let sample: Catalog;
  let index: SearchIndex;
  before(async () => {
    sample = parseCatalog(await (await fetch('/demo/public/angebote.json')).json()).catalog;
    index = new SearchIndex(sample);
  });
  const top = (query: string, n = 3) => ids(index, query).slice(0, n);

  it('finds the part inside a compound word', () => {
    expect(top('Hebamme', 1)).to.deep.equal(['familienhebammen']);
    expect(top('ambulanz', 1)).to.deep.equal(['schlaf-schreiambulanz']);
    expect(top('Schrei', 1)).to.deep.equal(['schlaf-schreiambulanz']);
    const beratung = ids(index, 'Beratung').map((id) => localize(index.offers.find((o) => o.id === id)!.title));
    expect(beratung).to.include('Erziehungs- und Familienberatung');
  });

  it('tolerates one typo in words of five letters or more', () => {
    expect(top('hebame', 1)).to.deep.equal(['familienhebammen']);
    expect(top('Erzihung').some((id) => id.includes('erziehungsberatung'))).to.equal(true);
  });

  it('does not guess at typos in short words', () => {
    expect(ids(index, 'Kta')).to.deep.equal([]);
  });

  it('finds umlauts typed as ae/oe/ue and ranks the exact form first', () => {
    const exact = ids(index, 'Mütter');
    expect(ids(index, 'Muetter')).to.have.members(exact);
    const titles = exact.map((id) => localize(index.offers.find((o) => o.id === id)!.title));
    const firstFolded = titles.findIndex((title) => /Mutter/.test(title) && !/Mütter/.test(title));
    const lastExact = titles.map((title) => /Mütter/.test(title)).lastIndexOf(true);
    expect(lastExact).to.be.lessThan(firstFolded);
  });

  it('splits a compound typed in the query when the catalog has its parts apart', () => {
    const result = index.search('Schulübergang');
    expect(result.words).to.deep.equal(['schul', 'ubergang']);
    expect(top('Schulübergang').some((id) => id.startsWith('uebergang'))).to.equal(true);
  });

  it('matches what is typed so far (prefix)', () => {
    expect(top('Schwanger').some((id) => id.includes('schwangerschaft'))).to.equal(true);
  });

  it('narrows with several words (AND), and falls back to the best partial matches', () => {
    const both = index.search('Beratung Erziehung');
    expect(both.partial).to.equal(false);
    expect(both.coverage.every((words) => words === 2)).to.equal(true);
    expect(both.offers.length).to.be.lessThan(index.search('Beratung').offers.length);

    const partial = index.search('Hebamme Raumfahrt');
    expect(partial.partial).to.equal(true);
    expect(partial.unmatched).to.deep.equal(['raumfahrt']);
    expect(index.offers[partial.offers[0]!]!.id).to.equal('familienhebammen');
  });

  it('lists every offer in milestone order without a query', () => {
    const all = index.search('');
    expect(all.offers).to.have.length(sample.offers.length);
    const order = sample.milestones.map((m) => m.id);
    const firstMilestone = [...all.offers].map((offer) =>
      Math.min(...index.offers[offer]!.milestones.map((id) => order.indexOf(id))),
    );
    expect(firstMilestone).to.deep.equal([...firstMilestone].sort((a, b) => a - b));
  });

  it('treats a query of function words or a single letter as no query', () => {
    expect(index.search('und der die').offers).to.have.length(sample.offers.length);
    expect(index.search('K').offers).to.have.length(sample.offers.length);
  });
});

describe('SearchIndex ranking', () => {
  it('ranks by field: title > keywords > summary > organisation > description', () => {
    const index = indexOf([
      offer('in-description', { description: 'Ein Angebot mit Babymassage.' }),
      offer('in-summary', { summary: 'Babymassage für Eltern.' }),
      offer('in-title', { title: 'Babymassage' }),
      offer('in-keywords', { keywords: ['Babymassage'] }),
    ]);
    expect(ids(index, 'babymassage')).to.deep.equal(['in-title', 'in-keywords', 'in-summary', 'in-description']);
  });

  it('ranks an exact word above a compound that contains it', () => {
    const index = indexOf([offer('compound', { title: 'Familienberatung' }), offer('exact', { title: 'Beratung' })]);
    expect(ids(index, 'Beratung')).to.deep.equal(['exact', 'compound']);
  });

  it('searches the texts in every language of the catalog', () => {
    const index = indexOf([
      offer('cafe', { title: { de: 'Müttercafé', en: 'Mothers’ café', tr: 'Anneler kafesi', uk: 'Кафе для мам' } }),
      offer('other'),
    ]);
    expect(ids(index, 'anneler')).to.deep.equal(['cafe']);
    expect(ids(index, 'mothers')).to.deep.equal(['cafe']);
    expect(ids(index, 'кафе')).to.deep.equal(['cafe']);
  });

  it('reports the words it matched, for highlighting', () => {
    const index = indexOf([offer('o', { title: 'Familienhebammen in Kamen' })]);
    expect([...index.search('hebamme').matchedTerms]).to.deep.equal(['familienhebammen']);
  });
});

describe('edit distance helpers', () => {
  it('withinOneEdit', () => {
    expect(withinOneEdit('hebamme', 'hebame')).to.equal(true);
    expect(withinOneEdit('erziehung', 'erzihung')).to.equal(true);
    expect(withinOneEdit('kinder', 'kinde')).to.equal(true);
    expect(withinOneEdit('kinder', 'rinder')).to.equal(true);
    expect(withinOneEdit('kinder', 'kiner1')).to.equal(false);
    expect(withinOneEdit('ab', 'abcd')).to.equal(false);
  });

  it('startsWithinOneEdit finds a word that begins with the pattern but for one edit', () => {
    expect(startsWithinOneEdit('hebammensprechstunde', 'hebame')).to.equal(true);
    expect(startsWithinOneEdit('hebammensprechstunde', 'hebamne')).to.equal(true);
    expect(startsWithinOneEdit('hebammensprechstunde', 'hebbamme')).to.equal(true);
    expect(startsWithinOneEdit('schwangerschaftsberatung', 'schwangerschft')).to.equal(true);
    expect(startsWithinOneEdit('hebammen', 'hxbxmme')).to.equal(false);
    expect(startsWithinOneEdit('kita', 'kitas')).to.equal(true);
    expect(startsWithinOneEdit('kit', 'kitas')).to.equal(false);
  });

  it('typoMatcher finds a pattern with one edit anywhere in a word', () => {
    const erzihung = typoMatcher('erzihung')!;
    expect(erzihung('erziehungsberatungsstelle')).to.equal(true);
    expect(erzihung('fruherziehung')).to.equal(true);
    expect(erzihung('beziehung')).to.equal(false);
    expect(typoMatcher('x'.repeat(40))).to.equal(undefined);
  });
});
