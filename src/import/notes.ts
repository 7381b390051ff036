/**
 * What an import tells the person who ran it: one note per thing that was
 * worked around, left out or done on their behalf, with its place in the
 * input (a cell, a JSON path), never in the output. `report.ts` groups them;
 * `note-messages.ts` words them in German and English.
 */
import type { CatalogIssue, ReferenceKind } from '../catalog/parse.js';
import type { Place } from './draft.js';
import type { ReadNoteCode } from './read/table.js';

/**
 * `fatal`: a file, or the whole run, could not be converted; `error`: a
 * record is skipped; `warning`: a value is left out or kept unchecked;
 * `info`: done as asked or as expected, said so.
 */
export type NoteSeverity = 'fatal' | 'error' | 'warning' | 'info';

export type NoteCode =
  | ReadNoteCode
  /** The file could not be read (binary, too large, a hostile workbook): `detail` is the reader's message. */
  | 'unreadable-file'
  /** JSON, but none of the formats the import reads. */
  | 'unknown-format'
  /** Not valid JSON: `detail` says where. */
  | 'json-syntax'
  /** CSV: a quoted field is never closed; `value` is the file line it starts on. */
  | 'unclosed-quote'
  /** A table without a column for the offer's name. */
  | 'missing-column'
  /** A sheet of a workbook without offers (no name column): not read. */
  | 'ignored-sheet'
  | 'unknown-column'
  | 'duplicate-column'
  /** GeoJSON in another coordinate system than WGS 84: coordinates left out. */
  | 'unsupported-crs'
  /** GeoJSON: not a point; the middle of its points is used. */
  | 'geometry-centre'
  /** A required value (the name) is empty: the record is skipped. */
  | 'missing-value'
  /** Not active (HSDS `status`): skipped. */
  | 'inactive'
  /** The same id twice with different content: the first counts. */
  | 'duplicate-id'
  /** The same record again (several pages or files): merged. */
  | 'duplicate-record'
  | 'invalid-id'
  | 'generated-id'
  /** The same id as a different record of another file: renamed after its file. */
  | 'renamed-id'
  | 'unknown-reference'
  | 'matched-title'
  | 'new-organization'
  /** No milestone from the source, the mapping, the ages or the defaults: skipped. */
  | 'no-milestone'
  | 'milestones-by-age'
  | 'default-milestones'
  | 'default-topics'
  /** A term no mapping key names (`offer-finder terms` lists them). */
  | 'unmapped-term'
  /** A mapping key that matched no term, column or value of the input. */
  | 'unused-mapping-key'
  | 'invalid-mapping'
  /** An area (Open Referral `service_areas`) that is no district of the base catalog. */
  | 'unknown-area'
  | 'invalid-value'
  /** A cost or a wheelchair answer that is no known word: kept as the note beside it (`costNote`, `accessibility.note`). */
  | 'kept-as-note'
  | 'age-open-end'
  | 'incomplete-address'
  | 'html-converted'
  /** An opening text that is kept as text, without opening hours ("jetzt geöffnet" is not shown). */
  | 'hours-not-understood'
  | 'all-languages'
  | 'fax-left-out'
  /** A number that is no valid number by its country's plan: kept as written. */
  | 'phone-unchecked'
  /** A table of the data package that is not there (`value`), or that was found elsewhere than its `path` says. */
  | 'missing-resource'
  | 'moved-resource'
  /** A field of the source with a value but no place in the catalog (`value` names it): not taken over. */
  | 'unused-field'
  /** A service at several places: the catalog keeps the first address (`value` counts them). */
  | 'more-locations'
  /** What the catalog parser still repaired (`issue`). */
  | 'catalog-issue'
  /** The catalog written would be larger than the finder accepts. */
  | 'too-large';

/** What was expected where a value was not understood. */
export type ValueKind =
  'number' | 'age' | 'cost' | 'yes-no' | 'date' | 'language' | 'coordinates' | 'phone' | 'email' | 'url' | 'country';

export interface ImportNote {
  severity: NoteSeverity;
  code: NoteCode;
  at?: Place;
  /** The text concerned, as written. */
  value?: string;
  /** The id a value matched or was given. */
  id?: string;
  kind?: ReferenceKind;
  expected?: ValueKind;
  /** Details for the message (the reader's wording, the evidence for an encoding). */
  detail?: string;
  /** How often it occurred, when one note stands for all (the place is the first one's). */
  count?: number;
  issue?: CatalogIssue;
}

/** Notes that end a file's conversion and the exit code they call for: 2 when the input cannot be read at all. */
export const unreadableCodes: ReadonlySet<NoteCode> = new Set(['unreadable-file', 'unknown-format']);
