import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import { endpoint, handlers } from './support/endpoints.js';

interface Args {
  query: string;
  milestone: string;
  topic: string;
  district: string;
  age: string;
  free: boolean;
  language: string;
  wheelchair: boolean;
  organization: string;
  'finder-url': string;
  lang: string;
}

/**
 * `<offer-search>`: search, filters and results. Every story serves its
 * catalog through MSW; the controls set the element's attributes.
 */
const meta: Meta<Args> = {
  title: 'Elements/offer-search',
  component: 'offer-search',
  args: {
    query: '',
    milestone: '',
    topic: '',
    district: '',
    age: '',
    free: false,
    language: '',
    wheelchair: false,
    organization: '',
    'finder-url': '',
    lang: 'de',
  },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'] } },
  render: (args, { id }) => html`
    <offer-search
      src=${endpoint(id)}
      lang=${args.lang}
      query=${args.query}
      milestone=${args.milestone}
      topic=${args.topic}
      district=${args.district}
      age=${args.age}
      ?free=${args.free}
      language=${args.language}
      ?wheelchair=${args.wheelchair}
      organization=${args.organization || nothing}
      finder-url=${args['finder-url'] || nothing}
    ></offer-search>
  `,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

export const Results: Story = {};

export const Searching: Story = { args: { query: 'hebame' } };

export const FilteredByMilestoneAndDistrict: Story = { args: { milestone: 'kita', district: 'methler', free: true } };

export const PartialMatch: Story = { args: { query: 'Hebamme Raumfahrt' } };

export const Empty: Story = { args: { query: 'Raumfahrt' } };

export const PartnerPage: Story = {
  args: { organization: 'familienbande', 'finder-url': 'https://www.example.org/angebote' },
};

export const English: Story = { args: { lang: 'en', query: 'midwife' } };

export const Phone: Story = {
  args: { query: 'Kita' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

export const LongTextsAndMarkup: Story = { parameters: { msw: { handlers: handlers.longTexts } } };

export const Loading: Story = { parameters: { msw: { handlers: handlers.loading } } };

export const NotFound: Story = { parameters: { msw: { handlers: handlers.notFound } } };

export const ServerError: Story = { parameters: { msw: { handlers: handlers.serverError } } };

export const TooManyRequests: Story = { parameters: { msw: { handlers: handlers.busy } } };

export const Offline: Story = { parameters: { msw: { handlers: handlers.networkError } } };

export const HtmlInsteadOfJson: Story = { parameters: { msw: { handlers: handlers.html } } };

export const WrongShape: Story = { parameters: { msw: { handlers: handlers.wrongShape } } };

export const ConfigurationError: Story = {
  render: () => html`<offer-search lang="de" src="javascript:alert(1)"></offer-search>`,
};
