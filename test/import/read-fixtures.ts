// Builders for the reader tests: real ODS zips from ODS XML, zips with lying headers, and a check for ReadError.
import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { expect } from 'chai';
import { ReadError, type ReadErrorCode } from '../../src/import/read/errors.js';
import { defaultImportLimits, type ImportLimits } from '../../src/import/limits.js';
import { startsLikeFormula } from '../../src/catalog/csv-field.js';

/**
 * Texts as a clerk's cells hold them, with what makes CSV and XML hard. Left out: control characters, CR
 * among them (no spreadsheet keeps them; readers turn line ends into LF), and the one ambiguity of the
 * formula protection (`'=…`, see formula.ts).
 */
export const cellText = fc
  .oneof(fc.string({ unit: fc.constantFrom(...';,"\'\n\t =-+@<&äÖß€–„a1.', '😀') }), fc.string({ unit: 'grapheme' }))
  .filter(
    // eslint-disable-next-line no-control-regex -- control characters, which spreadsheets do not keep
    (s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s) && !(s.startsWith("'") && startsLikeFormula(s.slice(1))),
  );

export const limits = (overrides: Partial<ImportLimits> = {}): ImportLimits => ({
  ...defaultImportLimits,
  ...overrides,
});

/** The ReadError a call throws (sync or async), after checking its code. */
export async function readError(read: () => unknown, code: ReadErrorCode): Promise<ReadError> {
  try {
    await read();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(ReadError);
    expect((error as ReadError).code).to.equal(code);
    return error as ReadError;
  }
  throw new Error(`expected a ReadError ${code}, but the read succeeded`);
}

const namespaces = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(' ');

/** content.xml as LibreOffice writes it, around the given `table:table` elements and automatic styles. */
export const odsContent = (tables: string, styles = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${namespaces} office:version="1.3">` +
  `<office:automatic-styles>${styles}</office:automatic-styles>` +
  `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;

/** An .ods file: `mimetype` first and stored, as ODF requires, then the manifest and content.xml. */
export function odsFile(content: string): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    'content.xml': strToU8(content),
  };
  return zipSync(files);
}

/** Offsets of every local header (PK\3\4) and central directory header (PK\1\2) of a zip fflate wrote. */
export function zipHeaders(zip: Uint8Array): { local: number[]; central: number[] } {
  const local: number[] = [];
  const central: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at++) {
    if (zip[at] !== 0x50 || zip[at + 1] !== 0x4b) continue;
    if (zip[at + 2] === 3 && zip[at + 3] === 4) local.push(at);
    if (zip[at + 2] === 1 && zip[at + 3] === 2) central.push(at);
  }
  return { local, central };
}

/** Writes a little-endian 32-bit number. */
export const setU32 = (bytes: Uint8Array, at: number, value: number) =>
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);
