// The command line for data maintainers (`npx offer-finder …`): usage,
// validate, the spreadsheet and HSDS imports under their old names, stats.
// Run as maintainers run it (see cli-harness.js); the import of real data
// is in import.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { built, buildCli, cli, root } from './cli-harness.js';

const sample = 'demo/public/angebote.json';
const broken = 'test/fixtures/catalog-fehlerhaft.json';
const today = '2026-11-26';

let dir;
before(async () => {
  await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'offer-finder-cli-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
});

const temp = (name, content) => {
  const path = join(dir, name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
};
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

describe('usage', () => {
  test('--help prints the commands (exit 0); no command, an unknown command or option is exit 2 with a hint', () => {
    const help = cli('--help');
    assert.equal(help.code, 0);
    for (const command of ['import', 'terms', 'export', 'validate', 'from-csv', 'from-hsds', 'stats'])
      assert.match(help.out, new RegExp(`offer-finder ${command}`));
    assert.match(cli('--help', '--lang', 'en').out, /tools for the offer catalog/);
    assert.equal(cli().code, 2);
    const unknown = cli('frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Unbekannter Befehl 'frobnicate'\.\nHilfe: offer-finder --help/);
    const option = cli('validate', sample, '--bogus');
    assert.equal(option.code, 2);
    assert.match(option.err, /unbekannte Option --bogus/);
    assert.match(cli('validate', sample, '--bogus', '--lang', 'en').err, /unknown option --bogus/);
    assert.equal(cli('validate').code, 2);
    assert.equal(cli('from-csv', 'x.csv').code, 2);
    assert.match(cli('from-csv', 'x.csv').err, /Es fehlt --base\./);
    assert.equal(cli('stats', sample, '--stale-months', 'zwölf').code, 2);
  });

  test('--version is the package version', () => {
    const { version } = readJson(join(root, 'package.json'));
    assert.equal(cli('--version').out.trim(), version);
  });

  test('the bundle is plain Node: no Lit, no DOM', () => {
    const code = readFileSync(built, 'utf8');
    assert.doesNotMatch(code, /from ["']lit|lit-html|customElements\.define/);
    // The libraries it bundles guard their browser paths (jszip's scheduler); the project's own code has none.
    for (const dir of ['src/cli', 'src/import']) {
      for (const file of readdirSync(join(root, dir), { recursive: true }).filter((f) => f.endsWith('.ts'))) {
        assert.doesNotMatch(
          readFileSync(join(root, dir, file), 'utf8'),
          /\b(document|window|localStorage|sessionStorage)\.|\blocation\.(href|assign|reload)|\bhistory\.(push|replace)State/,
          `${dir}/${file}`,
        );
      }
    }
  });
});

describe('validate', () => {
  test('the sample catalog is valid: exit 0, what is shown, in German and English', () => {
    const de = cli('validate', sample);
    assert.equal(de.code, 0, de.out + de.err);
    assert.equal(
      de.out,
      `${sample}: gültig.\n6 Lebensphasen, 10 Themen, 6 Stadtteile, 25 Träger, 30 Kontakte, 100 Angebote werden angezeigt.\n`,
    );
    const en = cli('validate', sample, '--lang', 'en');
    assert.match(
      en.out,
      /: valid\.\n6 milestones, 10 topics, 6 districts, 25 providers, 30 contacts, 100 offers are shown\.\n$/,
    );
  });

  test('a broken catalog: exit 1 and every problem with its JSON path, in German', () => {
    const { code, out } = cli('validate', broken);
    assert.equal(code, 1);
    assert.match(out, /^test\/fixtures\/catalog-fehlerhaft\.json: 4 Fehler, 9 Warnungen\./);
    const lines = out.split('\n').map((line) => line.trim());
    for (const expected of [
      "✗ offers[7].title: fehlt (Pflichtfeld); der Eintrag wird übersprungen (id 'schwangerschaftscafe-methler')",
      "✗ offers[8].milestones: kein bekannter Meilenstein; der Eintrag wird übersprungen (id 'elterngeld-beratung')",
      "✗ offers[9].id: doppelte ID 'bundesstiftung-mutter-kind'; nur der erste Eintrag gilt",
      "✗ offers[12].milestones: kein bekannter Meilenstein; der Eintrag wird übersprungen (id 'elternbegleitbuch')",
      "! contacts[0].email: 'keine-mail': keine gültige E-Mail-Adresse; das Feld wird ignoriert (id 'sabine-kortmann')",
      "! offers[3].url: 'javascript:alert(1)': keine Webadresse (http:// oder https://); das Feld wird ignoriert (id 'geburtsvorbereitung')",
      `! offers[5].cost: 'umsonst': kein erlaubter Wert (erlaubt: "free", "reduced", "paid"); das Feld wird ignoriert (id 'hebammensprechstunde')`,
      "! offers[6].updated: 'gestern': kein Datum (JJJJ-MM-TT); das Feld wird ignoriert (id 'lotsin-fruehe-hilfen')",
      "! offers[8].milestones[0]: unbekannter Meilenstein 'mond'; der Verweis wird entfernt (id 'elterngeld-beratung')",
      "! offers[10].sumary: unbekanntes Feld; wird ignoriert (gemeint: 'summary'?) (id 'stilltreff-heeren')",
      "! offers[11].topics[2]: unbekanntes Thema 'astrologie'; der Verweis wird entfernt (id 'vorsorge-ohne-versicherung')",
      "! offers[12].milestones[0]: unbekannter Meilenstein 'kita2'; der Verweis wird entfernt (id 'elternbegleitbuch')",
      "! offers[13].ageMax: ageMin liegt nach ageMax; das Feld wird ignoriert (id 'babykorb')",
    ]) {
      assert.ok(lines.includes(expected), `missing: ${expected}\n${out}`);
    }
    assert.match(out, /10 Angebote werden angezeigt\.\n$/);
  });

  test('the same in English', () => {
    const { code, out } = cli('validate', broken, '--lang', 'en');
    assert.equal(code, 1);
    assert.match(out, /4 errors, 9 warnings\./);
    assert.match(out, /offers\[12\]\.milestones\[0\]: unknown milestone 'kita2'; the reference is removed/);
    assert.match(out, /offers\[7\]\.title: missing \(required\); the record is skipped/);
    assert.match(
      out,
      /offers\[5\]\.cost: 'umsonst': not an allowed value \(allowed: "free", "reduced", "paid"\); the field is ignored/,
    );
    assert.match(out, /offers\[10\]\.sumary: unknown field; ignored \(did you mean 'summary'\?\)/);
  });

  test('--json: machine output with code, path, id, severity and the worded message', () => {
    const { code, out } = cli('validate', broken, '--json');
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 4);
    assert.equal(report.warnings, 9);
    assert.equal(report.counts.offers, 10);
    const kita2 = report.issues.find((issue) => issue.path === 'offers[12].milestones[0]');
    assert.deepEqual(kita2, {
      severity: 'warning',
      code: 'unknown-reference',
      path: 'offers[12].milestones[0]',
      id: 'elternbegleitbuch',
      message: "unbekannter Meilenstein 'kita2'; der Verweis wird entfernt",
      reference: { kind: 'milestone', id: 'kita2' },
    });
    assert.deepEqual(report.issues.find((issue) => issue.path === 'offers[5].cost').problem, {
      code: 'invalid_value',
      values: ['free', 'reduced', 'paid'],
    });
    assert.equal(JSON.parse(cli('validate', sample, '--json').out).valid, true);
  });

  test('warnings alone pass; with --strict they fail', () => {
    const catalog = readJson(join(root, sample));
    catalog.offers[0].topics.push('astrologie');
    const file = temp('warnings.json', JSON.stringify(catalog));
    const lenient = cli('validate', file);
    assert.equal(lenient.code, 0);
    assert.match(lenient.out, /0 Fehler, 1 Warnung\./);
    const strict = cli('validate', file, '--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.out, /Mit --strict zählen auch Warnungen: Exit-Code 1\./);
  });

  test('a typo inside a list of objects (openingHours) is named once, with the record it belongs to', () => {
    const catalog = readJson(join(root, sample));
    const index = catalog.offers.findIndex((offer) => offer.openingHours);
    catalog.offers[index].openingHours[0].valid_from = '2026-01-01';
    const run = cli('validate', temp('typo-in-hours.json', JSON.stringify(catalog)));
    assert.equal(run.code, 0);
    const lines = run.out.split('\n').filter((line) => line.includes('valid_from'));
    assert.deepEqual(lines, [
      `  ! offers[${index}].openingHours[0].valid_from: unbekanntes Feld; wird ignoriert (gemeint: 'validFrom'?) (id '${catalog.offers[index].id}')`,
    ]);
  });

  test('not a catalog: exit 1 and every problem of the envelope; not JSON: where; no file: exit 2', () => {
    const shape = cli('validate', temp('shape.json', '{"version": 2, "offers": {}, "topics": "keine"}'));
    assert.equal(shape.code, 1);
    assert.match(
      shape.out,
      /kein Katalog im Format v1 – nichts kann angezeigt werden:\n {2}version: 2: kein erlaubter Wert \(erlaubt: 1\)\n {2}milestones: fehlt \(Pflichtfeld\)\n {2}topics: 'keine': Liste erwartet\n {2}offers: \{\}: Liste erwartet\n/,
    );
    const json = cli('validate', temp('syntax.json', '{\n  "version": 1,\n  "offers": [1,]\n}'));
    assert.equal(json.code, 1);
    assert.match(json.err, /syntax\.json, Zeile 3, Spalte 16: kein gültiges JSON \(unerwartetes Zeichen "\]"\)\./);
    const cut = cli('validate', temp('cut.json', '{"version": 1, "offers": ['), '--lang', 'en');
    assert.match(cut.err, /cut\.json, line 1, column 27: not valid JSON \(the file ends inside the JSON\)\./);
    // A byte order mark (as Windows editors save) is no error.
    assert.equal(cli('validate', temp('bom.json', `\uFEFF${readFileSync(join(root, sample), 'utf8')}`)).code, 0);
    const missing = cli('validate', 'gibt-es-nicht.json');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /gibt-es-nicht\.json: kann nicht gelesen werden \(nicht gefunden\)\./);
  });
});

describe('from-csv and from-hsds: the old names of import', () => {
  test('a semicolon file with BOM, quotes and line breaks in cells, titles for ids: a valid catalog on stdout, the report on stderr', () => {
    const { code, out, err } = cli('from-csv', 'test/fixtures/csv/angebote.csv', '--base', sample, '--today', today);
    assert.equal(code, 0, err);
    const catalog = JSON.parse(out);
    assert.equal(catalog.updated, today);
    assert.deepEqual(
      catalog.milestones.map((m) => m.id),
      readJson(join(root, sample)).milestones.map((m) => m.id),
    );
    assert.deepEqual(
      catalog.offers.map((o) => o.id),
      ['elterncafe-derne', 'sprachtreff-jugend', 'ferienbetreuung-uebergang'],
    );
    const [cafe, sprache, ferien] = catalog.offers;
    assert.equal(
      cafe.description,
      'Jeden Dienstag treffen sich Eltern im Familienzentrum.\nKaffee, Tee und "Zeit zum Reden" – ohne Anmeldung.',
    );
    assert.deepEqual(
      [
        cafe.milestones,
        cafe.topics,
        cafe.districts,
        cafe.ageMin,
        cafe.ageMax,
        cafe.organization,
        cafe.contacts,
        cafe.cost,
        cafe.languages,
        cafe.accessibility,
      ],
      [
        ['erste-jahre', 'kita'],
        ['beratung', 'freizeit'],
        ['derne'],
        0,
        6,
        'fz-derne',
        ['fatma-oezkan'],
        'free',
        ['de', 'tr'],
        { wheelchair: true },
      ],
    );
    assert.deepEqual(cafe.address, { street: 'Dorfstraße 12', postalCode: '59174', city: 'Kamen' });
    assert.deepEqual(
      [cafe.schedule, cafe.url, cafe.keywords, cafe.updated],
      ['Di 9:00–11:00', 'https://fz-derne.example.org/elterncafe', ['Elterntreff', 'Frühstück'], '2026-10-01'],
    );
    // The schedule text is understood: "jetzt geöffnet" works for it.
    assert.deepEqual(cafe.openingHours, [{ days: ['tu'], opens: '09:00', closes: '11:00' }]);
    // Titles, not ids, and German language names; the date in German notation.
    assert.deepEqual(
      [sprache.milestones, sprache.topics, sprache.districts, sprache.organization],
      [['weiterfuehrende-schule'], ['sprache'], ['rottum'], 'ki-kreis-unna'],
    );
    assert.deepEqual(
      [sprache.cost, sprache.costNote, sprache.languages, sprache.accessibility, sprache.updated],
      ['reduced', '3 € im Monat', ['de', 'ar', 'uk'], { wheelchair: false }, '2026-09-15'],
    );
    // No id: made from the title. A provider the base does not know: added.
    assert.equal(ferien.organization, 'neuer-traeger-e-v');
    assert.deepEqual(catalog.organizations.at(-1), { id: 'neuer-traeger-e-v', name: 'Neuer Träger e. V.' });
    // The summary first, then the notes grouped: no line per record.
    assert.match(err, /^3 von 3 Einträgen übernommen, 0 übersprungen, 0 Warnungen, 5 Hinweise\.\n/);
    for (const expected of [
      "  · Meilenstein am Namen erkannt (1×)\n      Zeile 3, Spalte meilensteine: 'Weiterführende Schule' → 'weiterfuehrende-schule'",
      "  · Thema am Namen erkannt (1×)\n      Zeile 3, Spalte themen: 'Sprache & Integration' → 'sprache'",
      "  · Träger am Namen erkannt (1×)\n      Zeile 3, Spalte traeger: 'Kommunales Integrationszentrum Kreis Unna – Büro Kamen' → 'ki-kreis-unna'",
      "  · keine ID; aus dem Namen gebildet (1×)\n      Zeile 4, Spalte titel: → 'ferienbetreuung-uebergang'",
      "  · Träger nicht im Basiskatalog; neu angelegt (1×)\n      Zeile 4, Spalte traeger: 'Neuer Träger e. V.' → 'neuer-traeger-e-v'",
    ]) {
      assert.ok(err.includes(expected), `missing: ${expected}\n${err}`);
    }
    // What it wrote is valid for `validate` too.
    assert.equal(cli('validate', temp('from-csv.json', out), '--strict').code, 0);
  });

  test('a comma file without BOM, lists in quotes, decimal commas; --out writes the file', () => {
    const file = temp('komma.json');
    const { code, out, err } = cli(
      'from-csv',
      'test/fixtures/csv/angebote-komma.csv',
      '--base',
      sample,
      '--out',
      file,
      '--lang',
      'en',
    );
    assert.equal(code, 0, err);
    assert.equal(out, '');
    assert.match(err, /^2 of 2 records converted, 0 skipped, 0 warnings, 0 notes\.\n/);
    assert.match(err, /\nCatalog with 2 offers written: /);
    const [still, schwimmen] = readJson(file).offers;
    assert.deepEqual(
      [still.title, still.milestones, still.ageMin, still.cost],
      ['Stillcafé Südkamen, offen für alle', ['schwangerschaft', 'erste-jahre'], -0.5, 'free'],
    );
    assert.deepEqual(
      [schwimmen.topics, schwimmen.districts, schwimmen.cost],
      [['freizeit', 'gesundheit'], undefined, 'paid'],
    );
  });

  test('a broken file: each problem with row and column (--verbose), the good rows converted, exit 1', () => {
    const file = temp('fehlerhaft.json');
    const { code, err } = cli(
      'from-csv',
      'test/fixtures/csv/angebote-fehlerhaft.csv',
      '--base',
      sample,
      '--out',
      file,
      '--verbose',
    );
    assert.equal(code, 1);
    assert.match(err, /^3 von 7 Einträgen übernommen, 4 übersprungen, 9 Warnungen, /);
    const lines = err.split('\n').map((line) => line.trim());
    for (const expected of [
      'Fehler – kein Name; der Eintrag wird übersprungen – Zeile 3',
      'Fehler – kein Meilenstein (weder in den Daten noch über Alter, Zuordnungsdatei oder --milestones); der Eintrag wird übersprungen – Zeile 4',
      "Warnung – unbekannter Meilenstein; weggelassen – Zeile 5, Spalte meilensteine: 'kita2'",
      "Fehler – kein Meilenstein (weder in den Daten noch über Alter, Zuordnungsdatei oder --milestones); der Eintrag wird übersprungen – Zeile 5, Spalte meilensteine: 'kita2'",
      "Fehler – ID kam schon vor, mit anderem Inhalt; der Eintrag wird übersprungen, der erste gilt – Zeile 6, Spalte id: 'ok-1'",
      "Warnung – unbekannter Meilenstein; weggelassen – Zeile 7, Spalte meilensteine: 'mond'",
      "Warnung – unbekanntes Thema; weggelassen – Zeile 7, Spalte themen: 'astrologie'",
      "Warnung – unbekannter Stadtteil; weggelassen – Zeile 7, Spalte stadtteile: 'atlantis'",
      "Warnung – keine Zahl; weggelassen – Zeile 7, Spalte alter_von: 'drei'",
      "Hinweis – Höchstalter über 30 Jahre: im Katalog ohne Obergrenze – Zeile 7, Spalte alter_bis: '99'",
      "Hinweis – keine Kostenangabe (kostenlos, ermäßigt, kostenpflichtig oder ein Betrag); als Hinweis übernommen – Zeile 7, Spalte kosten: 'umsonst-ish'",
      "Hinweis – weder ja noch nein; als Hinweis übernommen – Zeile 7, Spalte rollstuhlgerecht: 'vielleicht'",
      "Warnung – kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ); weggelassen – Zeile 7, Spalte stand: '31.02.2026'",
      "Warnung – keine Webadresse (http:// oder https://); weggelassen – Zeile 7, Spalte url: 'javascript:alert(1)'",
      'Warnung – ageMin liegt nach ageMax – Zeile 8, Spalte alter_bis',
    ]) {
      assert.ok(lines.includes(expected), `missing: ${expected}\n${err}`);
    }
    assert.match(err, /Warnung – unbekannte Spalte; nicht gelesen .* – Zeile 1, Spalte farbe: 'farbe'/);
    const catalog = readJson(file);
    assert.deepEqual(
      catalog.offers.map((o) => o.id),
      ['ok-1', 'teilweise', 'alter-verdreht'],
    );
    // What is no yes/no or no cost word is kept as the note beside it.
    assert.deepEqual(catalog.offers[1], {
      id: 'teilweise',
      title: 'Teilweise falsch',
      milestones: ['kita'],
      topics: ['beratung'],
      districts: ['derne'],
      costNote: 'umsonst-ish',
      accessibility: { note: 'vielleicht' },
    });
    assert.equal(cli('validate', file).code, 0);
    // In English.
    assert.match(
      cli('from-csv', 'test/fixtures/csv/angebote-fehlerhaft.csv', '--base', sample, '--lang', 'en').err,
      /✗ no name; the record is skipped \(1×\)\n\s+row 3\n/,
    );
  });

  test('a missing name column converts nothing; an unclosed quote says where it starts', () => {
    const headless = cli('from-csv', temp('headless.csv', 'id;farbe\n1;blau\n'), '--base', sample);
    assert.equal(headless.code, 1);
    assert.equal(headless.out, '');
    assert.match(headless.err, /keine Spalte für den Namen des Angebots/);
    assert.match(headless.err, /Kein Katalog geschrieben\./);
    const unclosed = cli('from-csv', temp('unclosed.csv', 'titel;meilensteine\n"offen;kita\n'), '--base', sample);
    assert.equal(unclosed.code, 1);
    assert.match(
      unclosed.err,
      /ein Feld in Anführungszeichen wird nie geschlossen; die Datei kann nicht gelesen werden \(1×\)\n\s+Zeile 2\n/,
    );
  });

  test('--keep-offers keeps the base catalog’s offers; a row with the same id replaces one', () => {
    const csv = temp('replace.csv', 'id;titel;meilensteine\nwillkommensbesuch;Willkommensbesuch (neu);erste-jahre\n');
    const catalog = JSON.parse(cli('from-csv', csv, '--base', sample, '--keep-offers').out);
    assert.equal(catalog.offers.length, 100);
    assert.equal(catalog.offers.find((o) => o.id === 'willkommensbesuch').title, 'Willkommensbesuch (neu)');
  });

  test('from-hsds: the Open Referral example becomes a catalog that validates; what needed attention with the HSDS field', () => {
    const file = temp('service_full.catalog.json');
    const { code, err } = cli(
      'from-hsds',
      'test/fixtures/hsds/service_full.json',
      '--mapping',
      'test/fixtures/hsds-mapping.json',
      '--base',
      sample,
      '--out',
      file,
      '--lang',
      'en',
    );
    assert.equal(code, 0, err);
    assert.match(err, /^1 of 1 record converted/);
    assert.equal(cli('validate', file, '--strict').code, 0);
    assert.match(err, /maximum age above 30 years: no upper limit in the catalog \(1×\)\n\s+maximum_age: '100'/);
    assert.match(
      err,
      /not valid coordinates \(degrees, WGS 84\); left out \(2×\)\n\s+organization: '100, 101'\n\s+service_at_locations\[0\]\.location\.latitude: '100, 101'/,
    );
  });

  test('a file that is no known format: exit 2, and no catalog', () => {
    const other = cli('from-hsds', temp('other.json', '{"data": [1, 2, 3]}'), '--base', sample);
    assert.equal(other.code, 2);
    assert.match(other.err, /unbekanntes Format/);
  });
});

describe('stats', () => {
  test('counts, stale entries and the gap list of the sample catalog', () => {
    const { code, out } = cli('stats', sample, '--today', today);
    assert.equal(code, 0);
    assert.match(out, /^demo\/public\/angebote\.json: 100 Angebote \(Stand 2026-11-01\)\n/);
    assert.match(out, /Angebote je Lebensphase\n {2}Schwangerschaft & Geburt +14\n {2}Die ersten Jahre +37\n/);
    assert.match(out, / {2}Sprache & Integration +13\n/);
    assert.match(out, / {2}Derne +3 +72\n {2}Rottum +3 +72\n {2}stadtweit \(ohne Stadtteil\) +69\n/);
    assert.match(
      out,
      /Veraltete Einträge \(Stand vor 2025-11-26, älter als 12 Monate\): 11\n {2}2024-06-20 {2}elternabend-medien {2}Elternabend: Kinder und Bildschirm\n/,
    );
    assert.match(
      out,
      /7 Lücken: Freizeit & Sport in „Schwangerschaft & Geburt“, Betreuung in „Schwangerschaft & Geburt“, Inklusion & Behinderung in „Schwangerschaft & Geburt“, Beteiligung & Engagement in „Schwangerschaft & Geburt“, Beteiligung & Engagement in „Die ersten Jahre“, Betreuung in „Übergang Schule–Beruf“, Inklusion & Behinderung in „Übergang Schule–Beruf“\./,
    );
    assert.match(out, /9 Felder sind dünn besetzt: .*Sprache & Integration in „Weiterführende Schule“/);
    assert.match(
      out,
      /11 Lücken: Methler in „Übergang Schule–Beruf“, .*Derne in „Schwangerschaft & Geburt“, Derne in „Weiterführende Schule“, Derne in „Übergang Schule–Beruf“, Rottum in/,
    );
  });

  test('several catalogs, one per commune, are counted together, as the finder shows them', () => {
    const kamen = JSON.parse(readFileSync(join(root, sample), 'utf8'));
    const unna = {
      ...kamen,
      title: 'Unna',
      districts: [{ id: 'massen', title: 'Massen' }],
      // Ten of the same ids as Kamen's, as two communes that count from the same template would have.
      offers: kamen.offers.slice(0, 10).map((offer) => ({ ...offer, districts: ['massen'] })),
    };
    const { code, out } = cli('stats', sample, temp('unna.json', JSON.stringify(unna)), '--json', '--today', today);
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.offers, 110);
    assert.deepEqual(
      report.districts.find((d) => d.id === 'massen'),
      { id: 'massen', title: 'Unna: Massen', local: 10, offers: 10 + 69 },
    );
    assert.match(
      cli('stats', sample, temp('unna.json', JSON.stringify(unna)), '--today', today).out,
      /Unna: Massen +10 +79\n/,
    );
  });

  test('--district, --stale-months, --lang en and --json', () => {
    assert.match(
      cli('stats', sample, '--district', 'derne', '--today', today).out,
      /Lücken: Themen je Lebensphase in Derne \(mit den stadtweiten Angeboten\)\n {2}8 Lücken: /,
    );
    assert.equal(cli('stats', sample, '--district', 'atlantis').code, 2);
    assert.match(
      cli('stats', sample, '--stale-months', '6', '--today', today).out,
      /Stand vor 2026-05-26, älter als 6 Monate\): 55\n/,
    );
    assert.match(
      cli('stats', sample, '--lang', 'en', '--today', today).out,
      /7 gaps: Leisure & sports in “Pregnancy & birth”/,
    );
    const report = JSON.parse(cli('stats', sample, '--json', '--today', today).out);
    assert.equal(report.offers, 100);
    assert.equal(report.gaps.topics.gapCells.length, 7);
    assert.deepEqual(report.gaps.topics.gapCells[0], { row: 'freizeit', column: 'schwangerschaft', count: 0 });
    assert.deepEqual(
      report.districts.find((d) => d.id === 'derne'),
      { id: 'derne', title: 'Derne', local: 3, offers: 72 },
    );
    assert.equal(report.stale.offers.length, 11);
    assert.equal(report.citywide, 69);
  });
});
