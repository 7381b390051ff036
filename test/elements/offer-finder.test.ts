import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OfferFinder } from '../../src/elements/offer-finder/offer-finder.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import type { MilestoneTimeline } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import { worker, http, HttpResponse, delay, uniqueUrl } from '../support/msw.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

let sample: CatalogInput;
before(async () => {
  sample = await (await fetch('/demo/public/angebote.json')).json();
});

function endpoint(): string {
  const url = uniqueUrl();
  worker.use(http.get(url, () => HttpResponse.json(sample)));
  return url;
}

const shadow = (element: Element) => element.shadowRoot!;
const status = (search: OfferSearch) =>
  shadow(search).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const cards = (search: OfferSearch) => [...shadow(search).querySelectorAll('[part="card"]')];
const milestoneButton = (timeline: MilestoneTimeline, title: string) =>
  [...shadow(timeline).querySelectorAll<HTMLButtonElement>('button')].find((button) =>
    button.textContent!.trim().startsWith(title),
  )!;

async function loaded(search: OfferSearch) {
  await waitUntil(() => cards(search).length > 0, 'results', { timeout: 5000 });
}

describe('<offer-finder>', () => {
  async function finder() {
    const element = await fixture<OfferFinder>(html`<offer-finder src=${endpoint()}></offer-finder>`);
    const search = shadow(element).querySelector('offer-search')!;
    const timeline = shadow(element).querySelector('milestone-timeline')!;
    await loaded(search);
    await waitUntil(() => shadow(element).querySelector('contact-card'), 'contacts');
    return { element, search, timeline };
  }

  it('shows the search, the timeline behind a button under it, and the network coordinators to call', async () => {
    const { element, search, timeline } = await finder();
    expect(shadow(timeline).querySelector('ol')).to.exist;
    expect(timeline.closest('details')!.open).to.equal(false);
    expect(status(search)).to.equal('100 Angebote');
    const headings = [...shadow(element).querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Angebote suchen', 'Ansprechpersonen']);
    expect(shadow(element).querySelectorAll('contact-card')).to.have.length.within(1, 3);
    await expect(element).to.be.accessible();
  });

  it('passes the map’s tile server and attribution on to its search; without them the search has none', async () => {
    const { search } = await finder();
    expect(search.mapTiles).to.equal(undefined);
    const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
    const element = await fixture<OfferFinder>(
      html`<offer-finder src=${endpoint()} map-tiles=${tiles} map-attribution="© Stadt"></offer-finder>`,
    );
    const inner = shadow(element).querySelector('offer-search')!;
    expect([inner.mapTiles, inner.mapAttribution]).to.deep.equal([tiles, '© Stadt']);
  });

  const chips = (element: OfferFinder) => [
    ...shadow(element).querySelectorAll<HTMLButtonElement>('[part="milestone-chips"] button'),
  ];
  const chip = (element: OfferFinder, title: string) => chips(element).find((c) => c.textContent!.includes(title))!;
  /** The element with the focus inside the search, if any. */
  const focusInSearch = (search: OfferSearch) => shadow(search).activeElement;
  /** "Where are we now?" answered in the opened timeline: born on 2 September 2029, on 1 September 2031 (two years). */
  const answerWhereAreWeNow = (timeline: MilestoneTimeline) => {
    timeline.now = new Date('2031-09-01T23:30:00Z');
    timeline.closest('details')!.open = true;
    const form = shadow(timeline).querySelector('[part="now-form"]')!;
    const date = form.querySelector<HTMLInputElement>('input[type="date"]')!;
    date.value = '2029-09-02';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  };

  it('search first: the field, then one row of milestone chips under it, then the button to the whole timeline', async () => {
    const { element, search, timeline } = await finder();
    const below = shadow(element).querySelector('[slot="below-search"]')!;
    expect(below.assignedSlot?.name, 'under the search field, in the search’s slot').to.equal('below-search');
    const form = shadow(search).querySelector('[part="form"]')!;
    expect(form.compareDocumentPosition(below.assignedSlot!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(chips(element).map((c) => c.textContent!.trim())).to.deep.equal([
      'Schwangerschaft & Geburt',
      'Die ersten Jahre',
      'Kita-Zeit',
      'Grundschule',
      'Weiterführende Schule',
      'Übergang Schule–Beruf',
    ]);
    expect(chips(element).map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(Array(6).fill('false'));
    expect(shadow(element).querySelector('[part="milestone-chips"]')!.getAttribute('role')).to.equal('group');
    const details = timeline.closest('details')!;
    expect(below.contains(details)).to.equal(true);
    expect(details.querySelector('summary')!.textContent).to.equal('Alter angeben, alle Lebensphasen');
    // Before it all, the skip link: first in the finder, hidden until it has the focus.
    const skip = shadow(element).querySelector<HTMLAnchorElement>('.root > a')!;
    expect(skip.textContent).to.equal('Zu den Ergebnissen');
    // Shown with the focus: test/e2e/phone.test.js (a test page in the background here never matches :focus).
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    await expect(element).to.be.accessible();
  });

  it('a chip chooses that milestone alone and takes the focus to the results; the same again takes it away', async () => {
    const { element, search } = await finder();
    chip(element, 'Kita-Zeit').click();
    await waitUntil(() => status(search) === '33 Angebote', 'filtered');
    expect(search.milestone).to.equal('kita');
    await waitUntil(() => focusInSearch(search)?.id === 'results-heading', 'the focus on the results');
    await element.updateComplete;
    expect(chip(element, 'Kita-Zeit').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(element, 'Kita-Zeit').textContent!.replace(/\s+/g, '')).to.equal('✓Kita-Zeit');

    chip(element, 'Grundschule').click();
    await waitUntil(() => search.milestone === 'grundschule');
    await element.updateComplete;
    expect(chips(element).map((c) => c.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'false',
      'false',
      'true',
      'false',
      'false',
    ]);
    // A filter chosen in the search shows in the chips too.
    search.milestone = 'kita grundschule';
    await waitUntil(() => chip(element, 'Kita-Zeit').getAttribute('aria-pressed') === 'true');
    chip(element, 'Grundschule').click();
    await waitUntil(() => search.milestone === 'kita');
    chip(element, 'Kita-Zeit').click();
    await waitUntil(() => status(search) === '100 Angebote');
  });

  it('with url-state, a chip and "where are we now?" go into the address (of-milestone, of-age), never the date', async () => {
    const start = location.href;
    try {
      const element = await fixture<OfferFinder>(
        html`<offer-finder src=${endpoint()} url-state="finder-test"></offer-finder>`,
      );
      const search = shadow(element).querySelector('offer-search')!;
      const timeline = shadow(element).querySelector('milestone-timeline')!;
      await loaded(search);
      const length = history.length;
      chip(element, 'Kita-Zeit').click();
      await waitUntil(() => new URL(location.href).searchParams.get('finder-test-milestone') === 'kita');
      expect(history.length, 'a choice is a step Back undoes').to.equal(length + 1);

      answerWhereAreWeNow(timeline);
      await waitUntil(() => new URL(location.href).searchParams.get('finder-test-age') === '2');
      const params = new URL(location.href).searchParams;
      expect(params.get('finder-test-milestone')).to.equal('erste-jahre,kita');
      expect(location.href).not.to.include('2029');
    } finally {
      history.replaceState(history.state, '', start);
    }
  });

  it('where are we now: the milestones for now and next and the age filter the search, and a line says which is which', async () => {
    const { element, search, timeline } = await finder();
    answerWhereAreWeNow(timeline);
    await waitUntil(() => search.age === '2', 'the age');
    expect(search.milestone).to.equal('erste-jahre kita');
    await waitUntil(() => /^\d+ Angebote$/.test(status(search)) && status(search) !== '100 Angebote');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="now-next"]')!.textContent).to.equal(
      'Ihr Kind ist 2 Jahre alt: Die ersten Jahre. Als Nächstes: Kita-Zeit',
    );
    expect(chips(element).map((c) => c.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'true',
      'true',
      'false',
      'false',
      'false',
    ]);
    // The first results are for now.
    const first = cards(search)[0]!.querySelector('h3')!.textContent!;
    const offer = sample.offers.find((o) => (typeof o.title === 'string' ? o.title : o.title['de']) === first)!;
    expect(offer.milestones).to.include('erste-jahre');
    await waitUntil(() => focusInSearch(search)?.id === 'results-heading', 'the focus on the results');
    await expect(element).to.be.accessible();
  });

  it('the skip link takes the focus to the results', async () => {
    const { element, search } = await finder();
    shadow(element).querySelector<HTMLAnchorElement>('.root > a')!.click();
    await waitUntil(() => focusInSearch(search)?.id === 'results-heading');
    expect(location.hash).to.equal('');
  });

  it('an offer in a transition of the timeline opens in the search, with its contacts', async () => {
    const { element, search, timeline } = await finder();
    timeline.closest('details')!.open = true;
    const transition = shadow(timeline).querySelectorAll('[part="transition"]')[0]!;
    transition.querySelector<HTMLButtonElement>('.transition-toggle')!.click();
    await timeline.updateComplete;
    const offer = transition.querySelector<HTMLButtonElement>('.transition-offers button')!;
    const title = offer.textContent!.trim();
    offer.click();
    await waitUntil(() =>
      [...shadow(search).querySelectorAll('details')].some(
        (d) => d.open && d.closest('article')!.querySelector('h3')!.textContent === title,
      ),
    );
    expect(search.milestone).to.equal('schwangerschaft erste-jahre');
    await waitUntil(
      () => shadow(element).querySelector('#contacts-heading')?.textContent === `Ansprechpersonen für „${title}“`,
    );
  });

  it('a milestone picked in the timeline filters the search and picks the contacts', async () => {
    const { element, search, timeline } = await finder();
    milestoneButton(timeline, 'Kita-Zeit').click();
    await waitUntil(() => status(search) === '33 Angebote', 'filtered');
    expect(search.milestone).to.equal('kita');
    await element.updateComplete;
    expect(shadow(element).querySelector('#contacts-heading')!.textContent).to.equal(
      'Ansprechpersonen für die Lebensphase „Kita-Zeit“',
    );
  });

  it("an offer's opened details show that offer's contacts", async () => {
    const { element, search } = await finder();
    search.query = 'Familienhebammen';
    await waitUntil(() => shadow(search).querySelector('[part="card"] h3')?.textContent === 'Familienhebammen');
    shadow(search).querySelector<HTMLElement>('[part="details"] summary')!.click();
    await waitUntil(
      () =>
        shadow(element).querySelector('#contacts-heading')?.textContent === 'Ansprechpersonen für „Familienhebammen“',
    );
    const ids = [...shadow(element).querySelectorAll('contact-card')].map((card) => card.getAttribute('contact'));
    const offer = sample.offers.find((o) => o.id === 'familienhebammen')!;
    expect(ids).to.deep.equal(offer.contacts!.slice(0, 3));
  });

  it('lets the page style its parts', async () => {
    const { element } = await finder();
    const style = document.createElement('style');
    style.textContent =
      'offer-finder::part(card) { border-top-width: 7px; } offer-finder::part(milestone) { border-top-width: 9px; }';
    document.head.append(style);
    try {
      const search = shadow(element).querySelector('offer-search')!;
      const timeline = shadow(element).querySelector('milestone-timeline')!;
      expect(getComputedStyle(shadow(search).querySelector('[part="card"]')!).borderTopWidth).to.equal('7px');
      expect(getComputedStyle(shadow(timeline).querySelector('[part~="milestone"]')!).borderTopWidth).to.equal('9px');
    } finally {
      style.remove();
    }
  });
});

describe('<offer-finder> fallback content', () => {
  const link = html`<a href="/angebote-liste.html">Alle Angebote als Liste</a>`;
  const shown = (element: OfferFinder) => !!element.querySelector('a')!.assignedSlot;

  it('shows its children while the catalog loads and when it fails, and no longer once offers show', async () => {
    const url = uniqueUrl();
    worker.use(
      http.get(url, async () => {
        await delay(600);
        return HttpResponse.json(sample);
      }),
    );
    const element = await fixture<OfferFinder>(html`<offer-finder src=${url}>${link}</offer-finder>`);
    expect(shown(element), 'while loading').to.equal(true);
    await waitUntil(() => cards(shadow(element).querySelector('offer-search')!).length > 0, 'offers', {
      timeout: 5000,
    });
    await element.updateComplete;
    expect(shown(element), 'with offers').to.equal(false);
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.equal(0);

    const failing = uniqueUrl();
    worker.use(http.get(failing, () => new HttpResponse('Not found', { status: 404 })));
    const broken = await fixture<OfferFinder>(html`<offer-finder src=${failing}>${link}</offer-finder>`);
    await waitUntil(() => shadow(broken).querySelector('offer-search')!.shadowRoot!.querySelector('[role="alert"]'));
    expect(shown(broken), 'when the catalog fails').to.equal(true);
    expect(broken.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    await expect(broken).to.be.accessible();
  });
});

describe('elements placed apart share one search', () => {
  it('with the same src: timeline → search and search → timeline, without for=', async () => {
    const src = endpoint();
    // fixtureSync: fixture() waits a frame for a plain <div>, which a background test tab may never get.
    const page = fixtureSync(html`
      <div>
        <aside><milestone-timeline src=${src}></milestone-timeline></aside>
        <main><offer-search src=${src}></offer-search></main>
      </div>
    `);
    const timeline = page.querySelector('milestone-timeline')!;
    const search = page.querySelector('offer-search')!;
    await loaded(search);
    await waitUntil(() => milestoneButton(timeline, 'Kita-Zeit'));
    milestoneButton(timeline, 'Grundschule').click();
    await waitUntil(() => search.milestone === 'grundschule');
    await waitUntil(() => status(search) === '31 Angebote');

    const kita = [...shadow(search).querySelectorAll('label')]
      .find((label) => label.textContent!.includes('Kita-Zeit'))!
      .querySelector('input')!;
    kita.click(); // now kita and grundschule: no single milestone
    await timeline.updateComplete;
    expect(timeline.selected).to.equal(undefined);
    milestoneButton(timeline, 'Kita-Zeit').click();
    await waitUntil(() => search.milestone === 'kita');
  });

  it('with a group: elements of other groups stay apart', async () => {
    const src = endpoint();
    const page = fixtureSync(html`
      <div>
        <milestone-timeline src=${src} group="kita-seite"></milestone-timeline>
        <offer-search id="a" src=${src} group="kita-seite"></offer-search>
        <offer-search id="b" src=${src}></offer-search>
      </div>
    `);
    const [a, b] = [page.querySelector<OfferSearch>('#a')!, page.querySelector<OfferSearch>('#b')!];
    await loaded(a);
    await loaded(b);
    const timeline = page.querySelector('milestone-timeline')!;
    await waitUntil(() => milestoneButton(timeline, 'Kita-Zeit'));
    milestoneButton(timeline, 'Kita-Zeit').click();
    await waitUntil(() => a.milestone === 'kita');
    expect(b.milestone).to.equal('');
  });

  it('a member that joins later takes the chosen state; a group is forgotten when its last member leaves', async () => {
    const src = endpoint();
    const container = fixtureSync<HTMLDivElement>(html`<div><offer-search src=${src}></offer-search></div>`);
    const first = container.querySelector('offer-search')!;
    await loaded(first);
    [...shadow(first).querySelectorAll('label')]
      .find((label) => label.textContent!.includes('Kita-Zeit'))!
      .querySelector('input')!
      .click();
    await first.updateComplete;

    const joining = document.createElement('offer-search');
    joining.src = src;
    container.append(joining);
    await loaded(joining);
    expect(joining.milestone).to.equal('kita');

    container.replaceChildren();
    const later = await fixture<OfferSearch>(html`<offer-search src=${src}></offer-search>`);
    await loaded(later);
    expect(later.milestone).to.equal('');
  });
});
