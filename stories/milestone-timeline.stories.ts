import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/define.js';
import { endpoint, handlers, sampleCatalog } from './support/endpoints.js';

interface Args {
  for: string;
  district: string;
  expanded: boolean;
  age: string;
  selected: string;
  lang: string;
}

/**
 * A sample catalog with gaps in Rottum: every offer for pregnancy and birth
 * is moved to Kamen-Mitte, so in Rottum that milestone, and the transition
 * to the first years, have no offer.
 */
const rottumGaps = [
  http.get('/stories/:story/catalog.json', async () => {
    const catalog = await sampleCatalog();
    for (const offer of catalog.offers) {
      if (offer.milestones.includes('schwangerschaft')) offer.districts = ['kamen-mitte'];
    }
    return HttpResponse.json(catalog);
  }),
];

/**
 * `<milestone-timeline>`: the milestones of growing up with their offers,
 * the transitions between them, gaps, and "where are we now?". Every story
 * serves its catalog through MSW; the controls set the element's
 * attributes. Resize the canvas: one row from 72em, wrapping cards below,
 * one column on a phone.
 */
const meta: Meta<Args> = {
  title: 'Elements/milestone-timeline',
  component: 'milestone-timeline',
  args: { for: '', district: '', expanded: false, age: '', selected: '', lang: 'de' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    selected: {
      control: 'select',
      options: [
        '',
        'schwangerschaft',
        'erste-jahre',
        'kita',
        'grundschule',
        'weiterfuehrende-schule',
        'uebergang-beruf',
      ],
    },
  },
  render: (args, { id }) => html`
    <milestone-timeline
      src=${endpoint(id)}
      lang=${args.lang}
      for=${args.for || nothing}
      district=${args.district}
      ?expanded=${args.expanded}
      age=${args.age || nothing}
      selected=${args.selected || nothing}
    ></milestone-timeline>
  `,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const SelectedAndExpanded: Story = { args: { selected: 'kita', expanded: true } };

/** `age="4"`: Kita is marked "Jetzt", Grundschule "Als Nächstes", and the status says so. */
export const WithNowMarker: Story = { args: { age: '4' } };

export const DistrictWithGaps: Story = {
  args: { district: 'rottum' },
  parameters: { msw: { handlers: rottumGaps } },
};

/**
 * Choosing a milestone filters the search below it (`for="search"`); choosing
 * it again clears the filter. With a search in the group, "where are we now?"
 * says "Angebote zeigen" and filters it too, and an offer of a transition
 * opens its details there.
 */
export const LinkedToOfferSearch: Story = {
  args: { for: 'search' },
  render: (args, { id }) => html`
    <milestone-timeline
      src=${endpoint(id)}
      lang=${args.lang}
      for=${args.for || nothing}
      district=${args.district}
      ?expanded=${args.expanded}
      age=${args.age || nothing}
    ></milestone-timeline>
    <hr style="margin: 2em 0" />
    <offer-search id="search" src=${endpoint(id)} lang=${args.lang}></offer-search>
  `,
};

export const English: Story = { args: { lang: 'en', age: '7' } };

/** `dir="rtl"` on an ancestor: the timeline runs from right to left (German text, as Arabic strings do not exist yet). */
export const RightToLeft: Story = {
  args: { age: '4' },
  render: (args, { id }) => html`
    <div dir="rtl">
      <milestone-timeline src=${endpoint(id)} lang=${args.lang} age=${args.age || nothing}></milestone-timeline>
    </div>
  `,
};

/** A desktop column of 960 px: the cards wrap, none narrower than 16em, where six columns would squeeze the titles. */
export const DesktopColumn: Story = {
  render: (args, { id }) => html`
    <div style="max-width: 960px">
      <milestone-timeline src=${endpoint(id)} lang=${args.lang} age=${args.age || nothing}></milestone-timeline>
    </div>
  `,
};

export const Phone: Story = {
  args: { age: '4' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

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
