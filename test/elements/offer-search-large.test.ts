// <offer-search> on a large catalog: the first offers show before the rest
// is validated, and a key's search runs apart from the key and from the
// update that shows it, so that neither is a long task (timed in
// `npm run bench`, not here: here, that the work is split).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/offer-search/define.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { worker, http, HttpResponse, uniqueUrl } from '../support/msw.js';
import { catalog, offer } from '../support/catalogs.js';
import { harnessFor } from './harness/offer-search.js';

/** 6,000 offers: Hebammen for pregnancy, Kitas for the nursery years. */
const large = () =>
  catalog({
    offers: Array.from({ length: 6000 }, (_, i) =>
      i % 3 === 0
        ? offer(`h${i}`, { title: `Hebammensprechstunde ${i}`, milestones: ['schwangerschaft'] })
        : offer(`k${i}`, { title: `Kita Sonnenschein ${i}` }),
    ),
  });

describe('<offer-search> on 6,000 offers', () => {
  it('shows the first offers while loading, then the count of all', async () => {
    const src = uniqueUrl();
    worker.use(http.get(src, () => HttpResponse.json(large())));
    const element = await fixture<OfferSearch>(html`<offer-search src=${src}></offer-search>`);
    const search = harnessFor(element);
    // The first page in browse order (pregnancy first) is there before the count of all.
    await waitUntil(() => search.cards().length > 0, 'first offers', { timeout: 10_000 });
    if (!/6\.000 Angebote/.test(search.status())) {
      expect(search.status()).to.equal('Angebote werden geladen …');
      expect(search.titles()[0]).to.equal('Hebammensprechstunde 0');
    }
    await waitUntil(() => /6\.000 Angebote/.test(search.status()), 'all offers', { timeout: 10_000 });
    expect(search.titles()[0]).to.equal('Hebammensprechstunde 0');
  });

  it('searches apart from the key: the list changes only in a later task, with every match', async () => {
    const src = uniqueUrl();
    worker.use(http.get(src, () => HttpResponse.json(large())));
    const element = await fixture<OfferSearch>(html`<offer-search src=${src}></offer-search>`);
    const search = harnessFor(element);
    await waitUntil(() => /6\.000 Angebote/.test(search.status()), 'all offers', { timeout: 10_000 });
    await element.updateComplete;

    element.query = 'Kita';
    // Lit's update runs in microtasks: done before this task ends; the search needs a task of its own.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // The update for the new query came and went, still showing the offers before it.
    expect(search.titles()[0]).to.equal('Hebammensprechstunde 0');
    await element.updateComplete;
    expect(search.status()).to.match(/^4\.000 Angebote/);
    expect(search.titles()[0]).to.match(/^Kita Sonnenschein/);
  });
});
