import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import { readJson } from './files.js';
import { catalogFromHsds, germanDays, hsdsServices, openingHoursFromSchedules, parseHsdsMapping, scheduleText, type HsdsMapping } from '../../src/import/hsds.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

/** The examples of the Open Referral specification (CC BY-SA 4.0, see test/fixtures/hsds/README.md). */
const fixtures = ['service_full', 'service_list', 'organization_full'] as const;
const hsds: Record<(typeof fixtures)[number], unknown> = {} as never;
let base: CatalogInput;
let mapping: HsdsMapping;

before(async () => {
  for (const name of fixtures) hsds[name] = readJson(`/test/fixtures/hsds/${name}.json`);
  base = readJson('/demo/public/angebote.json');
  mapping = parseHsdsMapping(readJson('/test/fixtures/hsds-mapping.json')).mapping;
});

const serviceId = 'ac148810-d857-441c-9679-408f346de14b';
const codes = (notes: { code: string }[]) => notes.map((n) => n.code);
const clone = <T>(value: T): T => structuredClone(value);

describe('HSDS 3.0 import', () => {
  it('finds the services in every shape the HSDS API serves: service_full, an array, the paginated list, organization_full', () => {
    expect(hsdsServices(hsds.service_full)!.map((s) => s.path)).to.deep.equal(['']);
    expect(hsdsServices(hsds.service_list)!.map((s) => s.path)).to.deep.equal(['contents[0]']);
    const fromOrganization = hsdsServices(hsds.organization_full)!;
    expect(fromOrganization.map((s) => s.path)).to.deep.equal(['services[0]']);
    expect((fromOrganization[0]!.organization as { name: string }).name).to.equal('Example Organization Inc.');
    expect(hsdsServices([hsds.service_full, hsds.service_full])!.map((s) => s.path)).to.deep.equal(['[0]', '[1]']);
    expect(hsdsServices({ hello: 'world' })).to.equal(undefined);
    expect(hsdsServices('text')).to.equal(undefined);
  });

  it('service_full: service, organisation, contacts, address, ages, languages, accessibility, schedule, cost, taxonomy', () => {
    const { catalog, notes, services, converted } = catalogFromHsds(hsds.service_full, { base, mapping, today: '2026-11-26' });
    expect([services, converted]).to.deep.equal([1, 1]);
    expect(catalog!.updated).to.equal('2026-11-26');
    expect(catalog!.offers).to.have.length(1);
    const offer = catalog!.offers[0]!;
    expect(offer.id).to.equal(serviceId);
    // The mapping says the texts are English.
    expect(offer.title).to.deep.equal({ en: 'Community Counselling' });
    expect(offer.description).to.deep.equal({ en: 'Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.' });
    // The taxonomy term by its id and by its code.
    expect(offer.milestones).to.deep.equal(['weiterfuehrende-schule', 'uebergang-beruf']);
    expect(offer.topics).to.deep.equal(['gesundheit', 'beratung']);
    // minimum_age 12; maximum_age 100 is above what the catalog takes: no upper limit.
    expect([offer.ageMin, offer.ageMax]).to.deep.equal([12, undefined]);
    expect(offer.organization).to.equal('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    expect(catalog!.organizations.find((o) => o.id === offer.organization)).to.deep.equal({
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Example Organization Inc.',
      url: 'http://example.com',
      email: 'email@example.com',
      phone: '+44 1234 234567',
    });
    expect(offer.contacts).to.deep.equal(['1e7efce3-639b-4880-940c-b95cd30cdb50']);
    expect(catalog!.contacts.find((c) => c.id === offer.contacts![0])).to.deep.equal({
      id: '1e7efce3-639b-4880-940c-b95cd30cdb50',
      name: 'Ann Persona',
      role: { en: 'Reception Manager' },
      organization: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      // The example writes the number in quotes: "\"+44 1234 234567\"".
      phone: '+44 1234 234567',
      email: 'email@example.com',
      languages: ['ur'],
    });
    // The location's address (latitude 100 is no latitude: left out, and said so).
    expect(offer.address).to.deep.equal({ street: '1-30 Main Street, MyVillage', postalCode: 'ABC 1234', city: 'MyCity' });
    expect(offer.languages).to.deep.equal(['ur']);
    expect(offer.accessibility).to.deep.equal({
      note: { en: 'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels. Switch hearing aid to T-coil to access the induction loop facility.' },
    });
    // byday TH,FR with opens_at/closes_at: an opening text in German.
    expect(offer.schedule).to.equal('Do, Fr 10:00–18:00');
    expect(offer.cost).to.equal('paid');
    expect(offer.costNote).to.deep.equal({
      en: 'Under 18s and Over 60s: 35 GBP per 1 hour session. Non-NHS patients are expected to pay for their counselling sessions. We charge a flat rate per hour of counselling. The current rate is £50 per hour. Please see our website for up to date prices.',
    });
    expect(offer.url).to.equal('http://example.com/counselling');
    expect(offer.updated).to.equal('2023-03-15');
    expect(offer.keywords).to.include('MyCity Counselling Services');
    expect(notes.map((n) => [n.severity, n.code, n.record, n.column])).to.deep.equal([
      ['info', 'age-open-end', serviceId, 'maximum_age'],
      ['warning', 'invalid-value', serviceId, 'service_at_locations[0].location.latitude'],
    ]);
  });

  for (const name of fixtures) {
    it(`${name}.json converts into a catalog that the parser takes without a single issue`, () => {
      const { catalog, notes } = catalogFromHsds(hsds[name], { base, mapping });
      expect(notes.filter((n) => n.severity === 'error')).to.deep.equal([]);
      const { catalog: again, issues } = parseCatalog(clone(catalog));
      expect(issues).to.deep.equal([]);
      expect(again.offers.map((o) => o.id)).to.deep.equal([serviceId]);
    });
  }

  it('the list of the API has no taxonomy: the mapping’s defaultMilestones are used, and said so', () => {
    const { catalog, notes } = catalogFromHsds(hsds.service_list, { base, mapping });
    expect(catalog!.offers[0]!.milestones).to.deep.equal(['erste-jahre']);
    expect(notes.find((n) => n.code === 'default-milestones')).to.include({ severity: 'info', value: 'erste-jahre', record: serviceId });
    // Without defaults such a service is skipped, with a reason.
    const strict = catalogFromHsds(hsds.service_list, { base, mapping: { ...mapping, defaultMilestones: [] } });
    expect(strict.catalog!.offers).to.deep.equal([]);
    expect(strict.notes.find((n) => n.code === 'no-milestone')).to.include({ severity: 'error', record: serviceId });
  });

  it('keeps the base catalog’s offers with keepOffers, adds the organisation once', () => {
    const { catalog } = catalogFromHsds(hsds.organization_full, { base, mapping, keepOffers: true });
    expect(catalog!.offers).to.have.length(101);
    expect(catalog!.organizations.filter((o) => o.id === 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610')).to.have.length(1);
  });

  it('skips services that are not active, without a name, or with an id already used', () => {
    const service = hsds.service_full as Record<string, unknown>;
    const input = [
      { ...clone(service), id: 'inactive-1', status: 'inactive' },
      { ...clone(service), id: 'nameless', name: '' },
      clone(service),
      clone(service),
      { ...clone(service), id: 'not an id' },
    ];
    const { catalog, notes } = catalogFromHsds(input, { base, mapping });
    expect(catalog!.offers.map((o) => o.id)).to.deep.equal([serviceId, 'not-an-id']);
    expect(notes.filter((n) => n.severity !== 'info' && n.code !== 'invalid-value').map((n) => [n.code, n.record])).to.deep.equal([
      ['inactive', 'inactive-1'],
      ['missing-value', 'nameless'],
      ['duplicate-id', serviceId],
      ['invalid-id', 'not an id'],
    ]);
  });

  it('mapping targets the base catalog does not have are reported; the parser drops them from the offers', () => {
    const wrong = { ...mapping, milestones: { code: ['kita2', 'kita'] } };
    const { catalog, notes } = catalogFromHsds(hsds.service_full, { base, mapping: wrong });
    expect(notes[0]).to.include({ code: 'unknown-reference', column: 'mapping.milestones.code', value: 'kita2', kind: 'milestone' });
    expect(catalog!.offers[0]!.milestones).to.deep.equal(['kita']);
    expect(codes(notes)).to.include('catalog-issue');
  });

  it('plain texts without a language in the mapping (taken as German)', () => {
    const { catalog } = catalogFromHsds(hsds.service_full, { base, mapping: { ...mapping, language: undefined } });
    expect(catalog!.offers[0]!.title).to.equal('Community Counselling');
  });

  it('the mapping file: lists or single ids; what is wrong is reported', () => {
    const { mapping: parsed, notes } = parseHsdsMapping({
      milestones: { a: 'kita', b: ['kita', 'grundschule'], c: 5 },
      topics: 'beratung',
      defaultMilestones: 'erste-jahre',
      language: 'Englisch',
    });
    expect(parsed.milestones).to.deep.equal({ a: ['kita'], b: ['kita', 'grundschule'] });
    expect(parsed.defaultMilestones).to.deep.equal(['erste-jahre']);
    expect(parsed.language).to.equal('en');
    expect(notes.map((n) => [n.severity, n.column])).to.deep.equal([
      ['warning', 'milestones.c'],
      ['error', 'topics'],
    ]);
    expect(parseHsdsMapping([]).notes[0]!.severity).to.equal('error');
  });

  it('schedules: weekdays in German, runs of three or more as a range; otherwise the description', () => {
    expect(germanDays('MO,TU,WE,TH,FR')).to.equal('Mo–Fr');
    expect(germanDays('TH,FR')).to.equal('Do, Fr');
    expect(germanDays('FR,MO,WE')).to.equal('Mo, Mi, Fr');
    expect(germanDays('MO,TU,WE,FR,SA')).to.equal('Mo–Mi, Fr, Sa');
    expect(germanDays('1MO,-1FR')).to.equal('1. Mo, letzter Fr');
    expect(germanDays('XX')).to.equal(undefined);
    expect(scheduleText([{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00' }])).to.deep.equal({ text: 'Mo–Fr 09:00–17:00', generated: true });
    expect(scheduleText([{ byday: 'SA', opens_at: '9:30' }, { byday: 'SA', opens_at: '9:30' }])).to.deep.equal({ text: 'Sa ab 09:30', generated: true });
    expect(scheduleText([{ freq: 'YEARLY', description: 'Once a year in May' }])).to.deep.equal({ text: 'Once a year in May', generated: false });
    expect(scheduleText([{}])).to.equal(undefined);
  });

  it('schedules: plain weekly rules with days and times also as structured opening hours', () => {
    expect(
      openingHoursFromSchedules([
        { freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '12:00:00' },
        { byday: 'th', opens_at: '14:00', closes_at: '17:30', valid_from: '2026-01-01', valid_to: '2026-12-31T00:00:00Z', until: '2026-06-30' },
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

  it('puts the opening hours on the offer beside the text, and the parser checks them', () => {
    const service = (schedules: object[]) => ({ ...(hsds.service_full as object), schedules, service_at_locations: [] });
    const imported = catalogFromHsds(service([{ byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' }]), { base, mapping }).catalog!.offers[0]!;
    expect([imported.schedule, imported.openingHours]).to.deep.equal(['Do, Fr 10:00–18:00', [{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }]]);
    const broken = catalogFromHsds(service([{ byday: 'TH', opens_at: '25:00', closes_at: '18:00' }]), { base, mapping });
    expect(broken.catalog!.offers[0]!.openingHours).to.equal(undefined);
    expect(broken.notes.map((note) => note.issue?.path)).to.include('offers[0].openingHours[0].opens');
  });
});
