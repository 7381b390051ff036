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

test('the JSON Schema checks opening hours and the maintainer as the loader does', () => {
  const offer = sample.offers[0];
  const period = { days: ['tu'], opens: '09:00', closes: '11:00' };
  const valid = {
    'a period to 24:00': { ...period, closes: '24:00' },
    'a period over midnight': { ...period, opens: '22:00', closes: '02:00' },
    'a validity and a note': {
      ...period,
      validFrom: '2026-12-23',
      validThrough: '2027-01-06',
      note: { de: 'Ferien', en: 'holidays' },
    },
  };
  for (const [name, good] of Object.entries(valid)) {
    assert.equal(
      validate({ ...sample, offers: [{ ...offer, openingHours: [good] }] }),
      true,
      `${name}: ${errors().join('\n')}`,
    );
  }
  const invalid = {
    'no period': [],
    'an unknown day': [{ ...period, days: ['di'] }],
    'no day': [{ ...period, days: [] }],
    'a time without a leading zero': [{ ...period, opens: '9:00' }],
    '24:00 as an opening time': [{ ...period, opens: '24:00' }],
    'a validity that is no date': [{ ...period, validFrom: '23.12.2026' }],
    'no closing time': [{ days: ['tu'], opens: '09:00' }],
  };
  for (const [name, broken] of Object.entries(invalid)) {
    assert.equal(validate({ ...sample, offers: [{ ...offer, openingHours: broken }] }), false, name);
    assert.equal(
      validate({ ...sample, contacts: [{ ...sample.contacts[0], openingHours: broken }] }),
      false,
      `contact: ${name}`,
    );
  }
  assert.equal(validate({ ...sample, maintainer: { name: 'Redaktion' } }), false, 'a maintainer without email');
  assert.equal(
    validate({ ...sample, maintainer: { email: 'redaktion' } }),
    false,
    'a maintainer with no email address',
  );
});

test('the JSON Schema accepts a catalog index, as the loader does, and rejects a broken one', () => {
  const index = {
    version: 1,
    title: 'Kein Kind zurücklassen im Kreis Unna',
    catalogs: [{ url: 'kamen.json', title: 'Kamen' }, { url: 'https://unna.example/angebote.json' }],
  };
  assert.equal(validate(index), true, errors().join('\n'));
  assert.equal(validate({ catalogs: [] }), false, 'no catalogs');
  assert.equal(validate({ catalogs: [{ title: 'Unna' }] }), false, 'no url');
  assert.equal(validate({ catalogs: [{ url: 'a.json' }], version: 2 }), false, 'version 2');
});
