/**
 * Where an offer belongs: milestones, topics and districts. In order, from
 * what the source names itself (ids or titles of the base catalog), from
 * the mapping file (taxonomy terms, category values, flags, areas), from
 * the ages (overlap with the milestones' age ranges, so a feed with ages
 * needs no mapping), and last from the defaults the clerk gave. Each step
 * that decided is said in the report.
 */
import type { LocalizedText } from '../catalog/schema.js';
import type { ReferenceKind } from '../catalog/parse.js';
import { resolveReference } from './references.js';
import type { Draft, DraftField } from './draft.js';
import { noteOn, type FitContext } from './fit-context.js';
import { parseAge, parseAgeBand } from './fit-values.js';
import { termKeys, type TargetKind } from './mapping.js';

type Named = { id: string; title?: LocalizedText; name?: LocalizedText };

const wholeCity = new Set(['stadtweit', 'alle', 'ganze stadt', 'gesamte stadt', 'citywide', 'all', 'gesamtstadt']);

/** Ids of the base catalog for what a source wrote (id or title); unknown ones reported. */
function resolveAll(
  context: FitContext,
  draft: Draft,
  field: DraftField,
  kind: ReferenceKind,
  records: readonly Named[],
  written: string[],
): string[] {
  const found: string[] = [];
  for (const value of written) {
    const resolved = resolveReference(value, records);
    if (!resolved) noteOn(context, draft, field, 'warning', 'unknown-reference', { value, kind });
    else {
      if (resolved.byTitle) noteOn(context, draft, field, 'info', 'matched-title', { value, id: resolved.id, kind });
      if (!found.includes(resolved.id)) found.push(resolved.id);
    }
  }
  return found;
}

export interface Ages {
  ageMin?: number;
  ageMax?: number;
}

/** Ages in years from the age columns or band; above 30 means no upper limit; impossible ages are reported. */
export function fitAges(context: FitContext, draft: Draft): Ages {
  const ages: Ages = {};
  const band = draft.ages ? parseAgeBand(draft.ages) : undefined;
  if (draft.ages && !band)
    noteOn(context, draft, 'ages', 'warning', 'invalid-value', { value: draft.ages, expected: 'age' });
  const take = (key: 'ageMin' | 'ageMax', written: number | string | undefined, fromBand: number | undefined) => {
    const age = written === undefined ? fromBand : parseAge(written);
    const field: DraftField = written === undefined ? 'ages' : key;
    if (written !== undefined && age === undefined)
      noteOn(context, draft, field, 'warning', 'invalid-value', { value: String(written), expected: 'number' });
    else if (age === undefined) return;
    else if (key === 'ageMax' && age > 30)
      noteOn(context, draft, field, 'info', 'age-open-end', { value: String(written ?? age) });
    else if (age < -1 || age > 30)
      noteOn(context, draft, field, 'warning', 'invalid-value', { value: String(written ?? age), expected: 'age' });
    else ages[key] = age;
  };
  take('ageMin', draft.ageMin, band?.min);
  take('ageMax', draft.ageMax, band?.max);
  return ages;
}

/** Milestones whose age range overlaps the offer's: `[ageMin, ageMax]` against `[ageFrom, ageTo)`. */
export function milestonesByAge(
  milestones: readonly { id: string; ageFrom?: number; ageTo?: number }[],
  ages: Ages,
): string[] {
  if (ages.ageMin === undefined && ages.ageMax === undefined) return [];
  const min = ages.ageMin ?? -Infinity;
  const max = ages.ageMax ?? Infinity;
  return milestones
    .filter((m) => {
      const from = m.ageFrom ?? -Infinity;
      const to = m.ageTo ?? Infinity;
      return min === max ? min >= from && min < to : min < to && max > from;
    })
    .map((m) => m.id);
}

/** The ids the mapping gives for the draft's terms; terms that map to nothing are said once each. */
function mapped(context: FitContext, draft: Draft, kind: TargetKind): string[] {
  const ids: string[] = [];
  for (const term of draft.terms)
    for (const id of context.use.targets(kind, termKeys(term)) ?? []) if (!ids.includes(id)) ids.push(id);
  return ids;
}

export interface Classification {
  milestones: string[];
  topics: string[];
  districts: string[];
  addressDistrict?: string;
}

export function classify(context: FitContext, draft: Draft, ages: Ages): Classification {
  const base = context.base;
  const milestoneRecords = base.milestones ?? [];
  let milestones = resolveAll(context, draft, 'milestones', 'milestone', milestoneRecords, draft.milestones);
  for (const id of mapped(context, draft, 'milestones')) if (!milestones.includes(id)) milestones.push(id);
  let topics = resolveAll(context, draft, 'topics', 'topic', base.topics ?? [], draft.topics);
  for (const id of mapped(context, draft, 'topics')) if (!topics.includes(id)) topics.push(id);
  for (const term of draft.terms) {
    const keys = termKeys(term);
    if (!context.use.mapping.targets.milestones.size && !context.use.mapping.targets.topics.size) break;
    if (
      !keys.some(
        (key) => context.use.mapping.targets.milestones.has(key) || context.use.mapping.targets.topics.has(key),
      )
    ) {
      noteOn(context, draft, 'terms', 'info', 'unmapped-term', {
        value: `${term.scheme}: ${term.label ?? term.value}`,
      });
    }
  }

  if (milestones.length === 0 && draft.milestones.length === 0) {
    milestones = milestonesByAge(milestoneRecords, ages);
    if (milestones.length)
      noteOn(context, draft, 'ageMin', 'info', 'milestones-by-age', { value: milestones.join(', ') });
  }
  if (milestones.length === 0 && draft.milestones.length === 0 && context.defaultMilestones.length) {
    milestones = [...context.defaultMilestones];
    noteOn(context, draft, 'terms', 'info', 'default-milestones', { value: milestones.join(', ') });
  }
  if (topics.length === 0 && draft.topics.length === 0 && context.defaultTopics.length) {
    topics = [...context.defaultTopics];
    noteOn(context, draft, 'terms', 'info', 'default-topics', { value: topics.join(', ') });
  }

  const districtRecords = base.districts ?? [];
  const districts: string[] = [];
  const add = (ids: string[]) => ids.forEach((id) => districts.includes(id) || districts.push(id));
  // The mapping's `districts` first (`Kamen-Mitte` → `mitte`), then ids and titles of the base catalog.
  for (const value of draft.districts.filter((d) => !wholeCity.has(d.toLowerCase()))) {
    add(
      context.use.targets('districts', [value]) ??
        resolveAll(context, draft, 'districts', 'district', districtRecords, [value]),
    );
  }
  for (const area of draft.areas) {
    const ids =
      context.use.targets('districts', [area]) ??
      (resolveReference(area, districtRecords) ? [resolveReference(area, districtRecords)!.id] : undefined);
    if (!ids) noteOn(context, draft, 'areas', 'info', 'unknown-area', { value: area });
    else add(ids);
  }
  const classification: Classification = { milestones, topics, districts };
  const addressDistrict = draft.address?.district;
  if (addressDistrict) {
    const [id] = resolveAll(context, draft, 'address', 'district', districtRecords, [addressDistrict]);
    if (id) classification.addressDistrict = id;
  }
  return classification;
}
