/**
 * What `<catalog-workbench>` asks of its import worker (import-worker.ts) and
 * what it gets back: files in, the catalog and the report out; a catalog in,
 * a file to download out. Plain data, so that it crosses to a Web Worker as
 * it is, and the same when the page forbids workers and the work runs in the
 * page (`runTask`).
 */
import type { CatalogInput } from '../../catalog/schema.js';
import type { CatalogDiff } from '../../import/diff.js';
import type { InputFile } from '../../import/import-files.js';
import type { MessageLanguage } from '../../import/messages.js';
import type { ImportSummary } from '../../import/report.js';
import type { NoteCode, NoteSeverity } from '../../import/notes.js';

export type { InputFile };

export interface ImportTask {
  kind: 'import';
  files: InputFile[];
  /** The catalog whose milestones, topics, districts and providers the import uses. */
  base: CatalogInput;
  /** Milestone and topic ids for records that name none (the command line's `--milestones`, `--topics`). */
  milestones: string[];
  topics: string[];
  /** A mapping file's content (`columns`, `milestones`, `topics`), as the clerk chose it in the page. */
  mapping: MappingFile;
  lang: MessageLanguage;
}

/** The parts of the command line's mapping file the workbench writes (schema/import-mapping.schema.json). */
export interface MappingFile {
  columns: Record<string, string>;
  milestones: Record<string, string>;
  topics: Record<string, string>;
}

export interface ExportTask {
  kind: 'export';
  format: 'xlsx' | 'hsds';
  catalog: CatalogInput;
  lang: MessageLanguage;
}

export type WorkbenchTask = ImportTask | ExportTask;

/** A group of the report, as the command line groups it: its title, count, worded examples or values. */
export interface ReportGroup {
  severity: NoteSeverity;
  code: NoteCode;
  title: string;
  count: number;
  /** Each note of the group, worded with its place (row and column, or JSON path). */
  lines: string[];
  values?: { value: string; count: number }[];
}

export interface ImportOutcome {
  kind: 'import';
  summary: ImportSummary;
  /** "302 von 302 Einträgen übernommen, …" */
  summaryLine: string;
  groups: ReportGroup[];
  /** Each input with the format it was read as and its records. */
  sources: { file: string; format?: string; records: number }[];
  /** The catalog v1 to publish, as the command line writes it; none when nothing could be read. */
  catalogJson?: string;
  offers: number;
  /** What publishing it would change against the base catalog (`src`, the published one). */
  diff?: CatalogDiff;
  /** Headers of columns the import does not read (as `offer-finder terms` finds them). */
  unknownColumns: string[];
  /** Category values and taxonomy terms, with where the mapping sends them (as `offer-finder terms`). */
  terms: { key: string; label: string; count: number; milestones?: string[]; topics?: string[] }[];
}

export interface ExportOutcome {
  kind: 'export';
  bytes: Uint8Array;
  fileName: string;
  type: string;
}

export type WorkbenchOutcome = ImportOutcome | ExportOutcome;

/**
 * Where the worker's module, imported into a page that forbids workers,
 * leaves its `runTask` (a worker file keeps no exports once built).
 */
export const inPageRunTask = Symbol.for('offer-finder.catalog-workbench.runTask');

export type RunTask = (task: WorkbenchTask) => Promise<WorkbenchOutcome>;
