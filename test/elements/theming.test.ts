import { expect, fixture, fixtureSync, html, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/offer-search/define.js';
import '../../src/elements/milestone-timeline/define.js';
import '../../src/elements/contact-card/define.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import type { MilestoneTimeline } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import { baseStyles } from '../../src/elements/shared/base.styles.js';
import { darkPage, followsSystem, highContrast, partner, wrapperStyle } from '../../stories/support/themes.js';
import { endpoint } from '../support/endpoint.js';

/**
 * Lets pending work run before styles and layout are read (they are computed
 * on reading). Not `nextFrame()`, nor `fixture()` of a plain `<div>` (which
 * waits for one): a test page in a background tab (two files run side by
 * side) gets no animation frames, and would wait for ever.
 */
const settle = () => aTimeout(20);

// ---------------------------------------------------------------------------
// Colours: computed values, composited backgrounds, WCAG contrast.

type Rgba = [number, number, number, number];

function parse(color: string): Rgba {
  const match = /^rgba?\(([^)]*)\)$/.exec(color.trim());
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b, a] = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r!, g!, b!, a ?? 1];
}

const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
};

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const white: Rgba = [255, 255, 255, 1];

/** The parent in the flat tree: out of a shadow root to its host, from slotted content to its slot. */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** What is painted behind an element: its own background and its ancestors', down to the (white) canvas. */
function backgroundOf(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = composedParent(node)) {
    const background = parse(getComputedStyle(node).backgroundColor);
    if (background[3] > 0) layers.push(background);
    if (background[3] === 1) break;
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), white);
}

/** Every element of the page, in the shadow roots of the widgets as well. */
function* everything(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everything(element.shadowRoot);
  }
}

function describeElement(element: Element): string {
  const part = element.getAttribute('part');
  return `${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}${part ? `[part=${part}]` : ''}`;
}

/** Text that does not meet WCAG AA (4.5:1, large text 3:1) against what is painted behind it. */
function contrastProblems(page: Element): string[] {
  const problems: string[] = [];
  for (const element of everything(page)) {
    const text = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!)
      .join('')
      .trim();
    if (!text || element.closest('.visually-hidden') || element.localName === 'style') continue;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
    const background = backgroundOf(element);
    const ratio = contrast(over(parse(style.color), background), background);
    if (ratio < (large ? 3 : 4.5))
      problems.push(`${describeElement(element)} "${text.slice(0, 30)}": ${ratio.toFixed(2)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// A page with the three elements: a milestone selected, offers found with
// marked words and an active filter chip, details open, a contact card.

interface Page {
  page: HTMLElement;
  search: OfferSearch;
  timeline: MilestoneTimeline;
  card: ContactCard;
}

const shadow = (element: Element) => element.shadowRoot!;

function find<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element;
}

async function themedPage(options: { style?: string; key?: string; sheet?: string } = {}): Promise<Page> {
  const src = endpoint();
  const page = fixtureSync<HTMLElement>(html`
    <div data-theme=${options.key ?? 'test'} style=${options.style ?? ''}>
      <style>
        ${options.sheet ?? ''}
      </style>
      <milestone-timeline src=${endpoint()} age="1" expanded></milestone-timeline>
      <offer-search src=${src} query="Hebamme" free></offer-search>
      <contact-card src=${src} contact="sabine-kortmann"></contact-card>
    </div>
  `);
  const search = page.querySelector('offer-search')!;
  const timeline = page.querySelector('milestone-timeline')!;
  const card = page.querySelector('contact-card')!;
  await waitUntil(
    () =>
      shadow(search).querySelector('[part="card"] mark') &&
      shadow(timeline).querySelector('[part="milestone"]') &&
      shadow(card).querySelector('[part="card"]'),
    'all three loaded',
    { timeout: 8000 },
  );
  // A milestone chosen as a user would (Grundschule: neither now nor next at age 1), the first offer's details open.
  const grundschule = [...shadow(timeline).querySelectorAll<HTMLButtonElement>('button.select')].find((b) =>
    b.textContent!.includes('Grundschule'),
  )!;
  grundschule.click();
  find<HTMLDetailsElement>(shadow(search), '[part="details"]').open = true;
  await Promise.all([search.updateComplete, timeline.updateComplete, card.updateComplete]);
  await settle();
  return { page, search, timeline, card };
}

const style = (element: Element) => getComputedStyle(element);

/** The elements whose focus ring is checked, with the element that draws the ring. */
function focusables({ search, timeline, card }: Page): [string, HTMLElement, HTMLElement][] {
  const s = shadow(search);
  const t = shadow(timeline);
  const c = shadow(card);
  const own = (name: string, element: HTMLElement): [string, HTMLElement, HTMLElement] => [name, element, element];
  const milestone = find(t, 'button.select');
  return [
    own('search field', find(s, 'input[type="search"]')),
    own('facet checkbox', find(s, '[part="facet"] input[type="checkbox"]')),
    own('age select', find(s, 'select')),
    own('chip', find(s, '[part="chip"]')),
    own('reset button', find(s, '.reset')),
    own('details summary', find(s, '[part="details"] summary')),
    own('link in the details', find(s, '[part="details"] a')),
    own('radio', find(t, 'input[type="radio"]')),
    own('date field', find(t, '[part="input"]')),
    own('primary button', find(t, '.now-form .button')),
    ['milestone', milestone, milestone.closest<HTMLElement>('[part="milestone"]')!],
    own('transition toggle', find(t, '.transition-toggle')),
    own('link in the contact card', find(c, 'a')),
    own('save button', find(c, '[part="save"]')),
  ];
}

/** Focus rings that are missing, thin, or under 3:1 against what lies behind them, the widget's background and the page's. */
async function focusProblems(p: Page): Promise<string[]> {
  const problems: string[] = [];
  // Keyboard modality: what is focused from here on shows its ring, as after Tab.
  await sendKeys({ press: 'Tab' });
  const widget = parse(style(find(shadow(p.search), '[part="card"]')).backgroundColor);
  const page = backgroundOf(p.page);
  for (const [name, target, ring] of focusables(p)) {
    target.focus();
    await settle();
    if (!target.matches(':focus-visible')) {
      problems.push(`${name}: no :focus-visible`);
      continue;
    }
    const ringStyle = style(ring);
    const color = parse(ringStyle.outlineColor);
    const behind = backgroundOf(composedParent(ring));
    if (ringStyle.outlineStyle !== 'solid' || parseFloat(ringStyle.outlineWidth) < 3) {
      problems.push(`${name}: outline ${ringStyle.outlineStyle} ${ringStyle.outlineWidth}`);
    }
    for (const [against, background] of [
      ['behind it', behind],
      ['widget', widget],
      ['page', page],
    ] as const) {
      const ratio = contrast(color, background);
      if (ratio < 3)
        problems.push(`${name}: ring ${ringStyle.outlineColor} ${ratio.toFixed(2)}:1 against the ${against}`);
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return problems;
}

// ---------------------------------------------------------------------------

describe('theming', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('is light by default and every text meets AA', async () => {
    const p = await themedPage();
    expect(style(p.search).colorScheme).to.equal('normal');
    expect(style(find(shadow(p.search), '[part="card"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(contrastProblems(p.page)).to.deep.equal([]);
    expect(await focusProblems(p)).to.deep.equal([]);
  });

  it('after paging with the keyboard, the focus ring goes round the results (their heading, which has focus, is hidden)', async () => {
    const search = await fixture<OfferSearch>(html`<offer-search src=${endpoint()}></offer-search>`);
    await waitUntil(() => shadow(search).querySelector('[part="pagination"]'), 'pages', { timeout: 8000 });
    const next = [...shadow(search).querySelectorAll<HTMLButtonElement>('[part="pagination"] button')].find(
      (b) => !b.disabled,
    )!;
    await sendKeys({ press: 'Tab' });
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(search).activeElement?.id === 'results-heading', 'heading focused');
    const results = style(find(shadow(search), '[part="results"]'));
    expect([results.outlineStyle, results.outlineWidth, results.outlineOffset]).to.deep.equal(['solid', '3px', '2px']);
    expect(contrast(parse(results.outlineColor), white)).to.be.at.least(3);
  });

  describe('custom properties and parts', () => {
    it('custom properties set on an ancestor change the colours, radius, spacing, font and focus of every element', async () => {
      const p = await themedPage({
        style: [
          '--offer-finder-color-text: rgb(20, 20, 60)',
          '--offer-finder-color-background: rgb(250, 240, 230)',
          '--offer-finder-color-surface: rgb(230, 240, 250)',
          '--offer-finder-color-accent: rgb(0, 80, 40)',
          '--offer-finder-color-border: rgb(90, 60, 30)',
          '--offer-finder-color-focus: rgb(120, 0, 120)',
          '--offer-finder-color-mark: rgb(255, 200, 0)',
          '--offer-finder-radius: 11px',
          '--offer-finder-space: 21px',
          '--offer-finder-focus-width: 5px',
          '--offer-finder-font-family: Georgia, serif',
        ].join('; '),
      });
      const s = shadow(p.search);
      const offer = style(find(s, '[part="card"]'));
      expect([
        offer.backgroundColor,
        offer.borderTopColor,
        offer.borderTopLeftRadius,
        offer.paddingTop,
        offer.color,
      ]).to.deep.equal(['rgb(250, 240, 230)', 'rgb(90, 60, 30)', '11px', '21px', 'rgb(20, 20, 60)']);
      const chip = style(find(s, '[part="chip"]'));
      expect([chip.backgroundColor, chip.borderTopColor, chip.color]).to.deep.equal([
        'rgb(230, 240, 250)',
        'rgb(0, 80, 40)',
        'rgb(20, 20, 60)',
      ]);
      const facet = style(find(s, '[part="facet"]'));
      expect([facet.borderTopColor, facet.borderTopLeftRadius]).to.deep.equal(['rgb(90, 60, 30)', '11px']);
      const contact = style(find(s, '[part="contact"]'));
      expect([contact.backgroundColor, contact.borderLeftColor]).to.deep.equal([
        'rgb(230, 240, 250)',
        'rgb(0, 80, 40)',
      ]);
      expect(style(find(s, 'mark')).backgroundColor).to.equal('rgb(255, 200, 0)');

      const t = shadow(p.timeline);
      const milestone = style(find(t, '[part="milestone"]:not(.selected)'));
      expect([milestone.backgroundColor, milestone.borderTopColor, milestone.borderTopLeftRadius]).to.deep.equal([
        'rgb(250, 240, 230)',
        'rgb(90, 60, 30)',
        '11px',
      ]);
      const selected = style(find(t, '[part="milestone"].selected'));
      expect([selected.backgroundColor, selected.borderTopColor]).to.deep.equal([
        'rgb(230, 240, 250)',
        'rgb(0, 80, 40)',
      ]);

      const card = style(find(shadow(p.card), '[part="card"]'));
      expect([card.backgroundColor, card.borderTopLeftRadius, card.borderLeftColor]).to.deep.equal([
        'rgb(250, 240, 230)',
        '11px',
        'rgb(0, 80, 40)',
      ]);
      expect(style(find(shadow(p.card), '[part="call"]')).backgroundColor).to.equal('rgb(0, 80, 40)');

      for (const element of [p.search, p.timeline, p.card])
        expect(style(element).fontFamily).to.equal('Georgia, serif');

      await sendKeys({ press: 'Tab' });
      const chipButton = find(s, '[part="chip"]');
      chipButton.focus();
      expect([style(chipButton).outlineWidth, style(chipButton).outlineColor]).to.deep.equal([
        '5px',
        'rgb(120, 0, 120)',
      ]);
    });

    it('the font family is the page’s when no custom property sets one', async () => {
      const p = await themedPage({ style: 'font-family: Georgia, serif' });
      expect(style(find(shadow(p.search), '[part="card"] h3')).fontFamily).to.equal('Georgia, serif');
      expect(style(find(shadow(p.search), 'input[type="search"]')).fontFamily).to.equal('Georgia, serif');
    });

    const parts = {
      'offer-search': ['form', 'input', 'facets', 'facet', 'chip', 'status', 'results', 'card', 'details', 'contact'],
      'milestone-timeline': ['now-form', 'input', 'status', 'list', 'milestone', 'transition', 'offers'],
      'contact-card': [
        'card',
        'name',
        'role',
        'organization',
        'networks',
        'phone',
        'email',
        'website',
        'address',
        'save',
        'status',
      ],
    };

    it('::part() rules of the page reach every main block: card, facet, chip, milestone, contact, form, input, status, results', async () => {
      const probes = Object.entries(parts)
        .flatMap(([tag, names]) =>
          names.map((name) => `[data-theme="parts"] ${tag}::part(${name}) { --part-probe: ${tag}-${name}; }`),
        )
        .join('\n');
      const p = await themedPage({
        key: 'parts',
        sheet: `${probes}
          [data-theme="parts"] offer-search::part(card) { border-top-width: 7px; background-color: rgb(1, 2, 3); color: rgb(250, 250, 250); }
          [data-theme="parts"] offer-search::part(chip) { border-radius: 0; }
          [data-theme="parts"] offer-search::part(facet) { border-top-width: 6px; }
          [data-theme="parts"] offer-search::part(contact) { border-inline-start-width: 9px; }
          [data-theme="parts"] milestone-timeline::part(milestone) { border-top-width: 8px; }
          [data-theme="parts"] contact-card::part(card) { border-top-width: 10px; }`,
      });
      const hosts = { 'offer-search': p.search, 'milestone-timeline': p.timeline, 'contact-card': p.card };
      const missing: string[] = [];
      for (const [tag, names] of Object.entries(parts)) {
        for (const name of names) {
          const element = shadow(hosts[tag as keyof typeof hosts]).querySelector(`[part~="${name}"]`);
          if (!element || style(element).getPropertyValue('--part-probe').trim() !== `${tag}-${name}`)
            missing.push(`${tag}::part(${name})`);
        }
      }
      expect(missing).to.deep.equal([]);
      const s = shadow(p.search);
      const offer = style(find(s, '[part="card"]'));
      expect([offer.borderTopWidth, offer.backgroundColor, offer.color]).to.deep.equal([
        '7px',
        'rgb(1, 2, 3)',
        'rgb(250, 250, 250)',
      ]);
      expect(style(find(s, '[part="chip"]')).borderTopLeftRadius).to.equal('0px');
      expect(style(find(s, '[part="facet"]')).borderTopWidth).to.equal('6px');
      expect(style(find(s, '[part="contact"]')).borderLeftWidth).to.equal('9px');
      expect(style(find(shadow(p.timeline), '[part="milestone"]')).borderTopWidth).to.equal('8px');
      expect(style(find(shadow(p.card), '[part="card"]')).borderTopWidth).to.equal('10px');
    });

    it('::part(error) styles the load error of every element', async () => {
      const page = fixtureSync<HTMLElement>(html`
        <div data-theme="errors">
          <style>
            [data-theme='errors'] ::part(error) {
              border-top-width: 6px;
            }
          </style>
          <offer-search src=${endpoint({}, 404)}></offer-search>
          <milestone-timeline src=${endpoint({}, 404)}></milestone-timeline>
          <contact-card src=${endpoint({}, 404)} contact="x"></contact-card>
        </div>
      `);
      const hosts = [...page.querySelectorAll('offer-search, milestone-timeline, contact-card')];
      await waitUntil(() => hosts.every((host) => shadow(host).querySelector('[part="error"]')), 'errors shown', {
        timeout: 8000,
      });
      for (const host of hosts) expect(style(find(shadow(host), '[part="error"]')).borderTopWidth).to.equal('6px');
    });
  });

  describe('font size', () => {
    const root = document.documentElement;
    afterEach(() => {
      root.style.fontSize = '';
      document.body.style.fontSize = '';
    });

    it('html { font-size: 62.5% } with body { font-size: 1.6rem }: 16px text', async () => {
      root.style.fontSize = '62.5%';
      document.body.style.fontSize = '1.6rem';
      const p = await themedPage();
      for (const host of [p.search, p.timeline, p.card]) expect(style(host).fontSize).to.equal('16px');
      expect(style(find(shadow(p.search), '[part="card"] p')).fontSize).to.equal('16px');
      expect(style(find(shadow(p.search), '[part="card"] h3')).fontSize).to.equal('20px');
      expect(style(find(shadow(p.card), '[part="phone"] dd')).fontSize).to.equal('16px');
    });

    it('html { font-size: 62.5% } with the body not reset: still 16px, not 10px', async () => {
      root.style.fontSize = '62.5%';
      const p = await themedPage();
      expect(style(document.body).fontSize).to.equal('10px');
      for (const host of [p.search, p.timeline, p.card]) expect(style(host).fontSize).to.equal('16px');
      expect(style(find(shadow(p.search), '[part="card"] p')).fontSize).to.equal('16px');
      expect(style(find(shadow(p.timeline), '[part="milestone"] .select')).fontSize).to.equal('18px');
    });

    it('follows a larger page font, and a size the page sets on the element itself', async () => {
      const p = await themedPage({
        style: 'font-size: 20px',
        sheet: '[data-theme="test"] contact-card { --offer-finder-min-font-size: 14px; font-size: 14px; }',
      });
      expect(style(p.search).fontSize).to.equal('20px');
      expect(style(find(shadow(p.search), '[part="card"] p')).fontSize).to.equal('20px');
      expect(style(p.card).fontSize).to.equal('14px');
    });

    it('an element of ours inside another keeps the outer one’s size (no second floor)', async () => {
      const tag = `theming-outer-${Math.random().toString(36).slice(2)}`;
      customElements.define(
        tag,
        class extends HTMLElement {
          constructor() {
            super();
            const root = this.attachShadow({ mode: 'open' });
            root.adoptedStyleSheets = [baseStyles.styleSheet!];
            root.innerHTML = '<contact-card name="Erika Beispiel" phone="030 23125 401"></contact-card>';
          }
        },
      );
      const outer = fixtureSync<HTMLElement>(
        `<${tag} style="--offer-finder-min-font-size: 14px; font-size: 14px"></${tag}>`,
      );
      const inner = shadow(outer).querySelector('contact-card')!;
      await inner.updateComplete;
      expect(style(outer).fontSize).to.equal('14px');
      expect(style(inner).fontSize).to.equal('14px');
    });
  });

  describe('dark pages', () => {
    async function expectDark(p: Page) {
      const offer = parse(style(find(shadow(p.search), '[part="card"]')).backgroundColor);
      const milestone = parse(style(find(shadow(p.timeline), '[part="milestone"]')).backgroundColor);
      const card = parse(style(find(shadow(p.card), '[part="card"]')).backgroundColor);
      for (const background of [offer, milestone, card]) expect(luminance(background)).to.be.below(0.05);
      expect(luminance(parse(style(p.search).color))).to.be.above(0.7);
      expect(contrastProblems(p.page)).to.deep.equal([]);
    }

    it('color-scheme: dark on a wrapper: dark backgrounds, AA text, visible focus, no axe violations', async () => {
      const p = await themedPage({ style: wrapperStyle(darkPage), key: darkPage.key });
      expect(style(p.search).colorScheme).to.equal('dark');
      await expectDark(p);
      expect(await focusProblems(p)).to.deep.equal([]);
      await expect(p.page).to.be.accessible();
    });

    it('a light page stays light when the system prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const p = await themedPage();
      expect(style(find(shadow(p.search), '[part="card"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(find(shadow(p.timeline), '[part="milestone"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(find(shadow(p.card), '[part="card"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(p.search).color).to.equal('rgb(27, 27, 27)');
      expect(contrastProblems(p.page)).to.deep.equal([]);
    });

    it('a page with color-scheme: light dark is dark when the system prefers dark, light when it prefers light', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const p = await themedPage({ style: wrapperStyle(followsSystem), key: followsSystem.key });
      await expectDark(p);
      expect(await focusProblems(p)).to.deep.equal([]);

      await emulateMedia({ colorScheme: 'light' });
      await settle();
      expect(style(find(shadow(p.search), '[part="card"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(contrastProblems(p.page)).to.deep.equal([]);
    });

    it('color-scheme: light on the element keeps it light on a dark page; custom properties still win in dark', async () => {
      const p = await themedPage({
        style: wrapperStyle(darkPage),
        sheet: `[data-theme="test"] contact-card { color-scheme: light; }
                [data-theme="test"] milestone-timeline { --offer-finder-color-background: light-dark(rgb(250, 250, 250), rgb(40, 0, 0)); }`,
      });
      expect(style(find(shadow(p.card), '[part="card"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(find(shadow(p.timeline), '[part="milestone"]')).backgroundColor).to.equal('rgb(40, 0, 0)');
    });
  });

  describe('themes of the stories', () => {
    for (const theme of [partner, highContrast]) {
      it(`${theme.name}: AA text, visible focus, no axe violations`, async () => {
        const p = await themedPage({ style: wrapperStyle(theme), key: theme.key, sheet: theme.parts });
        expect(contrastProblems(p.page)).to.deep.equal([]);
        expect(await focusProblems(p)).to.deep.equal([]);
        await expect(p.page).to.be.accessible();
      });
    }

    it('Hoher Kontrast: a 4px focus ring; Partner: the ::part() rules apply', async () => {
      const hc = await themedPage({
        style: wrapperStyle(highContrast),
        key: highContrast.key,
        sheet: highContrast.parts,
      });
      await sendKeys({ press: 'Tab' });
      const chip = find(shadow(hc.search), '[part="chip"]');
      chip.focus();
      expect(style(chip).outlineWidth).to.equal('4px');
      expect(style(find(shadow(hc.search), '[part="card"]')).borderTopWidth).to.equal('2px');

      const pa = await themedPage({ style: wrapperStyle(partner), key: partner.key, sheet: partner.parts });
      const offer = style(find(shadow(pa.search), '[part="card"]'));
      expect([offer.borderTopColor, offer.borderTopLeftRadius]).to.deep.equal(['rgb(122, 46, 110)', '16px']);
    });
  });

  describe('forced colours', () => {
    /**
     * Real forced colours where the test runner can emulate them: the
     * Playwright launchers through emulateMedia, or a plugin answering
     * `emulate-forced-colors`. The Puppeteer launcher of this project can do
     * neither (Puppeteer rejects the forced-colors feature), so then the
     * elements' own `@media (forced-colors: active)` rules are applied
     * unconditionally: what the browser adds itself (forcing every other
     * colour, dropping shadows) is not simulated, the rules we wrote are checked.
     */
    async function forceColors(page: Element): Promise<() => Promise<void>> {
      await emulateMedia({ forcedColors: 'active' });
      if (!matchMedia('(forced-colors: active)').matches) {
        await executeServerCommand('emulate-forced-colors', { active: true }).catch(() => undefined);
      }
      if (matchMedia('(forced-colors: active)').matches) {
        return async () => {
          await emulateMedia({ forcedColors: 'none' });
          await executeServerCommand('emulate-forced-colors', { active: false }).catch(() => undefined);
        };
      }
      const restore: (() => void)[] = [];
      for (const host of page.querySelectorAll('offer-search, milestone-timeline, contact-card')) {
        const root = shadow(host);
        const rules = root.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
          )
          .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rules.join('\n'));
        const before = root.adoptedStyleSheets;
        root.adoptedStyleSheets = [...before, sheet];
        restore.push(() => (root.adoptedStyleSheets = before));
      }
      return async () => restore.forEach((undo) => undo());
    }

    /** A system colour as the browser resolves it now. */
    function systemColor(name: string): string {
      const probe = document.createElement('div');
      probe.style.color = name;
      document.body.append(probe);
      const value = style(probe).color;
      probe.remove();
      return value;
    }

    it('borders, focus, marks and the selected milestone use system colours, and selection shows in shape too', async () => {
      const p = await themedPage();
      const restore = await forceColors(p.page);
      try {
        await settle();
        const [canvasText, buttonText, highlight, mark] = ['CanvasText', 'ButtonText', 'Highlight', 'Mark'].map(
          systemColor,
        );
        const s = shadow(p.search);
        const t = shadow(p.timeline);
        const borders = {
          'offer card': style(find(s, '[part="card"]')).borderTopColor,
          facet: style(find(s, '[part="facet"]')).borderTopColor,
          contact: style(find(s, '[part="contact"]')).borderLeftColor,
          milestone: style(find(t, '[part="milestone"]:not(.selected):not(.now):not(.next)')).borderTopColor,
          'contact card': style(find(shadow(p.card), '[part="card"]')).borderLeftColor,
          chip: style(find(s, '[part="chip"]')).borderTopColor,
        };
        expect(borders).to.deep.equal({
          'offer card': canvasText,
          facet: canvasText,
          contact: canvasText,
          milestone: canvasText,
          'contact card': canvasText,
          chip: buttonText,
        });
        expect(style(find(s, 'mark')).backgroundColor).to.equal(mark);

        const selected = find(t, '[part="milestone"].selected');
        expect(style(selected).borderTopColor).to.equal(highlight);
        expect(parseFloat(style(selected).borderTopWidth)).to.be.at.least(4);
        expect(find(selected, '.check').textContent).to.equal('✓');
        expect(find(selected, 'button').getAttribute('aria-pressed')).to.equal('true');

        await sendKeys({ press: 'Tab' });
        const chip = find(s, '[part="chip"]');
        chip.focus();
        expect(style(chip).outlineColor).to.equal(highlight);
        const select = find(t, 'button.select');
        select.focus();
        expect(style(select.closest('[part="milestone"]')!).outlineColor).to.equal(highlight);
      } finally {
        await restore();
      }
    });
  });

  describe('reduced motion', () => {
    /** Transitions and animations that would run: [element, duration, animation]. */
    function motion(page: Element): string[] {
      const moving: string[] = [];
      for (const element of everything(page)) {
        for (const pseudo of [null, '::before', '::after']) {
          const computed = getComputedStyle(element, pseudo);
          const durations = computed.transitionDuration.split(',').map((d) => parseFloat(d));
          if (durations.some((d) => d > 0) || computed.animationName !== 'none') {
            moving.push(
              `${describeElement(element)}${pseudo ?? ''}: ${computed.transitionDuration} ${computed.animationName}`,
            );
          }
        }
      }
      return moving;
    }

    const sheet = '[data-theme="test"] offer-search::part(card) { transition: box-shadow 2s; }';

    it('moves without the preference (so the check below can see motion)', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const p = await themedPage({ sheet });
      expect(motion(p.page).some((entry) => entry.includes('toggle-icon'))).to.equal(true);
      expect(motion(p.page).some((entry) => entry.includes('[part=card]'))).to.equal(true);
    });

    it('prefers-reduced-motion: no transition or animation anywhere, not even one a ::part() rule of the page adds', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const p = await themedPage({ sheet });
      expect(motion(p.page)).to.deep.equal([]);
    });
  });

  describe('hostile host pages and text spacing', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    /** Content cut off by overflow: hidden/clip, spilling out of its box, or blocks of a card on top of each other. */
    function layoutProblems(page: Element): string[] {
      const problems: string[] = [];
      for (const element of everything(page)) {
        if (element.closest('.visually-hidden') || !element.checkVisibility()) continue;
        const computed = getComputedStyle(element);
        const clips = /hidden|clip/.test(computed.overflowX + computed.overflowY);
        if (
          clips &&
          (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
        ) {
          problems.push(`${describeElement(element)} clips its content`);
        }
      }
      for (const block of [...everything(page)].filter((e) =>
        e.matches('[part~="card"], [part~="milestone"], [part~="contact"], [part~="now-form"]'),
      )) {
        const children = [...block.children].filter(
          (child) => child.checkVisibility() && getComputedStyle(child).position !== 'absolute',
        );
        const boxes = children.map((child) => child.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const overlap =
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 &&
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
            if (overlap)
              problems.push(
                `${describeElement(block)}: ${describeElement(children[i]!)} overlaps ${describeElement(children[j]!)}`,
              );
          }
        }
        const box = block.getBoundingClientRect();
        for (const [i, child] of boxes.entries()) {
          if (child.right > box.right + 1 || child.left < box.left - 1)
            problems.push(`${describeElement(children[i]!)} sticks out of ${describeElement(block)}`);
        }
      }
      return problems;
    }

    it('inherited text styles of the page do not reach inside; the layout holds at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const hostile = [
        'line-height: 3',
        'letter-spacing: 0.4em',
        'word-spacing: 1em',
        'text-transform: uppercase',
        'text-align: center',
        'text-indent: 4em',
        'white-space: nowrap',
        'font-style: italic',
        'font-weight: 700',
        'font-variant: small-caps',
        'text-shadow: 0 0 3px red',
        'color: rgb(255, 0, 0)',
        'cursor: wait',
        'font-family: Georgia, serif',
      ].join('; ');
      const p = await themedPage({ style: hostile });
      const paragraph = style(find(shadow(p.search), '[part="card"] p'));
      expect({
        lineHeight: paragraph.lineHeight,
        letterSpacing: paragraph.letterSpacing,
        wordSpacing: paragraph.wordSpacing,
        textTransform: paragraph.textTransform,
        textAlign: paragraph.textAlign,
        textIndent: paragraph.textIndent,
        whiteSpace: paragraph.whiteSpace,
        fontStyle: paragraph.fontStyle,
        fontWeight: paragraph.fontWeight,
        fontVariant: paragraph.fontVariant,
        textShadow: paragraph.textShadow,
        color: paragraph.color,
        cursor: paragraph.cursor,
        fontFamily: paragraph.fontFamily,
      }).to.deep.equal({
        lineHeight: '24px',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textTransform: 'none',
        textAlign: 'start',
        textIndent: '0px',
        whiteSpace: 'normal',
        fontStyle: 'normal',
        fontWeight: '400',
        fontVariant: 'normal',
        textShadow: 'none',
        color: 'rgb(27, 27, 27)',
        cursor: 'auto',
        fontFamily: 'Georgia, serif',
      });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const host of [p.search, p.timeline, p.card]) expect(host.getBoundingClientRect().right).to.be.at.most(320);
      expect(layoutProblems(p.page)).to.deep.equal([]);
    });

    const textSpacing =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

    it('WCAG 1.4.12: a user style sheet’s text spacing reaches inside through the element', async () => {
      const p = await themedPage({ sheet: textSpacing });
      const paragraph = style(find(shadow(p.search), '[part="card"] p'));
      expect(paragraph.letterSpacing).to.equal('1.92px');
      expect(paragraph.wordSpacing).to.equal('2.56px');
      expect(style(find(shadow(p.card), '[part="save"]')).letterSpacing).to.equal('1.92px');
    });

    for (const width of [320, 1280]) {
      it(`WCAG 1.4.12: with text spacing applied inside as well, nothing is cut off or overlaps at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const p = await themedPage({ sheet: textSpacing });
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(textSpacing);
        for (const host of [p.search, p.timeline, p.card])
          shadow(host).adoptedStyleSheets = [...shadow(host).adoptedStyleSheets, spacing];
        for (const summary of shadow(p.timeline).querySelectorAll<HTMLButtonElement>('.transition-toggle'))
          summary.click();
        await p.timeline.updateComplete;
        await settle();
        expect(style(find(shadow(p.search), '[part="card"] p')).marginBottom).to.equal('32px');
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        expect(layoutProblems(p.page)).to.deep.equal([]);
      });
    }
  });
});
