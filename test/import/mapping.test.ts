// The mapping file: what is wrong in it is reported and the rest used; its JSON Schema is current and takes the mappings of the real fixtures.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import Ajv2020 from 'ajv/dist/2020.js';
import { readJson } from './files.js';
import { runImport } from './import-run.js';
import { parseMapping, termKeys, unknownTargets } from '../../src/import/mapping.js';
import { mappingJsonSchema } from '../../src/import/mapping-schema.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

describe('the mapping file', () => {
  it('schema/import-mapping.schema.json is current (run `npm run schema` after changing src/import/mapping.ts)', () => {
    expect(readJson('/schema/import-mapping.schema.json')).to.deep.equal(mappingJsonSchema());
  });

  it('the schema takes the mappings of the real fixtures and refuses a wrong field or id', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(mappingJsonSchema());
    for (const file of ['chemnitz', 'berlin'])
      expect(validate(readJson(`/test/fixtures/real/mappings/${file}.json`)), JSON.stringify(validate.errors)).to.equal(
        true,
      );
    expect(validate({ columns: { Name: 'title' } })).to.equal(false);
    expect(validate({ milestones: { Kita: 'kita zeit' } })).to.equal(false);
  });

  it('every section on its own: lists or single ids, a column to several fields; what is wrong is reported and the rest used', () => {
    const { mapping, notes } = parseMapping(
      {
        milestones: { a: 'kita', B: ['kita', 'grundschule'], c: 5 },
        topics: 'beratung',
        columns: { LEISTUNGEN: ['titel', 'kategorie'], OBJECTID: 'ignore', Farbe: 'colour' },
        defaults: { ort: 'Kamen', land: 'DE' },
        defaultMilestones: 'erste-jahre',
        language: 'en',
        sprache: 'de',
      },
      'mapping.json',
    );
    expect([...mapping.targets.milestones]).to.deep.equal([
      ['a', ['kita']],
      ['b', ['kita', 'grundschule']],
    ]);
    expect([...mapping.columns]).to.deep.equal([
      ['leistungen', ['titel', 'kategorie']],
      ['objectid', ['ignore']],
    ]);
    expect([...mapping.defaults]).to.deep.equal([['ort', 'Kamen']]);
    expect([mapping.defaultMilestones, mapping.language]).to.deep.equal([['erste-jahre'], 'en']);
    expect(notes.map((n) => n.at?.path)).to.have.members([
      'sprache',
      'milestones.c',
      'topics',
      'columns.Farbe',
      'defaults.land',
    ]);
    expect(notes.every((n) => n.severity === 'error' && n.code === 'invalid-mapping')).to.equal(true);
    expect(parseMapping([], 'm.json').notes[0]!.code).to.equal('invalid-mapping');
  });

  it('a term is named by scheme and value, value, id or name; ids the base lacks are reported', () => {
    expect(termKeys({ scheme: 'Art', value: 'KITA', id: '7', label: 'Kindertagesstätte' })).to.deep.equal([
      'art:kita',
      'kita',
      'art:7',
      '7',
      'art:kindertagesstätte',
      'kindertagesstätte',
    ]);
    const base = readJson<CatalogInput>('/demo/public/angebote.json');
    const { mapping } = parseMapping(
      { milestones: { Kita: ['kita', 'kita2'] }, defaultTopics: ['astrologie'] },
      'm.json',
    );
    expect(unknownTargets(mapping, base, 'm.json').map((n) => [n.at?.path, n.value, n.kind])).to.deep.equal([
      ['milestones.kita', 'kita2', 'milestone'],
      ['defaultTopics', 'astrologie', 'topic'],
    ]);
  });

  it('keys that match nothing in the data are reported, once each', async () => {
    const base = readJson<CatalogInput>('/demo/public/angebote.json');
    const text = 'Titel;Art\nKita Sonne;Kita\n';
    const { notes } = await runImport([{ name: 'a.csv', text }], {
      base,
      mappingJson: {
        columns: { Art: 'kategorie', Farbe: 'ignore' },
        milestones: { Kita: 'kita', Hort: 'grundschule' },
      },
    });
    expect(notes.filter((n) => n.code === 'unused-mapping-key').map((n) => [n.at?.path, n.value])).to.deep.equal([
      ['milestones', 'hort'],
      ['columns', 'farbe'],
    ]);
  });
});
