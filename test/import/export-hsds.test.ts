import { describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import fc from 'fast-check';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readJson } from './files.js';
import {
  catalogToHsds,
  type HsdsExport,
  type HsdsExportOptions,
  type HsdsService,
} from '../../src/import/export/hsds.js';
import { runImport } from './import-run.js';
import { localize } from '../../src/catalog/localize.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput } from '../../src/catalog/schema.js';

/*
 * The official HSDS 3.0 schemas (test/fixtures/hsds-3.0-schema/, unchanged). Ajv stays
 * strict, with two allowances the official files need:
 * - their own keywords (`name`, `constraints`, `example` …: Frictionless
 *   Data annotations; the top-level keys of the OpenAPI description) are
 *   declared as annotations, so a misspelt JSON Schema keyword would still fail;
 * - `strictTypes` is off: the `/services` response schema in openapi.json
 *   has `properties` without `type: "object"`, valid JSON Schema that Ajv's
 *   strictTypes flags.
 * The files are registered under the addresses openapi.json refers to them by,
 * so its references resolve to the vendored copies, not the network.
 */
const upstream = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
ajv.addVocabulary([
  'name',
  'path',
  'datapackage_metadata',
  'datapackage_type',
  'constraints',
  'example',
  'core',
  'tabular_required',
]);
ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'paths', 'components']);
const openapi = readJson<{ components: { schemas: { Page: { properties: object } } } }>(
  '/test/fixtures/hsds-3.0-schema/openapi.json',
);
ajv.addSchema(readJson('/test/fixtures/hsds-3.0-schema/compiled/service.json'), `${upstream}compiled/service.json`);
ajv.addSchema(
  readJson('/test/fixtures/hsds-3.0-schema/compiled/service_list.json'),
  `${upstream}compiled/service_list.json`,
);
ajv.addSchema(openapi, `${upstream}openapi.json`);
/** service_full: what `/services/{id}` returns. */
const validateService = ajv.getSchema(`${upstream}compiled/service.json`)!;
/** What `/services` returns: the `Page` with `contents` of `service_list`. */
const validatePage = ajv.compile({
  $ref: `${upstream}openapi.json#/paths/~1services/get/responses/200/content/application~1json/schema`,
});

/** Every check the official schemas make, with Ajv's errors as the message. */
function expectValid(page: HsdsExport) {
  const report = (validate: ValidateFunction, what: string) =>
    `${what}:\n${ajv.errorsText(validate.errors?.slice(0, 20), { separator: '\n' })}`;
  expect(validatePage(page), report(validatePage, 'page')).to.equal(true);
  // The Page schema requires none of its fields; the API's page has them all.
  expect(Object.keys(page)).to.have.members([...Object.keys(openapi.components.schemas.Page.properties), 'contents']);
  page.contents.forEach((service, index) =>
    expect(validateService(service), report(validateService, `contents[${index}]`)).to.equal(true),
  );
}

/** Any two objects with the same `id` are the same record, written the same way; no list holds one twice. */
function expectConsistentIds(value: unknown) {
  const seen = new Map<string, string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      const ids = node.map((item: { id?: unknown }) => item?.id).filter((id) => id !== undefined);
      expect(new Set(ids).size, `ids in a list: ${ids.join(', ')}`).to.equal(ids.length);
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      const { id } = node as { id?: unknown };
      if (typeof id === 'string') {
        const json = JSON.stringify(node);
        expect(seen.get(id) ?? json, `record ${id}`).to.equal(json);
        seen.set(id, json);
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
}

/** UUID v5 in the URL namespace, written out with node:crypto to check the export's ids independently of the uuid library. */
function uuidV5(name: string) {
  const hash = createHash('sha1')
    .update(Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function parsed(input: unknown): Catalog {
  const { catalog, issues } = parseCatalog(input);
  expect(issues, 'the test catalog is valid').to.deep.equal([]);
  return catalog;
}

const sample = () => parseCatalog(readJson('/demo/public/angebote.json')).catalog;

/** A catalog with one of everything, for the spot checks. */
const small: CatalogInput = {
  version: 1,
  maintainer: { email: 'redaktion@example.org' },
  milestones: [
    { id: 'schwangerschaft', title: { de: 'Schwangerschaft', en: 'Pregnancy' }, ageFrom: -0.75, ageTo: 0 },
    {
      id: 'kita',
      title: { de: 'Kita-Zeit', en: 'Nursery years' },
      description: { de: 'Drei bis sechs', en: 'Three to six' },
    },
  ],
  topics: [{ id: 'beratung', title: { de: 'Beratung', en: 'Counselling' } }],
  districts: [{ id: 'methler', title: 'Methler' }],
  networks: [{ id: 'fruehe-hilfen', title: 'Frühe Hilfen' }],
  organizations: [
    {
      id: 'jugendamt',
      name: 'Jugendamt Kamen',
      url: 'https://jugendamt.example.org',
      phone: '02307 148-0',
      networks: ['fruehe-hilfen'],
    },
  ],
  contacts: [
    {
      id: 'erika',
      name: 'Erika Beispiel',
      role: { de: 'Beraterin', en: 'Counsellor' },
      organization: 'jugendamt',
      phone: '02307 148-12',
      hours: 'Di 9–12 Uhr',
      languages: ['de', 'tr'],
    },
  ],
  offers: [
    {
      id: 'familienhebammen',
      title: { de: 'Familienhebammen', en: 'Family midwives' },
      summary: { de: 'Begleitung im ersten Jahr.', en: 'Support in the first year.' },
      milestones: ['schwangerschaft', 'kita'],
      topics: ['beratung'],
      ageMin: -0.75,
      ageMax: 1,
      districts: ['methler'],
      organization: 'jugendamt',
      contacts: ['erika'],
      address: {
        street: 'Rathausplatz 1',
        postalCode: '59174',
        city: 'Kamen',
        district: 'methler',
        lat: 51.5921,
        lon: 7.6653,
      },
      cost: 'free',
      costNote: 'Für alle Familien kostenlos',
      languages: ['de', 'tr', 'de-x-ls'],
      accessibility: { wheelchair: true, note: 'Aufzug' },
      schedule: 'Mo–Fr 9–17 Uhr',
      openingHours: [
        {
          days: ['mo', 'tu', 'we', 'th', 'fr'],
          opens: '09:00',
          closes: '17:00',
          validThrough: '2026-12-18',
          note: 'vor Weihnachten',
        },
      ],
      keywords: ['Hebamme', 'Baby', 'Hebamme'],
      updated: '2026-03-02',
    },
    {
      id: 'geburtsvorbereitung',
      title: 'Geburtsvorbereitung',
      milestones: ['schwangerschaft'],
      ageMin: -0.75,
      ageMax: -0.1,
      cost: 'paid',
      url: 'https://example.org/kurse/geburtsvorbereitung-für-paare',
    },
  ],
};

const first = (page: HsdsExport): HsdsService => page.contents[0]!;
const attributeValues = (service: HsdsService, name: string) =>
  (service.attributes ?? [])
    .filter((a) => a.taxonomy_term.taxonomy === 'offer-finder fields' && a.taxonomy_term.code === name)
    .map((a) => a.value);

describe('HSDS 3.0 export', () => {
  it('the sample catalog (100 offers): the page validates as the /services response, each service as service_full', () => {
    const catalog = sample();
    expect(catalog.offers).to.have.length(100);
    for (const options of [
      {},
      { language: 'en', baseUrl: 'https://www.kamen.de/familienfinder', stateProvince: 'Nordrhein-Westfalen' },
    ] as HsdsExportOptions[]) {
      const page = catalogToHsds(catalog, options);
      expect(page).to.include({
        total_items: 100,
        total_pages: 1,
        page_number: 1,
        size: 100,
        first_page: true,
        last_page: true,
        empty: false,
      });
      expectValid(page);
      expectConsistentIds(page);
    }
  });

  it('an empty catalog is an empty page', () => {
    const page = catalogToHsds(parsed({ version: 1, milestones: [], offers: [] }));
    expect(page).to.deep.equal({
      total_items: 0,
      total_pages: 1,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
    expectValid(page);
  });

  it('the schema check is live: a service without a name, with an unknown status or an id that is no UUID is rejected', () => {
    const page = catalogToHsds(parsed(small));
    expectValid(page);
    const tampered = structuredClone(page);
    delete (first(tampered) as Partial<HsdsService>).name;
    expect(validateService(first(tampered))).to.equal(false);
    expect(validateService.errors!.map((e) => e.message)).to.include("must have required property 'name'");
    expect(validatePage(tampered)).to.equal(false);
    expect(validateService({ ...first(page), status: 'open' })).to.equal(false);
    expect(validateService({ ...first(page), id: 'familienhebammen' })).to.equal(false);
    expect(validateService.errors![0]!.message).to.equal('must match format "uuid"');
  });

  it('random valid catalogs always export valid HSDS, with consistent ids', () => {
    fc.assert(
      fc.property(catalogArbitrary, optionsArbitrary, (input, options) => {
        const page = catalogToHsds(parsed(input), options);
        expectValid(page);
        expectConsistentIds(page);
      }),
      { numRuns: 150 },
    );
  });

  it('ids: UUID v5 of offer-finder:<kind>:<catalog id>, the same on every export; the catalog id stays as an attribute', () => {
    const catalog = parsed(small);
    const service = first(catalogToHsds(catalog));
    expect(service.id).to.equal(uuidV5('offer-finder:offer:familienhebammen'));
    expect(service.organization_id).to.equal(uuidV5('offer-finder:organization:jugendamt'));
    expect(catalogToHsds(catalog)).to.deep.equal(catalogToHsds(structuredClone(catalog)));
    expect(attributeValues(service, 'id')).to.deep.equal(['familienhebammen']);
    expect(service.organization!.attributes!.map((a) => a.value ?? a.taxonomy_term.code)).to.deep.equal([
      'jugendamt',
      'fruehe-hilfen',
    ]);
  });

  it('contacts with their phone, office hours and languages; the organisation with its phone', () => {
    const service = first(catalogToHsds(parsed(small)));
    const contact = service.contacts![0]!;
    expect(contact).to.include({
      name: 'Erika Beispiel',
      title: 'Beraterin',
      organization_id: service.organization_id,
    });
    expect(contact.phones![0]).to.deep.include({ number: '02307 148-12', description: 'Di 9–12 Uhr' });
    expect(contact.phones![0]!.languages!.map((l) => [l.code, l.name])).to.deep.equal([
      ['de', 'Deutsch'],
      ['tr', 'Türkisch'],
    ]);
    expect(service.organization).to.deep.include({
      name: 'Jugendamt Kamen',
      description: 'Jugendamt Kamen',
      website: 'https://jugendamt.example.org/',
    });
    expect(service.organization!.phones!.map((p) => p.number)).to.deep.equal(['02307 148-0']);
  });

  it('the address with coordinates, district and accessibility is the service location', () => {
    const service = first(catalogToHsds(parsed(small), { stateProvince: 'Nordrhein-Westfalen' }));
    const { location } = service.service_at_locations![0]!;
    expect(location).to.include({ location_type: 'physical', latitude: 51.5921, longitude: 7.6653 });
    expect(location.addresses![0]).to.deep.include({
      address_1: 'Rathausplatz 1',
      postal_code: '59174',
      city: 'Kamen',
      region: 'Methler',
      state_province: 'Nordrhein-Westfalen',
      country: 'DE',
      address_type: 'physical',
    });
    expect(location.accessibility![0]!.description).to.equal('Aufzug');
    expect(location.accessibility![0]!.attributes!.map((a) => [a.taxonomy_term.code, a.value])).to.deep.equal([
      ['wheelchair', 'true'],
    ]);
    expect(service.service_areas!.map((a) => a.name)).to.deep.equal(['Methler']);
    expect(
      catalogToHsds(parsed(small), { country: 'AT' }).contents[0]!.service_at_locations![0]!.location.addresses![0],
    ).to.include({ country: 'AT', state_province: '' });
  });

  it('opening hours Mo–Fr as a weekly schedule, with the text families read and the note', () => {
    expect(first(catalogToHsds(parsed(small))).schedules).to.deep.equal([
      {
        id: uuidV5('offer-finder:schedule:familienhebammen/0'),
        valid_to: '2026-12-18',
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        description: 'Mo–Fr 9–17 Uhr',
        opens_at: '09:00',
        closes_at: '17:00',
        notes: 'vor Weihnachten',
      },
    ]);
  });

  it('cost, ages, languages, keywords, dates and the maintainer', () => {
    const [familienhebammen, geburtsvorbereitung] = catalogToHsds(parsed(small)).contents;
    expect(familienhebammen!.cost_options).to.deep.equal([
      { id: uuidV5('offer-finder:cost-option:familienhebammen'), amount: 0 },
    ]);
    expect(familienhebammen).to.include({
      fees_description: 'Für alle Familien kostenlos',
      minimum_age: 0,
      maximum_age: 1,
    });
    expect(attributeValues(familienhebammen!, 'cost')).to.deep.equal(['free']);
    expect(attributeValues(familienhebammen!, 'keyword')).to.deep.equal(['Hebamme', 'Baby']);
    expect(familienhebammen!.languages!.map(({ code, note }) => [code, note])).to.deep.equal([
      ['de', undefined],
      ['tr', undefined],
      ['de', 'de-x-ls'],
    ]);
    expect(familienhebammen).to.include({
      assured_date: '2026-03-02',
      last_modified: '2026-03-02T00:00:00Z',
      assurer_email: 'redaktion@example.org',
    });
    // Only before birth: no ages; paid: no cost option, but the attribute.
    expect(geburtsvorbereitung).to.not.have.any.keys(
      'minimum_age',
      'maximum_age',
      'cost_options',
      'assured_date',
      'assurer_email',
    );
    expect(attributeValues(geburtsvorbereitung!, 'cost')).to.deep.equal(['paid']);
    // A link with an umlaut, as HSDS's `format: uri` wants it.
    expect(geburtsvorbereitung!.url).to.equal('https://example.org/kurse/geburtsvorbereitung-f%C3%BCr-paare');
  });

  it('milestones and topics as terms of their taxonomies, code = catalog id', () => {
    const service = first(catalogToHsds(parsed(small)));
    const terms = service
      .attributes!.filter((a) => a.taxonomy_term.taxonomy !== 'offer-finder fields')
      .map((a) => a.taxonomy_term);
    expect(terms.map((t) => [t.taxonomy, t.code, t.name, t.description])).to.deep.equal([
      ['offer-finder milestones', 'schwangerschaft', 'Schwangerschaft', 'Schwangerschaft'],
      ['offer-finder milestones', 'kita', 'Kita-Zeit', 'Drei bis sechs'],
      ['offer-finder topics', 'beratung', 'Beratung', 'Beratung'],
    ]);
    expect(terms[0]!.id).to.equal(uuidV5('offer-finder:milestone:schwangerschaft'));
    expect(terms[0]!.taxonomy_detail.id).to.equal(uuidV5('offer-finder:taxonomy:milestone'));
  });

  it('language en: the English texts, German where there is none; language names in English', () => {
    const [familienhebammen, geburtsvorbereitung] = catalogToHsds(parsed(small), { language: 'en' }).contents;
    expect(familienhebammen).to.include({ name: 'Family midwives', description: 'Support in the first year.' });
    expect(familienhebammen!.attributes!.map((a) => a.taxonomy_term.name)).to.include.members([
      'Pregnancy',
      'Nursery years',
      'Counselling',
    ]);
    expect(familienhebammen!.languages!.map((l) => l.name)).to.deep.equal(['German', 'Turkish', 'German']);
    expect(familienhebammen!.contacts![0]!.title).to.equal('Counsellor');
    expect(geburtsvorbereitung!.name).to.equal('Geburtsvorbereitung');
    expect(catalogToHsds(parsed(small), { language: 'de-x-ls' }).contents[0]!.name).to.equal('Familienhebammen');
  });

  it('baseUrl: offers without a url link to the finder, milestone and topic terms to it filtered', () => {
    const service = first(catalogToHsds(parsed(small), { baseUrl: 'https://www.kamen.de/familie/finder?tab=1' }));
    expect(service.url).to.equal('https://www.kamen.de/familie/finder?tab=1&of-offer=familienhebammen');
    expect(service.attributes!.map((a) => a.taxonomy_term.term_uri).filter(Boolean)).to.deep.equal([
      'https://www.kamen.de/familie/finder?tab=1&of-milestone=schwangerschaft',
      'https://www.kamen.de/familie/finder?tab=1&of-milestone=kita',
      'https://www.kamen.de/familie/finder?tab=1&of-topic=beratung',
    ]);
  });

  it("the project's HSDS import reads the export back: titles, addresses, opening hours, organisations", async () => {
    const catalog = sample();
    const page = catalogToHsds(catalog);
    // The two taxonomies map to the catalog's own ids, by scheme and code.
    const mappingJson = { milestones: {} as Record<string, string>, topics: {} as Record<string, string> };
    for (const { taxonomy_term: term } of page.contents.flatMap((s) => s.attributes ?? [])) {
      if (term.taxonomy === 'offer-finder milestones')
        mappingJson.milestones[`${term.taxonomy}:${term.code}`] = term.code;
      if (term.taxonomy === 'offer-finder topics') mappingJson.topics[`${term.taxonomy}:${term.code}`] = term.code;
    }
    const back = (
      await runImport([{ name: 'export.json', json: page }], {
        base: readJson('/demo/public/angebote.json'),
        mappingJson,
      })
    ).catalog!;
    expect(back.offers).to.have.length(catalog.offers.length);
    catalog.offers.forEach((offer, index) => {
      const read = back.offers[index]!;
      expect(read.title).to.equal(localize(offer.title, 'de'));
      expect(read.milestones).to.deep.equal(offer.milestones);
      const { district: _, ...place } = offer.address!;
      expect(read.address).to.deep.equal(place);
      expect(read.openingHours).to.deep.equal(offer.openingHours?.map(({ note: _, ...period }) => period));
      expect(back.organizations.find((o) => o.id === read.organization)?.name).to.equal(
        localize(catalog.organizations.find((o) => o.id === offer.organization)!.name, 'de'),
      );
    });
  });
});

// Random catalogs: small, valid (the test checks it with the parser), every optional field sometimes there.
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_.:-]{0,11}$/);
const tags = ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls', 'prs', 'fa-AF'] as const;
const plain = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const localized = fc.oneof(plain, fc.dictionary(fc.constantFrom(...tags), plain, { minKeys: 1, maxKeys: 3 }));
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'https://ex.org/für-eltern',
    'https://ex.org/a|b^c[1]',
    'https://ex.org/100%zz',
    'http://straße.de/x#a#b',
  ),
);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.stringMatching(/^[a-z0-9]{1,8}$/))
  .map(([user, host]) => `${user}@${host}.de`);
const phone = fc.stringMatching(/^\+?[0-9][0-9 ()/.-]{2,16}$/);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const address = fc.record(
  {
    street: plain,
    postalCode: fc.stringMatching(/^[0-9]{5}$/),
    city: plain,
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  },
  { requiredKeys: ['street', 'postalCode', 'city'] },
);
const openingPeriod = fc
  .record({
    days: fc.subarray(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const, { minLength: 1 }),
    opens: time,
    closes: fc.oneof(time, fc.constant('24:00')),
    validity: fc.option(fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    note: fc.option(localized, { nil: undefined }),
  })
  .filter((p) => p.opens !== p.closes)
  .map(({ validity, note, ...period }) => ({
    ...period,
    ...(validity && { validFrom: validity[0], validThrough: validity[1] }),
    ...(note && { note }),
  }));
const ages = fc
  .tuple(fc.double({ min: -1, max: 30, noNaN: true }), fc.double({ min: -1, max: 30, noNaN: true }))
  .map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const catalogArbitrary = fc
  .record({
    milestones: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    topics: fc.uniqueArray(id, { maxLength: 3 }),
    districts: fc.uniqueArray(id, { maxLength: 3 }),
    networks: fc.uniqueArray(id, { maxLength: 2 }),
    organizations: fc.uniqueArray(id, { maxLength: 3 }),
    contacts: fc.uniqueArray(id, { maxLength: 3 }),
    offers: fc.uniqueArray(id, { maxLength: 4 }),
  })
  .chain((ids) => {
    // References may repeat an id: the catalog allows it.
    const some = (list: string[], minLength = 0) =>
      list.length ? fc.array(fc.constantFrom(...list), { minLength, maxLength: 4 }) : fc.constant([]);
    const ref = (list: string[]) =>
      list.length ? fc.option(fc.constantFrom(...list), { nil: undefined }) : fc.constant(undefined);
    const optional = { requiredKeys: [] as [] };
    return fc.record({
      version: fc.constant(1 as const),
      updated: fc.option(day, { nil: undefined }),
      maintainer: fc.option(fc.record({ email }), { nil: undefined }),
      milestones: fc.tuple(
        ...ids.milestones.map((mid) =>
          fc.record({ id: fc.constant(mid), title: localized, description: fc.option(localized, { nil: undefined }) }),
        ),
      ),
      topics: fc.tuple(...ids.topics.map((tid) => fc.record({ id: fc.constant(tid), title: localized }))),
      districts: fc.tuple(...ids.districts.map((did) => fc.record({ id: fc.constant(did), title: localized }))),
      networks: fc.tuple(
        ...ids.networks.map((nid) =>
          fc.record(
            { id: fc.constant(nid), title: localized, description: localized },
            { requiredKeys: ['id', 'title'] },
          ),
        ),
      ),
      organizations: fc.tuple(
        ...ids.organizations.map((oid) =>
          fc.record(
            { id: fc.constant(oid), name: localized, url, email, phone, address, networks: some(ids.networks) },
            { requiredKeys: ['id', 'name'] },
          ),
        ),
      ),
      contacts: fc.tuple(
        ...ids.contacts.map((cid) =>
          fc.record(
            {
              id: fc.constant(cid),
              name: localized,
              role: localized,
              organization: ref(ids.organizations),
              phone,
              email,
              hours: localized,
              languages: fc.subarray([...tags]),
            },
            { requiredKeys: ['id', 'name'] },
          ),
        ),
      ),
      offers: fc.tuple(
        ...ids.offers.map((oid) =>
          fc
            .record({
              main: fc.record({ id: fc.constant(oid), title: localized, milestones: some(ids.milestones, 1) }),
              more: fc.record(
                {
                  summary: localized,
                  description: localized,
                  topics: some(ids.topics),
                  districts: some(ids.districts),
                  organization: ref(ids.organizations),
                  contacts: some(ids.contacts),
                  address: address.map((a) => (ids.districts.length ? { ...a, district: ids.districts[0] } : a)),
                  cost: fc.constantFrom('free', 'reduced', 'paid'),
                  costNote: localized,
                  languages: fc.subarray([...tags]),
                  accessibility: fc.record({ wheelchair: fc.boolean(), note: localized }, optional),
                  schedule: localized,
                  openingHours: fc.array(openingPeriod, { minLength: 1, maxLength: 3 }),
                  url,
                  keywords: fc.array(plain, { maxLength: 4 }),
                  updated: fc.oneof(
                    day,
                    fc
                      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
                      .map((d) => d.toISOString()),
                  ),
                  ages,
                },
                optional,
              ),
            })
            .map(({ main, more: { ages: range, ...more } }) => ({
              ...main,
              ...more,
              ...(range && { ageMin: range[0], ageMax: range[1] }),
            })),
        ),
      ),
    });
  });

const optionsArbitrary = fc.record(
  {
    language: fc.constantFrom(...tags),
    baseUrl: fc.oneof(fc.webUrl(), fc.constant('https://www.kamen.de/familie/finder für alle')),
    country: fc.constantFrom('DE', 'AT'),
    stateProvince: fc.constantFrom('Nordrhein-Westfalen', 'NW'),
  },
  { requiredKeys: [] },
);
