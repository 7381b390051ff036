/**
 * The JSON Schema of catalog format v1, derived from the zod schema, for
 * data maintainers and their editors. `npm run schema` writes it to
 * `schema/catalog-v1.schema.json`; a test fails when that file is stale.
 * Not part of the browser bundle: the descriptions live here, not in
 * `schema.ts`, so that they cost the runtime nothing.
 */
import * as z from 'zod/mini';
import {
  addressSchema,
  catalogIndexSchema,
  catalogSchema,
  contactSchema,
  districtSchema,
  isoDateSchema,
  localizedTextSchema,
  maintainerSchema,
  milestoneSchema,
  networkSchema,
  offerSchema,
  openingHoursSchema,
  openingPeriodSchema,
  organizationSchema,
  thesaurusEntrySchema,
  thesaurusTermsSchema,
  topicSchema,
  weekdaySchema,
} from './schema.js';

export const catalogSchemaId = 'https://offer-finder.example.org/schema/catalog-v1.schema.json';

export function catalogJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string; description: string; required?: string[] }>();
  registry.add(localizedTextSchema, {
    id: 'LocalizedText',
    description: 'A German text, or translations by language code ({"de": "…", "en": "…"}); German is the fallback.',
  });
  registry.add(isoDateSchema, { id: 'IsoDate', description: 'ISO 8601 date (2026-03-01) or date-time with offset.' });
  registry.add(addressSchema, { id: 'Address', description: 'A postal address; district is a district id.' });
  registry.add(milestoneSchema, {
    id: 'Milestone',
    description: 'A milestone of growing up. Ages in years; negative values are before birth.',
  });
  registry.add(topicSchema, { id: 'Topic', description: 'A topic such as Beratung or Gesundheit.' });
  registry.add(districtSchema, {
    id: 'District',
    description:
      'A district of the city. place is the town or commune, for a finder that shows several communes (set from the catalog index when missing).',
  });
  registry.add(networkSchema, {
    id: 'Network',
    description: 'A network of organisations; coordinator is a contact id.',
  });
  registry.add(organizationSchema, {
    id: 'Organization',
    description: 'An organisation that runs offers; networks are network ids.',
  });
  registry.add(weekdaySchema, { id: 'Weekday', description: 'A day of the week: mo, tu, we, th, fr, sa, su.' });
  registry.add(openingPeriodSchema, {
    id: 'OpeningPeriod',
    description:
      'Opening hours on the given days, Berlin local time (HH:MM). closes may be 24:00; a closes earlier than opens runs past midnight into the next day. validFrom and validThrough (inclusive) limit the dates the period opens on, e.g. to the school holidays; note is shown with it.',
  });
  registry.add(openingHoursSchema, {
    id: 'OpeningHours',
    description:
      'Structured opening hours, for "jetzt geöffnet" and the filter "heute geöffnet"; the text in schedule or hours stays what families read.',
  });
  registry.add(maintainerSchema, {
    id: 'Maintainer',
    description: 'Who keeps the catalog: families report mistakes in an offer to this email address.',
  });
  registry.add(contactSchema, { id: 'Contact', description: 'A person or desk to contact.' });
  registry.add(offerSchema, {
    id: 'Offer',
    description:
      'An offer for families. milestones, topics, districts (missing = whole city), organization and contacts are ids. Ages in years, decimals allowed, negative = pregnancy.',
  });

  registry.add(thesaurusEntrySchema, {
    id: 'ThesaurusEntry',
    description:
      'Search words of this catalog: a query that names one of the terms, in any language, also searches the German terms (de), which are synonyms of each other. Beside the built-in concepts of family services.',
  });
  registry.add(thesaurusTermsSchema, {
    id: 'ThesaurusTerms',
    description: 'Terms by language code ({"de": ["Familienbüro"], "tr": ["aile ofisi"]}); German (de) is required.',
    required: ['de'],
  });

  registry.add(catalogSchema, {
    id: 'Catalog',
    description: 'A catalog of offers: what one commune, or one organisation, publishes.',
  });
  registry.add(catalogIndexSchema, {
    id: 'CatalogIndex',
    description:
      'A list of catalogs that a finder shows as one, e.g. one per commune of a county: {"catalogs": [{"url": "unna.json", "title": "Unna"}]}. Relative URLs resolve against the index file. Ids that clash between catalogs get the catalog\'s name as a namespace (unna:kita-1); milestones, topics and districts merge by id. Each title is the place its districts are shown under.',
  });

  // An endpoint serves a catalog, or an index of several.
  const { $schema, ...rest } = z.toJSONSchema(z.union([catalogSchema, catalogIndexSchema]), {
    metadata: registry,
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: catalogSchemaId,
    title: 'offer-finder catalog, format v1',
    description:
      'The JSON that an offer-finder endpoint serves: a catalog, or an index of several catalogs. Field names are a public contract: new optional fields may be added, none are renamed.',
    ...rest,
  };
}
