// <offer-coverage>: the matrix and its gaps, the offers of a cell or a linked search, the CSV download
// (through harness/downloads.ts), hostile data and languages.
import { expect, fixture, fixtureSync, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/offer-coverage/define.js';
import '../../src/elements/offer-search/define.js';
import type { OfferCoverage, CoverageSelectDetail } from '../../src/elements/offer-coverage/offer-coverage.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { worker, http, HttpResponse, delay, uniqueUrl } from '../support/msw.js';
import { catalog, offer } from '../support/catalogs.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { endpoint, sample } from '../support/endpoint.js';
import { recordDownloads } from './harness/downloads.js';

const root = (element: OfferCoverage) => element.shadowRoot!;
const clean = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
/** The text as announced: without what is aria-hidden. */
const spoken = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return clean(copy);
};
/** What a cell shows (without the visually hidden name of the cell). */
const shown = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return clean(copy);
};
const table = (element: OfferCoverage) => root(element).querySelector('table')!;
const columnHeaders = (element: OfferCoverage) => [...table(element).querySelectorAll('thead th')].map(clean);
const rowHeaders = (element: OfferCoverage) => [...table(element).querySelectorAll('tbody th')].map(clean);
/** The cell of a row (by its header) and a column (by its index among the milestones). */
const cell = (element: OfferCoverage, row: string, column: number) =>
  [...table(element).querySelectorAll('tbody tr')]
    .find((tr) => clean(tr.querySelector('th')) === row)!
    .querySelectorAll('td')[column]!;
const rowTexts = (element: OfferCoverage, row: string) =>
  [
    ...[...table(element).querySelectorAll('tbody tr')]
      .find((tr) => clean(tr.querySelector('th')) === row)!
      .querySelectorAll('td'),
  ].map(shown);
/** The summary as lines: each heading with the cells of the list under it, "7 Lücken: a, b." (the command line's wording). */
const summary = (element: OfferCoverage) =>
  [...root(element).querySelectorAll('[part="summary"] p')].map((heading) => {
    const list = heading.nextElementSibling?.localName === 'ul' ? heading.nextElementSibling : undefined;
    const cells = [...(list?.children ?? [])].map(clean);
    return cells.length ? `${clean(heading)} ${cells.join(', ')}.` : clean(heading);
  });
const status = (element: OfferCoverage) => clean(root(element).querySelector('[part="status"]'));
const loaded = (element: OfferCoverage) =>
  !!root(element).querySelector('table') ||
  !!root(element).querySelector('[role="alert"]') ||
  /eingetragen|entered/.test(status(element));

async function coverage(src: string, attributes: Record<string, string> = {}): Promise<OfferCoverage> {
  const element = document.createElement('offer-coverage');
  for (const [name, value] of Object.entries({ src, ...attributes })) element.setAttribute(name, value);
  await fixture(html`${element}`);
  await waitUntil(() => loaded(element), 'coverage loaded', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const milestoneTitles = [
  'Schwangerschaft & Geburt',
  'Die ersten Jahre',
  'Kita-Zeit',
  'Grundschule',
  'Weiterführende Schule',
  'Übergang Schule–Beruf',
];

describe('<offer-coverage>', () => {
  it('while loading: a busy status that says so, and no table', async () => {
    const url = uniqueUrl();
    worker.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const element = await fixture<OfferCoverage>(html`<offer-coverage src=${url}></offer-coverage>`);
    const region = root(element).querySelector('[part="status"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-busy')).to.equal('true');
    expect(status(element)).to.equal('Die Übersicht wird geladen …');
    expect(root(element).querySelector('table')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('the sample catalog: a semantic table, milestones as columns in order, topics as rows, each cell a count', async () => {
    const element = await coverage(endpoint());
    const t = table(element);
    expect(clean(root(element).getElementById(t.getAttribute('aria-labelledby')!))).to.equal(
      'Angebote nach Thema und Lebensphase in allen Stadtteilen',
    );
    expect(columnHeaders(element)).to.deep.equal(['Thema', ...milestoneTitles]);
    for (const th of t.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
    for (const th of t.querySelectorAll('tbody th, tfoot th')) expect(th.getAttribute('scope')).to.equal('row');
    expect(rowHeaders(element)).to.deep.equal(
      sample.topics!.map((topic) => (typeof topic.title === 'string' ? topic.title : topic.title['de'])),
    );
    expect(rowTexts(element, 'Beratung')).to.deep.equal(['9', '16', '8', '8', '11', '10']);
    expect(rowTexts(element, 'Sprache & Integration')).to.deep.equal([
      '1 – dünn',
      '3',
      '5',
      '4',
      '1 – dünn',
      '1 – dünn',
    ]);
    expect(rowTexts(element, 'Betreuung')).to.deep.equal(['0 – Lücke', '8', '8', '5', '2', '0 – Lücke']);
    // The totals: every offer of a milestone once.
    expect([...t.querySelectorAll('tfoot td')].map(clean)).to.deep.equal(['14', '37', '33', '31', '31', '21']);
    expect(t.getAttribute('aria-describedby')).to.equal('note');
    expect(clean(root(element).getElementById('note'))).to.contain('Lücke: kein Angebot');
    await expect(element).to.be.accessible();
  });

  it('names the real gaps of the sample catalog in text: 7 gaps and 9 thin cells, along the milestones', async () => {
    const element = await coverage(endpoint());
    expect(summary(element)).to.deep.equal([
      '7 Lücken: Freizeit & Sport in „Schwangerschaft & Geburt“, Betreuung in „Schwangerschaft & Geburt“, ' +
        'Inklusion & Behinderung in „Schwangerschaft & Geburt“, Beteiligung & Engagement in „Schwangerschaft & Geburt“, ' +
        'Beteiligung & Engagement in „Die ersten Jahre“, Betreuung in „Übergang Schule–Beruf“, Inklusion & Behinderung in „Übergang Schule–Beruf“.',
      '9 Felder sind dünn besetzt: Sprache & Integration in „Schwangerschaft & Geburt“, Inklusion & Behinderung in „Die ersten Jahre“, ' +
        'Kinderschutz in „Kita-Zeit“, Beteiligung & Engagement in „Kita-Zeit“, Beteiligung & Engagement in „Grundschule“, ' +
        'Sprache & Integration in „Weiterführende Schule“, Inklusion & Behinderung in „Weiterführende Schule“, ' +
        'Sprache & Integration in „Übergang Schule–Beruf“, Kinderschutz in „Übergang Schule–Beruf“.',
    ]);
  });

  it('lists the gaps and the thin cells one a line, under a heading with their number', async () => {
    const element = await coverage(endpoint());
    const block = root(element).querySelector('[part="summary"]')!;
    expect([...block.children].map((child) => child.localName)).to.deep.equal(['p', 'ul', 'p', 'ul']);
    expect(clean(block.children[0])).to.equal('7 Lücken:');
    expect(block.children[1]!.querySelectorAll('li')).to.have.length(7);
    expect(clean(block.children[1]!.querySelector('li'))).to.equal('Freizeit & Sport in „Schwangerschaft & Geburt“');
    expect(clean(block.children[2])).to.equal('9 Felder sind dünn besetzt:');
    expect(block.children[3]!.querySelectorAll('li')).to.have.length(9);
    // Nothing to list: the sentence alone.
    const everywhere = { milestones: ['schwangerschaft', 'kita'], topics: ['beratung'] };
    const none = await coverage(endpoint(catalog({ offers: [offer('a', everywhere), offer('b', everywhere)] })));
    expect([...root(none).querySelector('[part="summary"]')!.children].map(clean)).to.deep.equal([
      'Keine Lücken.',
      'Kein Feld ist dünn besetzt.',
    ]);
  });

  it('on a 375 px phone the table scrolls in its box and the page does not pan sideways', async () => {
    await setViewport({ width: 375, height: 812 });
    try {
      for (const view of ['topics', 'districts']) {
        const element = await coverage(endpoint(), { view });
        const box = root(element).querySelector('.table-wrapper')!;
        expect(box.scrollWidth, `${view}: the table is wider than the phone`).to.be.greaterThan(box.clientWidth);
        // The cells' visually hidden names are absolutely positioned: they must not stick out of the box.
        expect(document.documentElement.scrollWidth, view).to.be.at.most(375);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('marks gaps and thin cells by text and by border pattern, not by colour alone', async () => {
    const element = await coverage(endpoint());
    const gap = cell(element, 'Freizeit & Sport', 0);
    const thin = cell(element, 'Sprache & Integration', 4);
    const plenty = cell(element, 'Beratung', 0);
    expect(gap.getAttribute('part')).to.equal('cell gap');
    expect(thin.getAttribute('part')).to.equal('cell thin');
    expect(plenty.getAttribute('part')).to.equal('cell');
    const box = (td: Element) => getComputedStyle(td.querySelector('button, .static')!);
    expect(box(gap).borderTopStyle).to.equal('dashed');
    expect(box(thin).borderTopStyle).to.equal('dotted');
    expect(box(plenty).borderTopStyle).not.to.be.oneOf(['dashed', 'dotted']);
    // A gap has nothing to open; a thin cell has its one offer.
    expect(gap.querySelector('button')).to.equal(null);
    expect(thin.querySelector('button')).not.to.equal(null);
    // The button says which cell it is, after what it shows (label in name).
    expect(spoken(thin.querySelector('button'))).to.equal(
      '1 – dünn : Sprache & Integration in „Weiterführende Schule“',
    );
  });

  it('for one district: the offers there and those for the whole city, and it says so; Derne has more gaps', async () => {
    const element = await coverage(endpoint());
    const select = root(element).querySelector<HTMLSelectElement>('select#district')!;
    expect(clean(root(element).querySelector('label[for="district"]'))).to.equal('Stadtteil');
    expect([...select.options].map((o) => o.text)).to.deep.equal([
      'Alle Stadtteile',
      'Kamen-Mitte',
      'Methler',
      'Heeren-Werve',
      'Südkamen',
      'Derne',
      'Rottum',
    ]);
    select.value = 'derne';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.district).to.equal('derne');
    expect(element.getAttribute('district')).to.equal('derne');
    expect(clean(root(element).getElementById(table(element).getAttribute('aria-labelledby')!))).to.equal(
      'Angebote nach Thema und Lebensphase in Derne',
    );
    expect(clean(root(element).getElementById('note'))).to.match(
      /^Gezählt werden die Angebote in Derne und die für die ganze Stadt\./,
    );
    expect(summary(element)[0]).to.match(/^8 Lücken: /);
    expect(summary(element)[0]).to.contain('Sprache & Integration in „Schwangerschaft & Geburt“');
    expect(summary(element)[1]).to.match(/^10 Felder sind dünn besetzt: /);
    await expect(element).to.be.accessible();
    // The attribute works the same way.
    element.district = '';
    await element.updateComplete;
    expect(select.value).to.equal('');
    expect(summary(element)[0]).to.match(/^7 Lücken: /);
  });

  it('the district view: districts × milestones, local offers counted apart; Derne and Rottum have the fewest', async () => {
    const element = await coverage(endpoint(), { view: 'districts' });
    expect(clean(root(element).getElementById(table(element).getAttribute('aria-labelledby')!))).to.equal(
      'Angebote nach Stadtteil und Lebensphase',
    );
    expect(columnHeaders(element)).to.deep.equal(['Stadtteil', ...milestoneTitles]);
    expect(rowHeaders(element)).to.deep.equal([
      'Kamen-Mitte',
      'Methler',
      'Heeren-Werve',
      'Südkamen',
      'Derne',
      'Rottum',
    ]);
    expect(rowTexts(element, 'Kamen-Mitte')).to.deep.equal([
      '1 im Stadtteil – dünn 12 mit den stadtweiten',
      '5 im Stadtteil 26 mit den stadtweiten',
      '3 im Stadtteil 25 mit den stadtweiten',
      '3 im Stadtteil 28 mit den stadtweiten',
      '4 im Stadtteil 28 mit den stadtweiten',
      '3 im Stadtteil 21 mit den stadtweiten',
    ]);
    expect(rowTexts(element, 'Derne')).to.deep.equal([
      // A gap is a district without an offer of its own: the mark goes with that 0, not with the 18 a family
      // there finds with the citywide offers (which are in every district, and would hide every local gap).
      '0 im Stadtteil – Lücke 11 mit den stadtweiten',
      '2 im Stadtteil 23 mit den stadtweiten',
      '2 im Stadtteil 24 mit den stadtweiten',
      '1 im Stadtteil – dünn 26 mit den stadtweiten',
      '0 im Stadtteil – Lücke 24 mit den stadtweiten',
      '0 im Stadtteil – Lücke 18 mit den stadtweiten',
    ]);
    const citywide = [...table(element).querySelectorAll('tfoot tr')].find(
      (tr) => clean(tr.querySelector('th')) === 'Stadtweit',
    )!;
    expect([...citywide.querySelectorAll('td')].map(clean)).to.deep.equal(['11', '21', '22', '25', '24', '18']);
    expect(clean(root(element).getElementById('note'))).to.contain('im Stadtteil selbst');
    const [gaps] = summary(element);
    expect(gaps).to.match(/^11 Lücken: /);
    for (const place of ['Derne', 'Rottum']) {
      for (const milestone of ['Schwangerschaft & Geburt', 'Weiterführende Schule', 'Übergang Schule–Beruf'])
        expect(gaps).to.contain(`${place} in „${milestone}“`);
    }
    expect(gaps).not.to.contain('Kamen-Mitte');
    // The view switch says which view is on.
    const radios = [...root(element).querySelectorAll<HTMLInputElement>('input[name="view"]')];
    expect(radios.map((r) => [r.value, r.checked])).to.deep.equal([
      ['topics', false],
      ['districts', true],
    ]);
    expect(root(element).querySelector('select#district')).to.equal(null);
    await expect(element).to.be.accessible();
    radios[0]!.click();
    await element.updateComplete;
    expect(element.view).to.equal('topics');
    expect(element.getAttribute('view')).to.equal('topics');
  });

  it('a click on a cell lists its offers, with coverage-select; the list takes focus, closing it returns focus to the cell', async () => {
    const element = await coverage(endpoint());
    const events: CoverageSelectDetail[] = [];
    element.addEventListener('coverage-select', (event) => events.push(event.detail));
    const button = cell(element, 'Sprache & Integration', 2).querySelector('button')!;
    button.click();
    await element.updateComplete;
    await element.updateComplete;
    const offers = root(element).querySelector('[part="offers"]')!;
    const heading = offers.querySelector('h2')!;
    expect(clean(heading)).to.equal('Sprache & Integration in „Kita-Zeit“: 5 Angebote');
    const expected = sample.offers.filter((o) => o.milestones.includes('kita') && o.topics?.includes('sprache'));
    expect([...offers.querySelectorAll('li')].map(clean)).to.deep.equal(
      expected.map((o) => (typeof o.title === 'string' ? o.title : o.title['de'])),
    );
    expect(root(element).activeElement).to.equal(heading);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(events.map((d) => [d.view, d.row, d.column, d.offers.length, d.selected])).to.deep.equal([
      ['topics', 'sprache', 'kita', 5, true],
    ]);
    await expect(element).to.be.accessible();

    offers.querySelector<HTMLButtonElement>('button')!.click();
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).querySelector('[part="offers"]')).to.equal(null);
    expect(root(element).activeElement).to.equal(button);
  });

  it('is operable by keyboard: Enter on a cell opens its list, Escape closes it and goes back to the cell, Space again toggles', async () => {
    const element = await coverage(endpoint());
    const button = cell(element, 'Beratung', 0).querySelector('button')!;
    root(element).querySelector<HTMLButtonElement>('.download')!.focus();
    // From the download button, Tab goes into the table: the first cell with offers.
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(button);
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(cell(element, 'Beratung', 1).querySelector('button'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(element).activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await element.updateComplete;
    expect(clean(root(element).activeElement)).to.equal('Beratung in „Schwangerschaft & Geburt“: 9 Angebote');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).querySelector('[part="offers"]')).to.equal(null);
    expect(root(element).activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(root(element).querySelector('[part="offers"]')).to.equal(null);
  });

  describe('linked to an <offer-search>', () => {
    const searchStatus = (search: OfferSearch) => clean(search.shadowRoot!.querySelector('[part="status"]'));

    it('for: a cell filters the search to its milestone and topic (and district) instead of listing; again clears', async () => {
      const src = endpoint();
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div>
          <offer-coverage src=${src} for="the-search"></offer-coverage>
          <offer-search id="the-search" src=${src}></offer-search>
        </div>
      `);
      const element = wrapper.querySelector('offer-coverage')!;
      const search = wrapper.querySelector('offer-search')!;
      await waitUntil(() => loaded(element) && searchStatus(search) === '100 Angebote', 'both loaded', {
        timeout: 5000,
      });
      await element.updateComplete;
      cell(element, 'Sprache & Integration', 2).querySelector('button')!.click();
      await element.updateComplete;
      await search.updateComplete;
      expect([search.milestone, search.topic, search.district]).to.deep.equal(['kita', 'sprache', '']);
      expect(searchStatus(search)).to.equal('5 Angebote');
      expect(root(element).querySelector('[part="offers"]')).to.equal(null);

      // The district view filters by milestone and district; the search counts the city-wide offers too, as the cell does.
      element.view = 'districts';
      await element.updateComplete;
      cell(element, 'Derne', 2).querySelector('button')!.click();
      await search.updateComplete;
      expect([search.milestone, search.topic, search.district]).to.deep.equal(['kita', '', 'derne']);
      expect(searchStatus(search)).to.equal('24 Angebote');
      cell(element, 'Derne', 2).querySelector('button')!.click();
      await search.updateComplete;
      expect([search.milestone, search.topic, search.district]).to.deep.equal(['', '', '']);
      expect(searchStatus(search)).to.equal('100 Angebote');
    });

    it('the group: a search elsewhere on the page with the same src follows, and a filter set there marks the cell', async () => {
      const src = endpoint();
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div>
          <section><offer-coverage src=${src} district="methler"></offer-coverage></section>
          <aside><offer-search src=${src}></offer-search></aside>
        </div>
      `);
      const element = wrapper.querySelector('offer-coverage')!;
      const search = wrapper.querySelector('offer-search')!;
      await waitUntil(() => loaded(element) && searchStatus(search) === '100 Angebote', 'both loaded', {
        timeout: 5000,
      });
      await element.updateComplete;
      const count = shown(cell(element, 'Bildung & Lernen', 3).querySelector('.count'));
      cell(element, 'Bildung & Lernen', 3).querySelector('button')!.click();
      await search.updateComplete;
      expect([search.milestone, search.topic, search.district]).to.deep.equal(['grundschule', 'bildung', 'methler']);
      expect(searchStatus(search)).to.equal(`${count} Angebote`);

      // Changed in the search (its milestone checkboxes): the coverage follows when the filters name one cell.
      const checkbox = (label: string) =>
        [...search.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.choice')]
          .find((l) => clean(l).startsWith(`${label} (`))!
          .querySelector('input')!;
      checkbox('Kita-Zeit').click();
      await element.updateComplete;
      // Two milestones chosen there: no single cell.
      expect(table(element).querySelector('[aria-pressed="true"]')).to.equal(null);
      checkbox('Grundschule').click();
      await search.updateComplete;
      await element.updateComplete;
      expect(cell(element, 'Bildung & Lernen', 2).querySelector('button')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
      expect(cell(element, 'Bildung & Lernen', 3).querySelector('button')!.getAttribute('aria-pressed')).to.equal(
        'false',
      );
    });
  });

  it('downloads the matrix as CSV: a BOM, `;`, the titles and counts as in the table', async () => {
    const element = await coverage(endpoint());
    const download = recordDownloads();
    try {
      root(element).querySelector<HTMLButtonElement>('.download')!.click();
    } finally {
      download.restore();
    }
    const blobs = download.blobs;
    expect(download.links.map((link) => link.download)).to.deep.equal(['angebote-abdeckung-topics.csv']);
    expect(download.revoked, 'not revoked while the download starts').to.deep.equal([]);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).to.equal(element.toCsv());
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal(`Thema;${milestoneTitles.join(';')}`);
    expect(lines[1]).to.equal('Beratung;9;16;8;8;11;10');
    expect(lines[5]).to.equal('Sprache & Integration;1;3;5;4;1;1');
    expect(lines[11]).to.equal('Angebote insgesamt;14;37;33;31;31;21');
    expect(lines[12]).to.equal('');

    element.view = 'districts';
    await element.updateComplete;
    const districts = element.toCsv().split('\r\n');
    expect(districts[0]).to.equal(`Stadtteil;${milestoneTitles.map((m) => `${m};${m}: im Stadtteil`).join(';')}`);
    expect(districts[5]).to.equal('Derne;11;0;23;2;24;2;26;1;24;0;18;0');
    expect(districts[7]).to.equal('Stadtweit;11;;21;;22;;25;;24;;18;');
  });

  it('renders titles with markup as text, and a title that looks like a formula cannot run in a spreadsheet', async () => {
    const hostile = catalog({
      milestones: [
        { id: 'kita', title: '<img src=x onerror="window.__xss=1">Kita' },
        { id: 'schule', title: '=HYPERLINK("https://evil.example","klick")' },
      ],
      topics: [{ id: 'beratung', title: '<script>window.__xss=1</script>Beratung' }],
      offers: [
        offer('o1', { title: '<b onmouseover="window.__xss=1">fett</b>', topics: ['beratung'] }),
        offer('o2', { topics: ['beratung'] }),
      ],
    });
    const element = await coverage(endpoint(hostile));
    expect(root(element).querySelector('img, script, b')).to.equal(null);
    expect(columnHeaders(element)[1]).to.equal('<img src=x onerror="window.__xss=1">Kita');
    expect(rowHeaders(element)).to.deep.equal(['<script>window.__xss=1</script>Beratung']);
    cell(element, '<script>window.__xss=1</script>Beratung', 0).querySelector('button')!.click();
    await element.updateComplete;
    const list = root(element).querySelector('[part="offers"]')!;
    expect(list.querySelector('b, a')).to.equal(null);
    expect(clean(list.querySelector('li'))).to.equal('<b onmouseover="window.__xss=1">fett</b>');
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    const csv = element.toCsv().split('\r\n');
    expect(csv[0]).to.equal(
      `Thema;"<img src=x onerror=""window.__xss=1"">Kita";"'=HYPERLINK(""https://evil.example"",""klick"")"`,
    );
    await expect(element).to.be.accessible();
  });

  it('in English, with the catalog’s English titles', async () => {
    await loadLanguage('en');
    const element = await coverage(endpoint(), { lang: 'en' });
    expect(columnHeaders(element)).to.deep.equal([
      'Topic',
      'Pregnancy & birth',
      'The first years',
      'Nursery years',
      'Primary school',
      'Secondary school',
      'From school to work',
    ]);
    expect(summary(element)[0]).to.match(
      /^7 gaps: Leisure & sports in “Pregnancy & birth”, Childcare in “Pregnancy & birth”/,
    );
    expect(rowTexts(element, 'Childcare')[0]).to.equal('0 – gap');
    expect(clean(root(element).querySelector('.download'))).to.equal('⤓Download the table as CSV');
    await expect(element).to.be.accessible();
  });

  it('a catalog without milestones says so; a failed load says so, with a retry', async () => {
    const empty = await coverage(endpoint({ version: 1, milestones: [], offers: [] }));
    expect(status(empty)).to.equal('Für diese Übersicht sind noch keine Lebensphasen eingetragen.');
    expect(root(empty).querySelector('table')).to.equal(null);
    const failed = await coverage(endpoint({}, 404));
    const alert = root(failed).querySelector('[role="alert"]')!;
    expect(clean(alert)).to.contain('Fehler 404');
    expect(alert.querySelector('button')).not.to.equal(null);
    await expect(failed).to.be.accessible();
  });

  it('offers without a topic are named below the table; a catalog without districts has no district choice', async () => {
    const element = await coverage(
      endpoint(catalog({ districts: [], offers: [offer('a', { topics: ['beratung'] }), offer('b'), offer('c')] })),
    );
    expect(clean(root(element).getElementById('note'))).to.contain(
      '2 Angebote haben kein Thema und stehen in keiner Zeile.',
    );
    expect(root(element).querySelector('select, input[type="radio"]')).to.equal(null);
    expect(rowTexts(element, 'Beratung')).to.deep.equal(['0 – Lücke', '1 – dünn']);
    const event = oneEvent(element, 'coverage-select');
    cell(element, 'Beratung', 1).querySelector('button')!.click();
    expect((await event).detail.offers.map((o: { id: string }) => o.id)).to.deep.equal(['a']);
  });
});
