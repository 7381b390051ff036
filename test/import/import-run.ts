/// <reference types="node" />
// Runs the import in the test's own process on files given as JSON or text, as the command line would read them.
import type { CatalogInput } from '../../src/catalog/schema.js';
import { importFiles, type ImportOptions, type ImportResult } from '../../src/import/import-files.js';
import { emptyMapping, parseMapping } from '../../src/import/mapping.js';
import type { ImportNote } from '../../src/import/notes.js';

export type TestFile = { name: string; json?: unknown; text?: string; bytes?: Uint8Array };

export async function runImport(
  files: TestFile[],
  options: Partial<ImportOptions> & { base: CatalogInput; mappingJson?: unknown },
): Promise<ImportResult> {
  const { mappingJson, ...rest } = options;
  const mapping = mappingJson === undefined ? emptyMapping() : parseMapping(mappingJson, 'mapping.json').mapping;
  const inputs = files.map((file) => ({
    name: file.name,
    bytes: file.bytes ?? new TextEncoder().encode(file.text ?? JSON.stringify(file.json)),
  }));
  return importFiles(inputs, {
    baseFile: 'base.json',
    mapping,
    ...(mappingJson !== undefined && { mappingFile: 'mapping.json' }),
    ...rest,
  });
}

/** `[severity, code, place]` of the notes, for comparing what was said and where. */
export const said = (notes: ImportNote[], filter: (note: ImportNote) => boolean = () => true) =>
  notes
    .filter(filter)
    .map((n) => [
      n.severity,
      n.code,
      [n.at?.path, n.at?.row, n.at?.column].filter((p) => p !== undefined && p !== '').join(' '),
    ]);
