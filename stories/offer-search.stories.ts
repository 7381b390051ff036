import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/define.js';
import { endpoint, handlers, sampleCatalog } from './support/endpoints.js';
import { loadedSearchWith, until } from './support/until.js';

interface Args {
  query: string;
  milestone: string;
  topic: string;
  district: string;
  age: string;
  free: boolean;
  language: string;
  wheelchair: boolean;
  'open-today': boolean;
  'stale-after': number;
  /** The time opening hours are shown for (ISO, the `now` property); empty: the current time. */
  now: string;
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
    'open-today': false,
    'stale-after': 12,
    now: '',
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
      ?open-today=${args['open-today']}
      stale-after=${args['stale-after']}
      .now=${args.now ? new Date(args.now) : undefined}
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

/** A catalog without any offer yet: "Hier sind noch keine Angebote eingetragen.", not "no offer found". */
export const NoOffersYet: Story = { parameters: { msw: { handlers: handlers.noOffers } } };

export const PartnerPage: Story = {
  args: { organization: 'familienbande', 'finder-url': 'https://www.example.org/angebote' },
};

export const English: Story = { args: { lang: 'en', query: 'midwife' } };

export const Phone: Story = {
  args: { query: 'Kita' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

export const LongTextsAndMarkup: Story = { parameters: { msw: { handlers: handlers.longTexts } } };

/** A card on a phone: "Anrufen" with the number and "E-Mail", one tap each, without opening the details. */
export const CallOnAPhone: Story = {
  name: 'Anrufen und E-Mail auf dem Telefon',
  args: { query: 'Familienhebammen' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/**
 * The filters on a phone, opened from the toolbar ("Filter (2 aktiv)", the
 * Merkliste and "Teilen" in one row): "Ergebnisse anzeigen (…)" at their end
 * closes them and takes the focus to the results.
 */
export const FiltersOnAPhone: Story = {
  name: 'Filter auf dem Telefon',
  args: { milestone: 'kita', free: true, 'finder-url': 'https://www.example.org/angebote' },
  globals: { viewport: { value: 'phone', isRotated: false } },
  play: async ({ canvasElement }) => {
    const root = await loadedSearch(canvasElement);
    root.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await until(() => root.querySelector('.facets:not(.collapsed) .show-results'));
  },
};

/** A catalog on another origin that sends no CORS header: the configuration message once for the page's two elements (the webmaster finds the header named in the console). */
export const CatalogWithoutCors: Story = {
  name: 'Katalog ohne CORS-Header',
  render: (_, { id }) => html`
    <milestone-timeline lang="de" src=${`https://katalog.example.org${endpoint(id)}`}></milestone-timeline>
    <offer-search lang="de" src=${`https://katalog.example.org${endpoint(id)}`}></offer-search>
  `,
  parameters: {
    msw: {
      handlers: [
        // What the browser does with an answer that lacks Access-Control-Allow-Origin: the page's fetch fails, a no-cors request gets through.
        http.get(`https://katalog.example.org${endpoint(':story')}`, () => HttpResponse.error()),
        http.head(`https://katalog.example.org${endpoint(':story')}`, () => new HttpResponse(null)),
      ],
    },
  },
};

export const Loading: Story = { parameters: { msw: { handlers: handlers.loading } } };

export const NotFound: Story = { parameters: { msw: { handlers: handlers.notFound } } };

export const ServerError: Story = { parameters: { msw: { handlers: handlers.serverError } } };

export const TooManyRequests: Story = { parameters: { msw: { handlers: handlers.busy } } };

export const Offline: Story = { parameters: { msw: { handlers: handlers.networkError } } };

export const HtmlInsteadOfJson: Story = { parameters: { msw: { handlers: handlers.html } } };

export const WrongShape: Story = { parameters: { msw: { handlers: handlers.wrongShape } } };

/** The search of a story, once its results are shown. */
async function loadedSearch(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = canvas.querySelector('offer-search')!.shadowRoot!;
  await until(() => root.querySelectorAll('[part="save"]').length >= 3);
  return root;
}

/** Three offers saved and the Merkliste opened, as a parent would: the actions Drucken, Per E-Mail senden, Link teilen, Liste leeren. */
export const SavedListWithThreeOffers: Story = {
  name: 'Merkliste mit drei Angeboten',
  args: { 'finder-url': 'https://www.example.org/angebote' },
  play: async ({ canvasElement }) => {
    const root = await loadedSearch(canvasElement);
    for (const save of [...root.querySelectorAll<HTMLButtonElement>('[part="save"]')].slice(0, 3)) save.click();
    await until(() => root.querySelector('#saved-toggle')?.textContent?.includes('(3)'));
    root.querySelector<HTMLButtonElement>('#saved-toggle')!.click();
    await until(() => root.querySelector('[part="saved"]'));
  },
};

export const SavedListEnglish: Story = {
  ...SavedListWithThreeOffers,
  name: 'Merkliste (English)',
  args: { ...SavedListWithThreeOffers.args, lang: 'en' },
};

/**
 * "Link zu dieser Suche teilen" where the browser has no share sheet: the
 * link goes to the clipboard, and "Link kopiert" shows (and is announced).
 * The clipboard is stubbed for the click, so the story looks the same in
 * every browser and in the headless test.
 */
export const LinkCopied: Story = {
  name: 'Link kopiert',
  args: { milestone: 'kita', 'finder-url': 'https://www.example.org/angebote' },
  play: async ({ canvasElement }) => {
    const root = await loadedSearch(canvasElement);
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    try {
      [...root.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find((b) => !b.id)!.click();
      await until(() => root.querySelector('.confirmation'));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  },
};

export const ConfigurationError: Story = {
  render: () => html`<offer-search lang="de" src="javascript:alert(1)"></offer-search>`,
};

/** Thursday, 26 November 2026, 10:00 in Kamen: the opening hours of the stories below are shown for it. */
const thursdayMorning = '2026-11-26T09:00:00Z';

/** Opens the details of every card shown. */
async function openDetails({ canvasElement }: { canvasElement: HTMLElement }) {
  const root = await loadedSearchWith(canvasElement, 1);
  for (const details of root.querySelectorAll('details')) details.open = true;
}

/** "Jetzt geöffnet, bis 11:30" and "Jetzt geschlossen, öffnet …" on the cards; the structured periods in the details. */
export const OpeningHours: Story = {
  name: 'Öffnungszeiten (Do 10:00)',
  args: { query: 'Sprechstunde', now: thursdayMorning },
  play: openDetails,
};

export const OpeningHoursEnglish: Story = {
  ...OpeningHours,
  name: 'Öffnungszeiten (English)',
  args: { ...OpeningHours.args, lang: 'en' },
};

/** The filter "Heute geöffnet" on: only offers that open on Thursday. */
export const OpenToday: Story = { name: 'Heute geöffnet', args: { 'open-today': true, now: thursdayMorning } };

/** An entry not checked for more than 12 months: dated in words for families; "Fehler melden" in its details. */
export const OutdatedEntry: Story = {
  name: 'Veralteter Eintrag mit „Fehler melden“',
  args: { query: 'Babykorb', now: thursdayMorning },
  play: openDetails,
};

/** A description as the import writes a CMS text: plain text, a blank line between paragraphs, `• ` and `1. ` for list items. */
const structuredDescription = [
  'Familienhebammen kommen nach Hause und helfen, wenn der Alltag mit dem Baby schwerfällt.',
  'Das Angebot gehört zu den Frühen Hilfen und ist freiwillig und kostenlos.',
  '',
  'Sie unterstützen zum Beispiel bei:',
  '• Fragen zu Versorgung, Ernährung und Entwicklung des Babys',
  '• Anträgen und Behördengängen',
  '• der Suche nach einer Kinderärztin oder einem Kinderarzt',
  '',
  'So kommt eine Familienhebamme zu Ihnen:',
  '1. Sie rufen im Jugendamt an.',
  '2. Sie vereinbaren einen ersten Besuch.',
  '3. Die Familienhebamme kommt zu Ihnen nach Hause.',
].join('\n');

/** Paragraphs, a bulleted and a numbered list in an offer's details; the searched words are marked in the list items too. */
export const DescriptionWithParagraphsAndList: Story = {
  name: 'Beschreibung mit Absätzen und Liste',
  args: { query: 'Familienhebammen Ernährung' },
  parameters: {
    msw: {
      handlers: [
        http.get('/stories/:story/catalog.json', async () => {
          const catalog = await sampleCatalog();
          catalog.offers.find((offer: { id: string }) => offer.id === 'familienhebammen').description =
            structuredDescription;
          return HttpResponse.json(catalog);
        }),
      ],
    },
  },
  play: openDetails,
};
