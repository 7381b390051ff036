// Open Referral HSDS 3.0 into the catalog: the specification's examples (CC BY-SA 4.0, test/fixtures/hsds/README.md).
import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import { readJson } from './files.js';
import { runImport, said } from './import-run.js';
import { germanDays, openingHoursFromSchedules, scheduleText } from '../../src/import/sources/hsds-schedules.js';
import { hsdsServices } from '../../src/import/sources/hsds.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

const fixtures = ['service_full', 'service_list', 'organization_full'] as const;
const hsds: Record<(typeof fixtures)[number], unknown> = {} as never;
let base: CatalogInput;
let mappingJson: unknown;

before(() => {
  for (const name of fixtures) hsds[name] = readJson(`/test/fixtures/hsds/${name}.json`);
  base = readJson('/demo/public/angebote.json');
  mappingJson = readJson('/test/fixtures/hsds-mapping.json');
});

const serviceId = 'ac148810-d857-441c-9679-408f346de14b';
const clone = <T>(value: T): T => structuredClone(value);
const run = (json: unknown, options: { mappingJson?: unknown; milestones?: string[] } = {}) =>
  runImport([{ name: 'feed.json', json }], { base, mappingJson, today: '2026-11-26', ...options });

describe('HSDS 3.0 import', () => {
  it('finds the services in every shape the HSDS API serves: service_full, an array, the paginated list, organization_full', () => {
    expect(hsdsServices(hsds.service_full)!.services.map((s) => s.path)).to.deep.equal(['']);
    expect(hsdsServices(hsds.service_list)!.services.map((s) => s.path)).to.deep.equal(['contents[0]']);
    const fromOrganization = hsdsServices(hsds.organization_full)!.services;
    expect(fromOrganization.map((s) => s.path)).to.deep.equal(['services[0]']);
    expect((fromOrganization[0]!.organization as { name: string }).name).to.equal('Example Organization Inc.');
    expect(hsdsServices([hsds.service_full, hsds.service_full])!.services.map((s) => s.path)).to.deep.equal([
      '[0]',
      '[1]',
    ]);
    expect(hsdsServices(hsds.service_full)!.flavour).to.equal('hsds-3');
    expect(hsdsServices({ hello: 'world' })).to.equal(undefined);
    expect(hsdsServices('text')).to.equal(undefined);
  });

  it('service_full: service, organisation, contacts, address, ages, languages, accessibility, schedule, cost, taxonomy', async () => {
    const { catalog, notes, records, converted } = await run(hsds.service_full);
    expect([records, converted]).to.deep.equal([1, 1]);
    expect(catalog!.updated).to.equal('2026-11-26');
    const offer = catalog!.offers[0]!;
    expect(offer.id).to.equal(serviceId);
    // The mapping says the texts are English.
    expect(offer.title).to.deep.equal({ en: 'Community Counselling' });
    expect((offer.description as { en: string }).en).to.match(
      /^Counselling Services provided by trained professionals\./,
    );
    // The taxonomy term by its id and by its code.
    expect(offer.milestones).to.deep.equal(['weiterfuehrende-schule', 'uebergang-beruf']);
    expect(offer.topics).to.deep.equal(['beratung', 'gesundheit']);
    // minimum_age 12; maximum_age 100 is above what the catalog takes: no upper limit.
    expect([offer.ageMin, offer.ageMax]).to.deep.equal([12, undefined]);
    expect(catalog!.organizations.find((o) => o.id === offer.organization)).to.deep.equal({
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Example Organization Inc.',
      url: 'http://example.com',
      email: 'email@example.com',
      phone: '+44 1234 234567',
      // From the organisation's own location.
      address: { street: '1-30 Main Street, MyVillage', postalCode: 'ABC 1234', city: 'MyCity' },
    });
    // The service's own phone and e-mail are the contact's: not repeated as a contact of their own.
    expect(offer.contacts).to.deep.equal(['1e7efce3-639b-4880-940c-b95cd30cdb50']);
    expect(catalog!.contacts.find((c) => c.id === offer.contacts![0])).to.deep.equal({
      id: '1e7efce3-639b-4880-940c-b95cd30cdb50',
      name: 'Ann Persona',
      role: { en: 'Reception Manager' },
      organization: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      // The example writes the number in quotes, with an extension: "\"+44 1234 234567\"", 100.
      phone: '+44 1234 234567',
      email: 'email@example.com',
      languages: ['ur'],
    });
    // The location's address (latitude 100 is no latitude: left out, and said so).
    expect(offer.address).to.deep.equal({
      street: '1-30 Main Street, MyVillage',
      postalCode: 'ABC 1234',
      city: 'MyCity',
    });
    expect(offer.languages).to.deep.equal(['ur']);
    expect(offer.accessibility!.note).to.deep.equal({
      en: 'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels. Switch hearing aid to T-coil to access the induction loop facility.',
    });
    expect(offer.schedule).to.equal('Do, Fr 10:00–18:00');
    expect(offer.cost).to.equal('paid');
    expect((offer.costNote as { en: string }).en).to.match(
      /^Under 18s and Over 60s: 35 GBP per 1 hour session\. Non-NHS patients/,
    );
    expect(offer.url).to.equal('http://example.com/counselling');
    // Checked: assured 2005, changed 2023; the later counts.
    expect(offer.updated).to.equal('2023-03-15T10:30:45.123Z');
    expect(offer.keywords).to.include('MyCity Counselling Services');
    // Latitude 100 of the location, once for the organisation's address and once for the offer's.
    expect(said(notes, (n) => n.severity !== 'info')).to.deep.equal([
      ['warning', 'invalid-value', 'organization'],
      ['warning', 'invalid-value', 'service_at_locations[0].location.latitude'],
    ]);
    expect(said(notes, (n) => n.code === 'age-open-end')).to.deep.equal([['info', 'age-open-end', 'maximum_age']]);
    // Every field with a value that has no place in the catalog is named.
    expect(notes.filter((n) => n.code === 'unused-field').map((n) => n.value)).to.include.members([
      'wait_time',
      'funding',
      'required_documents',
    ]);
  });

  for (const name of fixtures) {
    it(`${name}.json converts into a catalog that the parser takes without a single issue`, async () => {
      const { catalog, notes } = await run(hsds[name]);
      expect(notes.filter((n) => n.severity === 'error' || n.severity === 'fatal')).to.deep.equal([]);
      const { catalog: again, issues } = parseCatalog(clone(catalog));
      expect(issues).to.deep.equal([]);
      expect(again.offers.map((o) => o.id)).to.deep.equal([serviceId]);
    });
  }

  it('the list of the API has no taxonomy: ages choose the milestones; without ages the defaults, and said so', async () => {
    const byAge = await run(hsds.service_list);
    expect(byAge.catalog!.offers[0]!.milestones).to.deep.equal(['weiterfuehrende-schule', 'uebergang-beruf']);
    expect(said(byAge.notes, (n) => n.code === 'milestones-by-age')).to.deep.equal([
      ['info', 'milestones-by-age', 'contents[0] minimum_age'],
    ]);
    const {
      minimum_age: _min,
      maximum_age: _max,
      ...ageless
    } = (hsds.service_list as { contents: Record<string, unknown>[] }).contents[0]!;
    const byDefault = await run([ageless]);
    expect(byDefault.catalog!.offers[0]!.milestones).to.deep.equal(['erste-jahre']);
    expect(byDefault.notes.find((n) => n.code === 'default-milestones')).to.include({
      severity: 'info',
      value: 'erste-jahre',
    });
    // Without defaults such a service is skipped, with a reason.
    const strict = await run([ageless], { mappingJson: { language: 'en' } });
    expect(strict.catalog!.offers).to.deep.equal([]);
    expect(strict.notes.find((n) => n.code === 'no-milestone')).to.include({ severity: 'error' });
  });

  it('keeps the base catalog’s offers with keepOffers, adds the organisation once', async () => {
    const { catalog } = await runImport([{ name: 'org.json', json: hsds.organization_full }], {
      base,
      mappingJson,
      keepOffers: true,
    });
    expect(catalog!.offers).to.have.length(101);
    expect(catalog!.organizations.filter((o) => o.id === 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610')).to.have.length(1);
  });

  it('skips services that are not active or without a name; the same service twice is taken once; a wrong id is rewritten', async () => {
    const service = hsds.service_full as Record<string, unknown>;
    const input = [
      { ...clone(service), id: 'inactive-1', status: 'inactive' },
      { ...clone(service), id: 'nameless', name: '' },
      clone(service),
      clone(service),
      { ...clone(service), id: serviceId, name: 'Other' },
      { ...clone(service), id: 'not an id' },
    ];
    const { catalog, notes } = await run(input);
    expect(catalog!.offers.map((o) => o.id)).to.deep.equal([serviceId, 'not-an-id']);
    expect(
      said(notes, (n) =>
        ['inactive', 'missing-value', 'duplicate-record', 'duplicate-id', 'invalid-id'].includes(n.code),
      ),
    ).to.deep.equal([
      ['info', 'inactive', '[0] status'],
      ['error', 'missing-value', '[1]'],
      ['info', 'duplicate-record', '[3] id'],
      ['error', 'duplicate-id', '[4] id'],
      ['warning', 'invalid-id', '[5] id'],
    ]);
  });

  it('mapping targets the base catalog does not have are reported; the parser drops them from the offers', async () => {
    const wrong = { ...(mappingJson as object), milestones: { code: ['kita2', 'kita'] } };
    const { catalog, notes } = await run(hsds.service_full, { mappingJson: wrong });
    expect(notes[0]).to.deep.include({
      code: 'unknown-reference',
      value: 'kita2',
      kind: 'milestone',
      at: { file: 'mapping.json', path: 'milestones.code' },
    });
    expect(catalog!.offers[0]!.milestones).to.deep.equal(['kita']);
    expect(notes.map((n) => n.code)).to.include('catalog-issue');
  });

  it('plain texts without a language in the mapping (taken as German)', async () => {
    const { catalog } = await run(hsds.service_full, {
      mappingJson: { ...(mappingJson as object), language: undefined },
    });
    expect(catalog!.offers[0]!.title).to.equal('Community Counselling');
  });

  it('schedules: weekdays in German, runs of three or more as a range; otherwise the description', () => {
    expect(germanDays('MO,TU,WE,TH,FR')).to.equal('Mo–Fr');
    expect(germanDays('TH,FR')).to.equal('Do, Fr');
    expect(germanDays('FR,MO,WE')).to.equal('Mo, Mi, Fr');
    expect(germanDays('MO,TU,WE,FR,SA')).to.equal('Mo–Mi, Fr, Sa');
    expect(germanDays('1MO,-1FR')).to.equal('1. Mo, letzter Fr');
    expect(germanDays('XX')).to.equal(undefined);
    expect(scheduleText([{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00' }])).to.deep.equal({
      text: 'Mo–Fr 09:00–17:00',
      generated: true,
    });
    expect(
      scheduleText([
        { byday: 'SA', opens_at: '9:30' },
        { byday: 'SA', opens_at: '9:30' },
      ]),
    ).to.deep.equal({ text: 'Sa ab 09:30', generated: true });
    expect(scheduleText([{ freq: 'YEARLY', description: 'Once a year in May' }])).to.deep.equal({
      text: 'Once a year in May',
      generated: false,
    });
    expect(scheduleText([{}])).to.equal(undefined);
  });

  it('schedules: plain weekly rules with days and times also as structured opening hours', () => {
    expect(
      openingHoursFromSchedules([
        { freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '12:00:00' },
        {
          byday: 'th',
          opens_at: '14:00',
          closes_at: '17:30',
          valid_from: '2026-01-01',
          valid_to: '2026-12-31T00:00:00Z',
          until: '2026-06-30',
        },
      ]),
    ).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
      { days: ['th'], opens: '14:00', closes: '17:30', validFrom: '2026-01-01', validThrough: '2026-06-30' },
    ]);
    // One rule that is not a plain weekly one, and there are none: they would make "open now" wrong.
    const weekly = { byday: 'TU', opens_at: '09:00', closes_at: '11:00' };
    for (const other of [
      { byday: '1MO', opens_at: '10:00', closes_at: '11:00', freq: 'MONTHLY' },
      { byday: 'WE', opens_at: '10:00', closes_at: '11:00', interval: 2 },
      { byday: 'WE', opens_at: '10:00', closes_at: '11:00', count: 3 },
      { byday: 'WE', opens_at: '10:00' },
      { description: 'Nach Vereinbarung' },
    ]) {
      expect(openingHoursFromSchedules([weekly, other]), JSON.stringify(other)).to.equal(undefined);
    }
    expect(openingHoursFromSchedules([])).to.equal(undefined);
  });

  it('puts the opening hours on the offer beside the text, and the parser checks them', async () => {
    const service = (schedules: object[]) => ({
      ...(hsds.service_full as object),
      schedules,
      service_at_locations: [],
    });
    const imported = (await run(service([{ byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' }]))).catalog!
      .offers[0]!;
    expect([imported.schedule, imported.openingHours]).to.deep.equal([
      'Do, Fr 10:00–18:00',
      [{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }],
    ]);
    const broken = await run(service([{ byday: 'TH', opens_at: '23:00', closes_at: '23:00:30' }]));
    expect(broken.catalog!.offers[0]!.openingHours).to.equal(undefined);
  });
});
