// The committed JSON Schema is what maintainers validate against with their
// own tools: it must accept the sample catalog and reject what the loader
// rejects. Checked with Ajv, a validator the maintainers might use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(await readFile(new URL('../../schema/catalog-v1.schema.json', import.meta.url), 'utf8'));
const sample = JSON.parse(await readFile(new URL('../../demo/public/angebote.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('the sample catalog is valid against the JSON Schema', () => {
  assert.equal(validate(sample), true, errors().join('\n'));
});

test('the JSON Schema rejects what the loader rejects', () => {
  const offer = sample.offers[0];
  const cases = {
    'a javascript: url': { ...offer, url: 'javascript:alert(1)' },
    'no milestone': { ...offer, milestones: [] },
    'an unknown cost': { ...offer, cost: 'gratis' },
    'an empty title': { ...offer, title: '' },
    'an id with a space': { ...offer, id: 'a b' },
    'a language code with markup': { ...offer, title: { '<b>': 'x' } },
  };
  for (const [name, broken] of Object.entries(cases)) {
    assert.equal(validate({ ...sample, offers: [broken] }), false, name);
  }
  assert.equal(validate({ ...sample, version: 2 }), false, 'version 2');
});
