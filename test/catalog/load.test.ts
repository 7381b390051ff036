import { expect, waitUntil } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import { parseRetryAfter } from '../../src/catalog/load.js';
import { CatalogError, isCatalogError, type CatalogErrorKind } from '../../src/catalog/errors.js';
import { worker, http, HttpResponse, delay, uniqueUrl } from '../support/msw.js';
import { catalog, catalogWithOffers } from '../support/catalogs.js';
import { failure, fast } from '../support/load.js';

function expectKind(error: CatalogError, kind: CatalogErrorKind) {
  expect(error.kind, error.message).to.equal(kind);
}

/** Serves `responses` in turn (the last one repeats) and counts the requests. */
function serve(url: string, ...responses: (() => Response | Promise<Response>)[]) {
  const calls = { count: 0 };
  worker.use(
    http.get(url, () => {
      const respond = responses[Math.min(calls.count, responses.length - 1)]!;
      calls.count++;
      return respond();
    }),
  );
  return calls;
}

describe('loadCatalog', () => {
  it('loads and validates a catalog', async () => {
    const url = uniqueUrl();
    serve(url, () => HttpResponse.json(catalog()));
    const loaded = await loadCatalog(url, { policy: fast });
    expect(loaded.url).to.equal(url);
    expect(loaded.catalog.offers.map((o) => o.id)).to.deep.equal(['o1']);
    expect(loaded.issues).to.deep.equal([]);
    expect(loaded.loadedAt).to.be.instanceOf(Date);
  });

  it('network error: retries, then fails as network', async () => {
    const url = uniqueUrl();
    const calls = serve(url, () => HttpResponse.error());
    const error = await failure(loadCatalog(url, { policy: { ...fast, maxAttempts: 3 } }));
    expectKind(error, 'network');
    expect(calls.count).to.equal(3);
  });

  it('timeout: an endpoint that hangs is aborted after the attempt timeout and not retried', async () => {
    const url = uniqueUrl();
    const calls = serve(url, async () => {
      await delay('infinite');
      return HttpResponse.json(catalog());
    });
    const started = performance.now();
    const error = await failure(loadCatalog(url, { policy: { ...fast, attemptTimeoutMs: 300 } }));
    expectKind(error, 'timeout');
    expect(performance.now() - started).to.be.lessThan(2_000);
    expect(calls.count).to.equal(1);
  });

  it('timeout also covers a body that stops half way', async () => {
    const url = uniqueUrl();
    serve(url, () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"version":1,'));
        },
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
    });
    expectKind(await failure(loadCatalog(url, { policy: { ...fast, attemptTimeoutMs: 300 } })), 'timeout');
  });

  it('404: fails at once with the status, no retry', async () => {
    const url = uniqueUrl();
    const calls = serve(url, () => new HttpResponse('Not found', { status: 404 }));
    const error = await failure(loadCatalog(url, { policy: fast }));
    expectKind(error, 'http');
    expect(error.status).to.equal(404);
    expect(calls.count).to.equal(1);
  });

  it('500 then 200: recovers by retrying', async () => {
    const url = uniqueUrl();
    const calls = serve(
      url,
      () => new HttpResponse(null, { status: 500 }),
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json(catalog()),
    );
    const loaded = await loadCatalog(url, { policy: fast });
    expect(loaded.catalog.offers).to.have.length(1);
    expect(calls.count).to.equal(3);
  });

  it('408 is retried, other 4xx are not', async () => {
    const url = uniqueUrl();
    const calls = serve(
      url,
      () => new HttpResponse(null, { status: 408 }),
      () => HttpResponse.json(catalog()),
    );
    await loadCatalog(url, { policy: fast });
    expect(calls.count).to.equal(2);
    const forbidden = uniqueUrl();
    const forbiddenCalls = serve(forbidden, () => new HttpResponse(null, { status: 403 }));
    expect((await failure(loadCatalog(forbidden, { policy: fast }))).status).to.equal(403);
    expect(forbiddenCalls.count).to.equal(1);
  });

  it('429 with Retry-After: waits as long as asked, then loads', async () => {
    const url = uniqueUrl();
    const times: number[] = [];
    worker.use(
      http.get(url, () => {
        times.push(performance.now());
        return times.length === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } })
          : HttpResponse.json(catalog());
      }),
    );
    await loadCatalog(url, { policy: fast });
    expect(times).to.have.length(2);
    expect(times[1]! - times[0]!).to.be.at.least(950);
  });

  it('429 with a Retry-After beyond the deadline: fails at once and tells how long to wait', async () => {
    const url = uniqueUrl();
    const calls = serve(url, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    const error = await failure(loadCatalog(url, { policy: fast }));
    expectKind(error, 'http');
    expect(error.status).to.equal(429);
    expect(error.retryAfter).to.equal(120);
    expect(calls.count).to.equal(1);
  });

  it('gives up at the overall deadline', async () => {
    const url = uniqueUrl();
    const calls = serve(url, () => new HttpResponse(null, { status: 503 }));
    const error = await failure(
      loadCatalog(url, { policy: { ...fast, backoffMs: 200, maxBackoffMs: 200, maxAttempts: 100, deadlineMs: 700 } }),
    );
    expect(error.status).to.equal(503);
    // At most 700 ms of 100–200 ms waits: far fewer than the 100 attempts allowed. (Counted, not timed: timers are late on a busy machine.)
    expect(calls.count).to.be.within(1, 8);
  });

  it('a retry cut short by the deadline reports the failure before it, not a timeout', async () => {
    const url = uniqueUrl();
    let calls = 0;
    worker.use(
      http.get(url, async () => {
        if (++calls === 1) return new HttpResponse(null, { status: 503 });
        await delay('infinite');
        return HttpResponse.json(catalog());
      }),
    );
    const error = await failure(
      loadCatalog(url, {
        policy: { ...fast, backoffMs: 50, maxBackoffMs: 50, attemptTimeoutMs: 5_000, deadlineMs: 600 },
      }),
    );
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
  });

  it('HTML served with 200: fails as not JSON', async () => {
    const url = uniqueUrl();
    serve(url, () => HttpResponse.html('<!doctype html><title>Seite nicht gefunden</title>'));
    const error = await failure(loadCatalog(url, { policy: fast }));
    expectKind(error, 'not-json');
    expect(error.message).to.contain('HTML');
  });

  it('truncated JSON: fails as not JSON', async () => {
    const url = uniqueUrl();
    serve(
      url,
      () =>
        new HttpResponse(JSON.stringify(catalog()).slice(0, 120), { headers: { 'Content-Type': 'application/json' } }),
    );
    expectKind(await failure(loadCatalog(url, { policy: fast })), 'not-json');
  });

  it('wrong top-level shape: fails as wrong shape', async () => {
    for (const body of [[catalog()], { catalog: catalog() }, { ...catalog(), version: '1' }]) {
      const url = uniqueUrl();
      serve(url, () => HttpResponse.json(body));
      expectKind(await failure(loadCatalog(url, { policy: fast })), 'wrong-shape');
    }
  });

  it('3 of 100 offers invalid: 97 kept, 3 reported', async () => {
    const url = uniqueUrl();
    const body = catalogWithOffers(100);
    for (const index of [3, 40, 77])
      (body.offers as unknown[])[index] = { id: `bad${index}`, title: 'ohne Meilenstein' };
    serve(url, () => HttpResponse.json(body));
    const loaded = await loadCatalog(url, { policy: fast });
    expect(loaded.catalog.offers).to.have.length(97);
    expect(loaded.issues.map((i) => `${i.id} ${i.path}`)).to.deep.equal([
      'bad3 offers[3].milestones',
      'bad40 offers[40].milestones',
      'bad77 offers[77].milestones',
    ]);
  });

  it('oversized body with Content-Length: refused before reading', async () => {
    const url = uniqueUrl();
    serve(
      url,
      () =>
        new HttpResponse('x'.repeat(5000), {
          headers: { 'Content-Type': 'application/json', 'Content-Length': '5000' },
        }),
    );
    expectKind(await failure(loadCatalog(url, { policy: { ...fast, maxBytes: 1000 } })), 'too-large');
  });

  it('oversized streamed body without Content-Length: stops reading at the cap', async () => {
    const url = uniqueUrl();
    let pulled = 0;
    serve(url, () => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        },
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
    });
    expectKind(await failure(loadCatalog(url, { policy: { ...fast, maxBytes: 256 * 1024 } })), 'too-large');
    expect(pulled).to.be.lessThan(64);
  });

  it('the default cap refuses a body over 10 MiB', async () => {
    const url = uniqueUrl();
    const big = JSON.stringify({ ...catalog(), padding: 'x'.repeat(10 * 1024 * 1024) });
    serve(url, () => new HttpResponse(big, { headers: { 'Content-Type': 'application/json' } }));
    expectKind(await failure(loadCatalog(url, { policy: { attemptTimeoutMs: 10_000 } })), 'too-large');
  });

  it('a caller that joins a running request can raise its cap', async () => {
    const url = uniqueUrl();
    const body = JSON.stringify({ ...catalog(), padding: 'x'.repeat(2048) });
    serve(url, async () => {
      await delay(100);
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const small = loadCatalog(url, { policy: { ...fast, maxBytes: 1024 } });
    const large = loadCatalog(url, { policy: { ...fast, maxBytes: 4096 } });
    const [a, b] = await Promise.all([small, large]);
    expect(a).to.equal(b);
  });

  describe('configuration errors make no request', () => {
    let requested: string[];
    let originalFetch: typeof fetch;
    beforeEach(() => {
      requested = [];
      originalFetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        requested.push(String(input));
        return originalFetch(input, init);
      };
    });
    afterEach(() => (globalThis.fetch = originalFetch));

    for (const src of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      'ftp://example.org/a.json',
      '',
      '   ',
      null,
      undefined,
      'http://[::1',
    ]) {
      it(`src ${JSON.stringify(src)}`, async () => {
        expectKind(await failure(loadCatalog(src)), 'config');
        expect(requested).to.deep.equal([]);
      });
    }

    it('a relative src without a base', async () => {
      expectKind(await failure(loadCatalog('/angebote.json')), 'config');
      expect(requested).to.deep.equal([]);
    });

    it('a blob: URL the page made is a catalog like any other (the workbench’s preview), read from the page itself', async () => {
      const sample = await (await originalFetch('/demo/public/angebote.json')).text();
      const url = URL.createObjectURL(new Blob([sample], { type: 'application/json' }));
      try {
        const loaded = await loadCatalog(url);
        expect(loaded.catalog.offers).to.have.length(100);
        expect(requested).to.deep.equal([url]);
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  });

  it('resolves a relative src against the base', async () => {
    const url = uniqueUrl();
    serve(url, () => HttpResponse.json(catalog()));
    const { pathname } = new URL(url);
    const loaded = await loadCatalog(`.${pathname}`, { base: 'https://catalog.test/', policy: fast });
    expect(loaded.url).to.equal(url);
  });

  describe('sharing', () => {
    it('makes one request per URL for all callers, now and later', async () => {
      const url = uniqueUrl();
      const calls = serve(url, async () => {
        await delay(50);
        return HttpResponse.json(catalog());
      });
      const [a, b] = await Promise.all([loadCatalog(url, { policy: fast }), loadCatalog(url, { policy: fast })]);
      const c = await loadCatalog(url, { policy: fast });
      expect(calls.count).to.equal(1);
      expect(a).to.equal(b);
      expect(c).to.equal(a);
    });

    it('forgets a failed load, so that the next caller tries again', async () => {
      const url = uniqueUrl();
      const calls = serve(
        url,
        () => new HttpResponse(null, { status: 404 }),
        () => HttpResponse.json(catalog()),
      );
      await failure(loadCatalog(url, { policy: fast }));
      const loaded = await loadCatalog(url, { policy: fast });
      expect(loaded.catalog.offers).to.have.length(1);
      expect(calls.count).to.equal(2);
    });

    it('one caller aborting does not abort the request the others wait for', async () => {
      const url = uniqueUrl();
      serve(url, async () => {
        await delay(100);
        return HttpResponse.json(catalog());
      });
      const leaving = new AbortController();
      const first = loadCatalog(url, { signal: leaving.signal, policy: fast });
      const second = loadCatalog(url, { signal: new AbortController().signal, policy: fast });
      leaving.abort();
      let aborted: unknown;
      await first.catch((error: unknown) => (aborted = error));
      expect((aborted as DOMException).name).to.equal('AbortError');
      expect((await second).catalog.offers).to.have.length(1);
    });

    it('aborts the request when every caller has aborted (an element removed mid-request)', async () => {
      const url = uniqueUrl();
      const signals: AbortSignal[] = [];
      const originalFetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return originalFetch(input, init);
      };
      const calls = serve(url, async () => {
        await delay('infinite');
        return HttpResponse.json(catalog());
      });
      try {
        const a = new AbortController();
        const b = new AbortController();
        const loads = [
          loadCatalog(url, { signal: a.signal, policy: fast }),
          loadCatalog(url, { signal: b.signal, policy: fast }),
        ];
        // Until the request has reached the endpoint: a fixed pause was too short on a busy CI machine.
        await waitUntil(() => calls.count === 1, 'the request reached the endpoint');
        a.abort();
        expect(signals[0]!.aborted).to.equal(false);
        b.abort();
        const results = await Promise.allSettled(loads);
        expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
        expect(signals).to.have.length(1);
        expect(signals[0]!.aborted).to.equal(true);
      } finally {
        globalThis.fetch = originalFetch;
      }
      // The aborted request is forgotten: a new element starts a new one.
      serve(url, () => HttpResponse.json(catalog()));
      expect((await loadCatalog(url, { policy: fast })).catalog.offers).to.have.length(1);
      expect(calls.count).to.equal(1);
    });

    it('reload fetches again; when that fails the page keeps the catalog it had', async () => {
      const url = uniqueUrl();
      const calls = serve(
        url,
        () => HttpResponse.json(catalog({ title: 'erster Stand' })),
        () => HttpResponse.error(),
        () => HttpResponse.json(catalog({ title: 'neuer Stand' })),
      );
      const first = await loadCatalog(url, { policy: { ...fast, maxAttempts: 1 } });
      expect((await failure(loadCatalog(url, { reload: true, policy: { ...fast, maxAttempts: 1 } }))).kind).to.equal(
        'network',
      );
      expect(await loadCatalog(url)).to.equal(first);
      const fresh = await loadCatalog(url, { reload: true });
      expect(fresh.catalog.title).to.equal('neuer Stand');
      expect(await loadCatalog(url)).to.equal(fresh);
      expect(calls.count).to.equal(3);
    });

    it('a signal that is already aborted makes no request', async () => {
      const url = uniqueUrl();
      const calls = serve(url, () => HttpResponse.json(catalog()));
      const controller = new AbortController();
      controller.abort();
      await loadCatalog(url, { signal: controller.signal }).catch(() => {});
      expect(calls.count).to.equal(0);
    });
  });

  it('sends no cookies', async () => {
    const url = uniqueUrl();
    let credentials: RequestCredentials | undefined;
    worker.use(
      http.get(url, ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json(catalog());
      }),
    );
    await loadCatalog(url, { policy: fast });
    expect(credentials).to.equal('omit');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('30', now)).to.equal(30);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:01:00 GMT', now)).to.equal(60);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});

describe('isCatalogError', () => {
  it('recognises the error of another copy of the class (the parser file of the CDN build has its own) by name and kind', () => {
    class CopyOfCatalogError extends Error {
      override name = 'CatalogError';
      constructor(readonly kind: string) {
        super('from another copy');
      }
    }
    expect(isCatalogError(new CatalogError('wrong-shape', 'x'))).to.equal(true);
    expect(isCatalogError(new CopyOfCatalogError('wrong-shape'))).to.equal(true);
    expect(isCatalogError(new CopyOfCatalogError('no-such-kind'))).to.equal(false);
    expect(isCatalogError(new Error('CatalogError'))).to.equal(false);
    expect(isCatalogError({ name: 'CatalogError', kind: 'network' })).to.equal(false);
  });
});
