// Search in the parent's language: a query that names a concept (built-in or
// the catalog's thesaurus) also searches the concept's German terms, says
// which, ranks the words typed first, and never loses what they found.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderStatus } from '../../src/elements/offer-search/results.js';
import { localization } from '../../src/i18n/i18n.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { SearchIndex } from '../../src/catalog/search.js';
import { concepts } from '../../src/catalog/concepts.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput, Offer } from '../../src/catalog/schema.js';
import { catalog, offer } from '../support/catalogs.js';

function indexOf(offers: Offer[], fields: Partial<CatalogInput> = {}): SearchIndex {
  return new SearchIndex(parseCatalog(catalog({ offers, ...fields })).catalog);
}

const ids = (index: SearchIndex, query: string, expand = true) =>
  [...index.search(query, { expand }).offers].map((offer) => index.offers[offer]!.id);

describe('SearchIndex: the parent’s language on the sample catalog', () => {
  let sample: Catalog;
  let index: SearchIndex;
  before(async () => {
    sample = parseCatalog(await (await fetch('/demo/public/angebote.json')).json()).catalog;
    index = new SearchIndex(sample);
  });
  const top = (query: string, n = 3) => ids(index, query).slice(0, n);

  it('finds the offers for the interface’s example words in Turkish, Ukrainian and Arabic', () => {
    for (const query of ['kreş', 'дитячий садок', 'روضة أطفال'])
      expect(
        top(query).every((id) => id.startsWith('kita')),
        query,
      ).to.equal(true);
    for (const query of ['ebe', 'акушерка', 'قابلة']) expect(top(query, 1), query).to.deep.equal(['familienhebammen']);
  });

  it('finds the services the catalog’s thesaurus names, in the words of another language', () => {
    expect(top('aile hizmetleri', 1)).to.deep.equal(['willkommensbesuch']);
    expect(index.search('خدمة الأسرة').expansions).to.include('Familienservice');
  });

  it('finds about as many offers for استشارة as for Beratung', () => {
    const beratung = ids(index, 'Beratung').length;
    expect(ids(index, 'استشارة').length).to.be.at.least(beratung);
  });

  it('says which German terms it searched besides the query, only those that found something', () => {
    expect(index.search('акушерка').expansions).to.deep.equal(['Hebamme']);
    const kita = index.search('kreş').expansions!;
    expect(kita).to.include.members(['Kita', 'Kindergarten']);
    // The sample catalog never writes Kindertagesstätte.
    expect(kita).not.to.include('Kindertagesstätte');
    expect(index.search('Raumfahrt').expansions).to.deep.equal([]);
    expect(index.search('Hebamme').expansions).to.deep.equal([]);
  });

  it('finds the offers a German synonym names', () => {
    expect(ids(index, 'Flüchtlinge', false)).to.deep.equal([]);
    expect(ids(index, 'Flüchtlinge')).to.include.members(['schwangerschaftscafe-methler', 'jugendintegrationskurs']);
    expect(index.search('Flüchtlinge').expansions).to.include('Geflüchtete');
    expect(top('Tagesmutter', 1)).to.deep.equal(['kindertagespflege']);
    expect(ids(index, 'Kindergarten')).to.include('kita-fz-derne');
  });

  it('narrows a concept with another word (AND), and finds a phrase of several words as one concept', () => {
    expect(top('kreş Methler', 1)).to.deep.equal(['kita-fz-methler']);
    const debt = index.search('debt advice');
    expect(debt.partial).to.equal(false);
    expect(index.offers[debt.offers[0]!]!.id).to.equal('schuldnerberatung');
    expect(top('borç danışmanlığı', 1)).to.deep.equal(['schuldnerberatung']);
    expect(top('борги', 1)).to.deep.equal(['schuldnerberatung']);
  });
});

describe('SearchIndex: expansions', () => {
  it('ranks what the words typed find before what only a German synonym finds', () => {
    const index = indexOf([
      offer('synonym', { title: 'Kita Regenbogen' }),
      offer('typed', { title: 'Kindergarten Sonnenschein' }),
      offer('typed-in-keywords', { keywords: ['Kindergarten'] }),
    ]);
    // Kindergarten in the keywords (7) comes before Kita in the title (10, at half weight).
    expect(ids(index, 'Kindergarten')).to.deep.equal(['typed', 'typed-in-keywords', 'synonym']);
    expect(ids(index, 'Kita')[0]).to.equal('synonym');
  });

  it('ranks the offers that only a concept finds as its German term does', () => {
    const index = indexOf([
      offer('description', { description: 'Mit einer Hebamme.' }),
      offer('long-title', { title: 'Offene Sprechstunde mit einer Hebamme im Familienzentrum' }),
      offer('title', { title: 'Familienhebammen' }),
      offer('keywords', { keywords: ['Hebamme'] }),
    ]);
    expect(ids(index, 'акушерка')).to.deep.equal(ids(index, 'Hebamme'));
    expect(ids(index, 'акушерка')).to.have.length(4);
  });

  it('takes a short word that names a concept as the whole word, not as the start of a longer one', () => {
    const index = indexOf([
      offer('parents', { title: 'Programm für Eltern', summary: 'ebeveyn programı' }),
      offer('midwives', { title: 'Familienhebammen' }),
    ]);
    expect(ids(index, 'ebe', false)).to.deep.equal(['parents']);
    expect(ids(index, 'ebe')).to.deep.equal(['midwives', 'parents']);
  });

  it('searches the catalog’s thesaurus, in every language it gives', () => {
    const index = indexOf([offer('buero', { title: 'Familienbüro Kamen' }), offer('other')], {
      thesaurus: [{ terms: { de: ['Familienbüro', 'Familienservice'], tr: ['aile ofisi'], ar: ['مكتب العائلة'] } }],
    });
    for (const query of ['aile ofisi', 'مكتب العائلة', 'Familienservice']) {
      expect(ids(index, query), query).to.deep.equal(['buero']);
      expect(index.search(query).expansions, query).to.deep.equal(['Familienbüro']);
    }
  });

  it('searches nothing more for an unrelated word', () => {
    const index = indexOf([offer('a', { title: 'Raumfahrt für Kinder' }), offer('b')]);
    const result = index.search('Raumfahrt');
    expect(result.expansions).to.deep.equal([]);
    expect(ids(index, 'Raumfahrt')).to.deep.equal(ids(index, 'Raumfahrt', false));
  });

  it('reports the words typed, and a concept that finds nothing as unmatched', () => {
    const index = indexOf([offer('a', { title: 'Babymassage' })]);
    const result = index.search('біженці');
    expect(result.words).to.deep.equal(['біженці']);
    expect(result.unmatched).to.deep.equal(['біженці']);
    expect(result.offers).to.have.length(0);
  });
});

describe('SearchIndex: expansion never loses a result (property)', () => {
  let index: SearchIndex;
  let vocabulary: string[];
  before(async () => {
    const sample = parseCatalog(await (await fetch('/demo/public/angebote.json')).json()).catalog;
    index = new SearchIndex(sample);
    const titles = sample.offers.flatMap((o) =>
      (typeof o.title === 'string' ? o.title : (o.title.de ?? '')).split(/\s+/),
    );
    const conceptWords = concepts.flatMap((c) =>
      Object.values(c).flatMap((list) => list.split(',').map((term: string) => term.trim())),
    );
    vocabulary = [...titles, ...conceptWords, 'Methler', 'Beratung', 'Raumfahrt', 'kreş', 'xyz'];
  });

  it('finds with expansion every offer that matched all the words typed without it', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (picks) => {
        const query = picks.map((pick) => vocabulary[pick % vocabulary.length]).join(' ');
        const plain = index.search(query, { expand: false });
        if (plain.partial) return;
        const expanded = new Set(index.search(query).offers);
        for (const offer of plain.offers)
          expect(expanded.has(offer), `${query}: ${index.offers[offer]!.id}`).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the results say which German words were searched besides the query', () => {
  const status = (lang: string, expansions: string[], partial = false) => {
    const host = document.createElement('p');
    render(
      renderStatus({ loading: false, count: 6, partial, words: ['x', 'y'], expansions }, false, localization(lang)),
      host,
    );
    return host;
  };
  before(() => Promise.all(['en', 'tr', 'ar', 'uk', 'de-x-ls'].map(loadLanguage)));

  it('names them after the count, in every language, as German text', () => {
    expect(status('de', ['Hebamme']).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '6 Angebote · auch gesucht: Hebamme',
    );
    expect(status('en', ['Kita', 'Kindergarten']).textContent).to.contain('also searched for: Kita, Kindergarten');
    for (const lang of ['tr', 'ar', 'uk', 'de-x-ls']) {
      const words = status(lang, ['Hebamme']).querySelector('bdi')!;
      expect(words.lang, lang).to.equal('de');
      expect(words.textContent, lang).to.equal('Hebamme');
    }
  });

  it('says nothing more without them, and keeps the partial results hint', () => {
    expect(status('de', []).textContent!.trim()).to.equal('6 Angebote');
    expect(status('de', ['Kita'], true).textContent).to.match(/auch gesucht: Kita\. Kein Angebot passt/);
  });
});
