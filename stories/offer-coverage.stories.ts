import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/define.js';
import { endpoint, handlers, sampleCatalog } from './support/endpoints.js';

interface Args {
  view: 'topics' | 'districts';
  district: string;
  for: string;
  lang: string;
}

/** Titles with markup and a formula: shown as text, and defused in the CSV download. */
const hostileTitles = [
  http.get('/stories/:story/catalog.json', async () => {
    const catalog = await sampleCatalog();
    catalog.topics[0].title = '<img src=x onerror="alert(1)"> Beratung mit Markup';
    catalog.milestones[0].title = '=HYPERLINK("https://example.org","Schwangerschaft")';
    return HttpResponse.json(catalog);
  }),
];

/**
 * `<offer-coverage>`: for planners, how many offers there are for each topic
 * (or district) in each milestone, with the gaps (0 offers) and thin cells
 * (1 offer) marked in text and by pattern and named in a summary. A click on
 * a cell lists its offers, or filters a linked `<offer-search>`; the table
 * downloads as CSV. Every story serves the sample catalog through MSW.
 */
const meta: Meta<Args> = {
  title: 'Elements/offer-coverage',
  component: 'offer-coverage',
  args: { view: 'topics', district: '', for: '', lang: 'de' },
  argTypes: {
    view: { control: 'inline-radio', options: ['topics', 'districts'] },
    district: {
      control: 'select',
      options: ['', 'kamen-mitte', 'methler', 'heeren-werve', 'suedkamen', 'derne', 'rottum'],
    },
    lang: { control: 'inline-radio', options: ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls'] },
  },
  render: (args, { id }) => html`
    <offer-coverage
      src=${endpoint(id)}
      lang=${args.lang}
      view=${args.view}
      district=${args.district || nothing}
      for=${args.for || nothing}
    ></offer-coverage>
  `,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

/** The sample catalog across all districts: 7 gaps and 9 thin cells, named above the table. */
export const Default: Story = {};

/** Limited to Derne: its offers and those for the whole city (and it says so). */
export const OneDistrict: Story = { args: { district: 'derne' } };

/** Districts × milestones: each cell also counts the offers in the district itself; Derne and Rottum have the fewest. */
export const DistrictView: Story = { args: { view: 'districts' } };

/** A cell filters the search below (`for="search"`) to its milestone and topic; choosing it again clears the filter. */
export const LinkedToOfferSearch: Story = {
  args: { for: 'search' },
  render: (args, { id }) => html`
    <offer-coverage src=${endpoint(id)} lang=${args.lang} view=${args.view} for="search"></offer-coverage>
    <hr style="margin: 2em 0" />
    <offer-search id="search" src=${endpoint(id)} lang=${args.lang}></offer-search>
  `,
};

export const English: Story = { args: { lang: 'en' } };

/** Arabic: right to left, the row headers stay at the right edge while the table scrolls. */
export const Arabic: Story = { args: { lang: 'ar', view: 'districts' } };

export const Phone: Story = { globals: { viewport: { value: 'phone', isRotated: false } } };

/** The district view on a phone: the gaps listed one a line, each district cell led by its own offers ("0 im Stadtteil – Lücke"); the table scrolls in its box, the page stays put. */
export const DistrictViewOnAPhone: Story = {
  name: 'Stadtteile auf dem Telefon',
  args: { view: 'districts' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

export const HostileTitles: Story = { parameters: { msw: { handlers: hostileTitles } } };

export const Loading: Story = { parameters: { msw: { handlers: handlers.loading } } };

export const NotFound: Story = { parameters: { msw: { handlers: handlers.notFound } } };

export const EmptyCatalog: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/stories/:story/catalog.json', () => HttpResponse.json({ version: 1, milestones: [], offers: [] })),
      ],
    },
  },
};
