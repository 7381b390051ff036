import { expect } from '@open-wc/testing';
import { catalogJsonSchema } from '../../src/catalog/json-schema.js';

describe('schema/catalog-v1.schema.json', () => {
  it('is current with the zod schema (run `npm run schema` after changing src/catalog/schema.ts)', async () => {
    const response = await fetch('/schema/catalog-v1.schema.json');
    expect(response.ok).to.equal(true);
    expect(await response.json()).to.deep.equal(catalogJsonSchema());
  });

  it('names every record type for maintainers', () => {
    const defs = catalogJsonSchema().$defs as Record<string, { description?: string }>;
    for (const name of [
      'Offer',
      'Milestone',
      'Topic',
      'District',
      'Network',
      'Organization',
      'Contact',
      'Address',
      'LocalizedText',
      'ThesaurusEntry',
      'ThesaurusTerms',
    ]) {
      expect(defs[name]?.description, name).to.be.a('string');
    }
  });
});
