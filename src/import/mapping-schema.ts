/**
 * The JSON Schema of the import's mapping file, derived from its zod schema
 * (`mapping.ts`), for the editors of the people who write one. `npm run
 * schema` writes it to `schema/import-mapping.schema.json`; a test fails
 * when that file is stale.
 */
import * as z from 'zod/mini';
import { mappingSchema, mappingSections } from './mapping.js';

export const mappingSchemaId = 'https://offer-finder.example.org/schema/import-mapping.schema.json';

export function mappingJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ description: string }>();
  registry.add(mappingSections.language, {
    description:
      'The language the source’s texts are written in (en, tr …): they become translations of that language. Without it, texts are taken as German.',
  });
  registry.add(mappingSections.country, {
    description: 'ISO 3166 country (DE, GB, US) for phone numbers written without a country code.',
  });
  registry.add(mappingSections.columns, {
    description:
      'Column headers (as written, case ignored) → the field they are read as, a list of fields, or "ignore". Fields are the columns offer-finder export writes; "kategorie" makes a column’s values terms for milestones and topics.',
  });
  registry.add(mappingSections.milestones, {
    description:
      'A term → milestone ids of the base catalog. A term is a taxonomy term’s code, id or name, a value of a category column, or the header of a flag column (x, ja, 1); "Scheme:term" names one of a scheme.',
  });
  registry.add(mappingSections.topics, { description: 'A term → topic ids of the base catalog (see milestones).' });
  registry.add(mappingSections.districts, {
    description: 'A district or area as the source writes it → district ids of the base catalog.',
  });
  registry.add(mappingSections.defaultMilestones, {
    description: 'Milestones for records that nothing else classifies (no milestone named, no term mapped, no ages).',
  });
  registry.add(mappingSections.defaultTopics, { description: 'Topics for records without any topic.' });
  registry.add(mappingSections.defaults, {
    description: 'Values for fields a table leaves empty, e.g. {"ort": "Kamen"} for a list without a city column.',
  });
  const { $schema, ...rest } = z.toJSONSchema(mappingSchema, {
    metadata: registry,
    target: 'draft-2020-12',
    io: 'input',
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: mappingSchemaId,
    title: 'offer-finder import mapping',
    description:
      'How offer-finder import reads a source: which columns are which fields, and which terms, values and areas are which milestones, topics and districts of the base catalog.',
    ...rest,
  };
}
