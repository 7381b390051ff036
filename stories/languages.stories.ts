import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { resetStrings, setStrings, type Translation } from '../src/i18n/index.js';
import { endpoint, handlers } from './support/endpoints.js';

interface Args {
  lang: string;
  query: string;
  strings?: Partial<Translation>;
}

/**
 * `<offer-search>` in each UI language, on the sample catalog. The language
 * is the element's `lang` (else the nearest ancestor's, else `<html lang>`);
 * German is built in, every other language is loaded the first time it is
 * asked for, so a story may show German for a moment. Arabic is right to
 * left although this page is left to right. Catalog texts are in the
 * language where the catalog has them (the sample has English for all, and
 * Turkish, Arabic and Ukrainian for a few), else German.
 */
const meta: Meta<Args> = {
  title: 'Languages/All languages',
  component: 'offer-search',
  args: { lang: 'de', query: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls'] } },
  render: (args, { id }) => html`
    <offer-search src=${endpoint(id)} lang=${args.lang} query=${args.query} .strings=${args.strings}></offer-search>
  `,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

export const German: Story = { args: { lang: 'de' } };

export const English: Story = { args: { lang: 'en' } };

export const Turkish: Story = { args: { lang: 'tr' } };

/** Right to left: the filters are the right-hand column, the text reads from the right. */
export const Arabic: Story = { args: { lang: 'ar' } };

export const Ukrainian: Story = { args: { lang: 'uk' } };

/** Leichte Sprache (`lang="de-x-ls"`): the UI in plain German; catalog texts in Leichte Sprache where the catalog has them. */
export const PlainGerman: Story = { name: 'Leichte Sprache', args: { lang: 'de-x-ls' } };

/**
 * A partner's wording for every element on the page:
 * `setStrings('de', { … })` (taken back when the story ends, so the other
 * stories keep theirs). One element alone would take `.strings` instead.
 */
export const PartnerOverride: Story = {
  args: { lang: 'de' },
  beforeEach: () => {
    setStrings('de', {
      searchLabel: 'Angebote der Familienbande durchsuchen',
      searchHint: 'Zum Beispiel Krabbelgruppe, Elterncafé oder Sprechstunde',
      resultCount: (count, f) =>
        f.plural(count, {
          one: '1 Angebot in Kamen und Umgebung',
          other: `${f.number(count)} Angebote in Kamen und Umgebung`,
        }),
    });
    return () => resetStrings('de');
  },
};

/** One element's own wording (`.strings`), over the strings of its language, here Arabic. */
export const ElementOverride: Story = {
  args: { lang: 'ar', strings: { searchLabel: 'ابحث في خدمات «Familienbande»' } },
};
