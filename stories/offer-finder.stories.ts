import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import { endpoint, handlers } from './support/endpoints.js';
import { until } from './support/until.js';

const phone = { viewport: { value: 'phone', isRotated: false } };

/** The finder's shadow root and its timeline, once offers show; the timeline's button opened. */
async function withTimelineOpen(canvas: HTMLElement) {
  const root = canvas.querySelector('offer-finder')!.shadowRoot!;
  await until(() => root.querySelector('[part="milestone-chips"]'));
  root.querySelector<HTMLDetailsElement>('details.timeline')!.open = true;
  return { root, timeline: root.querySelector('milestone-timeline')! };
}

interface Args {
  lang: string;
  district: string;
  organization: string;
  'finder-url': string;
}

/**
 * `<offer-finder>`: the whole finder in one tag, as on the city's main page.
 * Every story serves its catalog through MSW.
 */
const meta: Meta<Args> = {
  title: 'Elements/offer-finder',
  component: 'offer-finder',
  args: { lang: 'de', district: '', organization: '', 'finder-url': '' },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls'] } },
  render: (args, { id }) => html`
    <offer-finder
      src=${endpoint(id)}
      lang=${args.lang}
      district=${args.district}
      organization=${args.organization || nothing}
      finder-url=${args['finder-url'] || nothing}
    ></offer-finder>
  `,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

export const CityPage: Story = {};

export const PartnerPage: Story = {
  args: { organization: 'familienbande', 'finder-url': 'https://www.example.org/angebote' },
};

export const English: Story = { args: { lang: 'en' } };

export const Arabic: Story = { args: { lang: 'ar' } };

/** Search first on a phone: the field, the milestones as one row of chips under it, and the button to the whole timeline. */
export const Phone: Story = { globals: phone };

/** The button under the chips opened: "Wo stehen wir gerade?", the milestones and their transitions. */
export const PhoneTimelineOpen: Story = {
  globals: phone,
  play: async ({ canvasElement }) => {
    await withTimelineOpen(canvasElement);
  },
};

/**
 * "Wo stehen wir gerade?" answered with a birth date two years back (on a
 * pinned day): the milestones for now and next and the age filter the
 * results, and the line under the chips says which is which.
 */
export const PhoneWhereAreWeNow: Story = {
  globals: phone,
  play: async ({ canvasElement }) => {
    const { root, timeline } = await withTimelineOpen(canvasElement);
    timeline.now = new Date('2026-11-26T09:00:00Z');
    const form = await until(() => timeline.shadowRoot!.querySelector('[part="now-form"]'));
    const date = form.querySelector<HTMLInputElement>('input[type="date"]')!;
    date.value = '2024-09-02';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => root.querySelector('[part="now-next"]'));
  },
};

/**
 * A webmaster's fallback inside the element, "Alle Angebote als Liste": it
 * shows before the script runs, while the catalog loads and, as here, when it
 * cannot be loaded; it goes once offers show.
 */
export const FallbackContent: Story = {
  render: (args, { id }) => html`
    <offer-finder src=${endpoint(id)} lang=${args.lang}>
      <p><a href="/angebote-liste.html">Alle Angebote als Liste</a></p>
    </offer-finder>
  `,
  parameters: { msw: { handlers: handlers.notFound } },
};

export const Loading: Story = { parameters: { msw: { handlers: handlers.loading } } };

export const NotFound: Story = { parameters: { msw: { handlers: handlers.notFound } } };

/** A timeline and a search placed apart, as on a CMS page: they share the search through their `src`. */
export const PlacedApart: Story = {
  render: (_args, { id }) => html`
    <div style="display: grid; gap: 2rem">
      <section><milestone-timeline lang="de" src=${endpoint(id)}></milestone-timeline></section>
      <p>Ein Absatz des Redaktionssystems zwischen den Elementen.</p>
      <section><offer-search lang="de" src=${endpoint(id)}></offer-search></section>
    </div>
  `,
};
