import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import { endpoint, handlers } from './support/endpoints.js';

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

export const Phone: Story = { globals: { viewport: { value: 'phone', isRotated: false } } };

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
