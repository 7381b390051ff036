// <milestone-timeline>: milestones, transitions and gaps, selection and the linked search, "where are we now?"
// on a pinned date (the public now), nothing stored, languages and layout.
import { expect, fixture, fixtureSync, html, waitUntil, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/milestone-timeline/define.js';
import '../../src/elements/offer-search/define.js';
import type { MilestoneTimeline } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import type { MilestoneSelectDetail } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { worker, http, HttpResponse, delay, uniqueUrl } from '../support/msw.js';
import { catalog, offer } from '../support/catalogs.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { endpoint, sample } from '../support/endpoint.js';

/**
 * Every timeline in this file lives on 2 September 2031 in Kamen. The
 * instant is 23:30 UTC on 1 September, which is already the 2nd in Berlin,
 * so a timeline that took the device's (UTC) date, or the real clock, would
 * get the ages below wrong. The time is pinned through the public `now`.
 */
const injectedNow = new Date('2031-09-01T23:30:00Z');

const root = (element: MilestoneTimeline) => element.shadowRoot!;
const items = (element: MilestoneTimeline) => [...root(element).querySelectorAll('[part="list"] > li')];
const milestones = (element: MilestoneTimeline) => [
  ...root(element).querySelectorAll<HTMLElement>('[part="milestone"]'),
];
const button = (element: MilestoneTimeline, title: string) =>
  [...root(element).querySelectorAll<HTMLButtonElement>('button.select')].find((b) => b.textContent!.includes(title))!;
const card = (element: MilestoneTimeline, title: string) =>
  button(element, title).closest<HTMLElement>('[part="milestone"]')!;
const clean = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
/** The text as announced: without decorations marked aria-hidden (✓, ○). */
const spoken = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return clean(copy);
};
const status = (element: MilestoneTimeline) => clean(root(element).querySelector('[part="status"]'));
const alert = (element: MilestoneTimeline) => root(element).querySelector('[role="alert"]');
const titles = (element: MilestoneTimeline) => [...root(element).querySelectorAll('button.select')].map(spoken);
const counts = (element: MilestoneTimeline) => milestones(element).map((m) => spoken(m.querySelector('.count')));
const loaded = (element: MilestoneTimeline) =>
  items(element).length > 0 || !!alert(element) || /eingetragen|entered/.test(status(element));

async function timeline(src: string, attributes: Record<string, string> = {}): Promise<MilestoneTimeline> {
  const element = await fixture<MilestoneTimeline>(
    html`<milestone-timeline src=${src} .now=${injectedNow}></milestone-timeline>`,
  );
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await waitUntil(() => loaded(element), 'timeline loaded', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** Types a date (as the date field gives it) or an age into the form and submits it with its button. */
async function tellAge(
  element: MilestoneTimeline,
  kind: 'Geburtsdatum' | 'Errechneter Geburtstermin' | 'Alter in Jahren',
  value: string,
) {
  const form = root(element).querySelector('[part="now-form"]')!;
  const radio = [...form.querySelectorAll('label.choice')].find((l) => clean(l) === kind)!.querySelector('input')!;
  radio.click();
  await element.updateComplete;
  const input = form.querySelector<HTMLInputElement>('.field input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

/**
 * Wrappers (a container of some width, a page with a search) are made with
 * fixtureSync: fixture() waits for an animation frame when its root is not a
 * Lit element, and a test page in the background (wtr runs 4 at once) gets none.
 */
describe('<milestone-timeline>', () => {
  it('while loading: a status that says so, busy, and nothing else to operate', async () => {
    const url = uniqueUrl();
    worker.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const element = await fixture<MilestoneTimeline>(html`<milestone-timeline src=${url}></milestone-timeline>`);
    const region = root(element).querySelector('[part="status"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-busy')).to.equal('true');
    expect(status(element)).to.equal('Lebensphasen und Angebote werden geladen …');
    expect(root(element).querySelector('ol, form')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('lists the six milestones of the sample catalog in order, as an <ol>, with age ranges, descriptions and counts', async () => {
    const element = await timeline(endpoint());
    const list = root(element).querySelector('[part="list"]')!;
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('aria-label')).to.equal('Lebensphasen');
    expect(items(element)).to.have.length(6);
    expect(titles(element)).to.deep.equal([
      'Schwangerschaft & Geburt',
      'Die ersten Jahre',
      'Kita-Zeit',
      'Grundschule',
      'Weiterführende Schule',
      'Übergang Schule–Beruf',
    ]);
    expect(counts(element)).to.deep.equal([
      '14 Angebote',
      '37 Angebote',
      '33 Angebote',
      '31 Angebote',
      '31 Angebote',
      '21 Angebote',
    ]);
    expect(milestones(element).map((m) => clean(m.querySelector('.range')))).to.deep.equal([
      'Schwangerschaft',
      '0–3 Jahre',
      '3–6 Jahre',
      '6–10 Jahre',
      '10–16 Jahre',
      '15–21 Jahre',
    ]);
    expect(clean(card(element, 'Kita-Zeit').querySelector('.description'))).to.match(/^Kitas, Familienzentren/);
    // The button's name is the title; range and count describe it.
    const kita = button(element, 'Kita-Zeit');
    expect(kita.getAttribute('aria-pressed')).to.equal('false');
    const described = kita
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => clean(root(element).getElementById(id)));
    expect(described).to.deep.equal(['3–6 Jahre', '33 Angebote']);
    expect(root(element).querySelector('[part="gap"]')).to.equal(null);
    expect(element.hasAttribute('selected')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('shows the offers two consecutive milestones share as the transition between them, titles on demand', async () => {
    const element = await timeline(endpoint());
    const transitions = [...root(element).querySelectorAll('[part="transition"]')];
    expect(transitions).to.have.length(5);
    expect(transitions.map((t) => clean(t.querySelector('button > span:not(.toggle-icon)')))).to.deep.equal([
      'Übergang: 8 Angebote, von Schwangerschaft & Geburt zu Die ersten Jahre',
      'Übergang: 18 Angebote, von Die ersten Jahre zu Kita-Zeit',
      'Übergang: 15 Angebote, von Kita-Zeit zu Grundschule',
      'Übergang: 12 Angebote, von Grundschule zu Weiterführende Schule',
      'Übergang: 14 Angebote, von Weiterführende Schule zu Übergang Schule–Beruf',
    ]);
    // Each transition sits in the list item of the milestone it leads from.
    expect(items(element)[2]!.querySelector('[part="transition"]')).to.equal(transitions[2]);
    const toggle = transitions[2]!.querySelector('button')!;
    const offers = root(element).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(offers.hidden).to.equal(true);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(offers.hidden).to.equal(false);
    const titlesShown = [...offers.querySelectorAll('li')].map(clean);
    const expected = sample.offers.filter((o) => o.milestones.includes('kita') && o.milestones.includes('grundschule'));
    expect(titlesShown).to.deep.equal(expected.map((o) => (typeof o.title === 'string' ? o.title : o.title['de'])));
    await expect(element).to.be.accessible();
    toggle.click();
    await element.updateComplete;
    expect(offers.hidden).to.equal(true);
  });

  it('is operable by keyboard: Tab to a milestone, Enter or Space selects it, again clears it, with milestone-select', async () => {
    const element = await timeline(endpoint());
    const events: MilestoneSelectDetail[] = [];
    document.addEventListener('milestone-select', (event) => events.push(event.detail));
    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    const focused = () => root(element).activeElement as HTMLElement | null;
    await sendKeys({ press: 'Tab' });
    expect(clean(focused())).to.equal('Schwangerschaft & Geburt');

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(events.map((d) => [d.milestone.id, d.selected])).to.deep.equal([['schwangerschaft', true]]);
    expect(element.selected).to.equal('schwangerschaft');
    expect(element.getAttribute('selected')).to.equal('schwangerschaft');
    expect(focused()!.getAttribute('aria-pressed')).to.equal('true');

    // The transition toggle comes next, then the second milestone.
    await sendKeys({ press: 'Tab' });
    expect(focused()!.classList.contains('transition-toggle')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(clean(focused())).to.equal('Die ersten Jahre');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.selected).to.equal('erste-jahre');
    expect(button(element, 'Schwangerschaft').getAttribute('aria-pressed')).to.equal('false');
    expect(button(element, 'Die ersten Jahre').getAttribute('aria-pressed')).to.equal('true');
    expect(clean(button(element, 'Die ersten Jahre').querySelector('.check'))).to.equal('✓');
    expect(card(element, 'Die ersten Jahre').classList.contains('selected')).to.equal(true);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.selected).to.equal(undefined);
    expect(element.hasAttribute('selected')).to.equal(false);
    expect(events.map((d) => [d.milestone.id, d.selected])).to.deep.equal([
      ['schwangerschaft', true],
      ['erste-jahre', true],
      ['erste-jahre', false],
    ]);
    expect(events[1]!.milestone.title).to.deep.equal(sample.milestones[1]!.title);
  });

  it('fires milestone-select bubbling and composed, out of a shadow root', async () => {
    const element = await timeline(endpoint());
    const selected = oneEvent(document, 'milestone-select');
    button(element, 'Kita-Zeit').click();
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.milestone.id).to.equal('kita');
  });

  describe('for: filters an <offer-search>', () => {
    const searchStatus = (search: OfferSearch) => clean(search.shadowRoot!.querySelector('[part="status"]'));

    it('in the same document; choosing again clears the filter', async () => {
      const src = endpoint();
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div>
          <milestone-timeline src=${src} for="the-search"></milestone-timeline>
          <offer-search id="the-search" src=${src}></offer-search>
        </div>
      `);
      const element = wrapper.querySelector('milestone-timeline')!;
      const search = wrapper.querySelector('offer-search')!;
      await waitUntil(() => items(element).length > 0 && searchStatus(search) === '100 Angebote', 'both loaded', {
        timeout: 5000,
      });
      button(element, 'Kita-Zeit').click();
      await element.updateComplete;
      await search.updateComplete;
      expect(search.milestone).to.equal('kita');
      expect(searchStatus(search)).to.equal('33 Angebote');
      button(element, 'Grundschule').click();
      await search.updateComplete;
      expect(searchStatus(search)).to.equal('31 Angebote');
      button(element, 'Grundschule').click();
      await search.updateComplete;
      expect(search.milestone).to.equal('');
      expect(searchStatus(search)).to.equal('100 Angebote');
    });

    it('inside a shadow root, where document.getElementById cannot see it', async () => {
      const src = endpoint();
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<milestone-timeline for="inner"></milestone-timeline><offer-search id="inner"></offer-search>`;
      const element = shadow.querySelector('milestone-timeline')!;
      const search = shadow.querySelector('offer-search')!;
      element.src = src;
      search.src = src;
      await waitUntil(() => items(element).length > 0 && searchStatus(search) === '100 Angebote', 'both loaded', {
        timeout: 5000,
      });
      expect(document.getElementById('inner')).to.equal(null);
      button(element, 'Schwangerschaft').click();
      await search.updateComplete;
      expect(searchStatus(search)).to.equal('14 Angebote');
    });
  });

  describe('with an <offer-search> in the group', () => {
    const searchStatus = (search: OfferSearch) => clean(search.shadowRoot!.querySelector('[part="status"]'));

    /** A timeline and a search of one catalog, placed apart: the same src makes them a group. */
    async function withSearch() {
      const src = endpoint();
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div>
          <milestone-timeline src=${src} .now=${injectedNow}></milestone-timeline>
          <offer-search src=${src}></offer-search>
        </div>
      `);
      const element = wrapper.querySelector('milestone-timeline')!;
      const search = wrapper.querySelector('offer-search')!;
      await waitUntil(() => items(element).length > 0 && searchStatus(search) === '100 Angebote', 'both loaded', {
        timeout: 5000,
      });
      await element.updateComplete;
      return { element, search };
    }

    it('where are we now?: the milestones for now and next and the age filter the search; clearing takes them back', async () => {
      const { element, search } = await withSearch();
      const submit = root(element).querySelector('[part="now-form"] button[type="submit"]')!;
      expect(clean(submit)).to.equal('Angebote zeigen');
      const answered = oneEvent(element, 'milestone-now');
      await tellAge(element, 'Geburtsdatum', '2029-09-02');
      const { detail } = await answered;
      expect([detail.current?.id, detail.next?.id]).to.deep.equal(['erste-jahre', 'kita']);
      await search.updateComplete;
      expect(search.milestone).to.equal('erste-jahre kita');
      expect(search.age).to.equal('2');
      const count = Number(/^(\d+) Angebote$/.exec(searchStatus(search))?.[1]);
      expect(count).to.be.within(1, 99);
      // Two milestones are chosen, so none is the timeline's selection; the badges say which is which.
      expect(element.selected).to.equal(undefined);
      expect(clean(card(element, 'Die ersten Jahre').querySelector('.badge'))).to.equal('Jetzt');
      expect(status(element)).to.equal('Ihr Kind ist 2 Jahre alt: Die ersten Jahre. Als Nächstes: Kita-Zeit');

      // Expecting: the age filter says so.
      await tellAge(element, 'Errechneter Geburtstermin', '2031-11-25');
      await search.updateComplete;
      expect([search.milestone, search.age]).to.deep.equal(['schwangerschaft erste-jahre', 'expecting']);

      const cleared = oneEvent(element, 'milestone-now');
      root(element).querySelector<HTMLButtonElement>('[part="now-form"] .actions button[type="button"]')!.click();
      expect((await cleared).detail).to.deep.equal({ current: undefined, next: undefined });
      await search.updateComplete;
      expect([search.milestone, search.age]).to.deep.equal(['', '']);
      expect(searchStatus(search)).to.equal('100 Angebote');
    });

    it('an offer in a transition opens its details in the search, as the search’s own cards do', async () => {
      const { element, search } = await withSearch();
      search.free = true; // another filter, which the offer might not pass: it goes
      await search.updateComplete;
      const transition = root(element).querySelectorAll('[part="transition"]')[2]!;
      transition.querySelector<HTMLButtonElement>('.transition-toggle')!.click();
      await element.updateComplete;
      const offers = [...transition.querySelectorAll<HTMLButtonElement>('.transition-offers button')];
      const expected = sample.offers.filter(
        (o) => o.milestones.includes('kita') && o.milestones.includes('grundschule'),
      );
      expect(offers.map(clean)).to.deep.equal(
        expected.map((o) => (typeof o.title === 'string' ? o.title : o.title['de'])),
      );
      expect(transition.querySelector('.transition-offers a'), 'no link away to a website').to.equal(null);

      const target = expected.at(-1)!;
      const selected = oneEvent(document, 'offer-select');
      offers.at(-1)!.click();
      expect((await selected).detail.offer.id).to.equal(target.id);
      expect([search.milestone, search.free]).to.deep.equal(['kita grundschule', false]);
      const details = search
        .shadowRoot!.querySelector(`#offer-${target.id}`)!
        .closest('article')!
        .querySelector('details')!;
      expect(details.open).to.equal(true);
      expect(search.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
      await expect(element).to.be.accessible();
    });
  });

  describe('where are we now?', () => {
    it('a birth date 4 years ago marks Kita as now and Grundschule as next, in text and in the live region', async () => {
      const element = await timeline(endpoint());
      const form = root(element).querySelector('[part="now-form"]')!;
      const date = form.querySelector<HTMLInputElement>('input[type="date"]')!;
      expect(clean(form.querySelector(`label[for="${date.id}"]`))).to.equal('Geburtsdatum');
      expect(date.max).to.equal('2031-09-02');
      expect([...form.querySelectorAll('label.choice')].map(clean)).to.deep.equal([
        'Geburtsdatum',
        'Errechneter Geburtstermin',
        'Alter in Jahren',
      ]);
      expect(status(element)).to.equal('');

      await tellAge(element, 'Geburtsdatum', '2027-09-02');
      expect(status(element)).to.equal('Ihr Kind ist 4 Jahre alt: Kita-Zeit. Als Nächstes: Grundschule');
      expect(root(element).querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
      const kita = card(element, 'Kita-Zeit');
      const school = card(element, 'Grundschule');
      expect(kita.classList.contains('now')).to.equal(true);
      expect(clean(kita.querySelector('.badge'))).to.equal('Jetzt');
      expect(clean(school.querySelector('.badge'))).to.equal('Als Nächstes');
      expect(root(element).querySelectorAll('.badge')).to.have.length(2);
      expect(button(element, 'Kita-Zeit').getAttribute('aria-current')).to.equal('step');
      expect(button(element, 'Grundschule').hasAttribute('aria-current')).to.equal(false);
      expect(button(element, 'Kita-Zeit').getAttribute('aria-describedby')).to.contain(
        kita.querySelector('.badge')!.id,
      );
      // Not an attribute: the birth date and the age stay inside the element.
      expect(element.getAttributeNames().sort()).to.deep.equal(['src']);
      await expect(element).to.be.accessible();

      // Today is 2 September in Kamen (still 1 September in UTC): born on 2 September 2025, the child turns 6 today.
      await tellAge(element, 'Geburtsdatum', '2025-09-02');
      expect(status(element)).to.equal('Ihr Kind ist 6 Jahre alt: Grundschule. Als Nächstes: Weiterführende Schule');
      await tellAge(element, 'Geburtsdatum', '2025-09-03');
      expect(status(element)).to.equal('Ihr Kind ist 5 Jahre alt: Kita-Zeit. Als Nächstes: Grundschule');
      await tellAge(element, 'Geburtsdatum', '2031-04-20');
      expect(status(element)).to.equal('Ihr Kind ist 4 Monate alt: Die ersten Jahre. Als Nächstes: Kita-Zeit');

      const clear = [...root(element).querySelectorAll('button')].find((b) => clean(b) === 'Angabe löschen')!;
      clear.click();
      await element.updateComplete;
      expect(status(element)).to.equal('');
      expect(root(element).querySelector('.badge')).to.equal(null);
      expect(root(element).activeElement).to.equal(root(element).querySelector('.field input'));
    });

    it('a due date: weeks until birth, pregnancy now, the first years next', async () => {
      const element = await timeline(endpoint());
      await tellAge(element, 'Errechneter Geburtstermin', '2031-11-25');
      const date = root(element).querySelector<HTMLInputElement>('input[type="date"]')!;
      expect(clean(root(element).querySelector(`label[for="${date.id}"]`))).to.equal('Errechneter Geburtstermin');
      expect(date.min).to.equal('2031-09-02');
      expect(status(element)).to.equal(
        'Ihr Kind kommt in 12 Wochen zur Welt: Schwangerschaft & Geburt. Als Nächstes: Die ersten Jahre',
      );
      expect(clean(card(element, 'Schwangerschaft').querySelector('.badge'))).to.equal('Jetzt');
      expect(clean(card(element, 'Die ersten Jahre').querySelector('.badge'))).to.equal('Als Nächstes');
      await expect(element).to.be.accessible();
    });

    it('an age in years: at 16 the last milestone, with no next', async () => {
      const element = await timeline(endpoint());
      await tellAge(element, 'Alter in Jahren', '16');
      expect(status(element)).to.equal(
        'Ihr Kind ist 16 Jahre alt: Übergang Schule–Beruf. Das ist die letzte Lebensphase dieser Übersicht.',
      );
      await tellAge(element, 'Alter in Jahren', '10');
      expect(status(element)).to.equal(
        'Ihr Kind ist 10 Jahre alt: Weiterführende Schule. Als Nächstes: Übergang Schule–Beruf',
      );
    });

    it('says what is wrong with an entry, at the field, and marks nothing', async () => {
      const element = await timeline(endpoint());
      await tellAge(element, 'Geburtsdatum', '2027-09-02');
      await tellAge(element, 'Geburtsdatum', '2032-01-01');
      await element.updateComplete;
      const input = root(element).querySelector<HTMLInputElement>('.field input')!;
      const problem = root(element).getElementById('now-problem')!;
      expect(clean(problem)).to.match(/Das Geburtsdatum liegt in der Zukunft/);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('now-problem');
      await waitUntil(() => root(element).activeElement === input, 'focus on the field');
      expect(status(element)).to.equal('');
      expect(root(element).querySelector('.badge')).to.equal(null);
      await expect(element).to.be.accessible();

      await tellAge(element, 'Errechneter Geburtstermin', '2031-08-01');
      expect(clean(root(element).getElementById('now-problem'))).to.match(/liegt in der Vergangenheit/);
      await tellAge(element, 'Alter in Jahren', '-2');
      expect(clean(root(element).getElementById('now-problem'))).to.equal(
        'Bitte geben Sie das Alter als Zahl von 0 bis 99 ein.',
      );
      await tellAge(element, 'Alter in Jahren', '7');
      expect(root(element).getElementById('now-problem')).to.equal(null);
      expect(status(element)).to.match(/^Ihr Kind ist 7 Jahre alt: Grundschule/);
    });

    it('the age attribute sets it from outside; removing it clears it', async () => {
      const element = await timeline(endpoint(), { age: '4' });
      expect(status(element)).to.equal('Ihr Kind ist 4 Jahre alt: Kita-Zeit. Als Nächstes: Grundschule');
      expect(root(element).querySelector<HTMLInputElement>('#now-years')!.value).to.equal('4');
      element.age = 0;
      await element.updateComplete;
      expect(status(element)).to.equal('Ihr Kind ist unter 1 Jahr alt: Die ersten Jahre. Als Nächstes: Kita-Zeit');
      element.setAttribute('age', '-0.5');
      await element.updateComplete;
      expect(status(element)).to.equal(
        'Sie erwarten ein Kind: Schwangerschaft & Geburt. Als Nächstes: Die ersten Jahre',
      );
      element.removeAttribute('age');
      await element.updateComplete;
      expect(status(element)).to.equal('');
      element.setAttribute('age', '');
      await element.updateComplete;
      expect(element.age).to.equal(undefined);
      expect(status(element)).to.equal('');
    });

    it('stays in the browser: no request but the catalog, nothing stored, the URL unchanged', async () => {
      const requests: string[] = [];
      const onRequest = ({ request }: { request: Request }) => requests.push(request.url);
      worker.events.on('request:start', onRequest);
      const setItem = Storage.prototype.setItem;
      const written: string[] = [];
      Storage.prototype.setItem = function (key: string, value: string) {
        written.push(key);
        setItem.call(this, key, value);
      };
      const cookieBefore = document.cookie;
      const storageBefore = [localStorage.length, sessionStorage.length];
      const urlBefore = location.href;
      const historyBefore = history.length;
      try {
        const src = endpoint();
        const element = await timeline(src);
        const resourcesBefore = performance.getEntriesByType('resource').length;
        await tellAge(element, 'Geburtsdatum', '2027-09-02');
        await tellAge(element, 'Errechneter Geburtstermin', '2031-11-25');
        await tellAge(element, 'Alter in Jahren', '12');
        button(element, 'Kita-Zeit').click();
        await aTimeout(200);
        expect(requests).to.deep.equal([src]);
        expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
        expect(written).to.deep.equal([]);
        expect([localStorage.length, sessionStorage.length]).to.deep.equal(storageBefore);
        expect(document.cookie).to.equal(cookieBefore);
        expect(location.href).to.equal(urlBefore);
        expect(history.length).to.equal(historyBefore);
        // The inputs have no name, so not even a form serialisation would carry the date.
        expect(root(element).querySelector('[part="now-form"] input[type="number"]')!.hasAttribute('name')).to.equal(
          false,
        );
        expect(
          root(element).querySelector('[part="now-form"] input[type="number"]')!.getAttribute('autocomplete'),
        ).to.equal('off');
      } finally {
        Storage.prototype.setItem = setItem;
        worker.events.removeListener('request:start', onRequest);
      }
    });
  });

  it('shows a milestone without offers as a gap, in words, never hidden', async () => {
    const element = await timeline(
      endpoint(
        catalog({
          milestones: [
            { id: 'schwangerschaft', title: 'Schwangerschaft & Geburt', ageFrom: -1, ageTo: 0 },
            { id: 'erste-jahre', title: 'Die ersten Jahre', ageFrom: 0, ageTo: 3 },
            { id: 'kita', title: 'Kita-Zeit', ageFrom: 3, ageTo: 6 },
          ],
          offers: [offer('hebamme', { milestones: ['schwangerschaft'] }), offer('kita', { milestones: ['kita'] })],
        }),
      ),
    );
    expect(items(element)).to.have.length(3);
    expect(counts(element)).to.deep.equal(['1 Angebot', 'Noch keine Angebote', '1 Angebot']);
    const gap = card(element, 'Die ersten Jahre');
    expect(gap.classList.contains('empty')).to.equal(true);
    expect(clean(gap.querySelector('[part="gap"]'))).to.equal('○ Noch keine Angebote');
    // Neither transition has an offer: both are gaps too, as text.
    const transitions = [...root(element).querySelectorAll('[part="transition"]')];
    expect(transitions.map((t) => clean(t.querySelector('[part="gap"]')))).to.deep.equal([
      '○ Übergang: noch keine Angebote, von Schwangerschaft & Geburt zu Die ersten Jahre',
      '○ Übergang: noch keine Angebote, von Die ersten Jahre zu Kita-Zeit',
    ]);
    expect(getComputedStyle(gap).display).not.to.equal('none');
    await expect(element).to.be.accessible();
  });

  it('district: counts only offers there or for the whole city, and says so', async () => {
    const element = await timeline(endpoint());
    element.district = 'methler';
    await element.updateComplete;
    expect(counts(element)).to.deep.equal([
      '12 Angebote',
      '26 Angebote',
      '26 Angebote',
      '27 Angebote',
      '26 Angebote',
      '18 Angebote',
    ]);
    expect(clean(root(element).querySelector('.district-note'))).to.equal(
      'Gezählt werden die Angebote in Methler und die für die ganze Stadt.',
    );
    element.district = 'rottum';
    await element.updateComplete;
    expect(counts(element)[0]).to.equal('11 Angebote');
  });

  it('district with a gap: a milestone served only elsewhere shows "Noch keine Angebote" there', async () => {
    const element = await timeline(
      endpoint(
        catalog({
          districts: [
            { id: 'methler', title: 'Methler' },
            { id: 'derne', title: 'Derne' },
          ],
          offers: [
            offer('stadtweit', { milestones: ['schwangerschaft'] }),
            offer('kita-derne', { milestones: ['kita'], districts: ['derne'] }),
          ],
        }),
      ),
      { district: 'methler' },
    );
    expect(counts(element)).to.deep.equal(['1 Angebot', 'Noch keine Angebote']);
    element.district = 'derne';
    await element.updateComplete;
    expect(counts(element)).to.deep.equal(['1 Angebot', '1 Angebot']);
  });

  it('expanded: lists the selected milestone’s offers, linked to their websites, limited by district', async () => {
    const element = await timeline(endpoint(), { selected: 'kita', expanded: '' });
    const section = root(element).querySelector('[part="offers"]')!;
    expect(clean(section.querySelector('h2'))).to.equal('Kita-Zeit: 33 Angebote');
    const links = [...section.querySelectorAll('li a')] as HTMLAnchorElement[];
    expect(links).to.have.length(33);
    expect(links.every((a) => /^https?:\/\//.test(a.getAttribute('href')!))).to.equal(true);
    expect(button(element, 'Kita-Zeit').getAttribute('aria-pressed')).to.equal('true');
    await expect(element).to.be.accessible();

    element.district = 'methler';
    await element.updateComplete;
    expect(clean(section.querySelector('h2'))).to.equal('Kita-Zeit: 26 Angebote');
    button(element, 'Kita-Zeit').click();
    await element.updateComplete;
    expect(root(element).querySelector('[part="offers"]')).to.equal(null);
  });

  it('without expanded it does not list a selection’s offers', async () => {
    const element = await timeline(endpoint(), { selected: 'kita' });
    expect(root(element).querySelector('[part="offers"]')).to.equal(null);
  });

  it('renders markup in the data as text and makes no link of a javascript: url', async () => {
    const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    const data = catalog({
      milestones: [
        { id: 'a', title: attack, description: attack, ageFrom: 0, ageTo: 3 },
        { id: 'b', title: 'Kita', ageFrom: 3, ageTo: 6 },
      ],
      offers: [
        offer('x', { title: attack, milestones: ['a', 'b'], url: 'javascript:alert(1)' }),
        offer('y', { title: 'Ohne Website', milestones: ['a'] }),
      ],
    });
    const element = await timeline(endpoint(data), { selected: 'a', expanded: '' });
    root(element).querySelector<HTMLButtonElement>('.transition-toggle')!.click();
    await element.updateComplete;
    expect(titles(element)[0]).to.equal(attack);
    expect(clean(root(element).querySelector('.description'))).to.equal(attack);
    const offers = [...root(element).querySelectorAll('[part="offers"] li')];
    expect(offers.map(clean)).to.deep.equal([attack, 'Ohne Website']);
    expect(clean(root(element).querySelector('.transition-offers li'))).to.equal(attack);
    expect(root(element).querySelector('img, script')).to.equal(null);
    expect(root(element).querySelector('a')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('an empty catalog: says there are no milestones yet', async () => {
    const element = await timeline(endpoint(catalog({ milestones: [], offers: [] })));
    expect(status(element)).to.equal('Für diese Übersicht sind noch keine Lebensphasen eingetragen.');
    expect(root(element).querySelector('ol, form')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  describe('errors', () => {
    it('404: a clear message and a retry that loads again', async () => {
      const url = uniqueUrl();
      let calls = 0;
      worker.use(
        http.get(url, () => (++calls === 1 ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(sample))),
      );
      const element = await timeline(url);
      expect(clean(alert(element))).to.contain('Die Angebote konnten nicht geladen werden (Fehler 404).');
      expect(root(element).querySelector('[part="status"]')!.getAttribute('aria-busy')).to.equal('false');
      await expect(element).to.be.accessible();
      const retry = alert(element)!.querySelector('button')!;
      expect(clean(retry)).to.equal('Erneut versuchen');
      retry.click();
      await waitUntil(() => items(element).length === 6, 'loaded after retry', { timeout: 5000 });
      expect(alert(element)).to.equal(null);
    });

    it('broken data and a javascript: src: messages without and with no retry', async () => {
      const url = uniqueUrl();
      worker.use(http.get(url, () => HttpResponse.html('<h1>Wartung</h1>')));
      const element = await timeline(url);
      expect(clean(alert(element))).to.match(/Angebotsdaten sind gerade fehlerhaft/);
      const config = await timeline('javascript:alert(1)');
      expect(clean(alert(config))).to.contain('gerade nicht angezeigt werden');
      expect(alert(config)!.querySelector('button')).to.equal(null);
    });
  });

  it('speaks English with lang="en": strings, catalog texts and numbers', async () => {
    // Languages other than German load on demand; here they must be there before the catalog.
    await loadLanguage('en');
    const element = await timeline(endpoint(), { lang: 'en', age: '4' });
    await element.updateComplete;
    expect(root(element).querySelector('ol')!.getAttribute('aria-label')).to.equal('Stages of life');
    expect(titles(element)[2]).to.equal('Nursery years');
    expect(counts(element)[0]).to.equal('14 offers');
    expect(clean(card(element, 'Nursery years').querySelector('.range'))).to.equal('3–6 years');
    expect(clean(card(element, 'Pregnancy').querySelector('.range'))).to.equal('Pregnancy');
    expect(status(element)).to.equal('Your child is 4 years old: Nursery years. Next: Primary school');
    expect(clean(card(element, 'Nursery years').querySelector('.badge'))).to.equal('Now');
    expect(clean(root(element).querySelector('.now-title'))).to.equal('Where are we now?');
    expect(clean(root(element).querySelector('.transition-toggle > span:not(.toggle-icon)'))).to.equal(
      'Transition: 8 offers, from Pregnancy & birth to The first years',
    );
    await expect(element).to.be.accessible();
  });

  describe('layout', () => {
    const box = (element: MilestoneTimeline, index: number) => milestones(element)[index]!.getBoundingClientRect();

    async function inContainer(width: string, dir?: string) {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div dir=${dir ?? 'ltr'} style=${`width: ${width}`}><milestone-timeline src=${endpoint()}></milestone-timeline></div>`,
      );
      const element = wrapper.querySelector('milestone-timeline')!;
      await waitUntil(() => items(element).length > 0, 'loaded', { timeout: 5000 });
      await element.updateComplete;
      return element;
    }

    it('wide: horizontal, the first milestone left of the second, transitions between them', async () => {
      const element = await inContainer('1200px');
      const [first, second] = [box(element, 0), box(element, 1)];
      expect(first.top).to.equal(second.top);
      expect(first.right).to.be.at.most(second.left);
      // The transition from the first to the second hangs from the middle of the first to the middle of the second.
      const bridge = root(element).querySelector('[part="transition"]')!.getBoundingClientRect();
      expect(bridge.left).to.be.closeTo(first.left + first.width / 2, 8);
      expect(bridge.right).to.be.closeTo(second.left + second.width / 2, 8);
      expect(bridge.left + bridge.width / 2).to.be.closeTo((first.right + second.left) / 2, 1);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    });

    it('wide and dir="rtl" on an ancestor: mirrored, the first milestone right of the second', async () => {
      const element = await inContainer('1200px', 'rtl');
      const [first, second] = [box(element, 0), box(element, 1)];
      expect(first.top).to.equal(second.top);
      expect(first.left).to.be.at.least(second.right);
      const bridge = root(element).querySelector('[part="transition"]')!.getBoundingClientRect();
      expect(bridge.right).to.be.closeTo(first.left + first.width / 2, 8);
      expect(bridge.left).to.be.closeTo(second.left + second.width / 2, 8);
      expect(bridge.left + bridge.width / 2).to.be.closeTo((second.right + first.left) / 2, 1);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      await expect(element).to.be.accessible();
    });

    it('between (960 px, a desktop column): cards wrap, none narrower than 16em, titles hyphenate in their own language', async () => {
      const element = await inContainer('960px');
      const cards = milestones(element).map((m) => m.getBoundingClientRect());
      expect(cards[0]!.top).to.equal(cards[1]!.top);
      expect(cards.at(-1)!.top, 'a second row').to.be.above(cards[0]!.bottom);
      for (const box of cards) expect(box.width).to.be.at.least(16 * 16);
      const title = button(element, 'Schwangerschaft').querySelector<HTMLElement>('[lang]')!;
      expect(title.lang).to.equal('de');
      expect(getComputedStyle(title).hyphens).to.equal('auto');
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    });

    it('a catalog text takes the language it is written in: German in a Turkish page where it has no Turkish', async () => {
      // Schwangerschaft in German only, Kita-Zeit in German and English.
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="tr"><milestone-timeline src=${endpoint(catalog())}></milestone-timeline></div>`,
      );
      const element = wrapper.querySelector('milestone-timeline')!;
      await waitUntil(() => items(element).length > 0, 'loaded', { timeout: 5000 });
      await element.updateComplete;
      const languages = () =>
        [...root(element).querySelectorAll('button.select [lang]')].map((title) => title.getAttribute('lang'));
      expect(languages()).to.deep.equal(['de', 'de']);
      await loadLanguage('en');
      wrapper.lang = 'en';
      await waitUntil(() => languages()[1] === 'en');
      expect(languages()).to.deep.equal(['de', 'en']);
    });

    it('phone (320 px): vertical, nothing wider than the screen', async () => {
      const element = await inContainer('320px');
      await tellAge(element, 'Geburtsdatum', '2027-09-02');
      root(element).querySelector<HTMLButtonElement>('.transition-toggle')!.click();
      await element.updateComplete;
      const [first, second] = [box(element, 0), box(element, 1)];
      expect(first.bottom).to.be.at.most(second.top);
      expect(first.left).to.equal(second.left);
      expect(element.scrollWidth).to.be.at.most(320);
      for (const node of root(element).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(
          element.getBoundingClientRect().right + 0.5,
        );
      }
    });
  });
});
