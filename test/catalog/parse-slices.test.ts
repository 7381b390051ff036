import { expect } from '@open-wc/testing';
import { parseCatalog, parseInSlices, type ParsedCatalog } from '../../src/catalog/parse.js';
import { browseOrder } from '../../src/catalog/browse.js';
import type { CatalogInput } from '../../src/catalog/schema.js';
import { catalog, offer } from '../support/catalogs.js';
import { loadCatalog } from '../../src/catalog/catalogs.js';
import type { LoadedCatalog } from '../../src/catalog/load.js';
import { worker, http, HttpResponse, uniqueUrl } from '../support/msw.js';
import { fast } from '../support/load.js';

/** 3,000 offers, most of them for Kita-Zeit and a few for pregnancy spread through the list, some broken. */
function large(): CatalogInput {
  const offers = Array.from({ length: 3000 }, (_, i) =>
    offer(`o${i}`, { milestones: i % 97 === 0 ? ['schwangerschaft'] : ['kita'] }),
  );
  (offers[97] as { title?: unknown }).title = ''; // a pregnancy offer that is invalid: skipped, in both parses
  offers[194]!.milestones = ['unbekannt']; // no known milestone: skipped too
  return catalog({ offers });
}

const counting = () => {
  const calls = { count: 0 };
  const pause = () => {
    calls.count++;
    return new Promise<void>((resolve) => setTimeout(resolve));
  };
  return { calls, pause };
};

describe('parseInSlices: a large catalog without a long task', () => {
  it('gives the same catalog and issues as parseCatalog, pausing between slices', async () => {
    const { calls, pause } = counting();
    const sliced = (await parseInSlices(large(), { pause, sliceMs: 1 })) as ParsedCatalog;
    const whole = parseCatalog(large());
    expect(sliced.catalog).to.deep.equal(whole.catalog);
    expect(sliced.issues).to.deep.equal(whole.issues);
    expect(calls.count).to.be.greaterThan(3);
  });

  it('hands over the first page first: the same offers that come first in the whole catalog', async () => {
    let first: ParsedCatalog | undefined;
    const { pause } = counting();
    const done = parseInSlices(large(), { pause, onFirst: (parsed) => (first = parsed) });
    // Before any slice of the whole catalog ran.
    expect(first).to.not.equal(undefined);
    const whole = (await done) as ParsedCatalog;
    const firstPage = (parsed: ParsedCatalog) =>
      browseOrder(parsed.catalog)
        .slice(0, 20)
        .map((o) => o.id);
    expect(firstPage(first!)).to.deep.equal(firstPage(whole));
    // The pregnancy offers, which come first in browse order, though they are spread through the list.
    expect(firstPage(first!).slice(0, 3)).to.deep.equal(['o0', 'o291', 'o388']);
    expect(first!.catalog.offers.length).to.be.lessThan(100);
  });

  it('parses a small catalog and an index at once, without a first page', async () => {
    const { calls, pause } = counting();
    let first = false;
    const small = (await parseInSlices(catalog(), { pause, onFirst: () => (first = true) })) as ParsedCatalog;
    expect(small.catalog.offers.map((o) => o.id)).to.deep.equal(['o1']);
    expect(await parseInSlices({ catalogs: [{ url: 'a.json' }] }, { pause })).to.deep.equal({
      index: { catalogs: [{ url: 'a.json' }] },
    });
    expect([first, calls.count]).to.deep.equal([false, 0]);
  });

  it('stops when pause throws (the element left the page)', async () => {
    let calls = 0;
    const stopped = new Error('stopped');
    const pause = () => (++calls > 2 ? Promise.reject(stopped) : Promise.resolve());
    let error: unknown;
    await parseInSlices(large(), { pause, sliceMs: 0 }).catch((e: unknown) => (error = e));
    expect(error).to.equal(stopped);
  });
});

describe('loadCatalog with onFirst', () => {
  it('hands every waiting element the first offers before the whole catalog, once per request', async () => {
    const url = uniqueUrl();
    let requests = 0;
    worker.use(http.get(url, () => (requests++, HttpResponse.json(large()))));
    const firsts: LoadedCatalog[] = [];
    const one = loadCatalog(url, { policy: fast, onFirst: (first) => firsts.push(first) });
    const two = loadCatalog(url, { policy: fast, onFirst: (first) => firsts.push(first) });
    const [a, b] = await Promise.all([one, two]);
    expect(a).to.equal(b);
    expect(requests).to.equal(1);
    expect(firsts).to.have.length(2);
    expect(firsts[0]).to.equal(firsts[1]);
    expect(firsts[0]!.first).to.equal(true);
    expect(a.first).to.equal(undefined);
    expect(a.catalog.offers).to.have.length(2998);
  });
});
