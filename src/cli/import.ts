/// <reference types="node" />
/**
 * `offer-finder import <file|folder>… --base <catalog.json>` (and its old
 * names `from-csv`, `from-hsds`): the files a Jugendamt has into a valid
 * catalog. The report goes to stderr, summary first; the catalog to stdout
 * or `--out`. With `--json` the report is data on stdout.
 */
import { importFiles, type ImportResult } from '../import/import-files.js';
import { defaultImportLimits } from '../import/limits.js';
import { emptyMapping, parseMapping, type ImportMapping } from '../import/mapping.js';
import type { MessageLanguage } from '../import/messages.js';
import { noteExample, noteTitle } from '../import/note-messages.js';
import type { ImportNote } from '../import/notes.js';
import { groupNotes, reportText, summarize, summaryLine } from '../import/report.js';
import type { CatalogInput } from '../catalog/schema.js';
import { problemText, valueAt } from '../import/messages.js';
import { readInputs } from './inputs.js';
import { catalogJson, CliError, readJson, writeOut, type Output } from './io.js';
import { cliStrings } from './strings.js';
import { envelopeProblems } from './validate.js';

export interface ImportCommandOptions {
  lang: MessageLanguage;
  json: boolean;
  strict: boolean;
  verbose: boolean;
  base: string;
  mapping?: string | undefined;
  milestones?: string[] | undefined;
  topics?: string[] | undefined;
  country?: string | undefined;
  out?: string | undefined;
  keepOffers: boolean;
  today: string;
}

/** The base catalog, which must at least have a valid envelope. */
export function readBase(file: string, lang: MessageLanguage): CatalogInput {
  const json = readJson(file, lang);
  const problems = envelopeProblems(json);
  if (problems.length) {
    const lines = problems.map(
      ({ path, problem }) => `  ${path}: ${problemText(problem, path, lang, { value: valueAt(json, path) })}`,
    );
    throw new CliError(`${cliStrings[lang].envelope(file)}\n${lines.join('\n')}`, 1);
  }
  return json as CatalogInput;
}

/** Fatal notes that mean the input could not be read at all: exit code 2. */
const unreadable = new Set<ImportNote['code']>(['unreadable-file', 'unknown-format', 'json-syntax']);

export function exitCode(result: Pick<ImportResult, 'notes'>, strict: boolean): number {
  if (result.notes.some((n) => n.severity === 'fatal' && unreadable.has(n.code))) return 2;
  if (result.notes.some((n) => n.severity === 'fatal' || n.severity === 'error')) return 1;
  return strict && result.notes.some((n) => n.severity === 'warning') ? 1 : 0;
}

export async function importCommand(paths: string[], options: ImportCommandOptions, output: Output): Promise<number> {
  const s = cliStrings[options.lang];
  const base = readBase(options.base, options.lang);
  let mapping: ImportMapping = emptyMapping();
  const mappingNotes: ImportNote[] = [];
  if (options.mapping) {
    const parsed = parseMapping(readJson(options.mapping, options.lang), options.mapping);
    mapping = parsed.mapping;
    mappingNotes.push(...parsed.notes);
  }
  const { sources, all } = readInputs(paths, defaultImportLimits, options.lang, [
    options.base,
    ...(options.mapping ? [options.mapping] : []),
  ]);
  const result = await importFiles(
    sources,
    {
      base,
      baseFile: options.base,
      mapping,
      ...(options.mapping && { mappingFile: options.mapping }),
      ...(options.milestones && { milestones: options.milestones }),
      ...(options.topics && { topics: options.topics }),
      ...(options.country && { country: options.country.toUpperCase() }),
      keepOffers: options.keepOffers,
      today: options.today,
      lang: options.lang,
    },
    all,
  );
  result.notes.unshift(...mappingNotes);
  const code = exitCode(result, options.strict);
  const written = result.catalog && !result.notes.some((n) => n.severity === 'fatal') ? result.catalog : undefined;
  if (written) {
    const text = catalogJson(written);
    if (options.out) writeOut(options.out, text, options.lang);
    else if (!options.json) output.out(text);
  }
  const summary = summarize(result.records, written ? result.converted : 0, result.notes);
  const withFile = result.sources.length > 1;
  if (options.json) {
    const groups = groupNotes(result.notes, options.lang, withFile).map(({ notes: _notes, ...group }) => group);
    const notes = result.notes.map((note) => ({
      ...note,
      title: noteTitle(note, options.lang),
      example: noteExample(note, options.lang),
    }));
    output.out(
      `${JSON.stringify({ summary, sources: result.sources, ...(written && options.out && { out: options.out }), groups, notes }, null, 2)}\n`,
    );
    return code;
  }
  output.err(`${summaryLine(summary, options.lang)}\n`);
  output.err(`${s.sources(result.sources)}\n`);
  output.err(reportText(result.notes, options.lang, { verbose: options.verbose, withFile }));
  output.err('\n');
  if (!written) output.err(`${s.notWritten}\n`);
  else if (options.out) output.err(`${s.written(options.out, written.offers.length)}\n`);
  if (written && code === 1 && options.strict && !result.notes.some((n) => n.severity === 'error'))
    output.err(`${s.strictFailed}\n`);
  return code;
}
