// Long catalog texts as paragraphs and lists (shared/text-blocks.ts): the
// template helper, <milestone-timeline>'s descriptions, German lists in an
// Arabic UI, and the printed page, which builds them with text nodes only.
// <offer-search>'s card details are in offer-search.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/milestone-timeline/define.js';
import '../../src/elements/offer-search/define.js';
import type { MilestoneTimeline } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { renderTextBlocks } from '../../src/elements/shared/text-blocks.js';
import { textBlocks } from '../../src/catalog/text-blocks.js';
import { fillPrintDocument } from '../../src/elements/offer-search/print.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import { catalog, offer } from '../support/catalogs.js';
import { endpoint } from '../support/endpoint.js';

const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
const described = `Für Kinder von drei bis sechs.\nMit Eltern.\n\nSo geht es:\n1. Anmelden\n2. ${attack}`;
const tags = (parent: Element) => [...parent.children].map((child) => child.localName);

describe('renderTextBlocks', () => {
  it('renders paragraphs with line breaks and lists, every line through renderLine, as text', () => {
    const container = document.createElement('div');
    render(
      renderTextBlocks(`${described}\n\n- Punkt`, (line) => html`<span>${line}</span>`),
      container,
    );
    expect(tags(container)).to.deep.equal(['p', 'p', 'ol', 'ul']);
    expect(tags(container.querySelector('p')!)).to.deep.equal(['span', 'br', 'span']);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Anmelden',
      attack,
      'Punkt',
    ]);
    expect(container.querySelectorAll('li > span')).to.have.length(3);
    expect([...container.querySelectorAll('p, li')].every((block) => block.getAttribute('dir') === 'auto')).to.equal(
      true,
    );
    expect(container.querySelector('img, script')).to.equal(null);
  });

  it('renders nothing for an empty text', () => {
    expect(renderTextBlocks('')).to.deep.equal([]);
  });
});

describe('<milestone-timeline> descriptions', () => {
  it('shows a milestone description as paragraphs and a list', async () => {
    const data = catalog({
      milestones: [{ id: 'kita', title: 'Kita-Zeit', description: described, ageFrom: 3, ageTo: 6 }],
    });
    const element = await fixture<MilestoneTimeline>(
      html`<milestone-timeline src=${endpoint(data)}></milestone-timeline>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.description'), 'timeline loaded', { timeout: 5000 });
    const description = element.shadowRoot!.querySelector('.description')!;
    expect(tags(description)).to.deep.equal(['p', 'p', 'ol']);
    expect([...description.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Anmelden', attack]);
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});

describe('lists in an Arabic UI', () => {
  it('keeps a German list left to right, with the room for its numbers on the left', async () => {
    const data = catalog({ offers: [offer('kita', { title: 'Kita-Anmeldung', description: described })] });
    const element = await fixture<OfferSearch>(html`<offer-search lang="ar" src=${endpoint(data)}></offer-search>`);
    const root = element.shadowRoot!;
    await waitUntil(
      () => root.querySelector('[part="details"]') && root.querySelector('.root')?.getAttribute('dir') === 'rtl',
      'arabic',
      { timeout: 5000 },
    );
    root.querySelector<HTMLDetailsElement>('[part="details"]')!.open = true;
    await element.updateComplete;
    const list = root.querySelector('.description ol')!;
    const item = list.querySelector('li')!;
    expect(getComputedStyle(list).direction).to.equal('rtl');
    expect(getComputedStyle(item).direction).to.equal('ltr');
    expect(item.getBoundingClientRect().left - list.getBoundingClientRect().left).to.be.above(10);
    expect(Math.round(list.getBoundingClientRect().right - item.getBoundingClientRect().right)).to.equal(0);
  });
});

describe('the printed description', () => {
  it('prints paragraphs and lists after the summary, markup as text', () => {
    const doc = document.implementation.createHTMLDocument('');
    fillPrintDocument(
      doc,
      {
        lang: 'de',
        dir: 'ltr',
        heading: 'Merkliste',
        dataDate: '1. November 2026',
        viewUrl: 'https://www.example.org/angebote',
        offers: [
          {
            title: 'Kita-Anmeldung',
            summary: 'Kurz.',
            description: textBlocks(described),
            address: 'Rathausplatz 1, 59174 Kamen',
            contacts: [{ name: 'Erika Beispiel' }],
          },
        ],
      },
      de,
    );
    const article = doc.querySelector('article')!;
    expect(tags(article)).to.deep.equal(['h2', 'p', 'p', 'p', 'ol', 'dl', 'h3', 'ul']);
    const [, lines, steps] = [...article.querySelectorAll('p')];
    expect(lines!.innerHTML).to.equal('Für Kinder von drei bis sechs.<br>Mit Eltern.');
    expect(steps!.textContent).to.equal('So geht es:');
    expect([...article.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['Anmelden', attack]);
    expect(article.querySelector('ul')!.className).to.equal('contacts');
    expect(doc.querySelector('img, script')).to.equal(null);
  });

  it('"Drucken" in an offer\'s details prints its description', async () => {
    const printed: Document[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    // A real print dialog would block the test.
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const view = descriptor.get!.call(this) as Window | null;
        if (view) view.print = () => printed.push(view.document);
        return view;
      },
    });
    try {
      const data = catalog({ offers: [offer('kita', { title: 'Kita-Anmeldung', description: described })] });
      const element = await fixture<OfferSearch>(html`<offer-search lang="de" src=${endpoint(data)}></offer-search>`);
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="details"]'), 'results', { timeout: 5000 });
      root.querySelector<HTMLDetailsElement>('[part="details"]')!.open = true;
      await element.updateComplete;
      [...root.querySelectorAll<HTMLButtonElement>('.offer-actions button')]
        .find((b) => b.textContent!.startsWith('Drucken'))!
        .click();
      await waitUntil(() => printed.length > 0, 'printed', { timeout: 5000 });
      const article = printed[0]!.querySelector('article')!;
      expect([...article.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['Anmelden', attack]);
      expect(article.querySelectorAll('p br')).to.have.length(1);
      expect(printed[0]!.querySelector('img, script')).to.equal(null);
    } finally {
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', descriptor);
    }
  });
});
