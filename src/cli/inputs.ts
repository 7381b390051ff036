/// <reference types="node" />
/**
 * The files a command names, as bytes: files as given, folders with the
 * data files inside them (every page of a feed, ten organisation files). A
 * folder with a `datapackage.json` is an HSDS data package: its CSV files
 * are read as its tables, not each as a list of offers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { InputFile } from '../import/import-files.js';
import type { ImportLimits } from '../import/limits.js';
import { ReadError, readErrorMessage } from '../import/read/errors.js';
import type { MessageLanguage } from '../import/messages.js';
import { CliError, fileSize } from './io.js';

/** In a folder, files of these kinds are read; a file named on its own is read whatever it is called. */
const dataFile = /\.(json|geojson|csv|tsv|txt|xlsx|ods|xls)$/i;

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(folder, entry.name))
        : dataFile.test(entry.name)
          ? [join(folder, entry.name)]
          : [],
    )
    .sort();
}

export interface Inputs {
  /** Files to read as sources. */
  sources: InputFile[];
  /** Every file read, sources and a data package's tables, for the package to find its tables in. */
  all: InputFile[];
}

/** `skip`: files a folder holds that are options, not data (the `--mapping` and `--base` files beside the data). */
export function readInputs(paths: string[], limits: ImportLimits, lang: MessageLanguage, skip: string[] = []): Inputs {
  const skipped = new Set(skip.map((path) => resolve(path)));
  const all: InputFile[] = [];
  const sources: InputFile[] = [];
  const read = (path: string): InputFile => {
    const seen = all.find((f) => f.name === path);
    if (seen) return seen;
    const size = fileSize(path, lang);
    if (size > limits.fileBytes)
      throw new CliError(readErrorMessage(new ReadError('too-large', path, { limit: limits.fileBytes }), lang), 2);
    const file = { name: path, bytes: new Uint8Array(readFileSync(path)) };
    all.push(file);
    return file;
  };
  for (const path of paths) {
    let folder: string | undefined;
    try {
      folder = statSync(path).isDirectory() ? path : undefined;
    } catch {
      // Not there: `read` says so.
    }
    const packageFile = folder
      ? existsSync(join(folder, 'datapackage.json'))
        ? join(folder, 'datapackage.json')
        : undefined
      : basename(path) === 'datapackage.json'
        ? path
        : undefined;
    if (packageFile) {
      const root = dirname(packageFile);
      sources.push(read(packageFile));
      for (const table of walk(root).filter((f) => f !== packageFile && /\.csv$/i.test(f))) read(table);
    } else if (folder)
      for (const file of walk(folder).filter((f) => !skipped.has(resolve(f)))) sources.push(read(file));
    else sources.push(read(path));
  }
  // Names relative to where the command runs, as the user typed them.
  for (const file of all) file.name = relative('.', file.name) || file.name;
  return { sources, all };
}
