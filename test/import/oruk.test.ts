// Open Referral UK 1.0 and HSDS 1.x/2.0: the fields they name differently from HSDS 3.0. The real Bristol feed
// (test/fixtures/real/oruk-feed) is the list form without them, so these services are written after the ORUK 1.0
// and HSDS 2.0 specifications' field names, with values as council feeds write them.
import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import { readJson } from './files.js';
import { runImport, said } from './import-run.js';
import { hsdsServices } from '../../src/import/sources/hsds.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

let base: CatalogInput;
before(() => {
  base = readJson('/demo/public/angebote.json');
});

const orukService = {
  id: 'svc-101',
  name: 'Stay and Play',
  description:
    '<p>Drop-in sessions for parents and carers with children under 5.</p><p>No need to book&nbsp;&ndash; just come along!</p>',
  url: 'www.example-council.gov.uk/stay-and-play',
  email: 'familyhub@example-council.gov.uk',
  status: 'active',
  fees: 'Free',
  assured_date: '2024-02-12',
  organization: {
    id: 'org-7',
    name: 'Northfield Family Hub',
    url: 'https://northfield.example.org',
    email: 'hub@northfield.example.org',
  },
  contacts: [{ id: 'c-1', name: 'Hub reception', title: 'Reception', phones: [{ id: 'p-1', number: '01234 567890' }] }],
  eligibilitys: [{ id: 'e-1', eligibility: 'Families', minimum_age: 0, maximum_age: 5 }],
  languages: [
    { id: 'l-1', language: 'English' },
    { id: 'l-2', language: 'Polish' },
    { id: 'l-3', language: 'British Sign Language' },
  ],
  regular_schedules: [
    { id: 'r-1', weekday: 'Monday', opens_at: '09:30', closes_at: '11:30' },
    { id: 'r-2', weekday: 'Wednesday', opens_at: '09:30', closes_at: '11:30' },
  ],
  service_taxonomys: [{ id: 'st-1', taxonomy: { id: 'tx-early', name: 'Early years', vocabulary: 'Family Hubs' } }],
  service_areas: [{ id: 'sa-1', service_area: 'Northfield' }],
  cost_options: [],
  service_at_locations: [
    {
      id: 'sal-1',
      location: {
        id: 'loc-1',
        name: 'Northfield Family Hub',
        latitude: 52.1234,
        longitude: -0.4567,
        physical_addresses: [
          { id: 'pa-1', address_1: '1 Hub Street', city: 'Northfield', postal_code: 'NF1 2AB', country: 'GB' },
        ],
        accessibility_for_disabilities: [{ id: 'a-1', accessibility: 'Step-free access' }],
      },
    },
  ],
};

describe('Open Referral UK 1.0 and HSDS 2.0', () => {
  it('the paged response of an ORUK API ({content, totalElements}) is found, and named Open Referral UK', () => {
    const page = {
      totalElements: 738,
      totalPages: 74,
      number: 0,
      size: 10,
      first: true,
      last: false,
      content: [orukService],
    };
    const found = hsdsServices(page)!;
    expect(found.flavour).to.equal('oruk');
    expect(found.services.map((s) => s.path)).to.deep.equal(['content[0]']);
  });

  it('every field lands: regular_schedules per weekday, service_taxonomys, eligibilitys, languages[].language, physical_addresses, contacts’ phones', async () => {
    const page = { totalElements: 1, content: [orukService] };
    const { catalog, notes } = await runImport([{ name: 'feed.json', json: page }], {
      base,
      mappingJson: { language: 'en', country: 'GB', topics: { 'Family Hubs:Early years': 'betreuung' } },
    });
    const offer = catalog!.offers[0]!;
    expect(offer.title).to.deep.equal({ en: 'Stay and Play' });
    expect(offer.description).to.deep.equal({
      en: 'Drop-in sessions for parents and carers with children under 5.\n\nNo need to book – just come along!',
    });
    expect(offer.url).to.equal('https://www.example-council.gov.uk/stay-and-play');
    expect(offer.cost).to.equal('free');
    expect(offer.updated).to.equal('2024-02-12');
    // Ages 0–5 from eligibilitys choose the milestones; the taxonomy term by its vocabulary and name the topic.
    expect([offer.ageMin, offer.ageMax, offer.milestones, offer.topics]).to.deep.equal([
      0,
      5,
      ['erste-jahre', 'kita'],
      ['betreuung'],
    ]);
    expect(offer.languages).to.deep.equal(['en', 'pl', 'bfi']);
    expect(offer.openingHours).to.deep.equal([{ days: ['mo', 'we'], opens: '09:30', closes: '11:30' }]);
    expect(offer.address).to.deep.equal({
      street: '1 Hub Street',
      postalCode: 'NF1 2AB',
      city: 'Northfield',
      lat: 52.1234,
      lon: -0.4567,
    });
    expect(offer.accessibility).to.deep.equal({ note: { en: 'Step-free access' } });
    const contacts = catalog!.contacts.filter((c) => offer.contacts?.includes(c.id));
    expect(contacts.map((c) => [c.name, c.phone, c.email])).to.deep.equal([
      ['Hub reception', '+44 1234 567890', undefined],
      [{ en: 'Stay and Play' }, undefined, 'familyhub@example-council.gov.uk'],
    ]);
    expect(catalog!.organizations.find((o) => o.id === offer.organization)).to.deep.include({
      name: 'Northfield Family Hub',
      email: 'hub@northfield.example.org',
    });
    expect(said(notes, (n) => n.code === 'unknown-area')).to.deep.equal([
      ['info', 'unknown-area', 'content[0] service_areas'],
    ]);
    expect(notes.filter((n) => n.severity === 'warning' || n.severity === 'error')).to.deep.equal([]);
  });

  it('HSDS 1.x/2.0: a plain array of services with byday schedules and a weekday number', async () => {
    const services = [
      {
        ...orukService,
        id: 'a',
        service_taxonomys: undefined,
        regular_schedules: [{ weekday: 2, opens_at: '14:00', closes_at: '16:00' }],
      },
      {
        ...orukService,
        id: 'b',
        name: 'Baby Café',
        regular_schedules: [{ byday: 'TU,TH', freq: 'WEEKLY', opens_at: '10:00:00', closes_at: '12:00:00' }],
      },
    ];
    const found = hsdsServices(services)!;
    expect(found.flavour).to.equal('oruk');
    const { catalog } = await runImport([{ name: 'services.json', json: services }], {
      base,
      mappingJson: { country: 'GB' },
    });
    expect(catalog!.offers.map((o) => o.openingHours)).to.deep.equal([
      [{ days: ['tu'], opens: '14:00', closes: '16:00' }],
      [{ days: ['tu', 'th'], opens: '10:00', closes: '12:00' }],
    ]);
  });
});
