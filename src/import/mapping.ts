/**
 * The mapping file: what a city writes once per source so that its data
 * lands on the milestones of growing up. No feed knows those milestones, so
 * taxonomy terms, the values of a category column, age bands and type flags
 * are mapped to milestone and topic ids here; unknown column headers are
 * mapped to fields; and the source's language and country are named.
 * `schema/import-mapping.schema.json` is derived from this schema
 * (`npm run schema`), for editors.
 *
 * ```json
 * { "language": "en", "country": "GB",
 *   "columns": { "Einrichtungsname": "titel", "Art": ["kategorie", "stichworte"], "OBJECTID": "ignore" },
 *   "milestones": { "Kita": "kita", "Early Years": ["erste-jahre", "kita"] },
 *   "topics": { "Familienzentrum": "beratung" },
 *   "districts": { "Kamen-Mitte": "mitte" },
 *   "defaults": { "ort": "Kamen" },
 *   "defaultMilestones": ["erste-jahre"] }
 * ```
 */
import * as z from 'zod/mini';
import { idSchema, languageTagSchema } from '../catalog/schema.js';
import type { Term } from './draft.js';
import type { ImportNote } from './notes.js';
import { tabularFields, type TabularField } from './sources/columns.js';

const idsSchema = z.union([idSchema, z.array(idSchema).check(z.minLength(1))]);
const targetsSchema = z.record(z.string().check(z.minLength(1)), idsSchema);
const columnTargetSchema = z.enum([...tabularFields, 'ignore']);

/** The file's sections, each checked on its own. */
export const mappingSections = {
  language: languageTagSchema,
  country: z.string().check(z.regex(/^[A-Za-z]{2}$/)),
  columns: z.record(
    z.string().check(z.minLength(1)),
    z.union([columnTargetSchema, z.array(columnTargetSchema).check(z.minLength(1))]),
  ),
  milestones: targetsSchema,
  topics: targetsSchema,
  districts: targetsSchema,
  defaultMilestones: idsSchema,
  defaultTopics: idsSchema,
  defaults: z.partialRecord(z.enum(tabularFields), z.string().check(z.minLength(1))),
};

/** The whole file, for the JSON Schema. */
export const mappingSchema = z.object({
  $schema: z.optional(z.string()),
  language: z.optional(mappingSections.language),
  country: z.optional(mappingSections.country),
  columns: z.optional(mappingSections.columns),
  milestones: z.optional(mappingSections.milestones),
  topics: z.optional(mappingSections.topics),
  districts: z.optional(mappingSections.districts),
  defaultMilestones: z.optional(mappingSections.defaultMilestones),
  defaultTopics: z.optional(mappingSections.defaultTopics),
  defaults: z.optional(mappingSections.defaults),
});

export type TargetKind = 'milestones' | 'topics' | 'districts';

export interface ImportMapping {
  /** The language of the source's texts: they become `{ "<language>": "…" }`; without it, plain (German) texts. */
  language?: string;
  /** ISO 3166 country for phone numbers written without a country code. */
  country?: string;
  /** Header as written, without case → fields (a column may feed several). */
  columns: Map<string, (TabularField | 'ignore')[]>;
  /** Term, value or area (without case) → ids of the base catalog. */
  targets: Record<TargetKind, Map<string, string[]>>;
  defaultMilestones: string[];
  defaultTopics: string[];
  /** Values for fields a table leaves empty (`{"ort": "Berlin"}` for a list without a city column). */
  defaults: Map<TabularField, string>;
}

export const emptyMapping = (): ImportMapping => ({
  defaults: new Map(),
  columns: new Map(),
  targets: { milestones: new Map(), topics: new Map(), districts: new Map() },
  defaultMilestones: [],
  defaultTopics: [],
});

const asList = (ids: string | string[]) => (typeof ids === 'string' ? [ids] : ids);
const keyOf = (text: string) => text.trim().toLowerCase();

/** Reads a mapping file: every section on its own, so that one wrong entry does not void the rest. */
export function parseMapping(json: unknown, file: string): { mapping: ImportMapping; notes: ImportNote[] } {
  const mapping = emptyMapping();
  const notes: ImportNote[] = [];
  const wrong = (path: string, value: unknown) =>
    notes.push({
      severity: 'error',
      code: 'invalid-mapping',
      at: { file, path },
      value: typeof value === 'string' ? value : JSON.stringify(value),
    });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    wrong('', json);
    return { mapping, notes };
  }
  const source = json as Record<string, unknown>;
  for (const key of Object.keys(source)) if (key !== '$schema' && !(key in mappingSections)) wrong(key, source[key]);
  const section = <K extends keyof typeof mappingSections>(
    key: K,
  ): z.infer<(typeof mappingSections)[K]> | undefined => {
    if (source[key] === undefined) return undefined;
    const parsed = mappingSections[key].safeParse(source[key]);
    if (parsed.success) return parsed.data as z.infer<(typeof mappingSections)[K]>;
    // Entry by entry for the maps: keep what is right.
    const value = source[key];
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      key !== 'country' &&
      key !== 'language'
    ) {
      const entry =
        key === 'columns'
          ? mappingSections.columns.def.valueType
          : key === 'defaults'
            ? z.string().check(z.minLength(1))
            : idsSchema;
      const kept: Record<string, unknown> = {};
      for (const [name, target] of Object.entries(value)) {
        if (name && entry.safeParse(target).success) kept[name] = target;
        else wrong(`${key}.${name}`, target);
      }
      return kept as z.infer<(typeof mappingSections)[K]>;
    }
    wrong(key, value);
    return undefined;
  };
  const language = section('language');
  if (language) mapping.language = language;
  const country = section('country');
  if (country) mapping.country = country.toUpperCase();
  for (const [header, fields] of Object.entries(section('columns') ?? {}))
    mapping.columns.set(keyOf(header), typeof fields === 'string' ? [fields] : fields);
  for (const kind of ['milestones', 'topics', 'districts'] as const) {
    for (const [term, ids] of Object.entries(section(kind) ?? {})) mapping.targets[kind].set(keyOf(term), asList(ids));
  }
  for (const [field, value] of Object.entries(section('defaults') ?? {})) {
    if ((tabularFields as readonly string[]).includes(field)) mapping.defaults.set(field as TabularField, value);
    else wrong(`defaults.${field}`, value);
  }
  mapping.defaultMilestones = asList(section('defaultMilestones') ?? []);
  mapping.defaultTopics = asList(section('defaultTopics') ?? []);
  return { mapping, notes };
}

/** Ids the mapping names that the base catalog does not have: each would be dropped from the offers. */
export function unknownTargets(
  mapping: ImportMapping,
  base: { milestones: { id: string }[]; topics?: { id: string }[]; districts?: { id: string }[] },
  file: string,
): ImportNote[] {
  const known = { milestones: base.milestones, topics: base.topics ?? [], districts: base.districts ?? [] };
  const kind = { milestones: 'milestone', topics: 'topic', districts: 'district' } as const;
  const notes: ImportNote[] = [];
  const check = (ids: string[], target: TargetKind, path: string) => {
    for (const id of ids)
      if (!known[target].some((r) => r.id === id))
        notes.push({
          severity: 'warning',
          code: 'unknown-reference',
          at: { file, path },
          value: id,
          kind: kind[target],
        });
  };
  for (const target of ['milestones', 'topics', 'districts'] as const)
    for (const [key, ids] of mapping.targets[target]) check(ids, target, `${target}.${key}`);
  check(mapping.defaultMilestones, 'milestones', 'defaultMilestones');
  check(mapping.defaultTopics, 'topics', 'defaultTopics');
  return notes;
}

/**
 * The keys a term may be mapped by: `Kategorie:Kita` (scheme and value),
 * the value (a taxonomy term's code, a cell's text), the term's id, and
 * its readable name.
 */
export function termKeys(term: Term): string[] {
  const keys = [`${term.scheme}:${term.value}`, term.value];
  if (term.id) keys.push(`${term.scheme}:${term.id}`, term.id);
  if (term.label) keys.push(`${term.scheme}:${term.label}`, term.label);
  return [...new Set(keys.map(keyOf))];
}

/** Records which keys of the mapping were used, to report the ones that matched nothing. */
export class MappingUse {
  private readonly used = { milestones: new Set<string>(), topics: new Set<string>(), districts: new Set<string>() };
  private readonly usedColumns = new Set<string>();

  constructor(readonly mapping: ImportMapping) {}

  /** The ids a term maps to for one kind: of every key that names it (its code, its id, its name); undefined when none does. */
  targets(kind: TargetKind, keys: string[]): string[] | undefined {
    let ids: string[] | undefined;
    for (const key of keys) {
      const mapped = this.mapping.targets[kind].get(keyOf(key));
      if (!mapped) continue;
      this.used[kind].add(keyOf(key));
      ids = [...new Set([...(ids ?? []), ...mapped])];
    }
    return ids;
  }

  /** Marks a header of the input as seen, so that its mapping counts as used. */
  column(header: string): void {
    if (this.mapping.columns.has(keyOf(header))) this.usedColumns.add(keyOf(header));
  }

  /** Keys that matched no term, value or column of the input. */
  unused(file: string): ImportNote[] {
    const notes: ImportNote[] = [];
    for (const kind of ['milestones', 'topics', 'districts'] as const) {
      for (const key of this.mapping.targets[kind].keys()) {
        if (!this.used[kind].has(key))
          notes.push({ severity: 'warning', code: 'unused-mapping-key', at: { file, path: kind }, value: key });
      }
    }
    for (const header of this.mapping.columns.keys()) {
      if (!this.usedColumns.has(header))
        notes.push({ severity: 'warning', code: 'unused-mapping-key', at: { file, path: 'columns' }, value: header });
    }
    return notes;
  }
}
