import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/catalog-workbench/define.js';
import { endpoint, handlers } from './support/endpoints.js';
import { until } from './support/until.js';

interface Args {
  lang: string;
}

/**
 * `<catalog-workbench>`: a clerk's list in, the report, the comparison, the
 * previews and the downloads out, in the browser. The base catalog comes
 * through MSW; the list is a small CSV made in the play function, as a clerk
 * would choose it (the real lists are in the end-to-end tests).
 */
const meta: Meta<Args> = {
  title: 'Elements/catalog-workbench',
  component: 'catalog-workbench',
  args: { lang: 'de' },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'] } },
  render: (args, { id }) => html`<catalog-workbench src=${endpoint(id)} lang=${args.lang}></catalog-workbench>`,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

/** Three Kitas as a clerk's spreadsheet saves them: no milestone, and two columns the import does not know. */
const list = [
  'Name;Straße;PLZ;Ort;Telefon;Träger;Plätze;Bezirk Nr',
  'Kita Sonnenschein;Markt 1;59174;Kamen;02307 123456;Stadt Kamen;40;1',
  'Kita Regenbogen;Bahnhofstraße 5;59174;Kamen;02307 654321;Familienbande e. V.;55;1',
  'Waldkindergarten Heeren;Am Wald 2;59174;Kamen;02307 111222;Familienbande e. V.;20;3',
].join('\r\n');

/** The story's workbench, once its base catalog is there. */
async function ready(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = canvas.querySelector('catalog-workbench')!.shadowRoot!;
  await until(() => root.querySelector('#files:not([disabled])'));
  return root;
}

/** Chooses the list in the file field and waits for the summary. */
async function chooseList(root: ShadowRoot) {
  const input = root.querySelector<HTMLInputElement>('#files')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([list], 'kitas.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => /übernommen|converted/.test(root.querySelector('[role="status"]')!.textContent!));
}

/** Ready for a list: the file field, the drop zone, the classification. */
export const Ready: Story = { name: 'Bereit', play: async ({ canvasElement }) => void (await ready(canvasElement)) };

/** The list names no milestone: every record is skipped, and the report says why, with each row. */
export const ReportOfSkippedRecords: Story = {
  name: 'Bericht: Einträge übersprungen',
  play: async ({ canvasElement }) => chooseList(await ready(canvasElement)),
};

/** "Kita-Zeit" ticked for records without a milestone: three offers, the columns to assign, the comparison, the previews and the downloads. */
export const ClassifiedWithPreview: Story = {
  name: 'Eingeordnet, mit Vorschau',
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="defaults"] summary')!.click();
    root.querySelectorAll<HTMLInputElement>('[part="defaults"] input[type="checkbox"]')[2]!.click();
    await chooseList(root);
    await until(() => root.querySelector('offer-finder'));
  },
};

export const InEnglish: Story = {
  name: 'English',
  args: { lang: 'en' },
  play: ClassifiedWithPreview.play,
};

/** The base catalog cannot be loaded: the message with a retry, and no file field to use. */
export const BaseCatalogMissing: Story = {
  name: 'Grundkatalog fehlt',
  parameters: { msw: { handlers: handlers.notFound } },
};
