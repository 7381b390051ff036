import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import { endpoint, handlers } from './support/endpoints.js';
import { loadedSearchWith, until } from './support/until.js';

interface Args {
  lang: string;
  'map-tiles': string;
  'map-attribution': string;
}

/**
 * A grey tile as a data: URL, so that the map story requests nothing from
 * anyone; a page sets its own tile server (`map-tiles`).
 */
const greyTile =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWgU3ygAAAABJRU5ErkJggg==';

/**
 * "In meiner Nähe" in `<offer-search>` on a phone: the choice between the
 * device's location (asked for only on the tap) and the catalog's places,
 * the results nearest first with their distance, a refused location, and the
 * optional map of the results (only with `map-tiles`).
 */
const meta: Meta<Args> = {
  title: 'Elements/offer-search/In meiner Nähe',
  component: 'offer-search',
  args: { lang: 'de', 'map-tiles': '', 'map-attribution': '' },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls'] } },
  render: (args, { id }) => html`
    <offer-search
      src=${endpoint(id)}
      lang=${args.lang}
      map-tiles=${args['map-tiles'] || nothing}
      map-attribution=${args['map-attribution'] || nothing}
    ></offer-search>
  `,
  parameters: { msw: { handlers: handlers.sample } },
  globals: { viewport: { value: 'phone', isRotated: false } },
};
export default meta;

type Story = StoryObj<Args>;

/** The search of a story with its "In meiner Nähe" choice opened. */
async function withNearMeOpen(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await loadedSearchWith(canvas, 3);
  root.querySelector<HTMLButtonElement>('.near-me-buttons button')!.click();
  await until(() => root.querySelector('#near-me-panel:not([hidden])'));
  return root;
}

/** Chooses a place of the catalog, as a family does in the list. */
async function choosePlace(root: ShadowRoot, id: string) {
  const select = root.querySelector<HTMLSelectElement>('#near-me-place')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await until(() => root.querySelector('.near-me-status'));
}

/** Opened: "Meinen Standort verwenden" (nothing asked yet) or one of the catalog's districts and addresses. */
export const Choice: Story = {
  name: 'Auswahl: Standort oder Ort',
  play: async ({ canvasElement }) => void (await withNearMeOpen(canvasElement)),
};

/** Sorted from a district: nearest first, each card with its distance, and "Sortierung aufheben". */
export const SortedFromADistrict: Story = {
  name: 'Nach Entfernung sortiert (Stadtteil)',
  play: async ({ canvasElement }) => choosePlace(await withNearMeOpen(canvasElement), 'district:heeren-werve'),
};

export const SortedInArabic: Story = {
  name: 'Nach Entfernung sortiert, auf Arabisch',
  args: { lang: 'ar' },
  play: SortedFromADistrict.play,
};

/** The family said no to sharing its location: a calm message, and the places are still there. */
export const LocationRefused: Story = {
  name: 'Standort nicht freigegeben',
  play: async ({ canvasElement }) => {
    const root = await withNearMeOpen(canvasElement);
    // The browser's answer to a refusal, without asking the person looking at Storybook.
    const geolocation = navigator.geolocation;
    const refuse: Geolocation['getCurrentPosition'] = (_, error) =>
      error?.({
        code: 1,
        PERMISSION_DENIED: 1,
        POSITION_UNAVAILABLE: 2,
        TIMEOUT: 3,
        message: '',
      } as GeolocationPositionError);
    Object.defineProperty(geolocation, 'getCurrentPosition', { value: refuse, configurable: true });
    try {
      root.querySelector<HTMLButtonElement>('#near-me-panel .primary')!.click();
      await until(() => root.querySelector('.near-me-message'));
    } finally {
      delete (geolocation as Partial<Geolocation>).getCurrentPosition;
    }
  },
};

/** The map of the results on show, sorted from a district: own zoom buttons, the tile server's attribution as text. */
export const MapOfTheResults: Story = {
  name: 'Karte der Ergebnisse',
  args: { 'map-tiles': greyTile, 'map-attribution': '© Kartenkacheln der Stadt (Beispiel)' },
  play: async ({ canvasElement }) => {
    const root = await withNearMeOpen(canvasElement);
    await choosePlace(root, 'district:kamen-mitte');
    [...root.querySelectorAll<HTMLButtonElement>('.near-me-buttons button')].at(-1)!.click();
    await until(() => root.querySelectorAll('.of-map-marker').length > 1);
  },
};
