/// <reference types="node" />
/**
 * `offer-finder export <catalog.json> --format xlsx|csv|hsds`: the catalog
 * as the spreadsheet a clerk maintains (and `import` reads back), or as
 * HSDS 3.0 open data. Only offers the finder would show are exported: the
 * catalog is checked by the same parser first.
 */
import { parseCatalog } from '../catalog/parse.js';
import { catalogToHsds } from '../import/export/hsds.js';
import { catalogWorkbook, offerRows } from '../import/export/sheet.js';
import type { MessageLanguage } from '../import/messages.js';
import { writeCsv } from '../import/write/csv.js';
import { writeXlsx } from '../import/write/xlsx.js';
import { readBase } from './import.js';
import { catalogJson, CliError, writeOut, type Output } from './io.js';
import { cliStrings } from './strings.js';

export type ExportFormat = 'xlsx' | 'csv' | 'hsds';

export async function exportCommand(
  file: string,
  options: { format: ExportFormat; out?: string | undefined; lang: MessageLanguage },
  output: Output,
): Promise<number> {
  const s = cliStrings[options.lang];
  const { catalog } = parseCatalog(structuredClone(readBase(file, options.lang)));
  if (options.format === 'xlsx') {
    if (!options.out) throw new CliError(s.missingOption('out'), 2);
    writeOut(options.out, await writeXlsx(catalogWorkbook(catalog)), options.lang);
  } else {
    const sheet = offerRows(catalog);
    const text =
      options.format === 'csv'
        ? writeCsv([sheet.header, ...sheet.rows])
        : catalogJson(catalogToHsds(catalog, { language: options.lang }));
    if (options.out) writeOut(options.out, text, options.lang);
    else output.out(text);
  }
  if (options.out) output.err(`${s.exported(options.out, catalog.offers.length, options.format)}\n`);
  return 0;
}
