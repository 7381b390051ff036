import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OfferFinder } from '../../src/elements/offer-finder/offer-finder.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import type { MilestoneTimeline } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import { worker, http, HttpResponse, uniqueUrl } from '../support/msw.js';
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
