// <offer-search>: search, filters, results, details, errors, scope, events, keyboard and url-state, driven
// through the harness (harness/offer-search.ts): what a family sees and does, and the events the page hears.
import { expect, fixture, html, waitUntil, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/offer-search/define.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { worker, http, HttpResponse, delay, uniqueUrl } from '../support/msw.js';
import { catalog, offer } from '../support/catalogs.js';
import { endpoint, sample } from '../support/endpoint.js';
import { OfferSearchHarness, harnessFor } from './harness/offer-search.js';

/** Through the harness: what a family sees and does, and the element's events. */
async function searchFor(src: string, attributes = ''): Promise<OfferSearch> {
  return (await OfferSearchHarness.create(src, attributes)).element;
}
const root = (element: OfferSearch) => element.shadowRoot!;
const cards = (element: OfferSearch) => harnessFor(element).cards();
const titles = (element: OfferSearch) => harnessFor(element).titles();
const status = (element: OfferSearch) => harnessFor(element).status();
const alert = (element: OfferSearch) => harnessFor(element).alert();
const input = (element: OfferSearch) => harnessFor(element).input();
const type = (element: OfferSearch, text: string) => harnessFor(element).type(text);
const checkbox = (element: OfferSearch, legend: string, label: string) => harnessFor(element).checkbox(legend, label);

describe('<offer-search>', () => {
  it('has a search form with a visible label and a status region before anything loads', async () => {
    const url = uniqueUrl();
    worker.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const element = await fixture<OfferSearch>(html`<offer-search src=${url}></offer-search>`);
    const form = root(element).querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    const label = root(element).querySelector(`label[for="${input(element).id}"]`)!;
    expect(label.textContent).to.equal('Angebote durchsuchen');
    const region = root(element).querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-busy')).to.equal('true');
    expect(status(element)).to.equal('Angebote werden geladen …');
    await expect(element).to.be.accessible();
  });

  it('lists all offers in milestone order when there is no query, 20 per page', async () => {
    const element = await searchFor(endpoint());
    expect(status(element)).to.equal('100 Angebote');
    expect(cards(element)).to.have.length(20);
    expect(titles(element)[0]).to.contain('Willkommensbesuch');
    expect(root(element).querySelector('[part="pagination"]')!.textContent).to.contain('Seite 1 von 5');
    await expect(element).to.be.accessible();
  });

  it('searches as the user types, German-aware, and Enter does not reload the page', async () => {
    const element = await searchFor(endpoint());
    await type(element, 'hebame');
    expect(titles(element)[0]).to.equal('Familienhebammen');
    expect(root(element).querySelector('[part="card"] h3 mark')!.textContent).to.equal('Familienhebammen');

    const submitted = oneEvent(root(element).querySelector('form')!, 'submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).defaultPrevented).to.equal(true);

    await type(element, 'Beratung Erziehung');
    expect(
      titles(element)
        .slice(0, 3)
        .some((title) => /Erziehung/.test(title)),
    ).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('updates the list on the first key at once, and speaks the count only when typing pauses', async () => {
    const element = await searchFor(endpoint());
    const region = root(element).querySelector('[role="status"]')!;
    const spoken: string[] = [];
    new MutationObserver(() => spoken.push(region.textContent!.trim())).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    input(element).focus();
    await sendKeys({ type: 'K' });
    await element.updateComplete;
    expect(harnessFor(element).lastChange?.query, 'searched at the first key').to.equal('K');
    await sendKeys({ type: 'ita' });
    await waitUntil(() => harnessFor(element).lastChange?.query === 'Kita');
    await aTimeout(700);
    expect(titles(element)[0]).to.match(/Kita/);
    expect(new Set(spoken.filter(Boolean)).size).to.be.at.most(2);
    // The count, and the synonyms the search looked for too (Kita names the concept of Kindergarten).
    expect(status(element)).to.match(/^\d+ Angebote · auch gesucht: Kindergarten/);
  });

  it('says when no offer has every word and shows the best partial matches', async () => {
    const element = await searchFor(endpoint());
    await type(element, 'Hebamme Raumfahrt');
    expect(status(element)).to.match(/Kein Angebot passt zu allen Wörtern/);
    expect(titles(element)[0]).to.equal('Familienhebammen');
  });

  it('shows an empty state with a hint', async () => {
    const element = await searchFor(endpoint());
    await type(element, 'Raumfahrt');
    expect(cards(element)).to.have.length(0);
    expect(status(element)).to.equal(
      'Keine Angebote gefunden. Versuchen Sie ein anderes Stichwort oder entfernen Sie Filter.',
    );
    await expect(element).to.be.accessible();
  });

  it('a catalog without any offer says so, not "no offer found"', async () => {
    const element = await fixture<OfferSearch>(
      html`<offer-search lang="de" src=${endpoint(catalog({ offers: [] }))}></offer-search>`,
    );
    await waitUntil(() => status(element) !== '' && !/geladen/.test(status(element)), 'status');
    expect(status(element)).to.equal('Hier sind noch keine Angebote eingetragen.');
    await expect(element).to.be.accessible();
  });

  it('filters by facets with live counts, shows chips, and resets', async () => {
    const element = await searchFor(endpoint());
    const kita = checkbox(element, 'Lebensphase', 'Kita-Zeit');
    expect(kita.parentElement!.textContent).to.match(/\(33\)/);
    kita.click();
    await element.updateComplete;
    expect(status(element)).to.equal('33 Angebote');
    const chip = root(element).querySelector<HTMLButtonElement>('[part="chip"]')!;
    expect(chip.getAttribute('aria-label')).to.equal('Filter entfernen: Kita-Zeit');

    checkbox(element, 'Stadtteil', 'Methler').click();
    await element.updateComplete;
    const methlerCount = Number(status(element).match(/\d+/)![0]);
    expect(methlerCount).to.be.lessThan(33);
    // The milestone counts now reflect the district, the district counts the milestone.
    expect(checkbox(element, 'Lebensphase', 'Kita-Zeit').parentElement!.textContent).to.contain(`(${methlerCount})`);

    chip.click();
    await element.updateComplete;
    expect(element.milestone).to.equal('');
    const reset = [...root(element).querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Alle Filter zurücksetzen'),
    )!;
    reset.click();
    await element.updateComplete;
    expect(status(element)).to.equal('100 Angebote');
    await expect(element).to.be.accessible();
  });

  it('follows its attributes: query and filters set from outside', async () => {
    const element = await searchFor(endpoint());
    element.setAttribute('milestone', 'schwangerschaft');
    element.setAttribute('free', '');
    await element.updateComplete;
    const count = Number(status(element).match(/\d+/)![0]);
    expect(count).to.be.within(1, 14);
    element.setAttribute('query', 'Hebamme');
    await element.updateComplete;
    expect(titles(element)[0]).to.equal('Familienhebammen');
    element.setAttribute('age', 'expecting');
    await element.updateComplete;
    expect(root(element).querySelector<HTMLSelectElement>('#age')!.value).to.equal('expecting');
  });

  it('opens details with contacts: phone as tel: in E.164, e-mail as mailto:, address with a plain OpenStreetMap link', async () => {
    const element = await searchFor(endpoint());
    await type(element, 'Familienhebammen');
    const details = root(element).querySelector<HTMLDetailsElement>('[part="details"]')!;
    const selected = oneEvent(element, 'offer-select');
    details.querySelector('summary')!.click();
    expect((await selected).detail.offer.id).to.equal('familienhebammen');
    const tel = details.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.match(/^tel:\+49\d+$/);
    expect(tel.textContent).to.match(/^0\d/);
    expect(details.querySelector('a[href^="mailto:"]')).to.exist;
    const map = details.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/"]');
    if (map) expect(map.target).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('renders markup in the data as text and makes no link of a javascript: url', async () => {
    const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    const element = await searchFor(
      endpoint(
        catalog({
          offers: [
            offer('x', {
              title: attack,
              summary: attack,
              description: attack,
              url: 'javascript:alert(1)',
              keywords: [attack],
            }),
          ],
        }),
      ),
    );
    root(element).querySelector<HTMLDetailsElement>('[part="details"]')!.open = true;
    await element.updateComplete;
    expect(titles(element)[0]).to.equal(attack);
    expect(root(element).querySelector('img, script')).to.equal(null);
    expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  describe('a description with paragraphs and a list', () => {
    const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    const structured = catalog({
      offers: [
        offer('elterncafe', {
          title: 'Elterncafé',
          description: `Jeden Dienstag treffen sich Eltern.\nKaffee gibt es kostenlos.\n\nBitte mitbringen:\n• Hausschuhe für die Kinder\n• den gelben Impfpass\n• ${attack}`,
        }),
      ],
    });
    async function description(element: OfferSearch): Promise<HTMLElement> {
      root(element).querySelector<HTMLDetailsElement>('[part="details"]')!.open = true;
      await element.updateComplete;
      return root(element).querySelector<HTMLElement>('.details-body .description')!;
    }

    it('shows two paragraphs and one list, each line and item in its own direction', async () => {
      const element = await searchFor(endpoint(structured));
      const shown = await description(element);
      const paragraphs = [...shown.querySelectorAll('p')];
      expect(paragraphs.map((p) => p.innerText)).to.deep.equal([
        'Jeden Dienstag treffen sich Eltern.\nKaffee gibt es kostenlos.',
        'Bitte mitbringen:',
      ]);
      expect(paragraphs[0]!.querySelectorAll('br')).to.have.length(1);
      expect(shown.querySelectorAll('ul')).to.have.length(1);
      const items = [...shown.querySelectorAll('ul > li')];
      expect(items.map((li) => li.textContent)).to.deep.equal([
        'Hausschuhe für die Kinder',
        'den gelben Impfpass',
        attack,
      ]);
      expect([...paragraphs, ...items].every((block) => block.getAttribute('dir') === 'auto')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('keeps markup in an item as visible text', async () => {
      const element = await searchFor(endpoint(structured));
      const shown = await description(element);
      expect(root(element).querySelector('img, script')).to.equal(null);
      const item = shown.querySelector('li:last-child') as HTMLElement;
      expect(item.innerText).to.equal(attack);
      expect(item.checkVisibility()).to.equal(true);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('marks a searched word inside a list item', async () => {
      const element = await searchFor(endpoint(structured));
      await type(element, 'Impfpass');
      const shown = await description(element);
      expect([...shown.querySelectorAll('li mark')].map((mark) => mark.textContent)).to.deep.equal(['Impfpass']);
      expect(shown.querySelector('li mark')!.closest('li')!.textContent).to.equal('den gelben Impfpass');
    });
  });

  it('reflows at 320 px: no horizontal scrolling with details open, long words and long e-mail addresses', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const long = 'Kinder'.repeat(300);
      const element = await searchFor(
        endpoint(
          catalog({
            contacts: [
              {
                id: 'c1',
                name: 'Erika Beispiel',
                email: `${'sehr.lange.adresse.'.repeat(4)}x@familienservice.example.org`,
                phone: '030 23125 401',
              },
            ],
            offers: [
              offer('lang', { title: long, summary: `https://example.org/${'a'.repeat(400)}`, contacts: ['c1'] }),
            ],
          }),
        ),
      );
      for (const details of root(element).querySelectorAll('details')) details.open = true;
      await element.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(element.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps German catalog texts in their own direction inside an Arabic UI', async () => {
    const element = await fixture<OfferSearch>(html`<offer-search lang="ar" src=${endpoint()}></offer-search>`);
    await waitUntil(
      () => cards(element).length > 0 && root(element).querySelector('.root')?.getAttribute('dir') === 'rtl',
      'arabic',
      { timeout: 5000 },
    );
    // An offer without an Arabic title shows its German one.
    const title = [...root(element).querySelectorAll('[part="card"] h3')].find((h3) =>
      /^[A-Za-zÄÖÜ]/.test(h3.textContent!.trim()),
    )!;
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    expect(getComputedStyle(root(element).querySelector('.root')!).direction).to.equal('rtl');
    await expect(element).to.be.accessible();
  });

  describe('errors', () => {
    it('404: a clear message and a retry that loads again', async () => {
      const url = uniqueUrl();
      let calls = 0;
      worker.use(
        http.get(url, () => (++calls === 1 ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(sample))),
      );
      const element = await searchFor(url);
      expect(alert(element)!.textContent).to.contain('Die Angebote konnten nicht geladen werden (Fehler 404).');
      await expect(element).to.be.accessible();
      const retry = alert(element)!.querySelector('button')!;
      expect(retry.textContent).to.equal('Erneut versuchen');
      retry.click();
      await waitUntil(() => cards(element).length > 0);
      expect(alert(element)).to.equal(null);
    });

    const cases: [string, () => Response, RegExp][] = [
      ['network error', () => HttpResponse.error(), /Internetverbindung/],
      ['HTML instead of JSON', () => HttpResponse.html('<h1>Wartung</h1>'), /Angebotsdaten sind gerade fehlerhaft/],
      ['wrong shape', () => HttpResponse.json({ offers: 'none' }), /Angebotsdaten sind gerade fehlerhaft/],
      [
        '429 with a long Retry-After',
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '90' } }),
        /in 90 Sekunden/,
      ],
    ];
    for (const [name, respond, message] of cases) {
      it(`${name}: says so in German`, async () => {
        const url = uniqueUrl();
        worker.use(http.get(url, respond));
        const element = await searchFor(url);
        expect(alert(element)!.textContent).to.match(message);
      });
    }

    it('a javascript: src is a configuration error without a request', async () => {
      const element = await searchFor('javascript:alert(1)');
      expect(alert(element)!.textContent).to.contain('gerade nicht angezeigt werden');
      expect(alert(element)!.querySelector('button')).to.equal(null);
    });

    it('keeps the last good results when a new src fails', async () => {
      const element = await searchFor(endpoint());
      element.src = endpoint({}, 500);
      await waitUntil(() => alert(element), 'error shown', { timeout: 8000 });
      expect(cards(element)).to.have.length(20);
      expect(alert(element)!.textContent).to.contain('zuletzt geladenen Angebote');
    });

    it('renders only the latest src when an earlier request answers later', async () => {
      const slow = uniqueUrl();
      worker.use(
        http.get(slow, async () => {
          await delay(300);
          return HttpResponse.json(catalog({ offers: [offer('alt', { title: 'Alte Daten' })] }));
        }),
      );
      const element = await fixture<OfferSearch>(html`<offer-search src=${slow}></offer-search>`);
      element.src = endpoint(catalog({ offers: [offer('neu', { title: 'Neue Daten' })] }));
      await waitUntil(() => cards(element).length > 0);
      await aTimeout(400);
      expect(titles(element)).to.deep.equal(['Neue Daten']);
    });
  });

  it("limits a partner's page to its own offers and links to the city's finder", async () => {
    const element = await searchFor(
      endpoint(),
      'organization=familienbande;finder-url=https://www.example.org/angebote',
    );
    await element.updateComplete;
    const count = Number(status(element).match(/\d+/)![0]);
    expect(count).to.be.within(1, 99);
    const link = root(element).querySelector<HTMLAnchorElement>('.scope a')!;
    expect(link.href).to.equal('https://www.example.org/angebote');
  });

  it('fires offer-search-change with query, filters and count', async () => {
    const element = await searchFor(endpoint());
    const changed = oneEvent(element, 'offer-search-change');
    element.milestone = 'kita';
    const { detail } = await changed;
    expect(detail).to.deep.include({ query: '', count: 33 });
    expect(detail.filters.milestones).to.deep.equal(['kita']);
  });

  it('is usable with the keyboard alone: Tab to a facet, Space to choose it', async () => {
    const element = await searchFor(endpoint());
    input(element).focus();
    const focusables = () => root(element).activeElement;
    // Tab through until the first milestone checkbox has focus (the filter toggle may come first on narrow screens).
    for (let i = 0; i < 4 && focusables()?.getAttribute('type') !== 'checkbox'; i++) {
      if (focusables()?.classList.contains('filters-toggle')) await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
    }
    expect(focusables()!.getAttribute('type')).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.milestone).to.equal('schwangerschaft');
  });

  describe('url-state', () => {
    afterEach(() =>
      history.replaceState(
        null,
        '',
        location.pathname + location.search.replace(/[?&]of-[^&]*/g, '').replace(/^&/, '?'),
      ),
    );

    it('writes the query and filters to namespaced parameters and restores them', async () => {
      const element = await searchFor(endpoint(), 'url-state=');
      await type(element, 'Kita');
      checkbox(element, 'Stadtteil', 'Methler').click();
      await element.updateComplete;
      await aTimeout(0);
      const params = new URL(location.href).searchParams;
      expect(params.get('of-q')).to.equal('Kita');
      expect(params.get('of-district')).to.equal('methler');

      const restored = await fixture<OfferSearch>(html`<offer-search url-state src=${endpoint()}></offer-search>`);
      expect(restored.query).to.equal('Kita');
      expect(restored.district).to.equal('methler');
    });
  });
});
