/**
 * Turns untrusted JSON into a validated `Catalog`, record by record.
 *
 * A catalog is kept by people with spreadsheets; one typo must not take the
 * whole finder offline. So only the envelope (version, the collections being
 * arrays) is fatal. Every record is validated on its own: a record whose
 * required fields are broken is skipped, a broken optional field is dropped
 * from its record, and references to unknown ids are removed. Every such
 * repair is reported as a `CatalogIssue` for maintainers.
 */
import * as z from 'zod/mini';
import {
  contactSchema,
  districtSchema,
  milestoneSchema,
  networkSchema,
  offerSchema,
  organizationSchema,
  topicSchema,
  isoDateSchema,
  localizedTextSchema,
  maintainerSchema,
  thesaurusEntrySchema,
  catalogIndexSchema,
  type Catalog,
  type CatalogIndex,
  type ThesaurusEntry,
} from './schema.js';
import { CatalogError } from './errors.js';

export type CatalogIssueCode = 'invalid-record' | 'dropped-field' | 'duplicate-id' | 'unknown-reference';

/** A problem in the data that the loader repaired or worked around. */
export interface CatalogIssue {
  code: CatalogIssueCode;
  /** JSON path, e.g. `offers[12].milestones[0]`. */
  path: string;
  /** The record's id, when it has one. */
  id?: string;
  /** English, for the console; tools translate by `code`. */
  message: string;
  /** What was wrong, as data (`invalid-record`, `dropped-field`), for tools that word it in other languages. */
  problem?: IssueProblem;
  /** For `unknown-reference`: the kind of record the id should name, and the id. */
  reference?: { kind: ReferenceKind; id: string };
}

export type ReferenceKind = 'milestone' | 'topic' | 'district' | 'network' | 'organization' | 'contact';

/** A zod issue's data without zod's types, or a record without any known milestone. */
export type IssueProblem =
  | { code: 'invalid_type'; expected: string }
  | { code: 'invalid_value'; values: unknown[] }
  | { code: 'invalid_format'; format: string }
  | { code: 'too_small' | 'too_big'; origin: string; limit: number }
  | { code: 'invalid_union' | 'invalid_key' | 'no_known_milestone' }
  | { code: 'custom'; message: string };

export interface ParsedCatalog {
  catalog: Catalog;
  issues: CatalogIssue[];
}

/** The catalog's record lists and the schema of one record of each. */
export const collections = {
  milestones: milestoneSchema,
  topics: topicSchema,
  districts: districtSchema,
  networks: networkSchema,
  organizations: organizationSchema,
  contacts: contactSchema,
  offers: offerSchema,
} as const;

type CollectionName = keyof typeof collections;

/** Envelope only: the records themselves are checked one by one below. */
const envelopeSchema = z.object({
  version: z.literal(1),
  milestones: z.array(z.unknown()),
  offers: z.array(z.unknown()),
  topics: z.optional(z.array(z.unknown())),
  districts: z.optional(z.array(z.unknown())),
  networks: z.optional(z.array(z.unknown())),
  organizations: z.optional(z.array(z.unknown())),
  contacts: z.optional(z.array(z.unknown())),
});

const optionalHeaderSchema = { title: localizedTextSchema, updated: isoDateSchema, maintainer: maintainerSchema };

/**
 * A catalog, or the index of several (`{"catalogs": [{"url": …}]}`, told by
 * its `catalogs` list), from parsed JSON. An index with a broken entry is
 * refused whole: it is a short file a webmaster writes once.
 */
export function parseDocument(json: unknown): ParsedCatalog | { index: CatalogIndex } {
  if (!isPlainObject(json) || !('catalogs' in json) || 'offers' in json) return parseCatalog(json);
  const result = catalogIndexSchema.safeParse(json);
  if (result.success) return { index: result.data };
  const first = result.error.issues[0];
  throw new CatalogError(
    'wrong-shape',
    `${first ? formatPath(first.path) || 'index' : 'index'}: ${describeIssue(first)}`,
  );
}

/**
 * Validates parsed JSON. Throws a `CatalogError` of kind `wrong-shape` only
 * when the envelope is unusable; everything else becomes an issue.
 */
export function parseCatalog(json: unknown): ParsedCatalog {
  const steps = catalogSteps(json);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Above this many offers, the first page is validated first, and the rest in slices (`parseInSlices`). */
const sliceAbove = 500;
/** Offers validated for the first page: enough for a page of results and a few filtered out. */
const firstPageOffers = 60;

/**
 * A catalog or index, as `parseDocument`, for a page that must stay
 * responsive: a large catalog's first offers in browse order are validated
 * first and handed to `onFirst` (so the first page shows after the JSON is
 * parsed, not after 50,000 offers are validated), then the whole catalog in
 * slices of about `sliceMs`, awaiting `pause()` between them.
 */
export async function parseInSlices(
  json: unknown,
  {
    pause,
    onFirst,
    sliceMs = 8,
  }: { pause: () => Promise<void>; onFirst?: (first: ParsedCatalog) => void; sliceMs?: number },
): Promise<ParsedCatalog | { index: CatalogIndex }> {
  if (!isPlainObject(json) || !Array.isArray(json.offers) || json.offers.length <= sliceAbove)
    return parseDocument(json);
  onFirst?.(parseFirstOffers(json, json.offers));
  await pause();
  const steps = catalogSteps(json);
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > sliceEnd) {
      await pause();
      sliceEnd = performance.now() + sliceMs;
    }
  }
}

/**
 * The catalog with only the offers that come first in browse order (by
 * first milestone, then as in the catalog: see browse.ts), read from the
 * raw records, so that the first page painted is the whole catalog's first
 * page. Their issues are found again by the full parse, which reports them.
 */
function parseFirstOffers(json: Record<string, unknown>, offers: unknown[]): ParsedCatalog {
  const milestones = Array.isArray(json.milestones) ? json.milestones : [];
  const order = new Map(milestones.map((m, i) => [isPlainObject(m) ? m.id : undefined, i]));
  // Offers by their first known milestone, each list kept short: only the first few are needed.
  const byMilestone: number[][] = milestones.map(() => []);
  offers.forEach((offer, index) => {
    const ids = isPlainObject(offer) && Array.isArray(offer.milestones) ? offer.milestones : [];
    let first = Infinity;
    for (const id of ids) first = Math.min(first, order.get(id) ?? Infinity);
    const list = byMilestone[first];
    if (list && list.length < firstPageOffers) list.push(index);
  });
  const first = byMilestone
    .flat()
    .slice(0, firstPageOffers)
    .sort((a, b) => a - b);
  return parseCatalog({ ...json, offers: first.map((index) => offers[index]) });
}

/** The steps of a parse: a `yield` now and then lets a caller pause between them. */
function* catalogSteps(json: unknown): Generator<void, ParsedCatalog> {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    const where = first ? formatPath(first.path) || 'catalog' : 'catalog';
    throw new CatalogError('wrong-shape', `${where}: ${describeIssue(first)}`);
  }
  const issues: CatalogIssue[] = [];
  const raw = json as Record<string, unknown>;

  const header: Partial<Pick<Catalog, 'title' | 'updated' | 'maintainer'>> = {};
  for (const key of ['title', 'updated', 'maintainer'] as const) {
    if (raw[key] === undefined) continue;
    const result = optionalHeaderSchema[key].safeParse(raw[key]);
    if (result.success) (header as Record<string, unknown>)[key] = result.data;
    else {
      const issue = result.error.issues[0];
      issues.push({
        code: 'dropped-field',
        path: formatPath([key, ...(issue?.path ?? [])]),
        message: describeIssue(issue),
        problem: problemOf(issue),
      });
    }
  }

  const parsed = {} as { [K in CollectionName]: z.infer<(typeof collections)[K]>[] };
  const sourcePaths = new WeakMap<object, string>();
  for (const name of Object.keys(collections) as CollectionName[]) {
    parsed[name] = (yield* parseRecords(name, envelope.data[name] ?? [], issues, sourcePaths)) as never;
  }

  const catalog: Catalog = { version: 1, ...header, ...parsed };
  yield* removeUnknownReferences(catalog, issues, sourcePaths);
  const thesaurus = parseThesaurus(raw.thesaurus, issues);
  if (thesaurus) catalog.thesaurus = thesaurus;
  return { catalog, issues };
}

/** The catalog's own search words, entry by entry: a broken entry is skipped and reported, the others kept. */
function parseThesaurus(value: unknown, issues: CatalogIssue[]): ThesaurusEntry[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push({
      code: 'dropped-field',
      path: 'thesaurus',
      message: 'expected array',
      problem: { code: 'invalid_type', expected: 'array' },
    });
    return undefined;
  }
  return value.flatMap(
    (entry, index) => parseRecord(thesaurusEntrySchema, entry, `thesaurus[${index}]`, undefined, issues) ?? [],
  );
}

/** How many records are validated between two chances to pause. */
const stepRecords = 32;

function* parseRecords(
  name: CollectionName,
  records: unknown[],
  issues: CatalogIssue[],
  sourcePaths: WeakMap<object, string>,
): Generator<void, unknown[]> {
  const schema = collections[name] as z.ZodMiniType<{ id: string }>;
  const seen = new Set<string>();
  const kept: { id: string }[] = [];
  for (let index = 0; index < records.length; index++) {
    if (index % stepRecords === stepRecords - 1) yield;
    const path = `${name}[${index}]`;
    const id = recordId(records[index]);
    const result = parseRecord(schema, records[index], path, id, issues);
    if (!result) continue;
    if (seen.has(result.id)) {
      issues.push({
        code: 'duplicate-id',
        path: `${path}.id`,
        id: result.id,
        message: `duplicate id '${result.id}', the first one is used`,
      });
      continue;
    }
    seen.add(result.id);
    sourcePaths.set(result, path);
    kept.push(result);
  }
  return kept;
}

/**
 * Parses one record; if only optional fields are broken, drops them and
 * parses again. Returns undefined (and reports) when the record is unusable.
 */
function parseRecord<T>(
  schema: z.ZodMiniType<T>,
  record: unknown,
  path: string,
  id: string | undefined,
  issues: CatalogIssue[],
): T | undefined {
  const first = schema.safeParse(record);
  if (first.success) return first.data;

  const optional = optionalKeys(schema);
  const broken = first.error.issues;
  const repairable =
    isPlainObject(record) && broken.every((issue) => typeof issue.path[0] === 'string' && optional.has(issue.path[0]));
  if (repairable) {
    const repaired: Record<string, unknown> = { ...record };
    for (const issue of broken) delete repaired[issue.path[0] as string];
    const second = schema.safeParse(repaired);
    if (second.success) {
      for (const issue of broken) {
        issues.push({
          code: 'dropped-field',
          path: `${path}.${formatPath(issue.path)}`,
          ...(id && { id }),
          message: `${describeIssue(issue)}; the field is ignored`,
          problem: problemOf(issue),
        });
      }
      return second.data;
    }
  }
  const issue = broken[0];
  issues.push({
    code: 'invalid-record',
    path: issue && issue.path.length ? `${path}.${formatPath(issue.path)}` : path,
    ...(id && { id }),
    message: `${describeIssue(issue)}; the record is skipped`,
    problem: problemOf(issue),
  });
  return undefined;
}

/** Removes dangling ids so that views can trust every lookup. */
function* removeUnknownReferences(
  catalog: Catalog,
  issues: CatalogIssue[],
  sourcePaths: WeakMap<object, string>,
): Generator<void, void> {
  const ids = (records: { id: string }[]) => new Set(records.map((r) => r.id));
  const milestones = ids(catalog.milestones);
  const topics = ids(catalog.topics);
  const districts = ids(catalog.districts);
  const networks = ids(catalog.networks);
  const organizations = ids(catalog.organizations);
  const contacts = ids(catalog.contacts);

  const unknown = (ref: string, kind: ReferenceKind, path: string, id: string) =>
    issues.push({
      code: 'unknown-reference',
      path,
      id,
      message: `unknown ${kind} '${ref}'`,
      reference: { kind, id: ref },
    });
  /** The ids of a list that the catalog has; each other one is reported. */
  const keepKnown = (list: string[], known: Set<string>, path: string, kind: ReferenceKind, id: string) =>
    list.filter((ref, index) => known.has(ref) || (unknown(ref, kind, `${path}[${index}]`, id), false));
  /** Takes a single reference (`organization`, `coordinator`, a district) out of its record when its id is unknown. */
  const dropUnknown = <K extends string>(
    record: Partial<Record<K, string>>,
    key: K,
    known: Set<string>,
    kind: ReferenceKind,
    path: string,
    id: string,
  ) => {
    const ref = record[key];
    if (ref === undefined || known.has(ref)) return;
    unknown(ref, kind, path, id);
    delete record[key];
  };
  const dropUnknownDistrict = (record: { id: string; address?: { district?: string } }, path: string) => {
    if (record.address?.district)
      dropUnknown(record.address, 'district', districts, 'district', `${path}.address.district`, record.id);
  };

  for (const network of catalog.networks) {
    const path = sourcePaths.get(network)!;
    dropUnknown(network, 'coordinator', contacts, 'contact', `${path}.coordinator`, network.id);
  }
  for (const organization of catalog.organizations) {
    const path = sourcePaths.get(organization)!;
    if (organization.networks)
      organization.networks = keepKnown(
        organization.networks,
        networks,
        `${path}.networks`,
        'network',
        organization.id,
      );
    dropUnknownDistrict(organization, path);
  }
  for (const contact of catalog.contacts) {
    const path = sourcePaths.get(contact)!;
    dropUnknown(contact, 'organization', organizations, 'organization', `${path}.organization`, contact.id);
    dropUnknownDistrict(contact, path);
  }
  const offers = catalog.offers;
  catalog.offers = [];
  for (let index = 0; index < offers.length; index++) {
    if (index % stepRecords === stepRecords - 1) yield;
    const offer = offers[index]!;
    const path = sourcePaths.get(offer)!;
    offer.milestones = keepKnown(offer.milestones, milestones, `${path}.milestones`, 'milestone', offer.id);
    if (offer.topics) offer.topics = keepKnown(offer.topics, topics, `${path}.topics`, 'topic', offer.id);
    if (offer.districts)
      offer.districts = keepKnown(offer.districts, districts, `${path}.districts`, 'district', offer.id);
    if (offer.contacts) offer.contacts = keepKnown(offer.contacts, contacts, `${path}.contacts`, 'contact', offer.id);
    dropUnknown(offer, 'organization', organizations, 'organization', `${path}.organization`, offer.id);
    dropUnknownDistrict(offer, path);
    if (offer.milestones.length > 0) {
      catalog.offers.push(offer);
      continue;
    }
    issues.push({
      code: 'invalid-record',
      path: `${path}.milestones`,
      id: offer.id,
      message: 'no known milestone; the record is skipped',
      problem: { code: 'no_known_milestone' },
    });
  }
}

function optionalKeys(schema: z.ZodMiniType): Set<string> {
  const shape =
    (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodMiniType> } } })._zod.def.shape ?? {};
  return new Set(Object.keys(shape).filter((key) => shape[key]!._zod.optin === 'optional'));
}

function recordId(record: unknown): string | undefined {
  return isPlainObject(record) && typeof record.id === 'string' ? record.id.slice(0, 100) : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `['offers', 12, 'milestones', 0]` → `offers[12].milestones[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The data of a zod issue, for `CatalogIssue.problem`. */
function problemOf(issue: z.core.$ZodIssue | undefined): IssueProblem {
  switch (issue?.code) {
    case 'invalid_type':
      return { code: issue.code, expected: issue.expected };
    case 'invalid_value':
      return { code: issue.code, values: issue.values };
    case 'invalid_format':
      return { code: issue.code, format: issue.format };
    case 'too_small':
      return { code: issue.code, origin: issue.origin, limit: Number(issue.minimum) };
    case 'too_big':
      return { code: issue.code, origin: issue.origin, limit: Number(issue.maximum) };
    case 'invalid_union':
    case 'invalid_key':
      return { code: issue.code };
    default:
      return { code: 'custom', message: issue?.message ?? 'invalid' };
  }
}

/**
 * zod/mini ships without message texts (that keeps it small), so the
 * maintainer-facing wording is made here from the issue's data.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'invalid format' : `invalid ${issue.format}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} entries`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return 'expected a text or an object of translations';
    case 'invalid_key':
      return 'invalid language code';
    default:
      return issue.message;
  }
}
