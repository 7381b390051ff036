// `npm run bench`, the import part: how long `offer-finder import` takes for
// a real list of 2,922 rows (the Berlin Kita list, test/fixtures/real/), as
// xlsx, ods and CSV, against the floor in the same run: Node starting and
// exceljs merely loading the same workbook. Median of five runs each; the
// machine is shared, so read the ratios. Prints Markdown, never fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/offer-finder.js');
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench/import.js: run `npm run build` first (dist/cli/main.js is missing).');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'offer-finder-bench-'));
const xlsx = join(root, 'test/fixtures/real/berlin-kitas/kitaliste_aktuell.xlsx');
const ods = join(root, 'test/fixtures/real/ods-workbook/kitaliste_aktuell.ods');
const mapping = join(root, 'test/fixtures/real/mappings/berlin.json');
const base = join(root, 'demo/public/angebote.json');

/** Wall time of a command in ms, median of `runs`. */
function time(args, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

// The same list as CSV, written by the import's own export of what it read.
const catalogFile = join(dir, 'berlin.json');
spawnSync(process.execPath, [cli, 'import', xlsx, '--base', base, '--mapping', mapping, '--out', catalogFile], {
  cwd: root,
});
const csv = join(dir, 'berlin.csv');
writeFileSync(
  csv,
  spawnSync(process.execPath, [cli, 'export', catalogFile, '--format', 'csv'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout,
);

const node = time(['-e', '']);
const exceljs = time([
  '--input-type=module',
  '-e',
  `import ExcelJS from 'exceljs'; import { readFileSync } from 'node:fs'; await new ExcelJS.Workbook().xlsx.load(readFileSync(${JSON.stringify(xlsx)}));`,
]);
const rows = [
  ['Node starts, does nothing', node],
  ['exceljs loads the workbook, nothing else (the floor for xlsx)', exceljs],
  [
    '`offer-finder import` the xlsx (2,922 rows)',
    time([cli, 'import', xlsx, '--base', base, '--mapping', mapping, '--out', join(dir, 'a.json')]),
  ],
  [
    '`offer-finder import` the ods',
    time([cli, 'import', ods, '--base', base, '--mapping', mapping, '--out', join(dir, 'b.json')]),
  ],
  ['`offer-finder import` the csv', time([cli, 'import', csv, '--base', base, '--out', join(dir, 'c.json')])],
];
rmSync(dir, { recursive: true, force: true });

console.log('\n## Import of a real list (Berlin Kitas, 2,922 rows)\n');
console.log('| what | median of 5 | × exceljs alone |');
console.log('| --- | ---: | ---: |');
for (const [label, ms] of rows) console.log(`| ${label} | ${Math.round(ms)} ms | ${(ms / exceljs).toFixed(2)} |`);
console.log('\nTarget: a 2,500-row spreadsheet in under 5 s.');
