/**
 * Input the import cannot read at all (the command line exits 2): not a
 * table, a format it does not read, a file over a limit, a hostile or broken
 * workbook. Problems in the data itself (an unclosed quote, a bad value) are
 * not here: they have a row and column and are reported as such. The
 * message tells a clerk in one line what is wrong and what to do. No DOM.
 */
import { defaultImportLimits } from '../limits.js';
import type { MessageLanguage } from '../messages.js';

export type ReadErrorCode =
  /** Neither text nor a spreadsheet: PDF, image, another kind of zip, random bytes. `detail`: what it is (a `sniffBytes` kind). */
  | 'binary'
  /** OLE2: a legacy .xls, or an xlsx encrypted with a password (Excel stores those as OLE2 as well). */
  | 'old-xls'
  /** A zip entry encrypted with a password. */
  | 'encrypted'
  /** The file has more bytes than `ImportLimits.fileBytes`. */
  | 'too-large'
  /** A table has more rows than `ImportLimits.rows`. */
  | 'too-many-rows'
  /** A workbook's entries inflate to more than `ImportLimits.zipBytes` (counted while inflating, not as declared). */
  | 'zip-too-large'
  /** A workbook has more entries than `ImportLimits.zipEntries`. */
  | 'zip-too-many-entries'
  /** An XML part declares a DOCTYPE or entities; refused, never expanded. `detail`: the part. */
  | 'xml-entities'
  /** A broken zip or XML, or a workbook without its parts. `detail`: what is broken. */
  | 'corrupt';

/** The cap each size code is about, when the caller does not say which limit it used. */
const defaultLimits: Partial<Record<ReadErrorCode, number>> = {
  'too-large': defaultImportLimits.fileBytes,
  'too-many-rows': defaultImportLimits.rows,
  'zip-too-large': defaultImportLimits.zipBytes,
  'zip-too-many-entries': defaultImportLimits.zipEntries,
};

export class ReadError extends Error {
  override name = 'ReadError';
  readonly detail: string | undefined;
  /** The limit that was exceeded (bytes or rows or entries), for the size codes; the default limit unless given. */
  readonly limit: number | undefined;
  /** The sheet, when one sheet is the problem (too many rows). */
  readonly sheet: string | undefined;

  constructor(
    readonly code: ReadErrorCode,
    readonly file: string,
    options: { detail?: string; limit?: number; sheet?: string | undefined } = {},
  ) {
    super('');
    this.detail = options.detail;
    this.limit = options.limit ?? defaultLimits[code];
    this.sheet = options.sheet;
    this.message = readErrorMessage(this, 'en');
  }
}

const kindNames: Record<MessageLanguage, Record<string, string>> = {
  de: { pdf: 'PDF', image: 'Bild', gzip: 'gzip-Archiv', zip: 'ZIP-Archiv ohne Tabelle' },
  en: { pdf: 'PDF', image: 'image', gzip: 'gzip archive', zip: 'zip archive without a spreadsheet' },
};

/** A limit as every size message says it: bytes in MiB (KiB below one MiB), counts with thousands separators. */
function limitText(error: ReadError, lang: MessageLanguage): string {
  const limit = error.limit ?? 0;
  const number = (value: number) =>
    value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  if (error.code === 'too-large' || error.code === 'zip-too-large') {
    return limit >= 1024 * 1024 ? `${number(limit / 1024 / 1024)} MiB` : `${number(limit / 1024)} KiB`;
  }
  const unit = { de: { 'too-many-rows': 'Zeilen', other: 'Teile' }, en: { 'too-many-rows': 'rows', other: 'parts' } }[
    lang
  ];
  return `${number(limit)} ${error.code === 'too-many-rows' ? unit['too-many-rows'] : unit.other}`;
}

/** One line for the clerk: the file, what is wrong, what to do. German unless `lang` is `en`. */
export function readErrorMessage(error: ReadError, lang: MessageLanguage = 'de'): string {
  const de = lang === 'de';
  const kind = error.detail ? kindNames[lang][error.detail] : undefined;
  const sheet = error.sheet ? (de ? ` (Blatt „${error.sheet}“)` : ` (sheet "${error.sheet}")`) : '';
  // Every cap is worded the same way: "more than <limit>, the import reads no more".
  const cap = de
    ? `mehr als ${limitText(error, lang)}${sheet}, mehr liest der Import nicht`
    : `more than ${limitText(error, lang)}${sheet}, the import reads no more`;
  const text: Record<ReadErrorCode, [string, string]> = {
    binary: [
      `keine Tabelle und kein Text${kind ? ` (${kind})` : ''}. Bitte als .xlsx, .ods oder .csv speichern.`,
      `not a spreadsheet and not text${kind ? ` (${kind})` : ''}. Please save it as .xlsx, .ods or .csv.`,
    ],
    'old-xls': [
      'altes Excel-Format (.xls) oder eine mit Kennwort verschlüsselte Arbeitsmappe. Bitte in Excel ohne Kennwort „Speichern unter“ als „Excel-Arbeitsmappe (.xlsx)“.',
      'old Excel format (.xls) or a workbook encrypted with a password. Please use "Save As" in Excel, without a password, as "Excel Workbook (.xlsx)".',
    ],
    encrypted: [
      'mit Kennwort verschlüsselt. Bitte ohne Kennwort speichern.',
      'encrypted with a password. Please save it without a password.',
    ],
    'too-large': [`${cap}. Bitte in kleinere Dateien aufteilen.`, `${cap}. Please split it into smaller files.`],
    'too-many-rows': [`${cap}. Bitte die Tabelle aufteilen.`, `${cap}. Please split the table.`],
    'zip-too-large': [
      `entpackt ${cap}. Bitte Bilder und nicht benötigte Blätter entfernen oder die Datei aufteilen.`,
      `unpacked ${cap}. Please remove pictures and sheets not needed, or split the file.`,
    ],
    'zip-too-many-entries': [
      `${cap}. Bitte Bilder und nicht benötigte Blätter entfernen.`,
      `${cap}. Please remove pictures and sheets not needed.`,
    ],
    'xml-entities': [
      `enthält XML-Entitäten${error.detail ? ` (${error.detail})` : ''}, die der Import aus Sicherheitsgründen nicht liest. Bitte in Excel oder LibreOffice öffnen und neu speichern.`,
      `contains XML entities${error.detail ? ` (${error.detail})` : ''}, which the import refuses for safety. Please open it in Excel or LibreOffice and save it again.`,
    ],
    corrupt: [
      `beschädigt oder keine Arbeitsmappe${error.detail ? ` (${error.detail})` : ''}. Bitte in Excel oder LibreOffice öffnen und neu als .xlsx speichern.`,
      `damaged or not a workbook${error.detail ? ` (${error.detail})` : ''}. Please open it in Excel or LibreOffice and save it again as .xlsx.`,
    ],
  };
  return `${error.file}: ${text[error.code][de ? 0 : 1]}`;
}
