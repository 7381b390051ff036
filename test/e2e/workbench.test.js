// <catalog-workbench> on the built dist/cdn/catalog-workbench.js, with real files nobody on this team wrote: a city's
// open-data GeoJSON, an Excel CSV saved as Windows-1252 and the Berlin Kita list as xlsx. The counts are shown, the
// report is there, the catalog downloads and is valid against the JSON Schema, the previews show it, and the page
// made no request but for the page, the scripts and the base catalog. axe in every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startHarness, statusText } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = (path) => join(root, 'test/fixtures/real', path);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validCatalog = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/catalog-v1.schema.json'), 'utf8')));
const validMapping = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/import-mapping.schema.json'), 'utf8')));

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

async function workbench(options = {}, headers = {}, attributes = '', src = harness.catalogUrl('ok'), lang = 'de') {
  const path = harness.page({
    lang,
    headers,
    head: '<script type="module" src="/offer-finder/catalog-workbench.js"></script>',
    body: `<main><h1>Angebote pflegen</h1><catalog-workbench ${src ? `src="${src}"` : ''} ${attributes}></catalog-workbench></main>`,
  });
  const opened = await harness.open(path, options);
  const baseHint = lang === 'en' ? 'Milestones, topics' : 'Lebensphasen, Themen';
  await opened.tab.locator('catalog-workbench .hint', { hasText: baseHint }).waitFor({ timeout: 10_000 });
  return opened;
}

const summary = (tab) => statusText(tab, 'catalog-workbench');

/** Ticks a milestone for the records that name none, as the clerk does in "Einordnung für Einträge ohne Angabe". */
async function classifyAs(tab, milestone) {
  const defaults = tab.locator('catalog-workbench [part="defaults"]');
  if (!(await defaults.evaluate((details) => details.open))) await defaults.locator('summary').click();
  await defaults.getByRole('checkbox', { name: milestone }).check();
}

async function importAndWait(tab, files) {
  const before = await summary(tab);
  await tab.locator('catalog-workbench #files').setInputFiles(files);
  await tab.waitForFunction(
    (previous) => {
      const text = document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent;
      return text.trim() !== previous && /übernommen|fehlgeschlagen/.test(text);
    },
    before,
    { timeout: 60_000 },
  );
}

test('a city’s GeoJSON: counts, the report, a valid catalog to download, the previews, and no request elsewhere', async () => {
  const { tab, record } = await workbench();
  assert.deepEqual(await harness.axe(tab), []);
  await importAndWait(tab, [real('geojson-kitas/chemnitz-kindertageseinrichtungen.geojson')]);
  // The city's list names no milestone: every record is skipped, and the report says why.
  assert.match(await summary(tab), /^0 von 30 Einträgen übernommen, 30 übersprungen/);
  assert.match(await tab.locator('catalog-workbench .severity.error').innerText(), /kein Meilenstein/);
  assert.equal(await tab.getByRole('button', { name: 'Katalog herunterladen (JSON)' }).count(), 0);
  // The clerk ticks "Kita-Zeit" and reads the same file again.
  await classifyAs(tab, 'Kita-Zeit');
  await tab.getByRole('button', { name: 'Neu einlesen' }).first().click();
  await tab.waitForFunction(() =>
    /^30 von 30/.test(
      document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent,
    ),
  );
  assert.deepEqual(await harness.axe(tab), []);
  // Against the published catalog (the sample's 100 offers): what publishing this file would do.
  assert.equal(
    await tab.locator('catalog-workbench .diff > p').innerText(),
    '30 neu, 0 geändert, 100 nicht mehr in der Liste, 0 unverändert.',
  );
  const line = await summary(tab);
  const [, converted, records] = line.match(/^(\d+) von (\d+) Einträgen übernommen/) ?? [];
  assert.ok(Number(converted) > 0 && Number(converted) <= Number(records), line);
  assert.match(
    await tab.locator('catalog-workbench .sources').innerText(),
    /chemnitz-kindertageseinrichtungen\.geojson: geojson/,
  );

  const [download] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Katalog herunterladen (JSON)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'angebote.json');
  const catalog = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(validCatalog(catalog), JSON.stringify(validCatalog.errors?.slice(0, 3)));
  assert.equal(catalog.offers.length, Number(converted));
  assert.ok(catalog.offers.every((offer) => offer.milestones.includes('kita')));
  // The workbook for the next round of edits, made in the worker.
  const [workbook] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Als Excel-Tabelle herunterladen' }).click(),
  ]);
  assert.equal(workbook.suggestedFilename(), 'angebote.xlsx');
  assert.equal(
    readFileSync(await workbook.path())
      .subarray(0, 2)
      .toString('latin1'),
    'PK',
  );
  // Coordinates kept, phones in international notation.
  assert.ok(catalog.offers.every((offer) => offer.address?.lat !== undefined));
  assert.ok([...(catalog.contacts ?? []), ...(catalog.organizations ?? [])].some((c) => /^\+49 /.test(c.phone ?? '')));

  // The finder and the planners' table show the imported catalog.
  const preview = tab.locator('catalog-workbench offer-finder offer-search [role="status"]');
  await tab.waitForFunction(
    (count) =>
      document
        .querySelector('catalog-workbench')
        .shadowRoot.querySelector('offer-finder')
        ?.shadowRoot.querySelector('offer-search')
        ?.shadowRoot.querySelector('[role="status"]')
        ?.textContent.includes(`${count} Angebote`),
    Number(converted),
    { timeout: 10_000 },
  );
  assert.match(await preview.first().innerText(), new RegExp(`${converted} Angebote`));
  await tab.locator('catalog-workbench offer-coverage table').waitFor();
  assert.deepEqual(await harness.axe(tab), []);

  const origins = new Set(
    record.requests.map((url) => (new URL(url).protocol === 'blob:' ? 'blob:' : new URL(url).origin)),
  );
  assert.deepEqual(
    [...origins].filter((origin) => origin !== 'blob:'),
    [harness.origin],
  );
  assert.deepEqual(await tab.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('an Excel CSV in Windows-1252 and the Berlin xlsx: read in a worker, umlauts and dashes intact, the report grouped', async () => {
  const { tab, record } = await workbench();
  await classifyAs(tab, 'Kita-Zeit');
  await importAndWait(tab, [real('excel-encodings/windows-1252.csv')]);
  // The 28 rows of the real Berlin list as German Excel saves CSV.
  assert.match(await summary(tab), /^28 von 28 Einträgen übernommen/);
  assert.match(await tab.locator('catalog-workbench .sources').innerText(), /windows-1252\.csv: csv/);
  const [download] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Katalog herunterladen (JSON)' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.doesNotMatch(text, /[\u0080-\u009f]/, 'no C1 control characters: Windows-1252, not Latin-1');
  assert.match(text, /Gesellschaft für Familien- und Jugendhilfe/);
  assert.ok(text.includes('–'), 'the dashes of Windows-1252 (0x96)');

  await importAndWait(tab, [real('berlin-kitas/kitaliste_aktuell.xlsx')]);
  const line = await summary(tab);
  assert.match(line, /^2922 von 2923 Einträgen übernommen/, line);
  const groups = tab.locator('catalog-workbench [part="report-group"]');
  assert.ok((await groups.count()) > 0);
  await groups.first().locator('summary').click();
  assert.ok((await groups.first().locator('li').count()) > 0);
  assert.ok(
    record.requests.some((url) => url.endsWith('/catalog-workbench-import-worker.js')),
    'the import ran in its worker',
  );
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('unknown columns and categories assigned in the page: read again with them, and saved as the mapping file', async () => {
  const { tab } = await workbench();
  await classifyAs(tab, 'Kita-Zeit');
  await importAndWait(tab, [real('excel-encodings/windows-1252.csv')]);
  const mapping = tab.locator('catalog-workbench .mapping');
  await mapping.getByLabel('Spalte „Trägerart“').selectOption('kategorie');
  await mapping.getByLabel('Spalte „Anzahl Plätze“').selectOption({ label: 'nicht lesen' });
  assert.deepEqual(await harness.axe(tab), []);
  const again = () =>
    tab.locator('catalog-workbench .mapping + .downloads').getByRole('button', { name: 'Neu einlesen' });
  const status = () => summary(tab);
  let before = await status();
  await again().click();
  await tab.waitForFunction((previous) => {
    const text = document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent;
    return text.trim() !== previous && /übernommen/.test(text);
  }, before);
  // Trägerart is read now, as a category: its values are offered for a milestone and a topic.
  await mapping
    .getByLabel('Trägerart: Sonstiger freier Träger: Thema', { exact: true })
    .selectOption({ label: 'Betreuung' });
  // A column assigned stays on offer with its choice, and the report no longer calls it unknown.
  assert.equal(await mapping.getByLabel('Spalte „Anzahl Plätze“').inputValue(), 'ignore');
  const report = await tab.locator('catalog-workbench .severity.warning').evaluate((section) => section.textContent);
  assert.match(report, /Betreuungsbezirk Nr/);
  assert.doesNotMatch(report, /Anzahl Plätze|Trägerart/);
  before = await status();
  await again().click();
  await tab.waitForFunction(
    (previous) =>
      document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent.trim() !==
      previous,
    before,
  );
  const [catalogFile] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Katalog herunterladen (JSON)' }).click(),
  ]);
  const catalog = JSON.parse(readFileSync(await catalogFile.path(), 'utf8'));
  assert.equal(catalog.offers.filter((offer) => offer.topics?.includes('betreuung')).length, 18);

  const [mappingFile] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Zuordnung speichern (für die Kommandozeile)' }).click(),
  ]);
  assert.equal(mappingFile.suggestedFilename(), 'zuordnung.json');
  const saved = JSON.parse(readFileSync(await mappingFile.path(), 'utf8'));
  assert.deepEqual(saved, {
    columns: { Trägerart: 'kategorie', 'Anzahl Plätze': 'ignore' },
    topics: { 'Trägerart:Sonstiger freier Träger': 'betreuung' },
  });
  assert.ok(validMapping(saved), JSON.stringify(validMapping.errors));
  await tab.close();
});

test('2,922 rows: the page stays responsive while the worker reads, and "Abbrechen" stops it', async () => {
  const { tab, record } = await workbench();
  await classifyAs(tab, 'Kita-Zeit');
  await tab.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
  await tab.locator('catalog-workbench #files').setInputFiles(real('berlin-kitas/kitaliste_aktuell.xlsx'));
  await tab.locator('catalog-workbench [role="status"]', { hasText: 'Die Datei wird gelesen' }).waitFor();
  assert.ok(await tab.locator('catalog-workbench progress').isVisible(), 'progress is shown');
  const cancel = tab.getByRole('button', { name: 'Abbrechen' });
  await tab.waitForTimeout(300);
  await cancel.click();
  assert.equal(await summary(tab), 'Das Einlesen wurde abgebrochen.');
  assert.equal(await cancel.count(), 0);
  const longest = Math.max(0, ...(await tab.evaluate(() => window.__longTasks)));
  assert.ok(longest < 500, `no long task of half a second or more on the page: ${longest} ms`);
  assert.deepEqual(await harness.axe(tab), []);
  // Read again, it works.
  await tab.getByRole('button', { name: 'Neu einlesen' }).first().click();
  await tab.waitForFunction(
    () =>
      /^2922 von 2923/.test(
        document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent,
      ),
    undefined,
    { timeout: 60_000 },
  );
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('a page whose CSP forbids workers: the import runs in the page instead, with the same result', async () => {
  const { tab, record } = await workbench({}, { 'Content-Security-Policy': "worker-src 'none'" });
  await classifyAs(tab, 'Kita-Zeit');
  await importAndWait(tab, [real('geojson-kitas/chemnitz-kindertageseinrichtungen.geojson')]);
  assert.match(await summary(tab), /^30 von 30 Einträgen übernommen/);
  assert.ok(
    record.violations.some((violation) => violation.startsWith('worker-src')),
    record.violations.join(),
  );
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('with persist, the classification and the mapping are there on the next visit, and nothing of the files is stored', async () => {
  const src = harness.catalogUrl('ok');
  const { tab, context } = await workbench({}, {}, 'persist', src);
  await classifyAs(tab, 'Kita-Zeit');
  await importAndWait(tab, [real('excel-encodings/windows-1252.csv')]);
  await tab.locator('catalog-workbench .mapping').getByLabel('Spalte „Trägerart“').selectOption('kategorie');
  const stored = await tab.evaluate(() => Object.entries(localStorage));
  assert.equal(stored.length, 1);
  assert.equal(stored[0][0], `offer-finder:workbench:${src}`);
  assert.deepEqual(JSON.parse(stored[0][1]), {
    defaults: { milestones: ['kita'], topics: [] },
    mapping: { columns: { Trägerart: 'kategorie' }, milestones: {}, topics: {} },
  });
  await tab.reload();
  await tab.locator('catalog-workbench .hint', { hasText: 'Lebensphasen, Themen' }).waitFor();
  const defaults = tab.locator('catalog-workbench [part="defaults"]');
  await defaults.locator('summary').click();
  assert.equal(await defaults.getByRole('checkbox', { name: 'Kita-Zeit' }).isChecked(), true);
  await context.close();
});

test('in English, with the keyboard alone: choose the file, classify, read again, download; every focus visible', async () => {
  const { tab, record } = await workbench({}, {}, '', harness.catalogUrl('ok'), 'en');
  /** The focused element inside the workbench, with whether something around it shows a focus ring. */
  const focused = () =>
    tab.evaluate(() => {
      const element = document.querySelector('catalog-workbench').shadowRoot.activeElement;
      if (!element) return null;
      const ring = (el) =>
        getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) >= 2;
      const shown = ring(element) || [...(element.closest('.drop')?.querySelectorAll('label') ?? [])].some(ring);
      return { id: element.id, tag: element.localName, text: element.textContent.trim().slice(0, 40), shown };
    });
  // First the optional base catalog's field, then the list's.
  await tab.keyboard.press('Tab');
  assert.deepEqual(await focused(), { id: 'base-file', tag: 'input', text: '', shown: true });
  await tab.keyboard.press('Tab');
  assert.deepEqual(await focused(), { id: 'files', tag: 'input', text: '', shown: true });
  // Space opens the file chooser (Enter does too); on a busy machine Chromium sometimes lets the first key pass.
  let chooser;
  for (const key of ['Space', 'Enter', 'Space']) {
    [chooser] = await Promise.all([
      tab.waitForEvent('filechooser', { timeout: 8_000 }).catch(() => undefined),
      tab.keyboard.press(key),
    ]);
    if (chooser) break;
  }
  assert.ok(chooser, 'the keyboard opens the file chooser');
  await chooser.setFiles(real('geojson-kitas/chemnitz-kindertageseinrichtungen.geojson'));
  await tab.waitForFunction(() =>
    /converted/.test(
      document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent,
    ),
  );
  assert.match(await summary(tab), /^0 of 30 records converted, 30 skipped/);
  // Tab to the classification, open it, tick the third milestone (Kita-Zeit).
  await tab.keyboard.press('Tab');
  assert.equal((await focused()).tag, 'summary');
  assert.ok((await focused()).shown);
  await tab.keyboard.press('Enter');
  const kita = tab.locator('catalog-workbench [part="defaults"] input[type="checkbox"]').nth(2);
  for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab');
  assert.equal(await kita.evaluate((box) => box === box.getRootNode().activeElement), true);
  await tab.keyboard.press('Space');
  assert.equal(await kita.isChecked(), true);
  // On to "Import again" and Enter.
  for (let i = 0; i < 30 && (await focused())?.text !== 'Import again'; i++) await tab.keyboard.press('Tab');
  assert.ok((await focused()).shown);
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() =>
    /^30 of 30/.test(
      document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent.trim(),
    ),
  );
  assert.match(
    await tab.locator('catalog-workbench .diff > p').innerText(),
    /^30 new, 0 changed, 100 no longer in the list/,
  );
  for (let i = 0; i < 60 && (await focused())?.text !== 'Download the catalog (JSON)'; i++)
    await tab.keyboard.press('Tab');
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'angebote.json');
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('without src it starts from the sample’s structure; a base catalog can come from a file; a file dropped on the zone is read', async () => {
  const { tab, record } = await workbench({}, {}, '', null);
  await tab.locator('catalog-workbench .hint', { hasText: 'Grundstruktur des Beispielkatalogs' }).waitFor();
  await classifyAs(tab, 'Kita-Zeit');
  // Dropped, as with a mouse: the same as choosing.
  const bytes = [...readFileSync(real('geojson-kitas/chemnitz-kindertageseinrichtungen.geojson'))];
  await tab.locator('catalog-workbench .drop').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'chemnitz.geojson'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await tab.waitForFunction(() =>
    /^30 von 30/.test(
      document.querySelector('catalog-workbench').shadowRoot.querySelector('[role="status"]').textContent.trim(),
    ),
  );
  assert.equal(
    await tab.locator('catalog-workbench .diff > p').innerText(),
    '30 neu, 0 geändert, 0 nicht mehr in der Liste, 0 unverändert.',
  );
  // A base catalog chosen as a file: the comparison is against it.
  await tab
    .getByLabel('Anderen Grundkatalog aus einer Datei wählen (JSON, optional)')
    .setInputFiles(join(root, 'demo/public/angebote.json'));
  await tab.locator('catalog-workbench .hint', { hasText: 'angebote.json' }).waitFor();
  // A file that is no JSON is said so, and the base stays; a JSON that is no catalog gets the loader's message.
  const baseField = tab.getByLabel('Anderen Grundkatalog aus einer Datei wählen (JSON, optional)');
  await baseField.setInputFiles({
    name: 'kaputt.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1,'),
  });
  await tab.locator('catalog-workbench [role="alert"]', { hasText: 'Diese Datei ist kein Katalog' }).waitFor();
  assert.ok(await tab.locator('catalog-workbench .hint', { hasText: 'angebote.json' }).isVisible());
  assert.deepEqual(await harness.axe(tab), []);
  await baseField.setInputFiles({
    name: 'falsch.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "offers": "keine"}'),
  });
  await tab.locator('catalog-workbench [role="alert"]', { hasText: 'fehlerhaft' }).waitFor();
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual([...new Set(record.requests.map((url) => new URL(url).origin))], [harness.origin]);
  await tab.close();
});

test('a broken file: "Nicht lesbar" with the command line’s words, and nothing to download', async () => {
  const { tab } = await workbench();
  await importAndWait(tab, [
    { name: 'liste.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 kaputt') },
  ]);
  assert.match(await summary(tab), /^0 von 0 Einträgen übernommen/);
  assert.match(await tab.locator('catalog-workbench .severity.fatal').innerText(), /Nicht lesbar/);
  assert.ok(await tab.getByText('Es ist kein Angebot übernommen worden').isVisible());
  assert.deepEqual(await harness.axe(tab), []);
  await tab.close();
});

test('the families’ bundle does not carry the workbench or the import', () => {
  const bundle = readFileSync(join(harness.cdnDir, 'offer-finder.js'), 'utf8');
  for (const text of ['catalog-workbench', 'Angebotsliste einlesen', 'exceljs', 'xl/worksheets'])
    assert.ok(!bundle.includes(text), text);
});
