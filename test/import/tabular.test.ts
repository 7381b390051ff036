// A spreadsheet of offers into a catalog: headers as people write them, references, ids, and what the parser still finds.
import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import { readJson } from './files.js';
import { runImport, said } from './import-run.js';
import { columnMeanings } from '../../src/import/sources/columns.js';
import { resolveReference, slugify } from '../../src/import/references.js';
import { parseAge, parseAgeBand } from '../../src/import/fit-values.js';
import { milestonesByAge } from '../../src/import/fit-classify.js';
import { languageTag } from '../../src/import/normalize/language.js';
import { parseDate } from '../../src/import/normalize/dates.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

let base: CatalogInput;
before(() => {
  base = readJson('/demo/public/angebote.json');
});
const csv = (text: string, options: { keepOffers?: boolean; mappingJson?: unknown } = {}) =>
  runImport([{ name: 'angebote.csv', text }], { base, ...options });
const fieldOf = (header: string) => {
  const [meaning] = columnMeanings(header, new Map());
  return meaning && 'field' in meaning
    ? meaning.lang
      ? `${meaning.field} (${meaning.lang})`
      : meaning.field
    : meaning && 'day' in meaning
      ? `${meaning.day.day} ${meaning.day.edge}`
      : undefined;
};

describe('a spreadsheet of offers into a catalog', () => {
  it('headers as people write them: umlauts, spaces, case, the catalog’s own field names, German and English words, translations, weekday times', () => {
    expect(
      ['Titel', 'Alter von', 'Träger', 'Straße', 'PLZ', 'ageMax', 'Lebensphasen', 'farbe'].map(fieldOf),
    ).to.deep.equal(['titel', 'alter_von', 'traeger', 'strasse', 'plz', 'alter_bis', 'meilensteine', undefined]);
    expect(
      [
        'Einrichtung',
        'Tel.',
        'E-Mail',
        'Homepage',
        'Internet',
        'Breite',
        'Länge',
        'Öffnungszeiten',
        'Service name',
        'Phone',
        'Postcode',
      ].map(fieldOf),
    ).to.deep.equal(['titel', 'telefon', 'email', 'url', 'url', 'lat', 'lon', 'zeiten', 'titel', 'telefon', 'plz']);
    expect(['Titel (en)', 'beschreibung_tr', 'Mo von', 'mo_c', 'Freitag bis'].map(fieldOf)).to.deep.equal([
      'titel (en)',
      'beschreibung (tr)',
      'mo opens',
      'mo closes',
      'fr closes',
    ]);
    // The mapping's columns win, and may feed several fields.
    expect(columnMeanings('LEISTUNGEN', new Map([['leistungen', ['titel', 'kategorie']]]))).to.deep.equal([
      { field: 'titel' },
      { field: 'kategorie' },
    ]);
    expect(columnMeanings('OBJECTID', new Map([['objectid', ['ignore']]]))).to.deep.equal([]);
  });

  it('references by id, by title in any language, or by a title made into an id; ages, bands, dates and languages as written', () => {
    const milestones = base.milestones;
    expect(resolveReference('kita', milestones)).to.deep.equal({ id: 'kita', byTitle: false });
    expect(resolveReference('KITA', milestones)).to.deep.equal({ id: 'kita', byTitle: false });
    expect(resolveReference('  kita-zeit ', milestones)).to.deep.equal({ id: 'kita', byTitle: true });
    expect(resolveReference('Nursery years', milestones)).to.deep.equal({ id: 'kita', byTitle: true });
    expect(resolveReference('Weiterführende   Schule', milestones)).to.deep.equal({
      id: 'weiterfuehrende-schule',
      byTitle: true,
    });
    expect(resolveReference('Kita2', milestones)).to.equal(undefined);
    expect(slugify('Kita „Zwergenland“ – Süd')).to.equal('kita-zwergenland-sued');
    expect(
      ['de', 'Türkisch', 'arabic', 'ukr', 'Leichte Sprache', 'de-at', 'Fantasiesprache', 'All'].map((v) =>
        languageTag(v),
      ),
    ).to.deep.equal([
      ...['de', 'tr', 'ar', 'uk', 'de-x-ls', 'de-AT'].map((tag) => ({ kind: 'tag', tag })),
      { kind: 'unknown' },
      { kind: 'all' },
    ]);
    expect(['0,5', '-0.75', '3', 'drei', '1.000,5', '6 Monate', '3 Jahre', '18 months'].map(parseAge)).to.deep.equal([
      0.5,
      -0.75,
      3,
      undefined,
      undefined,
      0.5,
      3,
      1.5,
    ]);
    expect(['0–6 Jahre', '3 bis 6', 'ab 3 Jahren', 'bis 6', 'U3', '10+', '0-99'].map(parseAgeBand)).to.deep.equal([
      { min: 0, max: 6 },
      { min: 3, max: 6 },
      { min: 3 },
      { max: 6 },
      { max: 3 },
      { min: 10 },
      { min: 0, max: 99 },
    ]);
    expect(['2026-03-01', '1.3.2026', '01.03.26', '31.02.2026', 'März'].map(parseDate)).to.deep.equal([
      '2026-03-01',
      '2026-03-01',
      '2026-03-01',
      undefined,
      undefined,
    ]);
  });

  it('ages choose milestones by overlap with their age ranges; a point in time by the range it is in', () => {
    const milestones = base.milestones;
    expect(milestonesByAge(milestones, { ageMin: 0, ageMax: 3 })).to.deep.equal(['erste-jahre']);
    expect(milestonesByAge(milestones, { ageMin: 2, ageMax: 7 })).to.deep.equal(['erste-jahre', 'kita', 'grundschule']);
    expect(milestonesByAge(milestones, { ageMin: 3, ageMax: 3 })).to.deep.equal(['kita']);
    expect(milestonesByAge(milestones, { ageMin: -0.75 })).to.deep.equal(milestones.map((m) => m.id));
    expect(milestonesByAge(milestones, {})).to.deep.equal([]);
  });

  it('ids made from titles stay unique; the rows replace the base offers unless kept', async () => {
    const text = 'titel;meilensteine\nElterncafé;kita\nElterncafé;grundschule\n';
    const { catalog, notes, records, converted } = await csv(text);
    expect([records, converted]).to.deep.equal([2, 2]);
    expect(catalog!.offers.map((o) => o.id)).to.deep.equal(['elterncafe', 'elterncafe-2']);
    expect(notes.map((n) => [n.code, n.at?.row, n.id])).to.deep.equal([
      ['generated-id', 2, 'elterncafe'],
      ['generated-id', 3, 'elterncafe-2'],
    ]);
    expect((await csv(text, { keepOffers: true })).catalog!.offers).to.have.length(102);
  });

  it('the result is what the parser takes: a valid catalog, whatever the rows held; each finding at its row and column', async () => {
    const text =
      'titel;meilensteine;url;alter_von;alter_bis\nA;kita;javascript:alert(1);5;2\nB;kita;www.example.org;;\n';
    const { catalog, notes } = await csv(text);
    expect(parseCatalog(structuredClone(catalog)).issues).to.deep.equal([]);
    expect(catalog!.offers[1]!.url).to.equal('https://www.example.org');
    expect(said(notes, (n) => n.severity !== 'info')).to.deep.equal([
      ['warning', 'invalid-value', '2 url'],
      ['warning', 'catalog-issue', '2 alter_bis'],
    ]);
  });

  it('a category column and flags become terms that the mapping turns into milestones and topics; unknown values are named', async () => {
    const text =
      'Name;Art;Familienzentrum\nKita Sonnenschein;Kita;x\nOGS Nord;Offener Ganztag;\nTreff;Jugendtreff;nein\n';
    const mappingJson = {
      columns: { Familienzentrum: 'kategorie' },
      milestones: { Kita: 'kita', 'Offener Ganztag': 'grundschule' },
      topics: { Familienzentrum: 'beratung' },
    };
    const { catalog, notes } = await csv(text, { mappingJson });
    expect(catalog!.offers.map((o) => [o.title, o.milestones, o.topics])).to.deep.equal([
      ['Kita Sonnenschein', ['kita'], ['beratung']],
      ['OGS Nord', ['grundschule'], undefined],
    ]);
    expect(said(notes, (n) => n.code === 'no-milestone' || n.code === 'unmapped-term')).to.deep.equal([
      ['info', 'unmapped-term', '4 Art'],
      ['error', 'no-milestone', '4 Art'],
    ]);
  });

  it('opening hours from weekday columns, from the text, or kept as text when not understood', async () => {
    const text =
      'Titel;Lebensphase;Öffnungszeiten;Mo von;Mo bis;Di von;Di bis\nA;kita;;08:00;16:00;08:00;16:00\nB;kita;Mo–Fr 8:00–16:00 Uhr;;;;\nC;kita;nach dem Mittagessen bis ca. 4;;;;\n';
    const { catalog, notes } = await csv(text);
    const [a, b, c] = catalog!.offers;
    expect(a!.openingHours).to.deep.equal([{ days: ['mo', 'tu'], opens: '08:00', closes: '16:00' }]);
    expect([b!.schedule, b!.openingHours]).to.deep.equal([
      'Mo–Fr 8:00–16:00 Uhr',
      [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }],
    ]);
    expect([c!.schedule, c!.openingHours]).to.deep.equal(['nach dem Mittagessen bis ca. 4', undefined]);
    expect(said(notes, (n) => n.code === 'hours-not-understood')).to.deep.equal([
      ['warning', 'hours-not-understood', '4 Öffnungszeiten'],
    ]);
  });

  it('a title row above the header, an address in one cell, translations in their own columns, a default value from the mapping', async () => {
    const text =
      'Angebote in Kamen, Stand Mai 2026;;;\n;;;\nTitel;Titel (en);Lebensphase;Adresse\nStillcafé;Breastfeeding café;erste-jahre;Markt 1, 59174\n';
    const { catalog } = await csv(text, { mappingJson: { defaults: { ort: 'Kamen' } } });
    expect(catalog!.offers[0]).to.deep.include({
      title: { de: 'Stillcafé', en: 'Breastfeeding café' },
      address: { street: 'Markt 1', postalCode: '59174', city: 'Kamen' },
    });
  });
});
