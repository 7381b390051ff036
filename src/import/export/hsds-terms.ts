/**
 * HSDS attributes: what the catalog classifies by (milestones, topics,
 * networks) as terms of its own taxonomies, with the catalog's ids as
 * `code`; and catalog fields that HSDS has no field for (the record's
 * catalog id, keywords, cost, wheelchair access) as attributes with a
 * `value`, terms of a taxonomy "offer-finder fields".
 */
import type { LocalizedText } from '../../catalog/schema.js';
import type { ExportContext } from './hsds-context.js';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds-types.js';
import { compact, hsdsId, unique } from './hsds-values.js';

type TaxonomyKind = 'milestone' | 'topic' | 'network' | 'field';

// Names and descriptions are English: HSDS requires them and the catalog has none to translate.
const taxonomies: Record<TaxonomyKind, Omit<HsdsTaxonomy, 'id'>> = {
  milestone: {
    name: 'offer-finder milestones',
    description:
      "The milestones of growing up (pregnancy, first years, nursery …) that an offer of the offer-finder catalog is for; the code is the catalog's milestone id.",
  },
  topic: {
    name: 'offer-finder topics',
    description: "The topics of the offer-finder catalog; the code is the catalog's topic id.",
  },
  network: {
    name: 'offer-finder networks',
    description:
      "Networks of organisations in the offer-finder catalog that an organisation belongs to; the code is the catalog's network id.",
  },
  field: {
    name: 'offer-finder fields',
    description:
      "Fields of the offer-finder catalog (format v1) that HSDS 3.0 has no field for; the attribute's value holds the field's value.",
  },
};

const fields = {
  id: "The record's id in the offer-finder catalog, unchanged (the HSDS id is a UUID made from it).",
  keyword: 'A search word of the offer (catalog field keywords).',
  cost: 'What the offer costs: free, reduced or paid (catalog field cost).',
  wheelchair: 'Whether the place is accessible by wheelchair: true or false (catalog field accessibility.wheelchair).',
};

/** A term of one of the catalog's taxonomies. HSDS requires a description: without one of its own, the term's name. */
export function term(
  kind: TaxonomyKind,
  code: string,
  name: string,
  description?: string,
  uri?: string,
): HsdsTaxonomyTerm {
  const taxonomy = { id: hsdsId('taxonomy', kind), ...taxonomies[kind] };
  return compact({
    id: hsdsId(kind, code),
    code,
    name,
    description: description || name,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    taxonomy_detail: taxonomy,
    term_uri: uri,
  });
}

/** `term` applied to a record: `entity` is the HSDS table of `linkId` (`service`, `organization` …). */
export function attribute(entity: string, linkId: string, term: HsdsTaxonomyTerm, value?: string): HsdsAttribute {
  return compact({
    id: hsdsId('attribute', linkId, term.id, ...(value === undefined ? [] : [value])),
    link_id: linkId,
    link_entity: entity,
    taxonomy_term_id: term.id,
    value,
    taxonomy_term: term,
  });
}

/** A catalog field as an attribute of the record: `value` holds it. */
export const field = (entity: string, linkId: string, name: keyof typeof fields, value: string): HsdsAttribute =>
  attribute(entity, linkId, term('field', name, name, fields[name]), value);

/**
 * The attributes for the records a service or an organisation names by id
 * (its milestones, topics or networks), in their order, each once; ids the
 * catalog does not have are left out. `link` points into the finder.
 */
export function recordAttributes<R extends { id: string; title: LocalizedText; description?: LocalizedText }>(
  ctx: ExportContext,
  owner: { entity: string; id: string },
  kind: Exclude<TaxonomyKind, 'field'>,
  ids: string[] | undefined,
  records: Map<string, R>,
  link?: (record: R) => string | undefined,
): HsdsAttribute[] {
  return unique(ids).flatMap((recordId) => {
    const record = records.get(recordId);
    if (!record) return [];
    const description = record.description && ctx.text(record.description);
    return [
      attribute(owner.entity, owner.id, term(kind, record.id, ctx.text(record.title), description, link?.(record))),
    ];
  });
}
