// Catalog → spreadsheet → import gives the same offers: the sample catalog, and random catalogs (fast-check), for xlsx and csv.
import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { readJson } from './files.js';
import { runImport } from './import-run.js';
import { catalogWorkbook, offerRows } from '../../src/import/export/sheet.js';
import { writeCsv } from '../../src/import/write/csv.js';
import { writeXlsx } from '../../src/import/write/xlsx.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput, LocalizedText, Offer, OpeningPeriod } from '../../src/catalog/schema.js';

let sample: Catalog;
before(() => {
  sample = parseCatalog(readJson<CatalogInput>('/demo/public/angebote.json')).catalog;
});

async function throughSpreadsheet(catalog: Catalog, format: 'xlsx' | 'csv'): Promise<Catalog> {
  const sheet = offerRows(catalog);
  const file =
    format === 'csv'
      ? { name: 'angebote.csv', text: writeCsv([sheet.header, ...sheet.rows]) }
      : { name: 'angebote.xlsx', bytes: await writeXlsx(catalogWorkbook(catalog)) };
  const result = await runImport([file], { base: { ...catalog, offers: [] } });
  const fatal = result.notes.filter((n) => n.severity === 'fatal' || n.severity === 'error');
  expect(fatal, JSON.stringify(fatal)).to.deep.equal([]);
  return result.catalog!;
}

/** A text with only German is the same as the plain text (`{"de": "x"}` ≡ `"x"`): the spreadsheet writes both as one cell. */
const plain = (text: LocalizedText | undefined) =>
  text && typeof text === 'object' && Object.keys(text).length === 1 && text.de !== undefined ? text.de : text;
const normalized = (offer: Offer): Offer =>
  JSON.parse(
    JSON.stringify(offer, (key, value) =>
      ['title', 'summary', 'description', 'costNote', 'schedule', 'note'].includes(key)
        ? plain(value as LocalizedText)
        : value,
    ),
  ) as Offer;

describe('the spreadsheet round trip', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`the sample catalog (100 offers) through ${format} and back: the same offers`, async () => {
      const back = await throughSpreadsheet(sample, format);
      expect(back.offers.map(normalized)).to.deep.equal(sample.offers.map(normalized));
    });
  }

  // Random catalogs over the sample's milestones, topics, districts, providers and contacts.
  const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9.,!?()„“–€'"-]{0,11}$/);
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', '\n', '\n\n', '\n• ')), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.map(([w, sep], i) => (i ? sep : '') + w).join(''));
  const localized: fc.Arbitrary<LocalizedText> = fc.oneof(
    text,
    fc.record({ de: text, en: text }),
    fc.record({ en: text }),
    fc.record({ de: text, tr: text, ar: text }),
  );
  const subset = (ids: string[], min = 0) =>
    fc.subarray(ids, { minLength: min, maxLength: 3 }).filter((list) => list.length >= min);
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const date = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const period: fc.Arbitrary<OpeningPeriod> = fc
    .record(
      {
        days: fc.uniqueArray(fc.constantFrom('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su' as const), {
          minLength: 1,
          maxLength: 7,
        }),
        opens: time,
        closes: fc.oneof(time, fc.constant('24:00')),
        validFrom: date,
        validThrough: date,
        note: localized,
      },
      { requiredKeys: ['days', 'opens', 'closes'] },
    )
    .filter(
      (p) =>
        p.opens !== p.closes &&
        (p.validFrom === undefined || p.validThrough === undefined || p.validFrom <= p.validThrough),
    );
  const age = fc.integer({ min: -100, max: 3000 }).map((n) => n / 100);
  const offer = (index: number): fc.Arbitrary<Offer> =>
    fc
      .record(
        {
          title: localized,
          summary: localized,
          description: localized,
          milestones: subset(
            sample.milestones.map((m) => m.id),
            1,
          ),
          topics: subset(
            sample.topics.map((t) => t.id),
            1,
          ),
          districts: subset(
            sample.districts.map((d) => d.id),
            1,
          ),
          ages: fc.tuple(age, age).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
          organization: fc.constantFrom(...sample.organizations.map((o) => o.id)),
          contacts: subset(
            sample.contacts.map((c) => c.id),
            1,
          ),
          address: fc
            .record(
              {
                street: word.map((w) => `${w}straße 1`),
                postalCode: fc.stringMatching(/^\d{5}$/),
                city: word,
                district: fc.constantFrom(...sample.districts.map((d) => d.id)),
                // Coordinates come in pairs: one alone points nowhere (the import says so and leaves it out).
                at: fc.tuple(
                  fc.integer({ min: 47_000_000, max: 55_000_000 }),
                  fc.integer({ min: 6_000_000, max: 15_000_000 }),
                ),
              },
              { requiredKeys: ['street', 'postalCode', 'city'] },
            )
            .map(({ at, ...address }) => ({ ...address, ...(at && { lat: at[0] / 1e6, lon: at[1] / 1e6 }) })),
          cost: fc.constantFrom('free', 'reduced', 'paid' as const),
          costNote: localized,
          languages: fc.uniqueArray(fc.constantFrom('de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa', 'de-x-ls'), {
            minLength: 1,
            maxLength: 4,
          }),
          accessibility: fc
            .record({ wheelchair: fc.boolean(), note: localized }, { requiredKeys: [] })
            .filter((a) => Object.keys(a).length > 0),
          schedule: localized,
          openingHours: fc.array(period, { minLength: 1, maxLength: 3 }),
          // A full stop at the end of a web address is taken for the end of a sentence, so paths end in a letter or digit.
          url: fc
            .stringMatching(/^[a-z0-9äöü_-]{0,11}[a-z0-9]$/)
            .map((path) => `https://example.org/${encodeURIComponent(path)}`),
          keywords: fc.uniqueArray(fc.oneof(word, fc.constant('Bildung, Lernen')), { minLength: 1, maxLength: 3 }),
          updated: fc.oneof(date, fc.constant('2026-03-01T09:30:00+01:00')),
        },
        { requiredKeys: ['title', 'milestones'] },
      )
      .map(
        ({ ages, ...rest }) =>
          ({ id: `angebot-${index}`, ...rest, ...(ages && { ageMin: ages[0], ageMax: ages[1] }) }) as Offer,
      );
  const catalogs = fc
    .integer({ min: 1, max: 4 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => offer(i))));

  for (const [format, numRuns] of [
    ['csv', 60],
    ['xlsx', 25],
  ] as const) {
    it(`property: random catalogs survive export → import through ${format} (texts in all languages, milestones, topics, districts, contacts, hours, costs)`, async () => {
      await fc.assert(
        fc.asyncProperty(catalogs, async (offers) => {
          const { catalog, issues } = parseCatalog(structuredClone({ ...sample, offers }));
          expect(issues, 'the generator makes valid offers').to.deep.equal([]);
          const back = await throughSpreadsheet(catalog, format);
          expect(back.offers.map(normalized)).to.deep.equal(catalog.offers.map(normalized));
        }),
        { numRuns },
      );
    });
  }
});
