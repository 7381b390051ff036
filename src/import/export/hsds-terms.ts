/**
 * HSDS attributes: what the catalog classifies by (milestones, topics,
 * networks) as terms of its own taxonomies, with the catalog's ids as
 * `code`; and catalog fields that HSDS has no field for (the record's
 * catalog id, keywords, cost, wheelchair access) as attributes with a
 * `value`, terms of a taxonomy "offer-finder fields".
 */
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds-types.js';
import { compact, hsdsId } from './hsds-values.js';

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
