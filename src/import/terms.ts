/**
 * What a maintainer needs to write a mapping file: the taxonomy terms of a
 * feed, the columns of a table with what the import makes of each, the
 * values of columns that classify (few values, many repeats) with their
 * counts, the names in the data the base catalog does not know, and the
 * mapping's keys that match nothing. `offer-finder terms` prints it.
 */
import type { CatalogInput } from '../catalog/schema.js';
import { resolveReference } from './references.js';
import { termKeys, MappingUse, type ImportMapping } from './mapping.js';
import type { MessageLanguage } from './messages.js';
import { columnMeanings } from './sources/columns.js';
import { readSource, type InputFile, type SourceFormat } from './sources/read-source.js';
import { defaultImportLimits } from './limits.js';
import type { ImportNote } from './notes.js';

export interface Counted {
  value: string;
  count: number;
}

export interface TermsReport {
  sources: { file: string; format?: SourceFormat; records: number }[];
  /** Every column of every table, with the field it is read as (`unknown` when none). */
  columns: { file: string; sheet?: string; header: string; field: string }[];
  /** Taxonomy terms and category values, with where the mapping sends them. */
  terms: { scheme: string; value: string; label?: string; count: number; milestones?: string[]; topics?: string[] }[];
  /** Columns the import does not read whose values look like categories: candidates for `columns: {"…": "kategorie"}`. */
  categories: { file: string; header: string; values: Counted[] }[];
  /** Milestones, topics and districts named in the data that the base catalog does not know. */
  unknown: { milestones: Counted[]; topics: Counted[]; districts: Counted[] };
  /** Notes: unreadable files, mapping keys that match nothing. */
  notes: ImportNote[];
}

const count = (values: string[]): Counted[] => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
};

/** A column classifies when it has at most this many distinct values and each repeats on average. */
const maxCategoryValues = 30;

export async function describeTerms(
  files: InputFile[],
  options: { base: CatalogInput; mapping: ImportMapping; mappingFile?: string; lang: MessageLanguage },
  companions: InputFile[] = files,
): Promise<TermsReport> {
  const use = new MappingUse(options.mapping);
  const report: TermsReport = {
    sources: [],
    columns: [],
    terms: [],
    categories: [],
    unknown: { milestones: [], topics: [], districts: [] },
    notes: [],
  };
  const terms = new Map<string, TermsReport['terms'][number]>();
  const named = { milestones: [] as string[], topics: [] as string[], districts: [] as string[] };
  for (const file of files) {
    const source = await readSource(file, companions, use, defaultImportLimits, options.lang);
    report.sources.push({
      file: source.file,
      ...(source.format && { format: source.format }),
      records: source.drafts.length,
    });
    report.notes.push(...source.notes.filter((n) => n.severity === 'fatal'));
    for (const draft of source.drafts) {
      for (const term of draft.terms) {
        const key = `${term.scheme}\u0000${term.value}`;
        const entry = terms.get(key) ?? {
          scheme: term.scheme,
          value: term.value,
          ...(term.label && { label: term.label }),
          count: 0,
        };
        entry.count++;
        terms.set(key, entry);
      }
      named.milestones.push(...draft.milestones);
      named.topics.push(...draft.topics);
      named.districts.push(...draft.districts, ...draft.areas);
    }
    for (const table of source.tables ?? []) {
      const [header, ...rows] = table.rows;
      if (!header) continue;
      header.cells.forEach((cell, index) => {
        const meanings = columnMeanings(cell, options.mapping.columns);
        if (!meanings.length) return;
        const field = meanings
          .map((meaning) =>
            'field' in meaning
              ? `${meaning.field}${meaning.lang ? ` (${meaning.lang})` : ''}`
              : 'day' in meaning
                ? `${meaning.day.day} ${meaning.day.edge}`
                : 'unknown',
          )
          .join(', ');
        report.columns.push({ file: table.file, ...(table.sheet && { sheet: table.sheet }), header: cell, field });
        if (field !== 'unknown') return;
        const values = rows.map((r) => (r.cells[index] ?? '').trim()).filter(Boolean);
        const distinct = count(values);
        if (distinct.length > 0 && distinct.length <= maxCategoryValues && distinct.length < values.length / 2)
          report.categories.push({ file: table.file, header: cell, values: distinct });
      });
    }
  }
  for (const term of terms.values()) {
    const milestones = use.targets('milestones', termKeys(term));
    const topics = use.targets('topics', termKeys(term));
    report.terms.push({ ...term, ...(milestones && { milestones }), ...(topics && { topics }) });
  }
  report.terms.sort((a, b) => a.scheme.localeCompare(b.scheme) || b.count - a.count);
  const unknownOf = (values: string[], records: { id: string; title?: unknown }[]) =>
    count(values.filter((value) => !resolveReference(value, records as never)));
  report.unknown = {
    milestones: unknownOf(named.milestones, options.base.milestones),
    topics: unknownOf(named.topics, options.base.topics ?? []),
    districts: unknownOf(
      named.districts.filter((d) => !use.targets('districts', [d])),
      options.base.districts ?? [],
    ),
  };
  // Columns read through the mapping count as used, like the terms above.
  for (const column of report.columns) use.column(column.header);
  if (options.mappingFile) report.notes.push(...use.unused(options.mappingFile));
  return report;
}
