// Stories of <contact-card>: a person and an organisation from the catalog, plain attributes, hostile values,
// errors, long texts, English, right to left, a phone (calling first), office hours now.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/define.js';
import { endpoint, handlers, sampleCatalog } from './support/endpoints.js';

interface Args {
  contact: string;
  organization: string;
  variant: 'full' | 'compact';
  'heading-level': string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The time the contact's structured hours are shown for (ISO, the `now` property); empty: the current time. */
  now: string;
}

const path = '/stories/:story/catalog.json';

/** The sample catalog with very long values and markup in the texts of `sabine-kortmann` and her organisation. */
const longTexts = [
  http.get(path, async () => {
    const catalog = await sampleCatalog();
    const contact = catalog.contacts.find((c: { id: string }) => c.id === 'sabine-kortmann');
    Object.assign(contact, {
      name: `Dr. Sabine-Charlotte Kortmann-Oberhausener-${'Langenamehausen'.repeat(4)}`,
      role: '<img src=x onerror="alert(1)"> Koordinatorin Netzwerk Frühe Hilfen und Kinderschutz, Ansprechpartnerin für alle Fragen rund um die Geburt',
      email: 'sabine-charlotte.kortmann-oberhausener@jugendamt-der-stadt-kamen.example.org',
      url: `https://jugendamt.example.org/${'unterseite/'.repeat(12)}sabine-kortmann?quelle=familienwegweiser&abschnitt=kontakt`,
      hours:
        'Mo–Do 9–12 Uhr, Di 14–17 Uhr, Fr nach Vereinbarung; in den Schulferien nur telefonisch <script>alert(1)</script>',
      languages: ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa'],
    });
    const organization = catalog.organizations.find((o: { id: string }) => o.id === 'jugendamt');
    organization.name = `Jugendamt der Stadt Kamen – Abteilung Frühe Hilfen, Kinderschutz und ${'Familienförderung'.repeat(3)}`;
    return HttpResponse.json(catalog);
  }),
];

/**
 * `<contact-card>`: a person or organisation from the catalog, or from plain
 * attributes without any endpoint. "Kontakt speichern" downloads a vCard made
 * in the browser. Every catalog is served through MSW.
 */
const meta: Meta<Args> = {
  title: 'Elements/contact-card',
  component: 'contact-card',
  args: {
    contact: 'sabine-kortmann',
    organization: '',
    variant: 'full',
    'heading-level': '',
    lang: 'de',
    dir: 'ltr',
    now: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: 'select', options: ['', '2', '3', '4'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (args, { id }) => html`
    <contact-card
      src=${endpoint(id)}
      contact=${args.contact || nothing}
      organization=${args.organization || nothing}
      variant=${args.variant}
      heading-level=${args['heading-level'] || nothing}
      lang=${args.lang}
      dir=${args.dir}
      .now=${args.now ? new Date(args.now) : undefined}
    ></contact-card>
  `,
  parameters: { msw: { handlers: handlers.sample } },
};
export default meta;

type Story = StoryObj<Args>;

export const Person: Story = {};

export const Organization: Story = { args: { contact: '', organization: 'jugendamt' } };

export const PlainAttributes: Story = {
  render: (args) => html`
    <contact-card
      name="Erika Beispiel"
      job-title="Familienhebamme"
      organization="Familienzentrum Regenbogen"
      phone="02307 148-0"
      email="erika.beispiel@example.org"
      url="https://www.example.org/team/erika-beispiel"
      street="Ostenmauer 12"
      postal-code="59174"
      city="Kamen"
      hours="Mo–Fr 8–12 Uhr
Do 14–17 Uhr"
      languages="de tr"
      variant=${args.variant}
      lang=${args.lang}
      dir=${args.dir}
    ></contact-card>
  `,
};

export const Compact: Story = { args: { variant: 'compact' } };

export const WithSlotContent: Story = {
  render: (args, { id }) => html`
    <contact-card src=${endpoint(id)} contact=${args.contact} lang=${args.lang}>
      <p>Termine bitte vorher telefonisch vereinbaren. Hausbesuche sind möglich.</p>
    </contact-card>
  `,
};

export const AsHeading: Story = { args: { 'heading-level': '3' } };

export const UnknownId: Story = { args: { contact: 'gibt-es-nicht' } };

export const Loading: Story = { parameters: { msw: { handlers: handlers.loading } } };

export const NotFound: Story = { parameters: { msw: { handlers: handlers.notFound } } };

export const ServerError: Story = { parameters: { msw: { handlers: handlers.serverError } } };

export const Offline: Story = { parameters: { msw: { handlers: handlers.networkError } } };

export const ConfigurationError: Story = {
  render: () => html`<contact-card lang="de" src="javascript:alert(1)" contact="sabine-kortmann"></contact-card>`,
};

export const LongTextsAndMarkup: Story = { parameters: { msw: { handlers: longTexts } } };

/** Plain attributes with markup and hostile link schemes: text stays text, no link is made. */
/* eslint-disable lit/attribute-value-entities -- markup in attributes on purpose: the story shows that it stays text */
export const HostileAttributes: Story = {
  render: () => html`
    <contact-card
      lang="de"
      name=${'<img src=x onerror="alert(1)"> Müller; Sohn, "x"'}
      job-title="<script>alert(1)</script>"
      phone="javascript:alert(1)"
      email="JaVaScRiPt:alert(1)"
      url=" javascript:alert(1)"
      street="<b>Rathausplatz</b> 1"
      city="Kamen"
    ></contact-card>
  `,
};
/* eslint-enable lit/attribute-value-entities */

export const English: Story = { args: { lang: 'en' } };

export const RightToLeft: Story = { args: { dir: 'rtl' } };

export const Phone: Story = {
  parameters: { msw: { handlers: longTexts } },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** On a phone: "Anrufen" and "E-Mail schreiben" under the name, "Kontakt speichern" last and outlined. */
export const CallFirstOnAPhone: Story = {
  name: 'Anrufen zuerst (Telefon)',
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** Sabine Kortmann's office hours on Tuesday, 1 December 2026, 10:30 in Kamen: "Jetzt geöffnet, bis 12:00". */
export const ReachableNow: Story = { name: 'Sprechzeiten: jetzt erreichbar', args: { now: '2026-12-01T09:30:00Z' } };
