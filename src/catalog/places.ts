/**
 * Where offers are, and how far from a family: the "In meiner Nähe" sort.
 * Distances are great-circle distances computed in the browser from the
 * coordinates the catalog already has; nothing is sent anywhere and no
 * geocoding service is asked. The places a family may choose instead of
 * sharing its location are the catalog's own: its districts (the middle of
 * the offers there) and the addresses its offers have. No DOM.
 */
import { localize } from './localize.js';
import type { Address, Catalog, Offer } from './schema.js';

export interface Point {
  lat: number;
  lon: number;
}

/** A place to measure from: the device's position, or one of the catalog's places. */
export interface Place extends Point {
  /** `district:<id>`, `address:<street>|<postal code>`, or `device`. */
  id: string;
  label: string;
}

const earthRadiusKm = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance in km (haversine); a few metres off over a city, which a family does not notice. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

const pointOf = (address: Address | undefined): Point | undefined =>
  address?.lat !== undefined && address.lon !== undefined ? { lat: address.lat, lon: address.lon } : undefined;

/** Where an offer takes place: its own address, else its provider's. */
export function offerPoint(offer: Offer, catalog: Catalog): Point | undefined {
  const organization = offer.organization ? catalog.organizations.find((o) => o.id === offer.organization) : undefined;
  return pointOf(offer.address) ?? pointOf(organization?.address);
}

/**
 * The places of a catalog a family can measure from without sharing its
 * location: each district with offers that have coordinates (the middle of
 * them), then each address of an offer with coordinates, by street.
 */
export function catalogPlaces(catalog: Catalog, lang: string): Place[] {
  const districts = catalog.districts.flatMap((district) => {
    const points = catalog.offers
      .filter(
        (o) => o.address?.district === district.id || (o.districts?.length === 1 && o.districts[0] === district.id),
      )
      .map((o) => pointOf(o.address))
      .filter((p): p is Point => p !== undefined);
    if (!points.length) return [];
    const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
    const lon = points.reduce((sum, p) => sum + p.lon, 0) / points.length;
    return [{ id: `district:${district.id}`, label: localize(district.title, lang), lat, lon }];
  });
  const addresses = new Map<string, Place>();
  for (const offer of catalog.offers) {
    const point = pointOf(offer.address);
    if (!point || !offer.address) continue;
    const id = `address:${offer.address.street}|${offer.address.postalCode}`;
    if (!addresses.has(id))
      addresses.set(id, {
        id,
        label: `${offer.address.street}, ${offer.address.postalCode} ${offer.address.city}`,
        ...point,
      });
  }
  const streets = [...addresses.values()].sort((a, b) => a.label.localeCompare(b.label, lang));
  return [...districts, ...streets];
}

/** Each offer's distance from `origin` in km; an offer without coordinates has none. */
export function distancesFrom(origin: Point, offers: readonly Offer[], catalog: Catalog): Map<Offer, number> {
  const km = new Map<Offer, number>();
  for (const offer of offers) {
    const point = offerPoint(offer, catalog);
    if (point) km.set(offer, distanceKm(origin, point));
  }
  return km;
}

/** Indices into `offers`, nearest first; offers without a distance last, in the order they came. */
export function nearestFirst(
  indices: Int32Array,
  offers: readonly Offer[],
  km: ReadonlyMap<Offer, number>,
): Int32Array {
  const distance = (index: number) => km.get(offers[index]!) ?? Number.MAX_VALUE;
  // Array.prototype.sort is stable: offers at the same distance (or none) keep their order.
  return Int32Array.from([...indices].sort((a, b) => distance(a) - distance(b)));
}
