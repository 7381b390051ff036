// <offer-search> for a parent on a phone, through what the element shows: a card's call and e-mail buttons
// without opening the details, the toolbar in one row, the filters in a disclosure with "Ergebnisse
// anzeigen", one heading for the Merkliste, and a catalog on another origin without CORS told by one element.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/offer-search/define.js';
import '../../src/elements/milestone-timeline/define.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { worker, http, HttpResponse, uniqueUrl } from '../support/msw.js';
import { catalog, offer } from '../support/catalogs.js';
import { endpoint } from '../support/endpoint.js';
import { OfferSearchHarness, harnessFor } from './harness/offer-search.js';

async function searchFor(src: string, attributes = ''): Promise<OfferSearch> {
  return (await OfferSearchHarness.create(src, attributes)).element;
}
const root = (element: OfferSearch) => element.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const card = (element: OfferSearch) => harnessFor(element).cards()[0]!;

describe('<offer-search> on a phone', () => {
  before(() => setViewport({ width: 375, height: 812 }));
  after(() => setViewport({ width: 800, height: 600 }));

  describe('a card', () => {
    it('calls the first contact in one tap: "Anrufen" and the number, tel: in E.164, and "E-Mail" beside it', async () => {
      const element = await searchFor(endpoint(), 'query=Familienhebammen');
      const first = card(element);
      const call = first.querySelector<HTMLAnchorElement>('[part="call"]')!;
      const mail = first.querySelector<HTMLAnchorElement>('[part="mail"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+493023125104');
      expect(mail.getAttribute('href')).to.equal('mailto:k.schulte-hoppe@jugendamt.example.org');
      // What the button says, then the offer's title for screen readers (which read a list of links out of context).
      expect(text(call)).to.equal('Anrufen 030 23125 104: Familienhebammen');
      expect(text(mail)).to.equal('E-Mail: Familienhebammen');
      expect(call.querySelector('[dir="ltr"]')!.textContent).to.equal('030 23125 104');
      // Shown on the card with the details closed, each a 44 px target.
      expect(first.querySelector('details')!.open).to.equal(false);
      for (const link of [call, mail]) {
        expect(link.checkVisibility()).to.equal(true);
        const box = link.getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
      }
      await expect(element).to.be.accessible();
    });

    it("takes the organisation's number and address where the contacts have none, and offers no button without one", async () => {
      const element = await searchFor(
        endpoint(
          catalog({
            organizations: [
              { id: 'verein', name: 'Familienverein', phone: '02307 148-0', email: 'info@verein.example' },
            ],
            contacts: [{ id: 'ohne', name: 'Ohne Nummer' }],
            offers: [
              offer('a', { title: 'Elterncafé', organization: 'verein', contacts: ['ohne'] }),
              offer('b', { title: 'Krabbelgruppe' }),
            ],
          }),
        ),
      );
      const [withOrganization, withoutAny] = harnessFor(element).cards();
      expect(withOrganization!.querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+4923071480');
      expect(withOrganization!.querySelector('[part="mail"]')!.getAttribute('href')).to.equal(
        'mailto:info@verein.example',
      );
      expect(withoutAny!.querySelector('[part="call"], [part="mail"]')).to.equal(null);
    });
  });

  it('the toolbar: the filters, the Merkliste and "Teilen" in one row, the whole name kept for screen readers', async () => {
    const element = await searchFor(endpoint(), 'url-state=');
    const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
    // What shows, and the name for screen readers (which keeps the whole "Link zu dieser Suche teilen").
    expect(buttons.map((button) => button.innerText.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '▸ Filter',
      '★ Merkliste (0)',
      'Teilen',
    ]);
    expect(buttons[2]!.getAttribute('aria-label')).to.equal('Link zu dieser Suche teilen');
    const tops = buttons.map((button) => Math.round(button.getBoundingClientRect().top));
    expect(new Set(tops).size, 'one row').to.equal(1);
    for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await expect(element).to.be.accessible();
  });

  it('the filters: a disclosure, closed at first; "Ergebnisse anzeigen (n)" at its end closes it and takes the focus to the results', async () => {
    const element = await searchFor(endpoint(), 'milestone=kita;free=');
    await element.updateComplete;
    const toggle = root(element).querySelector<HTMLButtonElement>('.filters-toggle')!;
    const facets = root(element).querySelector<HTMLElement>('[part="facets"]')!;
    expect(text(toggle)).to.equal('▸ Filter (2 aktiv)');
    expect(toggle.getAttribute('aria-controls')).to.equal(facets.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(facets.checkVisibility()).to.equal(false);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(facets.checkVisibility()).to.equal(true);
    const show = facets.lastElementChild as HTMLButtonElement;
    expect(text(show)).to.equal('Ergebnisse anzeigen (20)');
    expect(show.getBoundingClientRect().height).to.be.at.least(44);
    await expect(element).to.be.accessible();

    // The count follows the filters chosen in the open panel.
    harnessFor(element).checkbox('Kosten', 'Nur kostenlose Angebote').click();
    await waitUntil(() => text(show) === 'Ergebnisse anzeigen (33)', 'count follows');
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(element).activeElement?.id === 'results-heading', 'focus on the results');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(facets.checkVisibility()).to.equal(false);
  });

  it('on a wide screen the filters stand beside the results, without either button', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const element = await searchFor(endpoint());
      expect(root(element).querySelector<HTMLElement>('[part="facets"]')!.checkVisibility()).to.equal(true);
      for (const hidden of ['.filters-toggle', '.show-results'])
        expect(root(element).querySelector<HTMLElement>(hidden)!.checkVisibility(), hidden).to.equal(false);
    } finally {
      await setViewport({ width: 375, height: 812 });
    }
  });

  it('the Merkliste has one heading, with its count; the status says the same to screen readers only', async () => {
    const element = await searchFor(endpoint());
    for (const save of [...root(element).querySelectorAll<HTMLButtonElement>('[part="save"]')].slice(0, 2))
      save.click();
    root(element).querySelector<HTMLButtonElement>('#saved-toggle')!.click();
    await waitUntil(() => root(element).querySelector('#list-heading'), 'the list');
    await element.updateComplete;
    const visible = (selector: string) =>
      [...root(element).querySelectorAll<HTMLElement>(selector)].filter((node) => node.checkVisibility()).map(text);
    expect(visible('h2, [role="status"]:not(.visually-hidden)')).to.deep.equal(['Merkliste: 2 Angebote']);
    expect(harnessFor(element).status()).to.equal('Merkliste: 2 Angebote');
  });

  it('a catalog on another origin without CORS: the configuration message once for the two elements, without a retry', async () => {
    const url = uniqueUrl();
    worker.use(
      http.get(url, () => HttpResponse.error()),
      // The browser answers a no-cors request to a server that is there: that tells CORS from a dead connection.
      http.head(url, () => new HttpResponse(null)),
    );
    // fixtureSync: a fixture of a plain <div> waits for an animation frame, which a background tab never gets.
    const page = fixtureSync<HTMLElement>(html`
      <div>
        <milestone-timeline src=${url}></milestone-timeline>
        <offer-search src=${url}></offer-search>
      </div>
    `);
    const alerts = () =>
      [...page.querySelectorAll('milestone-timeline, offer-search')].flatMap((host) => [
        ...host.shadowRoot!.querySelectorAll('[role="alert"]'),
      ]);
    await waitUntil(() => alerts().length > 0, 'the message', { timeout: 5000 });
    await page.querySelector<OfferSearch>('offer-search')!.updateComplete;
    expect(alerts().map(text)).to.deep.equal(['Die Angebote können hier gerade nicht angezeigt werden.']);
    expect(alerts()[0]!.querySelector('button')).to.equal(null);
  });
});
