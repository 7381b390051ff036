/**
 * A catalog as the spreadsheet a clerk keeps: one offer a row, in the
 * columns the import reads back (`sources/columns.ts`), so that catalog →
 * spreadsheet → `import` gives the same offers. Texts in other languages
 * get their own columns (`titel (en)`); opening hours a canonical text
 * (JSON when a period has a note); lists one id after the other. The
 * workbook adds the milestones, topics, districts, providers and contacts
 * as sheets, and drop-downs from them in the offers' columns.
 */
import type { Catalog, LocalizedText, Offer } from '../../catalog/schema.js';
import { openingHoursCell } from '../fit-values.js';
import type { TabularField } from '../sources/columns.js';
import type { SheetSpec, WorkbookSpec } from '../write/xlsx.js';

type Cell = string | number | undefined;

const costWords = { free: 'kostenlos', reduced: 'ermäßigt', paid: 'kostenpflichtig' } as const;

/** Texts with their translations: `de` (or a plain text) in the column itself, other languages beside it. */
const textColumns: [TabularField, (o: Offer) => LocalizedText | undefined][] = [
  ['titel', (o) => o.title],
  ['zusammenfassung', (o) => o.summary],
  ['beschreibung', (o) => o.description],
  ['kosten_hinweis', (o) => o.costNote],
  ['zeiten', (o) => o.schedule],
  ['barrierefreiheit', (o) => o.accessibility?.note],
];

const inLanguage = (text: LocalizedText | undefined, lang: string): string | undefined =>
  text === undefined ? undefined : typeof text === 'string' ? (lang === 'de' ? text : undefined) : text[lang];

/** A list cell: `kita, grundschule`; as JSON when an item holds a separator itself (a keyword with a comma). */
const joined = (values: string[] | undefined) =>
  !values?.length ? undefined : values.some((v) => /[,;|\n]/.test(v)) ? JSON.stringify(values) : values.join(', ');

export interface OfferSheet {
  header: string[];
  rows: Cell[][];
  /** Where each list column's drop-down comes from. */
  lists: Partial<Record<string, string>>;
}

export function offerRows(catalog: Catalog): OfferSheet {
  const languages = (pick: (o: Offer) => LocalizedText | undefined) =>
    [
      ...new Set(
        catalog.offers.flatMap((o) => {
          const text = pick(o);
          return text && typeof text === 'object' ? Object.keys(text).filter((l) => l !== 'de') : [];
        }),
      ),
    ].sort();
  const columns: { header: string; value: (o: Offer) => Cell; list?: string }[] = [
    { header: 'id', value: (o) => o.id },
  ];
  for (const [field, pick] of textColumns) {
    columns.push({ header: field, value: (o) => inLanguage(pick(o), 'de') });
    for (const lang of languages(pick))
      columns.push({ header: `${field} (${lang})`, value: (o) => inLanguage(pick(o), lang) });
    if (field === 'titel') {
      columns.push(
        { header: 'meilensteine', value: (o) => joined(o.milestones), list: 'Lebensphasen' },
        { header: 'themen', value: (o) => joined(o.topics), list: 'Themen' },
        { header: 'stadtteile', value: (o) => joined(o.districts), list: 'Stadtteile' },
        { header: 'alter_von', value: (o) => o.ageMin },
        { header: 'alter_bis', value: (o) => o.ageMax },
        { header: 'traeger', value: (o) => o.organization, list: 'Träger' },
        { header: 'kontakte', value: (o) => joined(o.contacts), list: 'Kontakte' },
        { header: 'strasse', value: (o) => o.address?.street },
        { header: 'plz', value: (o) => o.address?.postalCode },
        { header: 'ort', value: (o) => o.address?.city },
        { header: 'adresse_stadtteil', value: (o) => o.address?.district, list: 'Stadtteile' },
        { header: 'lat', value: (o) => o.address?.lat },
        { header: 'lon', value: (o) => o.address?.lon },
        { header: 'kosten', value: (o) => (o.cost ? costWords[o.cost] : undefined) },
        { header: 'sprachen', value: (o) => joined(o.languages) },
        {
          header: 'rollstuhlgerecht',
          value: (o) =>
            o.accessibility?.wheelchair === undefined ? undefined : o.accessibility.wheelchair ? 'ja' : 'nein',
        },
        {
          header: 'zeiten_strukturiert',
          value: (o) => (o.openingHours ? openingHoursCell(o.openingHours) : undefined),
        },
        { header: 'url', value: (o) => o.url },
        { header: 'stichworte', value: (o) => joined(o.keywords) },
        { header: 'stand', value: (o) => o.updated },
      );
    }
  }
  // Only the columns some offer uses, and always id, titel and meilensteine. Beside opening texts, always the structured
  // column: left empty, it tells the import that the text is only text (else it would read opening hours from it).
  const usesSchedule = catalog.offers.some((o) => o.schedule !== undefined);
  const used = columns.filter(
    (c) =>
      ['id', 'titel', 'meilensteine'].includes(c.header) ||
      (c.header === 'zeiten_strukturiert' && usesSchedule) ||
      catalog.offers.some((o) => c.value(o) !== undefined),
  );
  return {
    header: used.map((c) => c.header),
    rows: catalog.offers.map((offer) => used.map((c) => c.value(offer))),
    lists: Object.fromEntries(used.filter((c) => c.list).map((c) => [c.header, c.list])),
  };
}

const title = (text: LocalizedText) => (typeof text === 'string' ? text : (text.de ?? Object.values(text)[0] ?? ''));

/** The workbook: offers first, then the lists their drop-downs come from. */
export function catalogWorkbook(catalog: Catalog): WorkbookSpec {
  const offers = offerRows(catalog);
  const list = (name: string, records: { id: string; label: string }[], label: string): SheetSpec => ({
    name,
    columns: [
      { header: 'id', width: 28 },
      { header: label, width: 48 },
    ],
    rows: records.map((r) => [r.id, r.label]),
  });
  return {
    sheets: [
      {
        name: 'Angebote',
        columns: offers.header.map((header) => ({
          header,
          ...(offers.lists[header] && {
            list: { sheet: offers.lists[header]!, column: 'id' },
            note: `IDs aus dem Blatt „${offers.lists[header]}“, mehrere durch Komma getrennt.`,
          }),
          ...(header === 'zeiten_strukturiert' && {
            note: 'Für „jetzt geöffnet“: z. B. „Mo–Fr 08:00–16:00; Sa 10:00–13:00“.',
          }),
          ...(header === 'kosten' && { note: 'kostenlos, ermäßigt oder kostenpflichtig' }),
        })),
        rows: offers.rows,
      },
      list(
        'Lebensphasen',
        catalog.milestones.map((m) => ({ id: m.id, label: title(m.title) })),
        'titel',
      ),
      list(
        'Themen',
        catalog.topics.map((t) => ({ id: t.id, label: title(t.title) })),
        'titel',
      ),
      list(
        'Stadtteile',
        catalog.districts.map((d) => ({ id: d.id, label: title(d.title) })),
        'titel',
      ),
      list(
        'Träger',
        catalog.organizations.map((o) => ({ id: o.id, label: title(o.name) })),
        'name',
      ),
      list(
        'Kontakte',
        catalog.contacts.map((c) => ({ id: c.id, label: title(c.name) })),
        'name',
      ),
    ],
  };
}
