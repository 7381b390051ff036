import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import { isCatalogError } from '../../src/catalog/errors.js';
import { worker, http, HttpResponse, uniqueUrl } from '../support/msw.js';
import { catalog, offer } from '../support/catalogs.js';
import { failure, fast } from '../support/load.js';

/** Serves `respond` at `url`, counting the requests. */
function serve(url: string, respond: () => Response) {
  const calls = { count: 0 };
  worker.use(
    http.get(url, () => {
      calls.count++;
      return respond();
    }),
  );
  return calls;
}

const commune = (title: string, ...ids: string[]) => catalog({ title, offers: ids.map((id) => offer(id)) });

describe('loadCatalog: several catalogs', () => {
  it('shows the offers of every URL in src, separated by whitespace', async () => {
    const [kamen, unna] = [uniqueUrl('kamen'), uniqueUrl('unna')];
    serve(kamen, () => HttpResponse.json(commune('Kamen', 'k1', 'k2')));
    serve(unna, () => HttpResponse.json(commune('Unna', 'u1')));
    const loaded = await loadCatalog(`${kamen}\n   ${unna}`, { policy: fast });
    expect(loaded.catalog.offers.map((o) => o.id)).to.deep.equal(['k1', 'k2', 'u1']);
    expect(loaded.sources!.map((s) => s.url)).to.deep.equal([kamen, unna]);
    expect(loaded.missing).to.equal(undefined);
  });

  it('reads a catalog index, resolving its URLs against the index, with the communes named there', async () => {
    const index = 'https://kreis.test/kekiz/katalog-index.json';
    serve(index, () =>
      HttpResponse.json({
        version: 1,
        title: 'Kein Kind zurücklassen im Kreis Unna',
        catalogs: [
          { url: 'kamen.json', title: 'Kamen' },
          { url: 'https://unna.test/angebote.json', title: 'Unna' },
        ],
      }),
    );
    serve('https://kreis.test/kekiz/kamen.json', () => HttpResponse.json(commune('Stadt Kamen', 'o1')));
    serve('https://unna.test/angebote.json', () => HttpResponse.json(commune('Kreisstadt Unna', 'o1')));
    const loaded = await loadCatalog(index, { policy: fast });
    expect(loaded.url).to.equal(index);
    expect(loaded.catalog.title).to.equal('Kein Kind zurücklassen im Kreis Unna');
    expect(loaded.catalog.offers.map((o) => o.id)).to.deep.equal(['o1', 'unna:o1']);
  });

  it('one failing catalog leaves the others: their offers, and the failed one in `missing`', async () => {
    const index = uniqueUrl('index');
    const [kamen, unna] = [uniqueUrl('kamen'), uniqueUrl('unna')];
    serve(index, () =>
      HttpResponse.json({
        catalogs: [
          { url: kamen, title: 'Kamen' },
          { url: unna, title: 'Unna' },
        ],
      }),
    );
    serve(kamen, () => HttpResponse.json(commune('Kamen', 'k1')));
    let unnaUp = false;
    const unnaCalls = serve(unna, () =>
      unnaUp ? HttpResponse.json(commune('Unna', 'u1')) : new HttpResponse('kaputt', { status: 500 }),
    );
    const first = await loadCatalog(index, { policy: { ...fast, maxAttempts: 1 } });
    expect(first.catalog.offers.map((o) => o.id)).to.deep.equal(['k1']);
    expect(first.missing!.map((m) => [m.title, m.error.kind, m.error.status])).to.deep.equal([['Unna', 'http', 500]]);

    // A retry asks again only for the one that failed.
    unnaUp = true;
    const second = await loadCatalog(index, { policy: { ...fast, maxAttempts: 1 } });
    expect(second.catalog.offers.map((o) => o.id)).to.deep.equal(['k1', 'u1']);
    expect(second.missing).to.equal(undefined);
    expect(unnaCalls.count).to.equal(2);
  });

  it('bad JSON in one catalog is missing too; the load fails only when every catalog fails', async () => {
    const [a, b] = [uniqueUrl('a'), uniqueUrl('b')];
    serve(a, () => new HttpResponse('<html>Wartung</html>', { headers: { 'Content-Type': 'text/html' } }));
    serve(b, () => HttpResponse.json(commune('B', 'b1')));
    const loaded = await loadCatalog(`${a} ${b}`, { policy: fast });
    expect(loaded.missing!.map((m) => m.error.kind)).to.deep.equal(['not-json']);
    const error = await failure(loadCatalog(`${a} ${uniqueUrl('nowhere')}`, { policy: { ...fast, maxAttempts: 1 } }));
    expect(isCatalogError(error)).to.equal(true);
  });

  it('gives the same merged catalog again while the same catalogs make it up (so the search index is kept)', async () => {
    const [a, b] = [uniqueUrl('a'), uniqueUrl('b')];
    serve(a, () => HttpResponse.json(commune('A', 'a1')));
    serve(b, () => HttpResponse.json(commune('B', 'b1')));
    const first = await loadCatalog(`${a} ${b}`, { policy: fast });
    const second = await loadCatalog(`${a} ${b}`, { policy: fast });
    expect(second.catalog).to.equal(first.catalog);
  });

  it('refuses a broken index as data, and an index inside an index as a missing catalog', async () => {
    const broken = uniqueUrl('index');
    serve(broken, () => HttpResponse.json({ catalogs: [] }));
    expect((await failure(loadCatalog(broken, { policy: fast }))).kind).to.equal('wrong-shape');

    const outer = uniqueUrl('outer');
    const [inner, a] = [uniqueUrl('inner'), uniqueUrl('a')];
    serve(outer, () => HttpResponse.json({ catalogs: [{ url: inner }, { url: a }] }));
    serve(inner, () => HttpResponse.json({ catalogs: [{ url: a }] }));
    serve(a, () => HttpResponse.json(commune('A', 'a1')));
    const loaded = await loadCatalog(outer, { policy: fast });
    expect(loaded.missing!.map((m) => m.error.kind)).to.deep.equal(['wrong-shape']);
  });

  it('refuses a src of more than 50 catalogs before any request', async () => {
    const src = Array.from({ length: 51 }, (_, i) => `https://x.test/${i}.json`).join(' ');
    expect((await failure(loadCatalog(src))).kind).to.equal('config');
  });
});
