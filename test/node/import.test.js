// `offer-finder import`, `terms` and `export` on real public data
// (test/fixtures/real/, each folder with its source and licence), run as a
// maintainer runs them: `node bin/offer-finder.js` in a child process.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli, root } from './cli-harness.js';

const sample = 'demo/public/angebote.json';
const real = 'test/fixtures/real';
let dir;
before(async () => {
  await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'offer-finder-import-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
});
const temp = (name, content) => {
  const path = join(dir, name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
};
const readJson = (path) => JSON.parse(readFileSync(path.startsWith('/') ? path : join(root, path), 'utf8'));
/** Imports and returns the exit code, the report and the catalog written. */
function importTo(name, ...args) {
  const out = temp(`${name}.json`);
  const run = cli('import', ...args, '--out', out, '--today', '2026-12-06');
  let catalog;
  try {
    catalog = readJson(out);
  } catch {
    // Nothing written.
  }
  return { ...run, catalog };
}
const contactsOf = (catalog, offer) => catalog.contacts.filter((c) => offer.contacts?.includes(c.id));
/** No C1 control characters (Windows-1252 read as Latin-1) and no markup anywhere in a catalog. */
function assertCleanText(catalog) {
  const text = JSON.stringify(catalog);
  assert.doesNotMatch(text, /[\u0080-\u009f]/, 'C1 control characters: an encoding was read wrong');
  assert.doesNotMatch(text, /<\/?(p|br|a|ul|li|div|span|strong)\b|&nbsp;|&amp;/i, 'markup left in a text');
}

describe('a German city’s GeoJSON (Chemnitz: Kitas, school social work, youth work)', () => {
  test('three files, one catalog: coordinates from the geometry, phones in international notation, e-mails, addresses with house numbers', () => {
    const { code, err, catalog } = importTo(
      'chemnitz',
      `${real}/geojson-kitas`,
      '--base',
      sample,
      '--mapping',
      `${real}/mappings/chemnitz.json`,
    );
    assert.equal(code, 0, err);
    assert.match(err, /^91 von 91 Einträgen übernommen, 0 übersprungen/);
    assert.equal(catalog.offers.length, 91);
    const source = readJson(`${real}/geojson-kitas/chemnitz-kindertageseinrichtungen.geojson`).features[0];
    const kita = catalog.offers.find((o) => o.title === source.properties.BEZEICHNUNG);
    assert.deepEqual(kita.address, {
      street: 'Straße Usti nad Labem 197',
      postalCode: '09119',
      city: 'Chemnitz',
      lat: source.geometry.coordinates[1],
      lon: source.geometry.coordinates[0],
    });
    assert.deepEqual(kita.milestones, ['erste-jahre', 'kita']);
    assert.deepEqual(kita.topics, ['betreuung', 'inklusion']);
    assert.deepEqual(
      contactsOf(catalog, kita).map((c) => [c.phone, c.email]),
      [['+49 371 52455487', 'fridolin@kindervereinigung-chemnitz.de']],
    );
    assert.equal(
      catalog.organizations.find((o) => o.id === kita.organization).name,
      'KINDERVEREINIGUNG Chemnitz e. V.',
    );
    // School social work has no name of its own: its service is its title (mapping: LEISTUNGEN → titel and kategorie).
    const social = catalog.offers.filter((o) => o.title === 'Schulsozialarbeit');
    assert.equal(social.length, 51);
    assert.deepEqual(social[0].milestones, ['grundschule', 'weiterfuehrende-schule']);
    // Both lists count their ids from 1: the later file's are renamed, none is lost.
    assert.match(err, /ID schon in einer anderen Datei vergeben; nach der Datei umbenannt/);
    // Every phone of the files is a contact's (fax numbers are not for families).
    const phones = readJson(`${real}/geojson-kitas/chemnitz-kindertageseinrichtungen.geojson`).features.flatMap((f) =>
      (f.properties.TELEFON ?? '').split('\n').filter((p) => p.trim()),
    );
    const baseContacts = new Set(readJson(sample).contacts.map((c) => c.id));
    const written = catalog.contacts.filter((c) => c.phone && !baseContacts.has(c.id));
    assert.ok(
      written.length >= phones.length,
      `${written.length} phones written for ${phones.length} in the Kita file`,
    );
    for (const contact of written) assert.match(contact.phone, /^\+49 \d/);
    assertCleanText(catalog);
    assert.equal(cli('validate', temp('chemnitz.json')).code, 0);
  });

  test('terms lists the columns, the flag columns’ values and the mapping’s effect', () => {
    const { code, out } = cli('terms', `${real}/geojson-kitas`, '--base', sample);
    assert.equal(code, 0);
    assert.match(out, /BEZEICHNUNG → titel/);
    assert.match(out, /TELEFON → telefon/);
    assert.match(out, /KITA: 1 \(24\), 0 \(6\)/);
    const mapped = cli(
      'terms',
      `${real}/geojson-kitas`,
      '--base',
      sample,
      '--mapping',
      `${real}/mappings/chemnitz.json`,
    );
    assert.match(mapped.out, /KITA: KITA \(24\) → milestones: erste-jahre, kita; topics: betreuung/);
    assert.match(
      mapped.out,
      /LEISTUNGEN: Schulsozialarbeit \(51\) → milestones: grundschule, weiterfuehrende-schule; topics: beratung/,
    );
  });
});

describe('the Berlin Kita list (xlsx, 2,922 rows) and Excel’s CSV encodings of it', () => {
  const berlinBase = () => {
    const base = readJson(sample);
    const districts = [
      'Mitte',
      'Friedrichshain-Kreuzberg',
      'Pankow',
      'Charlottenburg-Wilmersdorf',
      'Spandau',
      'Steglitz-Zehlendorf',
      'Tempelhof-Schöneberg',
      'Neukölln',
      'Treptow-Köpenick',
      'Marzahn-Hellersdorf',
      'Lichtenberg',
      'Reinickendorf',
    ];
    return temp(
      'berlin-base.json',
      JSON.stringify({
        ...base,
        districts: districts.map((title) => ({
          id: title
            .toLowerCase()
            .replace(/ö/g, 'oe')
            .replace(/[^a-z]+/g, '-'),
          title,
        })),
        offers: [],
      }),
    );
  };

  test('the workbook: every Kita with address, district, provider and phone; the total row is no offer', () => {
    const { code, err, catalog } = importTo(
      'berlin',
      `${real}/berlin-kitas/kitaliste_aktuell.xlsx`,
      '--base',
      berlinBase(),
      '--mapping',
      `${real}/mappings/berlin.json`,
    );
    assert.equal(code, 1, 'the total row "Gesamtsumme" has no name: a skipped record');
    assert.match(err, /^2922 von 2923 Einträgen übernommen, 1 übersprungen/);
    assert.match(err, /kein Name; der Eintrag wird übersprungen \(1×\)\n\s+Blatt Sheet1, Zeile 2924/);
    const first = catalog.offers[0];
    assert.deepEqual(
      [first.id, first.title, first.districts, first.milestones],
      ['01010010', 'Kita F.A.I.R.play', ['mitte'], ['erste-jahre', 'kita']],
    );
    assert.deepEqual(first.address, { street: 'Albrechtstr. 020', postalCode: '10117', city: 'Berlin' });
    // Berlin numbers without the area code are kept as written and named, not dropped.
    assert.match(err, /Telefonnummer passt nicht zum Nummernplan; übernommen, wie sie dasteht/);
    const withPhone = catalog.offers.filter((o) => contactsOf(catalog, o).some((c) => c.phone));
    assert.ok(withPhone.length > 2850, `${withPhone.length} offers with a phone`);
    assertCleanText(catalog);
  });

  test('Windows-1252, UTF-16 "Unicode-Text" and a sep= line give the same catalog, with – and umlauts intact', () => {
    const runs = ['windows-1252.csv', 'unicode-text.txt', 'sep-line.csv'].map((file) =>
      importTo(
        file,
        `${real}/excel-encodings/${file}`,
        '--base',
        berlinBase(),
        '--mapping',
        `${real}/mappings/berlin.json`,
      ),
    );
    for (const run of runs) assert.equal(run.code, 0, run.err);
    assert.deepEqual(runs[1].catalog, runs[0].catalog);
    assert.deepEqual(runs[2].catalog, runs[0].catalog);
    const emmaus = runs[0].catalog.organizations.find((o) => /Emmaus/.test(o.name));
    assert.equal(emmaus.name, 'Evangelische Emmaus – Kirchengemeinde');
    assert.ok(runs[0].catalog.offers.some((o) => o.title.includes('FRÖBEL')));
    assert.match(
      runs[0].err,
      /nicht UTF-8; gelesen als Windows-1252.*\n\s+.*Zeile \d+ der Datei, Zeichen \d+: 0x[0-9A-F]{2} → „.“ \(\d+×\)/,
    );
    assert.match(runs[1].err, /UTF-16 \(„Unicode-Text“ aus Excel\); gelesen/);
    assert.match(runs[2].err, /erste Zeile „sep=“ aus Excel/);
    for (const run of runs) assertCleanText(run.catalog);
  });
});

describe('a LibreOffice workbook (.ods) of the same Berlin list', () => {
  test('gives the same offers as the Excel workbook', () => {
    const args = ['--base', sample, '--mapping', `${real}/mappings/berlin.json`];
    const ods = importTo('berlin-ods', `${real}/ods-workbook/kitaliste_aktuell.ods`, ...args);
    const xlsx = importTo('berlin-xlsx', `${real}/berlin-kitas/kitaliste_aktuell.xlsx`, ...args);
    assert.match(ods.err, /LibreOffice \(ods\)/);
    assert.equal(ods.catalog.offers.length, 2922);
    assert.deepEqual(ods.catalog.offers, xlsx.catalog.offers);
  });
});

describe('Bristol’s Open Place directory (Open Referral UK feed and its HSDS 3.0 API)', () => {
  test('the UK feed: HTML descriptions as text, www. addresses as links, assured dates, e-mails; an empty record skipped', () => {
    const { code, err, catalog } = importTo(
      'bristol',
      `${real}/oruk-feed/bristol-services.json`,
      '--base',
      sample,
      '--country',
      'GB',
      '--milestones',
      'erste-jahre',
      '--lang',
      'en',
    );
    assert.equal(code, 1, "the feed's first record has no name");
    assert.match(err, /^14 of 15 records converted, 1 skipped/);
    assert.match(err, /HTML converted to text \(paragraphs and lists kept\) \(1\d×\)/);
    const therapy = catalog.offers.find((o) => o.title === 'Alternative therapy');
    assert.equal(therapy.url, 'https://www.kateartereft.com');
    assert.equal(therapy.updated, '2024-07-22');
    assert.ok(contactsOf(catalog, therapy).some((c) => c.email === 'artereft@gmail.com'));
    const withHtml = readJson(`${real}/oruk-feed/bristol-services.json`).filter(
      (s) => /<p>|&nbsp;/.test(s.description ?? '') && s.name,
    );
    assert.ok(withHtml.length > 5);
    for (const service of withHtml) {
      const offer = catalog.offers.find((o) => o.id === service.id);
      assert.ok(offer.description && !/<|&nbsp;|&amp;/.test(offer.description), service.name);
    }
    assertCleanText(catalog);
  });

  test('the HSDS 3.0 API: a service in a list and on its own page is one offer; -1 as "no age limit" is no age', () => {
    const { code, err, catalog } = importTo(
      'bristol3',
      `${real}/hsds3-converter`,
      '--base',
      sample,
      '--country',
      'GB',
      '--milestones',
      'uebergang-beruf',
    );
    assert.equal(code, 0, err);
    assert.match(err, /^3 von 4 Einträgen übernommen, 1 doppelt \(zusammengeführt\), 0 übersprungen/);
    assert.match(err, /derselbe Eintrag noch einmal \(mehrere Seiten oder Dateien\); zusammengeführt \(1×\)/);
    assert.ok(catalog.offers.every((o) => o.ageMin === undefined && o.ageMax === undefined));
    assert.deepEqual([...new Set(catalog.offers.map((o) => o.milestones.join()))], ['uebergang-beruf']);
    assertCleanText(catalog);
  });
});

describe('an HSDS tabular data package (Illinois Legal Aid Online, through the HSDS Transformer)', () => {
  test('services joined from their tables: organisations, phones, weekday schedules as opening hours, fees', () => {
    const { code, err, catalog } = importTo(
      'ilao',
      `${real}/hsds-datapackage`,
      '--base',
      sample,
      '--milestones',
      'uebergang-beruf',
      '--country',
      'US',
    );
    assert.equal(code, 0, err);
    assert.match(err, /^19 von 19 Einträgen übernommen/);
    assert.match(err, /HSDS-Datenpaket/);
    assert.match(err, /Tabelle des Datenpakets liegt nicht unter ihrem „path“; gefunden/);
    const library = catalog.offers.find((o) => o.id === '135836');
    assert.equal(library.title, 'Free legal information and forms in Cook County');
    assert.equal(library.cost, 'free');
    assert.equal(library.url, 'http://www.ahml.info/');
    assert.ok(library.openingHours?.length, 'weekday rows of its location become opening hours');
    const organization = catalog.organizations.find((o) => o.id === library.organization);
    assert.equal(organization.name, 'Illinois Armed Forces Legal Aid Network');
    assert.equal(organization.phone, '+1 312 938 2106');
    assertCleanText(catalog);
  });
});

describe('Open Referral HSDS 3.0 (the specification’s examples)', () => {
  for (const name of ['service_full', 'service_list', 'organization_full']) {
    test(`${name}.json: phones, e-mails, address, opening hours and dates`, () => {
      const { code, err, catalog } = importTo(
        name,
        `test/fixtures/hsds/${name}.json`,
        '--base',
        sample,
        '--mapping',
        'test/fixtures/hsds-mapping.json',
      );
      assert.equal(code, 0, err);
      const [offer] = catalog.offers;
      assert.deepEqual(offer.title, { en: 'Community Counselling' });
      assert.ok(contactsOf(catalog, offer).some((c) => c.email === 'email@example.com'));
      // The list form of the API carries no phones and no locations.
      if (name !== 'service_list') {
        assert.ok(contactsOf(catalog, offer).some((c) => c.phone === '+44 1234 234567'));
        // The example's rule runs a number of times ("count": 3): no "open now" from it, only the text.
        assert.deepEqual([offer.schedule, offer.openingHours], ['Do, Fr 10:00–18:00', undefined]);
        assert.equal(offer.address.city, 'MyCity');
      }
      assert.match(offer.updated, /^\d{4}-\d{2}-\d{2}/);
      assertCleanText(catalog);
    });
  }
});

describe('what goes wrong, said clearly', () => {
  test('a binary file, a PDF, a JSON of no known kind: exit 2 and one sentence', () => {
    const png = cli(
      'import',
      temp('bild.csv', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
      '--base',
      sample,
    );
    assert.equal(png.code, 2);
    assert.match(png.err, /bild\.csv: .*(Bild|image)/i);
    const pdf = cli('import', temp('liste.xlsx', '%PDF-1.7\n%âãÏÓ\n1 0 obj'), '--base', sample);
    assert.equal(pdf.code, 2);
    assert.match(pdf.err, /PDF/);
    const other = cli('import', temp('anders.json', '{"hello": "world"}'), '--base', sample);
    assert.equal(other.code, 2);
    assert.match(other.err, /unbekanntes Format/);
    assert.match(other.err, /Kein Katalog geschrieben\./);
  });

  test('unknown languages and mapping keys that match nothing are warnings, "alle" is no language', () => {
    const csv = temp(
      'sprachen.csv',
      'Titel;Lebensphase;Sprachen\nElterncafé;kita;Deutsch, Fantasiesprache, alle\nMandarin-Kurs;kita;"Mandarin; Ukrainisch"\n',
    );
    const mapping = temp('mapping.json', JSON.stringify({ milestones: { Nirgendwo: 'kita' } }));
    const { code, err, catalog } = importTo('sprachen', csv, '--base', sample, '--mapping', mapping);
    assert.equal(code, 0, err);
    assert.deepEqual(
      catalog.offers.map((o) => o.languages),
      [['de'], ['zh', 'uk']],
    );
    assert.match(err, /keine bekannte Sprache; weggelassen \(1×\)\n\s+Zeile 2, Spalte Sprachen: 'Fantasiesprache'/);
    assert.match(err, /„alle Sprachen“ ist keine Sprache; weggelassen/);
    assert.match(err, /Schlüssel der Zuordnungsdatei passt zu nichts in den Daten \(1×\)\n\s+nirgendwo/);
  });

  test('HTML from a CMS becomes text with its paragraphs and list; www. addresses become links', () => {
    const csv = temp(
      'cms.csv',
      'Titel;Lebensphase;Beschreibung;Homepage\nFamilienpaten;erste-jahre;"<p>Ehrenamtliche&nbsp;Paten <strong>begleiten</strong> Familien.</p><ul><li>Alltag</li><li>Behörden</li></ul><p>Mehr: <a data-cke-saved-href=""x"" href=""https://example.org/paten"">hier</a></p>";www.example.org/paten\n',
    );
    const { code, err, catalog } = importTo('cms', csv, '--base', sample);
    assert.equal(code, 0, err);
    const [offer] = catalog.offers;
    assert.equal(
      offer.description,
      'Ehrenamtliche Paten begleiten Familien.\n\n• Alltag\n• Behörden\n\nMehr: hier (https://example.org/paten)',
    );
    assert.equal(offer.url, 'https://www.example.org/paten');
    assert.match(err, /HTML in Text umgewandelt/);
  });

  test('the report: summary first, then what was skipped, grouped with three examples; --verbose lists all; --json the same as data', () => {
    const rows = Array.from(
      { length: 8 },
      (_, i) => `${i % 2 ? '' : `Angebot ${i}`};kita;${i === 0 ? '12' : '02307 148-0'}`,
    );
    const csv = temp('viele.csv', `Titel;Lebensphase;Telefon\n${rows.join('\n')}\n`);
    const { err } = cli('import', csv, '--base', sample);
    const lines = err.split('\n');
    assert.match(lines[0], /^4 von 8 Einträgen übernommen, 4 übersprungen/);
    assert.ok(lines.indexOf('Übersprungen (fehlen im Katalog):') < lines.findIndex((l) => l.startsWith('Warnungen')));
    assert.match(
      err,
      /kein Name; der Eintrag wird übersprungen \(4×\)\n\s+Zeile 3\n\s+Zeile 5\n\s+Zeile 7\n\s+… und 1 weitere \(--verbose listet alle\)/,
    );
    assert.equal((cli('import', csv, '--base', sample, '--verbose').err.match(/Fehler – kein Name/g) ?? []).length, 4);
    const json = JSON.parse(cli('import', csv, '--base', sample, '--json').out);
    assert.deepEqual([json.summary.records, json.summary.converted, json.summary.skipped], [8, 4, 4]);
    assert.equal(json.groups[0].code, 'missing-value');
    assert.equal(json.groups[0].count, 4);
    assert.equal(json.notes.filter((n) => n.code === 'missing-value').length, 4);
    assert.match(cli('import', csv, '--base', sample, '--lang', 'en').err, /^4 of 8 records converted, 4 skipped/);
  });
});

describe('export: the spreadsheet a clerk maintains, and open data', () => {
  test('xlsx and csv: import reads them back into the same offers', () => {
    const xlsx = temp('angebote.xlsx');
    const run = cli('export', sample, '--format', 'xlsx', '--out', xlsx);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /100 Angebote exportiert \(xlsx\)/);
    const csv = cli('export', sample, '--format', 'csv');
    assert.match(csv.out, /^\uFEFFid;titel;/);
    const base = temp('basis.json', JSON.stringify({ ...readJson(sample), offers: [] }));
    const original = readJson(sample).offers;
    for (const file of [xlsx, temp('angebote.csv', csv.out)]) {
      const back = importTo(`back-${file.slice(-4)}`, file, '--base', base);
      assert.equal(back.code, 0, back.err);
      assert.equal(back.catalog.offers.length, 100);
      assert.deepEqual(
        back.catalog.offers.map((o) => o.id),
        original.map((o) => o.id),
      );
      assert.deepEqual(
        back.catalog.offers.find((o) => o.id === 'familienhebammen').openingHours,
        original.find((o) => o.id === 'familienhebammen').openingHours,
      );
    }
    assert.equal(cli('export', sample, '--format', 'xlsx').code, 2, 'a workbook needs --out');
    assert.equal(cli('export', sample, '--format', 'pdf').code, 2);
  });

  test('hsds: the HSDS 3.0 page of services on stdout', () => {
    const run = cli('export', sample, '--format', 'hsds');
    assert.equal(run.code, 0, run.err);
    const page = JSON.parse(run.out);
    assert.equal(page.total_items, 100);
    assert.equal(page.contents[0].status, 'active');
  });
});

describe('hostile files: refused with a message, exit 2, no crash', () => {
  test('a zip bomb named .xlsx, an old .xls, and a CSV of too many rows', async () => {
    const { zipSync } = await import('fflate');
    const bomb = zipSync(
      {
        '[Content_Types].xml': new Uint8Array(10),
        'xl/workbook.xml': new Uint8Array(10),
        'xl/worksheets/sheet1.xml': new Uint8Array(300 * 1024 * 1024),
      },
      { level: 9 },
    );
    const run = cli('import', temp('bombe.xlsx', bomb), '--base', sample);
    assert.equal(run.code, 2);
    assert.match(run.err, /bombe\.xlsx: .*(MiB|entpackt|ausgepackt)/);
    const xls = cli(
      'import',
      temp('alt.xls', Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex')),
      '--base',
      sample,
    );
    assert.equal(xls.code, 2);
    assert.match(xls.err, /\.xlsx/);
    const rows = temp('viele-zeilen.csv', `Titel;Lebensphase\n${'Kita;kita\n'.repeat(100_001)}`);
    const many = cli('import', rows, '--base', sample);
    assert.equal(many.code, 2);
    assert.match(many.err, /100\.000 Zeilen|100,000 rows|100000/);
  });
});

describe('validate: exactly the browser’s checks', () => {
  test('a catalog over the finder’s byte cap is an error, not "valid"', () => {
    const catalog = readJson(sample);
    const padding = 'x'.repeat(1024);
    const big = {
      ...catalog,
      offers: Array.from({ length: 11 * 1024 }, (_, i) => ({
        ...catalog.offers[i % 100],
        id: `o${i}`,
        description: padding,
      })),
    };
    const file = temp('gross.json', JSON.stringify(big));
    const run = cli('validate', file);
    assert.equal(run.code, 1);
    assert.match(run.out, /zu groß|größer als/);
  });

  test('one offer is "1 Angebot"', () => {
    const catalog = readJson(sample);
    const run = cli('validate', temp('eins.json', JSON.stringify({ ...catalog, offers: [catalog.offers[0]] })));
    assert.match(run.out, /1 Angebot wird angezeigt\./);
  });
});
