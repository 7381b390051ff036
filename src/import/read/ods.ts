/**
 * OpenDocument spreadsheets (.ods, LibreOffice's own format): one table per
 * visible sheet, every cell as the text the clerk sees (see `cells.ts`). The
 * zip goes through `unzipGuarded`; `content.xml` is read as a stream of SAX
 * events (saxes), so a sheet costs what its cells cost.
 *
 * ODS compresses repetition: `table:number-rows-repeated` and
 * `table:number-columns-repeated`. LibreOffice ends every sheet with empty
 * rows and cells repeated up to its last row (1,048,576) and column
 * (16,384); those are never made into cells: empty cells are only counted,
 * and added when a non-empty cell follows, empty rows only move the row
 * number. Repeated non-empty cells are real (two equal neighbours) and are
 * made, but each one made counts against the cap on unpacked bytes as if it
 * had been written out, so a small file cannot repeat its way to millions
 * of cells. No DOM.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { TextDecoder } from '@exodus/bytes/encoding-lite.js';
import { ReadError } from './errors.js';
import { unzipGuarded } from './zip.js';
import { TableCollector, dateText, linkText, numberText } from './cells.js';
import type { ImportLimits } from '../limits.js';
import type { ReadNote, Table } from './table.js';
import type { WorkbookTables } from './xlsx.js';

const ns = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
  calcext: 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0',
};

/** The bytes of the shortest cell written out (`<table:table-cell/>`): what each cell made from a repeat costs. */
const repeatedCellBytes = 19;

const attribute = (tag: SaxesTagNS, uri: string, local: string): string | undefined => {
  for (const attr of Object.values(tag.attributes)) if (attr.uri === uri && attr.local === local) return attr.value;
  return undefined;
};
const repeat = (tag: SaxesTagNS, local: string) => Math.max(1, Number(attribute(tag, ns.table, local)) || 1);

/** `2024-03-01` or `2024-03-01T14:05:59.999` → `2024-03-01` or `2024-03-01 14:06`. */
function dateValue(value: string): string | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = match;
  const time =
    Math.round(
      Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes)) / 1000 + Number(seconds),
    ) * 1000;
  const date = new Date(time);
  return dateText({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
  });
}

/** `PT08H30M00S` → `08:30`. */
function timeValue(value: string): string | undefined {
  const match = /^P(?:(\d+)D)?T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Math.round(((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds));
  return dateText(
    { year: 0, month: 0, day: 0, hours: Math.floor(total / 3600), minutes: Math.floor(total / 60) % 60 },
    true,
  );
}

/** The cell being read: its attributes and, for text, its paragraphs and links. */
interface CellState {
  tag: SaxesTagNS;
  covered: boolean;
  paragraphs: string[];
  links: { href: string; text: string }[];
  /** Inside a `text:a`: its index in `links`. */
  link: number | undefined;
  /** Inside a `text:p`: text outside paragraphs is the XML's indentation. */
  inParagraph: boolean;
  /** The paragraph is empty or ends in white space from the XML (not from `text:s`): more white space collapses into it. */
  looseSpace: boolean;
}

/** Appends text to the cell's current paragraph (and link). */
function add(cell: CellState, text: string): void {
  cell.paragraphs[cell.paragraphs.length - 1] += text;
  if (cell.link !== undefined) cell.links[cell.link]!.text += text;
}

/** The text of a finished cell, or its error value. */
function cellText(cell: CellState): string | { error: string } {
  const { tag } = cell;
  if (cell.covered) return '';
  const shown = cell.paragraphs.join('\n');
  if (attribute(tag, ns.calcext, 'value-type') === 'error') return { error: shown };
  const type = attribute(tag, ns.office, 'value-type');
  const value = (local: string) => attribute(tag, ns.office, local) ?? '';
  if (type === 'float' || type === 'percentage' || type === 'currency') {
    const number = Number(value('value'));
    return value('value') !== '' && Number.isFinite(number) ? numberText(number) : shown;
  }
  if (type === 'date') return dateValue(value('date-value')) ?? shown;
  if (type === 'time') return timeValue(value('time-value')) ?? shown;
  if (type === 'boolean') return value('boolean-value') === 'true' ? 'true' : 'false';
  // A link as the whole text of a cell is a link cell (Insert → Hyperlink); links within a longer text stay text.
  const [link] = cell.links;
  return cell.links.length === 1 && link!.text === shown ? linkText(shown, link!.href) : shown;
}

/** Reads an ods file: size cap, `unzipGuarded`, then one table per visible sheet. Throws `ReadError`. */
export async function readOds(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<WorkbookTables> {
  if (bytes.length > limits.fileBytes) throw new ReadError('too-large', file, { limit: limits.fileBytes });
  return readCheckedOds(unzipGuarded(bytes, file, limits), file, limits);
}

/** `readOds` for the entries `unzipGuarded` gave. */
export function readCheckedOds(entries: Map<string, Uint8Array>, file: string, limits: ImportLimits): WorkbookTables {
  const content = entries.get('content.xml');
  if (!content) throw new ReadError('corrupt', file, { detail: 'content.xml missing' });
  let unpacked = 0;
  for (const entry of entries.values()) unpacked += entry.length;
  const charge = (cells: number) => {
    unpacked += cells * repeatedCellBytes;
    if (unpacked > limits.zipBytes) throw new ReadError('zip-too-large', file, { limit: limits.zipBytes });
  };

  const tables: Table[] = [];
  const notes: ReadNote[] = [];
  const hiddenStyles = new Set<string>();
  let styleName: string | undefined;
  let sheet: { collector: TableCollector; row: number } | undefined;
  let row: { repeat: number; cells: string[]; emptyCells: number } | undefined;
  let cell: CellState | undefined;
  /** Depth inside an element whose content is no cell text (a comment, a picture, a hidden sheet). */
  let skipping = 0;

  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (skipping) return void skipping++;
    const { uri, local } = tag;
    if (cell) {
      // In a cell only text counts: a comment (office:annotation) or a picture has paragraphs of its own.
      if (uri !== ns.text) return void (skipping = 1);
      if (local === 'p' || local === 'h') {
        cell.paragraphs.push('');
        cell.inParagraph = cell.looseSpace = true;
      } else if (!cell.inParagraph) return;
      else if (local === 'a')
        cell.link = cell.links.push({ href: attribute(tag, ns.xlink, 'href') ?? '', text: '' }) - 1;
      else if (local === 's' || local === 'tab' || local === 'line-break') {
        add(
          cell,
          local === 's' ? ' '.repeat(Number(attribute(tag, ns.text, 'c')) || 1) : local === 'tab' ? '\t' : '\n',
        );
        cell.looseSpace = false;
      }
      return;
    }
    if (uri === ns.style && local === 'style' && attribute(tag, ns.style, 'family') === 'table')
      styleName = attribute(tag, ns.style, 'name');
    else if (
      uri === ns.style &&
      local === 'table-properties' &&
      styleName &&
      attribute(tag, ns.table, 'display') === 'false'
    )
      hiddenStyles.add(styleName);
    else if (uri !== ns.table) return;
    else if (local === 'table') {
      if (sheet || hiddenStyles.has(attribute(tag, ns.table, 'style-name') ?? '')) return void (skipping = 1);
      sheet = { collector: new TableCollector(file, attribute(tag, ns.table, 'name') ?? '', limits), row: 1 };
    } else if (local === 'table-row' && sheet)
      row = { repeat: repeat(tag, 'number-rows-repeated'), cells: [], emptyCells: 0 };
    else if ((local === 'table-cell' || local === 'covered-table-cell') && row) {
      cell = {
        tag,
        covered: local === 'covered-table-cell',
        paragraphs: [],
        links: [],
        link: undefined,
        inParagraph: false,
        looseSpace: false,
      };
    }
  });

  parser.on('text', (text) => {
    if (skipping || !cell?.inParagraph) return;
    // ODF collapses white space from the XML to one space, none at a paragraph's start (LibreOffice writes
    // further spaces as `text:s`, and keeps a single one at the end as it is).
    let collapsed = text.replace(/[ \t\r\n]+/g, ' ');
    if (cell.looseSpace && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    if (collapsed === '') return;
    add(cell, collapsed);
    cell.looseSpace = collapsed.endsWith(' ');
  });

  parser.on('closetag', (tag) => {
    if (skipping) return void skipping--;
    const { uri, local } = tag;
    if (cell && uri === ns.text) {
      if (local === 'p' || local === 'h') cell.inParagraph = false;
      if (local === 'a') cell.link = undefined;
      return;
    }
    if (uri === ns.style && local === 'style') styleName = undefined;
    if (uri !== ns.table) return;
    if ((local === 'table-cell' || local === 'covered-table-cell') && cell && row && sheet) {
      const cells = repeat(cell.tag, 'number-columns-repeated');
      let text = cellText(cell);
      if (typeof text !== 'string') {
        sheet.collector.note({
          code: 'cell-error',
          row: sheet.row,
          column: row.cells.length + row.emptyCells + 1,
          detail: text.error,
        });
        text = '';
      }
      cell = undefined;
      if (text === '') row.emptyCells += cells;
      else {
        charge(row.emptyCells + cells - 1);
        for (let i = 0; i < row.emptyCells; i++) row.cells.push('');
        for (let i = 0; i < cells; i++) row.cells.push(text);
        row.emptyCells = 0;
      }
    } else if (local === 'table-row' && row && sheet) {
      if (row.cells.length > 0) {
        charge(row.cells.length * (row.repeat - 1));
        for (let i = 0; i < row.repeat; i++) sheet.collector.add(sheet.row + i, row.cells);
      }
      sheet.row += row.repeat;
      row = undefined;
    } else if (local === 'table' && sheet) {
      const result = sheet.collector.finish();
      tables.push(result.table);
      notes.push(...result.notes);
      sheet = undefined;
    }
  });

  const decoder = new TextDecoder('utf-8');
  const step = 1024 * 1024;
  try {
    for (let at = 0; at < content.length; at += step)
      parser.write(decoder.decode(content.subarray(at, at + step), { stream: true }));
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('corrupt', file, {
      detail: `content.xml: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return { tables, notes };
}
