// The focus ring (shared/base.styles.ts): two colours as GOV.UK's, never the red of the error boxes; one of
// them stands out by 3:1 from any background (WCAG 1.4.11, technique C40); themes change either; forced
// colours keep the ring.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/contact-card/define.js';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';

type Rgb = [number, number, number];

function rgb(color: string): Rgb {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(color: Rgb): number {
  const [r, g, b] = color.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A card with its "Anrufen" link focused from the keyboard, and how the ring is drawn. */
async function focusedRing(style = '') {
  const card = document.createElement('contact-card');
  card.setAttribute('style', style);
  card.setAttribute('name', 'Erika Beispiel');
  card.setAttribute('phone', '02307 148-0');
  await fixture<ContactCard>(html`${card}`);
  await sendKeys({ press: 'Tab' });
  const call = card.shadowRoot!.querySelector<HTMLElement>('[part="call"]')!;
  call.focus();
  await aTimeout(20);
  expect(call.matches(':focus-visible')).to.equal(true);
  const computed = getComputedStyle(call);
  // "rgb(255, 221, 0) 0px 0px 0px 2px": the band's colour and its spread.
  const shadow = /^(rgba?\([^)]*\)) 0px 0px 0px (\d+)px$/.exec(computed.boxShadow);
  return {
    ring: computed.outlineColor,
    band: shadow?.[1],
    computed,
    shadow,
    background: getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!).backgroundColor,
  };
}

describe('the focus ring', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  for (const [scheme, ring, band, page] of [
    ['light', 'rgb(11, 12, 12)', 'rgb(255, 221, 0)', [255, 255, 255]],
    ['dark', 'rgb(255, 221, 0)', 'rgb(11, 12, 12)', [18, 18, 18]],
  ] as const) {
    it(`${scheme}: a ${ring} ring round a ${band} band, neither the error red; 3:1 against any background`, async () => {
      const drawn = await focusedRing(`color-scheme: ${scheme}`);
      expect([drawn.ring, drawn.band]).to.deep.equal([ring, band]);
      expect([drawn.computed.outlineStyle, drawn.computed.outlineWidth, drawn.computed.outlineOffset]).to.deep.equal([
        'solid',
        '3px',
        '2px',
      ]);
      // The band fills the outline's offset, so that the two colours touch.
      expect(drawn.shadow?.[2]).to.equal('2');
      // The ring alone against the card and the page of its scheme…
      for (const background of [rgb(drawn.background), [...page] as Rgb])
        expect(contrast(rgb(ring), background)).to.be.at.least(3);
      // … and the pair against any grey, the error red and the accent blue: one of the two stands out (C40).
      expect(contrast(rgb(ring), rgb(band))).to.be.at.least(9);
      const backgrounds: Rgb[] = [
        ...Array.from({ length: 52 }, (_, i): Rgb => [i * 5, i * 5, i * 5]),
        [164, 0, 15],
        [0, 85, 127],
      ];
      for (const background of backgrounds) {
        const best = Math.max(contrast(rgb(ring), background), contrast(rgb(band), background));
        expect(best, `against rgb(${background.join(', ')})`).to.be.at.least(3);
      }
    });
  }

  it('themes set either colour through custom properties', async () => {
    const drawn = await focusedRing(
      '--offer-finder-color-focus: rgb(120, 0, 120); --offer-finder-color-focus-inner: rgb(255, 255, 255)',
    );
    expect([drawn.ring, drawn.band]).to.deep.equal(['rgb(120, 0, 120)', 'rgb(255, 255, 255)']);
  });

  it('forced colours: the ring stays, in Highlight; the band goes', async () => {
    await emulateMedia({ forcedColors: 'active' });
    if (!matchMedia('(forced-colors: active)').matches) {
      await executeServerCommand('emulate-forced-colors', { active: true }).catch(() => undefined);
    }
    try {
      if (!matchMedia('(forced-colors: active)').matches) return;
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const drawn = await focusedRing();
      expect([drawn.computed.outlineStyle, drawn.ring]).to.deep.equal(['solid', highlight]);
      expect(drawn.computed.boxShadow).to.equal('none');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false }).catch(() => undefined);
    }
  });
});
