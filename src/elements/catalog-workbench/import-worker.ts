/**
 * The import of `<catalog-workbench>`, away from the page's main thread: the
 * command line's `importFiles` on the clerk's files, the report grouped and
 * worded as the command line words it, and the exports. Loaded as a module
 * worker; where the page's CSP forbids workers the element imports this
 * module into the page and calls its `runTask`, which it leaves under a
 * symbol (a built worker keeps no exports). Everything stays in the
 * browser: no request is made here.
 */
import { berlinTime } from '../../catalog/calendar.js';
import { parseCatalog } from '../../catalog/parse.js';
import { catalogDiff } from '../../import/diff.js';
import { catalogToHsds } from '../../import/export/hsds.js';
import { catalogWorkbook } from '../../import/export/sheet.js';
import { importFiles } from '../../import/import-files.js';
import { parseMapping } from '../../import/mapping.js';
import { describeTerms } from '../../import/terms.js';
import { noteLine } from '../../import/note-messages.js';
import { groupNotes, summarize, summaryLine } from '../../import/report.js';
import { writeXlsx } from '../../import/write/xlsx.js';
import {
  inPageRunTask,
  type ExportOutcome,
  type ExportTask,
  type ImportOutcome,
  type ImportTask,
  type WorkbenchOutcome,
  type WorkbenchTask,
} from './protocol.js';

const catalogJson = (catalog: unknown) => `${JSON.stringify(catalog, null, 2)}\n`;

async function runImport({ files, base, milestones, topics, mapping, lang }: ImportTask): Promise<ImportOutcome> {
  const mappingFile = lang === 'de' ? 'Zuordnung' : 'mapping';
  const parsed = parseMapping(mapping, mappingFile);
  const result = await importFiles(files, {
    base,
    baseFile: lang === 'de' ? 'Grundkatalog' : 'base catalog',
    mapping: parsed.mapping,
    mappingFile,
    ...(milestones.length && { milestones }),
    ...(topics.length && { topics }),
    lang,
  });
  result.notes.unshift(...parsed.notes);
  // What is there to assign: the command line's `terms`, on the same files and mapping.
  const terms = await describeTerms(files, { base, mapping: parsed.mapping, mappingFile, lang });
  const fatal = result.notes.some((note) => note.severity === 'fatal');
  const catalog = result.catalog && !fatal ? result.catalog : undefined;
  const withFile = result.sources.length > 1;
  const summary = summarize(result.records, catalog ? result.converted : 0, result.notes);
  return {
    kind: 'import',
    summary,
    summaryLine: summaryLine(summary, lang),
    groups: groupNotes(result.notes, lang, withFile).map((group) => ({
      severity: group.severity,
      code: group.code,
      title: group.title,
      count: group.count,
      lines: group.notes.map((note) => noteLine(note, lang, withFile)),
      ...(group.values && { values: group.values }),
    })),
    sources: result.sources,
    unknownColumns: [...new Set(terms.columns.filter((c) => c.field === 'unknown').map((c) => c.header))],
    terms: terms.terms.map((term) => ({
      key: `${term.scheme}:${term.value}`,
      label: `${term.scheme}: ${term.label ?? term.value}`,
      count: term.count,
      ...(term.milestones && { milestones: term.milestones }),
      ...(term.topics && { topics: term.topics }),
    })),
    ...(catalog && {
      catalogJson: catalogJson(catalog),
      diff: catalogDiff(parseCatalog(structuredClone(base)).catalog, catalog, berlinTime(new Date()).date),
    }),
    offers: catalog?.offers.length ?? 0,
  };
}

async function runExport({ format, catalog: input, lang }: ExportTask): Promise<ExportOutcome> {
  const { catalog } = parseCatalog(structuredClone(input));
  if (format === 'xlsx') {
    const bytes = await writeXlsx(catalogWorkbook(catalog));
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return { kind: 'export', bytes, fileName: 'angebote.xlsx', type };
  }
  const text = catalogJson(catalogToHsds(catalog, { language: lang }));
  return {
    kind: 'export',
    bytes: new TextEncoder().encode(text),
    fileName: 'angebote-hsds.json',
    type: 'application/json',
  };
}

export function runTask(task: WorkbenchTask): Promise<WorkbenchOutcome> {
  return task.kind === 'import' ? runImport(task) : runExport(task);
}

/** The worker's own scope, as far as it is used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  importScripts?: unknown;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkbenchTask>) => void): void;
  postMessage(message: unknown): void;
}
const scope = globalThis as unknown as WorkerScope;

// In a worker (only workers have importScripts): answer each task with its outcome, or with the error's message.
// In a page: leave runTask where the element finds it.
if (typeof scope.importScripts !== 'function') (globalThis as Record<symbol, unknown>)[inPageRunTask] = runTask;
else {
  scope.addEventListener('message', (event) => {
    runTask(event.data).then(
      (outcome) => scope.postMessage({ outcome }),
      (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
