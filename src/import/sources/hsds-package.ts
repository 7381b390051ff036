/**
 * The HSDS tabular data package: `datapackage.json` and one CSV per table
 * (services, organizations, locations, phones, schedules, addresses …),
 * linked by ids. The tables are joined into service objects of the JSON
 * form, so that `hsds.ts` reads both forms alike; each service keeps the
 * place of its row in `services.csv` for the report.
 */
import type { Place } from '../draft.js';
import type { ImportLimits } from '../limits.js';
import type { ImportNote } from '../notes.js';
import { readCsvFile } from '../read/csv.js';
import type { Table } from '../read/table.js';
import { fromReadNote } from './read-notes.js';

type Json = Record<string, unknown>;

export interface PackageFile {
  /** Path relative to the folder of `datapackage.json`. */
  path: string;
  bytes: Uint8Array;
}

export const isDataPackage = (json: unknown): json is { resources: { name?: string; path?: string }[] } =>
  typeof json === 'object' && json !== null && Array.isArray((json as Json).resources);

/** Rows of a table as objects keyed by header; empty cells left out. */
function records(table: Table): { record: Json; row: number }[] {
  const [header, ...rows] = table.rows;
  if (!header) return [];
  return rows.map(({ cells, row }) => {
    const record: Json = {};
    header.cells.forEach((name, index) => {
      const value = cells[index]?.trim();
      if (name && value) record[name.trim()] = value;
    });
    return { record, row };
  });
}

export interface PackageServices {
  services: Json[];
  placeOf: (service: Json) => Place | undefined;
  notes: ImportNote[];
}

/**
 * Joins a package's tables into services. A resource's `path` that is not
 * in the package (packages written elsewhere keep their writer's folders)
 * is looked for by its file name and by the resource's name.
 */
export function servicesFromPackage(
  descriptor: { resources: { name?: string; path?: string }[] },
  packageFile: string,
  files: PackageFile[],
  limits: ImportLimits,
): PackageServices {
  const notes: ImportNote[] = [];
  const folder = packageFile.includes('/') ? packageFile.slice(0, packageFile.lastIndexOf('/') + 1) : '';
  const tables = new Map<string, { rows: { record: Json; row: number }[]; file: string }>();
  for (const [index, resource] of descriptor.resources.entries()) {
    const name =
      resource.name ??
      resource.path
        ?.split('/')
        .pop()
        ?.replace(/\.csv$/i, '');
    if (!name) continue;
    const wanted = [
      resource.path,
      `data/${resource.path?.split('/').pop()}`,
      resource.path?.split('/').pop(),
      `${name}.csv`,
      `data/${name}.csv`,
    ].filter((p): p is string => !!p);
    const file = wanted.map((path) => files.find((f) => f.path === path)).find(Boolean);
    if (!file) {
      notes.push({
        severity: 'warning',
        code: 'missing-resource',
        at: { file: packageFile, path: `resources[${index}]` },
        value: resource.path ?? name,
      });
      continue;
    }
    if (file.path !== resource.path)
      notes.push({
        severity: 'info',
        code: 'moved-resource',
        at: { file: packageFile, path: `resources[${index}].path` },
        value: resource.path ?? name,
        detail: `→ ${file.path}`,
      });
    const { table, notes: readNotes } = readCsvFile(file.bytes, `${folder}${file.path}`, limits);
    notes.push(...readNotes.map(fromReadNote));
    tables.set(name.toLowerCase(), { rows: records(table), file: `${folder}${file.path}` });
  }
  const rows = (...names: string[]) => names.flatMap((name) => tables.get(name)?.rows.map((r) => r.record) ?? []);
  const by = (list: Json[], key: string, id: unknown) => (id === undefined ? [] : list.filter((r) => r[key] === id));

  const phones = rows('phones');
  const schedules = rows('regular_schedules', 'schedules');
  const addresses = rows('physical_addresses', 'addresses');
  const postal = rows('postal_addresses');
  const taxonomies = rows('taxonomy', 'taxonomies', 'taxonomy_terms');
  const accessibility = rows('accessibility_for_disabilities', 'accessibility');
  const contacts = rows('contacts', 'contact');

  const location = (record: Json): Json => ({
    ...record,
    physical_addresses: by(addresses, 'location_id', record.id),
    postal_addresses: by(postal, 'location_id', record.id),
    phones: by(phones, 'location_id', record.id),
    regular_schedules: by(schedules, 'location_id', record.id),
    accessibility_for_disabilities: by(accessibility, 'location_id', record.id),
  });
  const locations = new Map(rows('locations').map((l) => [l.id, location(l)]));
  const organizations = new Map(
    rows('organizations', 'organization').map((o) => [
      o.id,
      {
        ...o,
        phones: by(phones, 'organization_id', o.id).filter((p) => !p.service_id && !p.location_id && !p.contact_id),
        // The organisation's own addresses, as a location of its own.
        locations: [
          ...[...locations.values()].filter((l) => l.organization_id === o.id),
          { postal_addresses: by(postal, 'organization_id', o.id).filter((a) => !a.location_id) },
        ],
      },
    ]),
  );

  const places = new WeakMap<Json, Place>();
  const servicesTable = tables.get('services');
  const services = (servicesTable?.rows ?? []).map(({ record, row }) => {
    const service: Json = {
      ...record,
      organization: organizations.get(record.organization_id),
      phones: by(phones, 'service_id', record.id).filter((p) => !p.contact_id),
      regular_schedules: by(schedules, 'service_id', record.id).filter((s) => !s.location_id),
      eligibilitys: by(rows('eligibility', 'eligibilitys'), 'service_id', record.id),
      languages: by(rows('languages', 'language'), 'service_id', record.id),
      service_areas: by(rows('service_areas', 'service_area'), 'service_id', record.id),
      cost_options: by(rows('cost_options'), 'service_id', record.id),
      service_taxonomys: by(rows('service_taxonomy', 'service_taxonomys'), 'service_id', record.id).map((link) => ({
        ...link,
        taxonomy: taxonomies.find((t) => t.id === link.taxonomy_id),
      })),
      contacts: by(contacts, 'service_id', record.id).map((c) => ({ ...c, phones: by(phones, 'contact_id', c.id) })),
      service_at_locations: by(
        rows('services_at_location', 'service_at_location', 'services_at_locations'),
        'service_id',
        record.id,
      ).map((sal) => ({
        ...sal,
        location: locations.get(sal.location_id),
      })),
    };
    places.set(service, { file: servicesTable!.file, row });
    return service;
  });
  if (!servicesTable)
    notes.push({ severity: 'fatal', code: 'missing-resource', at: { file: packageFile }, value: 'services' });
  return { services, placeOf: (service) => places.get(service), notes };
}
