// loadCatalog on another origin: a catalog the browser keeps from the page for want of a CORS header is told
// apart from a network failure by one request more to the same endpoint (HEAD, no-cors), and not retried.
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import { worker, http, HttpResponse, uniqueUrl } from '../support/msw.js';
import { catalog } from '../support/catalogs.js';
import { failure, fast } from '../support/load.js';

/** The GET fails as a fetch() TypeError (what CORS and the network both give); the HEAD gets `head`. */
function serve(url: string, head: () => Response) {
  const calls = { get: 0, head: [] as RequestMode[] };
  worker.use(
    http.get(url, () => {
      calls.get++;
      return HttpResponse.error();
    }),
    http.head(url, ({ request }) => {
      calls.head.push(request.mode);
      return head();
    }),
  );
  return calls;
}

describe('loadCatalog: a catalog on another origin without CORS', () => {
  it('the server answers a no-cors HEAD: CORS, named with the header and the URL, not retried', async () => {
    const url = uniqueUrl();
    expect(new URL(url).origin).not.to.equal(location.origin);
    const calls = serve(url, () => new HttpResponse(null, { status: 200 }));
    const error = await failure(loadCatalog(url, { policy: fast }));
    expect(error.kind).to.equal('cors');
    expect(error.message).to.equal(`no Access-Control-Allow-Origin header on ${url} for ${location.origin}`);
    expect(calls).to.deep.equal({ get: 1, head: ['no-cors'] });
  });

  it('nothing answers the HEAD either: the network, retried as before, and asked only once', async () => {
    const url = uniqueUrl();
    const calls = serve(url, () => HttpResponse.error());
    const error = await failure(loadCatalog(url, { policy: { ...fast, maxAttempts: 3 } }));
    expect(error.kind).to.equal('network');
    expect(calls).to.deep.equal({ get: 3, head: ['no-cors'] });
  });

  it('the browser is offline: the network, without a second request', async () => {
    const url = uniqueUrl();
    const calls = serve(url, () => new HttpResponse(null, { status: 200 }));
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const error = await failure(loadCatalog(url, { policy: { ...fast, maxAttempts: 1 } }));
      expect(error.kind).to.equal('network');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    expect(calls).to.deep.equal({ get: 1, head: [] });
  });

  it('the same origin cannot be CORS: the network, without a second request', async () => {
    const url = new URL(`/same-origin-${Math.random().toString(36).slice(2)}.json`, location.href).href;
    const calls = serve(url, () => new HttpResponse(null, { status: 200 }));
    const error = await failure(loadCatalog(url, { policy: { ...fast, maxAttempts: 1 } }));
    expect(error.kind).to.equal('network');
    expect(calls).to.deep.equal({ get: 1, head: [] });
  });

  it('a catalog that arrives is read as before', async () => {
    const url = uniqueUrl();
    worker.use(http.get(url, () => HttpResponse.json(catalog())));
    expect((await loadCatalog(url, { policy: fast })).catalog.offers).to.have.length(1);
  });
});
