/**
 * Several communes' catalogs as one: a county page, or a family that lives
 * at a commune's border, sees the offers of all of them in one finder.
 *
 * - Milestones, topics and districts are shared vocabulary and merge by id
 *   (the first catalog's record wins, new ones are appended in order).
 * - Offers, organisations, contacts and networks belong to their catalog.
 *   Where an id is taken by an earlier catalog, it gets the catalog's key
 *   as a namespace (`unna:kita-1`), and the catalog's own references follow.
 *   The first catalog never renames: a commune that adds its neighbours
 *   keeps its saved lists and links.
 * - Each district learns the place it belongs to (the catalog's title), so
 *   that the district filter can read "place → district"; an offer for the
 *   whole town is for the districts of its own commune (sources.ts).
 */
import { setCommune, type Commune } from './sources.js';
import type { Catalog, District, LocalizedText } from './schema.js';

export interface CatalogSource {
  /** Where the catalog came from; its file name is the namespace when it has no title. */
  url: string;
  /** The commune's name, from the catalog index or the catalog's own title. */
  title?: LocalizedText;
  catalog: Catalog;
}

/** One catalog from several, in the order given. A single catalog is returned as it is. */
export function mergeCatalogs(sources: readonly CatalogSource[], title?: LocalizedText): Catalog {
  if (sources.length === 1 && !title) return sources[0]!.catalog;
  const merged: Catalog = {
    version: 1,
    milestones: [],
    topics: [],
    districts: [],
    networks: [],
    organizations: [],
    contacts: [],
    offers: [],
  };
  const mergedTitle = title ?? sources[0]?.catalog.title;
  if (mergedTitle) merged.title = mergedTitle;
  const updated = sources.map((s) => s.catalog.updated).filter((date): date is string => !!date);
  if (updated.length) merged.updated = updated.reduce((latest, date) => (date > latest ? date : latest));
  const maintainer = sources.find((s) => s.catalog.maintainer)?.catalog.maintainer;
  if (maintainer) merged.maintainer = maintainer;

  const byId = {
    milestones: new Set<string>(),
    topics: new Set<string>(),
    districts: new Set<string>(),
    networks: new Set<string>(),
    organizations: new Set<string>(),
    contacts: new Set<string>(),
    offers: new Set<string>(),
  };
  const keys = new Set<string>();
  for (const source of sources) {
    const { catalog } = source;
    const key = uniqueKey(sourceKey(source), keys);
    const place = source.title ?? catalog.title ?? fileName(source.url);
    for (const name of ['milestones', 'topics'] as const) {
      for (const record of catalog[name]) {
        if (byId[name].has(record.id)) continue;
        byId[name].add(record.id);
        merged[name].push(record as never);
      }
    }
    for (const district of catalog.districts) {
      if (byId.districts.has(district.id)) continue;
      byId.districts.add(district.id);
      merged.districts.push(place && !district.place ? ({ ...district, place } satisfies District) : district);
    }

    // The records of this catalog whose ids an earlier one took, per kind: renamed, with the references to them.
    const rename = (name: 'networks' | 'organizations' | 'contacts' | 'offers') => {
      const renamed = new Map<string, string>();
      for (const { id } of catalog[name]) if (byId[name].has(id)) renamed.set(id, namespaced(key, id, byId[name]));
      for (const { id } of catalog[name]) byId[name].add(renamed.get(id) ?? id);
      return (id: string) => renamed.get(id) ?? id;
    };
    const network = rename('networks');
    const organization = rename('organizations');
    const contact = rename('contacts');
    const offer = rename('offers');

    for (const record of catalog.networks) {
      const copy = { ...record, id: network(record.id) };
      if (record.coordinator) copy.coordinator = contact(record.coordinator);
      merged.networks.push(copy);
    }
    for (const record of catalog.organizations) {
      const copy = { ...record, id: organization(record.id) };
      if (record.networks) copy.networks = record.networks.map(network);
      merged.organizations.push(copy);
    }
    for (const record of catalog.contacts) {
      const copy = { ...record, id: contact(record.id) };
      if (record.organization) copy.organization = organization(record.organization);
      merged.contacts.push(copy);
    }
    const commune: Commune = { place, districts: catalog.districts.map((district) => district.id) };
    if (catalog.maintainer) commune.maintainer = catalog.maintainer;
    for (const record of catalog.offers) {
      const copy = { ...record, id: offer(record.id) };
      if (record.organization) copy.organization = organization(record.organization);
      if (record.contacts) copy.contacts = record.contacts.map(contact);
      setCommune(merged, copy, commune);
      merged.offers.push(copy);
    }
    if (catalog.thesaurus) (merged.thesaurus ??= []).push(...catalog.thesaurus);
  }
  return merged;
}

/** `unna` for a catalog titled "Unna" or at …/unna.json: short, readable in a link, and a valid id part. */
function sourceKey(source: CatalogSource): string {
  const title = source.title ?? source.catalog.title;
  const text = typeof title === 'string' ? title : title && (title.de ?? Object.values(title)[0]);
  const slug = (value: string) =>
    value
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30);
  return slug(text ?? '') || slug(fileName(source.url)) || 'katalog';
}

/** `unna` for …/unna.json. */
function fileName(url: string): string {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name).replace(/\.json$/i, '');
  } catch {
    return name;
  }
}

function uniqueKey(key: string, taken: Set<string>): string {
  let unique = key;
  for (let n = 2; taken.has(unique); n++) unique = `${key}-${n}`;
  taken.add(unique);
  return unique;
}

/** `key:id`, within the 100 characters an id may have, and unlike any id already taken. */
function namespaced(key: string, id: string, taken: Set<string>): string {
  const base = `${key}:${id}`.slice(0, 100);
  let unique = base;
  for (let n = 2; taken.has(unique); n++) unique = `${base.slice(0, 95)}.${n}`;
  return unique;
}
