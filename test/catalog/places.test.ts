import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { catalogPlaces, distanceKm, distancesFrom, nearestFirst, offerPoint } from '../../src/catalog/places.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput } from '../../src/catalog/schema.js';

let sample: Catalog;
before(async () => {
  sample = parseCatalog((await (await fetch('/demo/public/angebote.json')).json()) as CatalogInput).catalog;
});

const kamenRathaus = { lat: 51.5926, lon: 7.6652 };
const unnaMarkt = { lat: 51.5354, lon: 7.6887 };

describe('places: distances for "In meiner Nähe"', () => {
  it('measures great-circle distances in km: Kamen to Unna is about 6.6 km, a place to itself 0', () => {
    expect(distanceKm(kamenRathaus, unnaMarkt)).to.be.closeTo(6.6, 0.1);
    expect(distanceKm(kamenRathaus, kamenRathaus)).to.equal(0);
    // Berlin to Munich, for scale: about 504 km.
    expect(distanceKm({ lat: 52.52, lon: 13.405 }, { lat: 48.1351, lon: 11.582 })).to.be.closeTo(504, 2);
  });

  it('is symmetric and never negative', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceKm(a, b);
        expect(d).to.be.at.least(0);
        expect(d).to.be.closeTo(distanceKm(b, a), 1e-9);
      }),
    );
  });

  it('sorts offers nearest first; offers without coordinates come last, in their order', () => {
    const [first, second, third] = sample.offers;
    const noWhere = { ...third!, id: 'ohne-ort', address: undefined, organization: undefined };
    const nowhereToo = { ...third!, id: 'auch-ohne-ort', address: undefined, organization: undefined };
    const offers = [noWhere, first!, nowhereToo, second!];
    const km = distancesFrom(kamenRathaus, offers, sample);
    expect(km.has(noWhere)).to.equal(false);
    const sorted = [...nearestFirst(Int32Array.from([0, 1, 2, 3]), offers, km)];
    expect(sorted.slice(2)).to.deep.equal([0, 2]);
    expect(km.get(offers[sorted[0]!]!)).to.be.at.most(km.get(offers[sorted[1]!]!)!);
    // The sample catalog: every offer has coordinates, and sorted they ascend; a subset stays a subset.
    const all = distancesFrom(kamenRathaus, sample.offers, sample);
    const order = [...nearestFirst(Int32Array.from(sample.offers.keys()), sample.offers, all)].map((index) =>
      all.get(sample.offers[index]!)!,
    );
    expect(order).to.have.length(100);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect([...nearestFirst(Int32Array.from([5, 3]), sample.offers, all)].sort()).to.deep.equal([3, 5]);
  });

  it('an offer without an address of its own is where its provider is', () => {
    const organization = sample.organizations.find((o) => o.address?.lat !== undefined);
    if (!organization) return;
    const offer = { ...sample.offers[0]!, address: undefined, organization: organization.id };
    expect(offerPoint(offer, sample)).to.deep.equal({ lat: organization.address!.lat, lon: organization.address!.lon });
  });

  it('the places to choose are the catalog’s own: its districts (the middle of their offers) and its offers’ addresses', () => {
    const places = catalogPlaces(sample, 'de');
    const districts = places.filter((p) => p.id.startsWith('district:'));
    expect(districts.map((p) => p.label)).to.include('Methler');
    const streets = places.filter((p) => p.id.startsWith('address:'));
    expect(streets.length).to.be.greaterThan(10);
    expect(streets[0]!.label).to.match(/, \d{5} /);
    for (const place of places) expect(distanceKm(place, kamenRathaus)).to.be.below(30);
  });
});
