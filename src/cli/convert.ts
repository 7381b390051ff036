/// <reference types="node" />
/**
 * `offer-finder from-csv` and `offer-finder from-hsds`: an import into a
 * valid catalog, with a report of every row or service that needed
 * attention. The report goes to stderr, the catalog to stdout or `--out`.
 */
import { catalogFromCsv } from '../import/from-csv.js';
import { catalogFromHsds, parseHsdsMapping } from '../import/hsds.js';
import { noteLine, noteMessage, noteLocation, type MessageLanguage } from '../import/messages.js';
import type { ConversionNote } from '../import/convert.js';
import type { Catalog, CatalogInput } from '../catalog/schema.js';
import { envelopeProblems } from './validate.js';
import { catalogJson, CliError, readJson, readText, writeText, type Output } from './io.js';
import { cliStrings } from './strings.js';
import { problemText, valueAt } from '../import/messages.js';

export interface ConvertOptions {
  lang: MessageLanguage;
  json: boolean;
  strict: boolean;
  base: string;
  out?: string | undefined;
  keepOffers: boolean;
  today: string;
}

/** The base catalog, which must at least have a valid envelope. */
function readBase(file: string, lang: MessageLanguage): CatalogInput {
  const json = readJson(file, lang);
  const problems = envelopeProblems(json);
  if (problems.length) {
    const lines = problems.map(({ path, problem }) => `  ${path}: ${problemText(problem, path, lang, { value: valueAt(json, path) })}`);
    throw new CliError(`${cliStrings[lang].envelope(file)}\n${lines.join('\n')}`, 1);
  }
  return json as CatalogInput;
}

function report(
  result: { catalog?: Catalog; notes: ConversionNote[]; converted: number },
  total: number,
  unit: 'rows' | 'services',
  options: ConvertOptions,
  output: Output,
): number {
  const s = cliStrings[options.lang];
  const count = (severity: ConversionNote['severity']) => result.notes.filter((n) => n.severity === severity).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const failed = !result.catalog || errors > 0 || (options.strict && warnings > 0);

  if (result.catalog) {
    const text = catalogJson(result.catalog);
    if (options.out) writeText(options.out, text, options.lang);
    else if (!options.json) output.out(text);
  }
  if (options.json) {
    // Machine output: the report on stdout (the catalog only with --out).
    output.out(
      `${JSON.stringify(
        {
          converted: result.converted,
          [unit]: total,
          errors,
          warnings,
          notes: result.notes.map((note) => ({ ...note, location: noteLocation(note, options.lang), message: noteMessage(note, options.lang) })),
          ...(options.out && result.catalog && { out: options.out }),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    for (const note of result.notes) output.err(`${noteLine(note, options.lang)}\n`);
    if (result.notes.length) output.err('\n');
    output.err(`${s.converted(result.converted, total, unit)} ${s.noteCounts(errors, warnings, infos)}\n`);
    if (!result.catalog) output.err(`${s.notWritten}\n`);
    else if (options.out) output.err(`${s.written(options.out, result.catalog.offers.length)}\n`);
    if (result.catalog && !errors && failed) output.err(`${s.strictFailed}\n`);
  }
  return failed ? 1 : 0;
}

export function fromCsv(file: string, options: ConvertOptions, output: Output): number {
  const base = readBase(options.base, options.lang);
  const text = readText(file, options.lang, output);
  const result = catalogFromCsv(text, { base, keepOffers: options.keepOffers, today: options.today });
  return report(result, result.rows, 'rows', options, output);
}

export function fromHsds(file: string, mappingFile: string, options: ConvertOptions, output: Output): number {
  const base = readBase(options.base, options.lang);
  const { mapping, notes: mappingNotes } = parseHsdsMapping(readJson(mappingFile, options.lang));
  const json = readJson(file, options.lang);
  const result = catalogFromHsds(json, { base, mapping, keepOffers: options.keepOffers, today: options.today });
  result.notes.unshift(...mappingNotes);
  return report(result, result.services, 'services', options, output);
}
