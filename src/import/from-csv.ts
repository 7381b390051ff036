/**
 * A spreadsheet of offers, one offer a row (the way a Jugendamt keeps its
 * list), into catalog format v1. The base catalog supplies what the rows
 * refer to: milestones, topics, districts, organisations and contacts, by id
 * or by title. A row with a problem is reported with its row number and
 * column; the other rows are converted. No DOM.
 */
import { parseCsv, splitList, CsvSyntaxError } from './csv.js';
import {
  assemble,
  idPattern,
  issueSeverity,
  languageTag,
  offerPath,
  parseDate,
  parseNumber,
  resolveReference,
  slugify,
  type ConversionNote,
  type ValueKind,
} from './convert.js';
import type { ReferenceKind } from '../catalog/parse.js';
import type { Catalog, CatalogInput, Cost, LocalizedText, Offer, Organization } from '../catalog/schema.js';

/** The columns, in the order of the template; German headers, as a Jugendamt writes them. */
export const csvColumns = [
  'id',
  'titel',
  'zusammenfassung',
  'beschreibung',
  'meilensteine',
  'themen',
  'stadtteile',
  'alter_von',
  'alter_bis',
  'traeger',
  'kontakte',
  'strasse',
  'plz',
  'ort',
  'kosten',
  'kosten_hinweis',
  'sprachen',
  'rollstuhlgerecht',
  'zeiten',
  'url',
  'stichworte',
  'stand',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

const requiredColumns: CsvColumn[] = ['titel', 'meilensteine'];

/** Other spellings of a header: umlauts, spaces, the catalog's own (English) field names. */
const columnAliases: Record<string, CsvColumn> = {
  title: 'titel',
  summary: 'zusammenfassung',
  description: 'beschreibung',
  milestones: 'meilensteine',
  lebensphasen: 'meilensteine',
  topics: 'themen',
  districts: 'stadtteile',
  agemin: 'alter_von',
  agemax: 'alter_bis',
  träger: 'traeger',
  organization: 'traeger',
  organisation: 'traeger',
  contacts: 'kontakte',
  straße: 'strasse',
  street: 'strasse',
  postleitzahl: 'plz',
  postalcode: 'plz',
  city: 'ort',
  cost: 'kosten',
  costnote: 'kosten_hinweis',
  languages: 'sprachen',
  wheelchair: 'rollstuhlgerecht',
  schedule: 'zeiten',
  keywords: 'stichworte',
  updated: 'stand',
};

/** A header cell to its column: `Alter von` → `alter_von`, `Träger` → `traeger`, `ageMin` → `alter_von`. */
export function columnOf(header: string): CsvColumn | undefined {
  const plain = header.trim().toLowerCase();
  const snake = plain.replace(/[\s-]+/g, '_');
  if ((csvColumns as readonly string[]).includes(snake)) return snake as CsvColumn;
  const transliterated = snake.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  if ((csvColumns as readonly string[]).includes(transliterated)) return transliterated as CsvColumn;
  return columnAliases[snake.replace(/_/g, '')] ?? columnAliases[plain];
}

/** The column a catalog field comes from, for reporting what the parser found. */
const fieldColumns: [RegExp, CsvColumn][] = [
  [/^id\b/, 'id'],
  [/^title\b/, 'titel'],
  [/^summary\b/, 'zusammenfassung'],
  [/^description\b/, 'beschreibung'],
  [/^milestones\b/, 'meilensteine'],
  [/^topics\b/, 'themen'],
  [/^districts\b/, 'stadtteile'],
  [/^ageMin\b/, 'alter_von'],
  [/^ageMax\b/, 'alter_bis'],
  [/^organization\b/, 'traeger'],
  [/^contacts\b/, 'kontakte'],
  [/^address\.postalCode\b/, 'plz'],
  [/^address\.city\b/, 'ort'],
  [/^address\b/, 'strasse'],
  [/^costNote\b/, 'kosten_hinweis'],
  [/^cost\b/, 'kosten'],
  [/^languages\b/, 'sprachen'],
  [/^accessibility\b/, 'rollstuhlgerecht'],
  [/^schedule\b/, 'zeiten'],
  [/^url\b/, 'url'],
  [/^keywords\b/, 'stichworte'],
  [/^updated\b/, 'stand'],
];

const costWords: Record<string, Cost> = {
  kostenlos: 'free',
  kostenfrei: 'free',
  gratis: 'free',
  umsonst: 'free',
  free: 'free',
  ermäßigt: 'reduced',
  ermaessigt: 'reduced',
  ermässigt: 'reduced',
  'geringe kosten': 'reduced',
  gering: 'reduced',
  reduced: 'reduced',
  kostenpflichtig: 'paid',
  paid: 'paid',
};

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x']);
const no = new Set(['nein', 'n', 'no', 'false', 'falsch', '0']);
const wholeCity = new Set(['stadtweit', 'alle', 'ganze stadt', 'gesamte stadt', 'citywide', 'all']);

export interface FromCsvOptions {
  /** The catalog whose milestones, topics, districts, organisations and contacts the rows refer to. */
  base: CatalogInput;
  /** Keep the base catalog's offers (rows with the same id replace them); default: the rows are the offers. */
  keepOffers?: boolean;
  /** Today (YYYY-MM-DD): the catalog's `updated`. */
  today?: string;
}

export interface FromCsvResult {
  /** The validated catalog, or undefined when the file could not be read at all. */
  catalog?: Catalog;
  notes: ConversionNote[];
  /** Data rows read (not counting the header and empty rows). */
  rows: number;
  /** Rows that became offers of the catalog. */
  converted: number;
}

/** Converts the CSV text of a spreadsheet export into a catalog. */
export function catalogFromCsv(text: string, options: FromCsvOptions): FromCsvResult {
  const notes: ConversionNote[] = [];
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    notes.push({ severity: 'error', code: 'unclosed-quote', row: error.row, value: `${error.line}` });
    return { notes, rows: 0, converted: 0 };
  }
  for (const warning of table.warnings) notes.push({ severity: 'warning', code: warning.code, row: warning.row });
  const [header, ...records] = table.records;
  if (!header) {
    notes.push({ severity: 'error', code: 'missing-column', row: 1, column: requiredColumns.join(', ') });
    return { notes, rows: 0, converted: 0 };
  }

  const columnIndex = new Map<CsvColumn, number>();
  header.fields.forEach((name, index) => {
    const column = columnOf(name);
    if (!column) {
      if (name.trim()) notes.push({ severity: 'warning', code: 'unknown-column', row: header.row, column: name.trim() });
    } else if (columnIndex.has(column)) {
      notes.push({ severity: 'warning', code: 'duplicate-column', row: header.row, column: name.trim() });
    } else columnIndex.set(column, index);
  });
  const missing = requiredColumns.filter((column) => !columnIndex.has(column));
  if (missing.length) {
    for (const column of missing) notes.push({ severity: 'error', code: 'missing-column', row: header.row, column });
    return { notes, rows: records.length, converted: 0 };
  }

  const cellOf = (row: number, column: CsvColumn) => records.find((r) => r.row === row)?.fields[columnIndex.get(column)!]?.trim();
  const base = options.base;
  const organizations: Organization[] = [];
  const knownOrganizations = [...(base.organizations ?? [])];
  const offers: Offer[] = [];
  const rowOfOffer: number[] = [];
  const ids = new Set<string>();

  for (const record of records) {
    const row = record.row;
    const cell = (column: CsvColumn) => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const note = (severity: ConversionNote['severity'], code: ConversionNote['code'], column: CsvColumn, extra: Partial<ConversionNote> = {}) =>
      notes.push({ severity, code, row, column, ...extra });
    const invalid = (column: CsvColumn, expected: ValueKind) => note('warning', 'invalid-value', column, { value: cell(column), expected });

    const title = cell('titel');
    if (!title) {
      note('error', 'missing-value', 'titel');
      continue;
    }

    // The id: as written, rewritten when it has characters ids may not have, or made from the title.
    let id = cell('id');
    let generated = false;
    if (!id) {
      id = slugify(title);
      generated = true;
    } else if (!idPattern.test(id)) {
      const rewritten = slugify(id);
      note('warning', 'invalid-id', 'id', { value: id, id: rewritten });
      id = rewritten;
    }
    if (generated) {
      let unique = id;
      for (let n = 2; ids.has(unique); n++) unique = `${id.slice(0, 95)}-${n}`;
      id = unique;
      note('info', 'generated-id', 'id', { value: title, id });
    } else if (ids.has(id)) {
      note('error', 'duplicate-id', 'id', { value: id });
      continue;
    }

    const references = (column: CsvColumn, kind: ReferenceKind, records: readonly { id: string; title?: LocalizedText; name?: LocalizedText }[]) => {
      const text = cell(column);
      if (!text) return [];
      // A whole cell that names one record is taken as it is, even with a comma in its title.
      const whole = resolveReference(text, records);
      const values = whole ? [text] : splitList(text);
      const found: string[] = [];
      for (const value of values) {
        const resolved = whole && value === text ? whole : resolveReference(value, records);
        if (!resolved) note('warning', 'unknown-reference', column, { value, kind });
        else {
          if (resolved.byTitle) note('info', 'matched-title', column, { value, id: resolved.id, kind });
          if (!found.includes(resolved.id)) found.push(resolved.id);
        }
      }
      return found;
    };

    if (!cell('meilensteine')) {
      note('error', 'missing-value', 'meilensteine');
      continue;
    }
    const milestones = references('meilensteine', 'milestone', base.milestones ?? []);
    if (milestones.length === 0) {
      note('error', 'no-milestone', 'meilensteine', { value: cell('meilensteine') });
      continue;
    }
    ids.add(id);
    const offer: Offer = { id, title, milestones };

    const summary = cell('zusammenfassung');
    if (summary) offer.summary = summary;
    const description = cell('beschreibung');
    if (description) offer.description = description;
    const topics = references('themen', 'topic', base.topics ?? []);
    if (topics.length) offer.topics = topics;
    if (cell('stadtteile') && !wholeCity.has(cell('stadtteile').toLowerCase())) {
      const districts = references('stadtteile', 'district', base.districts ?? []);
      if (districts.length) offer.districts = districts;
    }
    for (const [column, field] of [['alter_von', 'ageMin'], ['alter_bis', 'ageMax']] as const) {
      if (!cell(column)) continue;
      const age = parseNumber(cell(column));
      if (age === undefined) invalid(column, 'number');
      else if (age < -1 || age > 30) invalid(column, 'age');
      else offer[field] = age;
    }

    const provider = cell('traeger');
    if (provider) {
      const resolved = resolveReference(provider, knownOrganizations);
      if (resolved) {
        if (resolved.byTitle) note('info', 'matched-title', 'traeger', { value: provider, id: resolved.id, kind: 'organization' });
        offer.organization = resolved.id;
      } else {
        let newId = slugify(provider, 'traeger');
        for (let n = 2; knownOrganizations.some((o) => o.id === newId); n++) newId = `${slugify(provider, 'traeger').slice(0, 95)}-${n}`;
        const organization: Organization = { id: newId, name: provider };
        organizations.push(organization);
        knownOrganizations.push(organization);
        note('info', 'new-organization', 'traeger', { value: provider, id: newId });
        offer.organization = newId;
      }
    }
    const contacts = references('kontakte', 'contact', base.contacts ?? []);
    if (contacts.length) offer.contacts = contacts;

    const [street, postalCode, city] = [cell('strasse'), cell('plz'), cell('ort')];
    if (street && postalCode && city) offer.address = { street, postalCode, city };
    else if (street || postalCode || city) note('warning', 'incomplete-address', street ? (postalCode ? 'ort' : 'plz') : 'strasse');

    const costText = cell('kosten');
    if (costText) {
      const cost = costWords[costText.toLowerCase()];
      if (cost) offer.cost = cost;
      else invalid('kosten', 'cost');
    }
    const costNote = cell('kosten_hinweis');
    if (costNote) offer.costNote = costNote;

    if (cell('sprachen')) {
      const languages: string[] = [];
      for (const value of splitList(cell('sprachen'))) {
        const tag = languageTag(value);
        if (tag) {
          if (!languages.includes(tag)) languages.push(tag);
        } else note('warning', 'invalid-value', 'sprachen', { value, expected: 'language' });
      }
      if (languages.length) offer.languages = languages;
    }

    const wheelchair = cell('rollstuhlgerecht').toLowerCase();
    if (wheelchair) {
      if (yes.has(wheelchair)) offer.accessibility = { wheelchair: true };
      else if (no.has(wheelchair)) offer.accessibility = { wheelchair: false };
      else invalid('rollstuhlgerecht', 'yes-no');
    }
    const schedule = cell('zeiten');
    if (schedule) offer.schedule = schedule;
    const url = cell('url');
    if (url) offer.url = /^www\./i.test(url) ? `https://${url}` : url;
    const keywords = splitList(cell('stichworte'));
    if (keywords.length) offer.keywords = keywords;
    if (cell('stand')) {
      const updated = parseDate(cell('stand'));
      if (updated) offer.updated = updated;
      else invalid('stand', 'date');
    }

    offers.push(offer);
    rowOfOffer.push(row);
  }

  const assembled = assemble({ base, offers, organizations, keepOffers: options.keepOffers, ...(options.today && { today: options.today }) });
  // What the parser still found (a web address that is none, ages the wrong way round): back to row and column.
  for (const issue of assembled.issues) {
    const at = offerPath(issue.path);
    const index = at ? at.index - assembled.firstNew : -1;
    const row = index >= 0 ? rowOfOffer[index] : undefined;
    if (row === undefined) {
      notes.push({ severity: issueSeverity(issue), code: 'catalog-issue', issue });
      continue;
    }
    const column = fieldColumns.find(([pattern]) => pattern.test(at!.field))?.[1];
    const value = column && columnIndex.has(column) ? cellOf(row, column) : undefined;
    notes.push({ severity: issueSeverity(issue), code: 'catalog-issue', row, ...(column && { column }), ...(value && { value }), issue });
  }
  notes.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const newIds = new Set(offers.map((o) => o.id));
  const converted = assembled.catalog.offers.filter((o) => newIds.has(o.id)).length;
  return { catalog: assembled.catalog, notes, rows: records.length, converted };
}
