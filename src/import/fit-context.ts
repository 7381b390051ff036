/**
 * What every step of fitting drafts into the catalog shares: the base
 * catalog, the mapping, the country for phone numbers, and the notes, each
 * placed at the cell or JSON path the value came from.
 */
import type { CatalogInput } from '../catalog/schema.js';
import type { Draft, DraftField, Place } from './draft.js';
import type { MappingUse } from './mapping.js';
import type { ImportNote, NoteCode, NoteSeverity } from './notes.js';

export interface FitContext {
  base: CatalogInput;
  /** Where a record of the base is in the input (the base file, or a catalog given as input), for the parser's findings. */
  basePlace: (path: string) => Place;
  use: MappingUse;
  /** ISO 3166 alpha-2 for numbers written without a country code, unless the record's address names its country. */
  country: string;
  /** For records without a classification (`--milestones`, `--topics`, else the mapping's defaults). */
  defaultMilestones: string[];
  defaultTopics: string[];
  notes: ImportNote[];
}

/** Where in a record a value was: one of its fields, or a column or sub-path of its own (a contact's `contacts[1]`). */
export type Where = DraftField | { column: string };

/** The place of a value of a draft: the record's row or path, with the field's column or sub-path. */
export function placeOf(draft: Draft, where?: Where): Place {
  const column = where === undefined ? undefined : typeof where === 'string' ? draft.from[where] : where.column;
  return column ? { ...draft.at, column } : draft.at;
}

/** Adds a note about a value of a draft. */
export function noteOn(
  context: FitContext,
  draft: Draft,
  where: Where | undefined,
  severity: NoteSeverity,
  code: NoteCode,
  extra: Omit<ImportNote, 'severity' | 'code' | 'at'> = {},
): void {
  context.notes.push({ severity, code, at: placeOf(draft, where), ...extra });
}
