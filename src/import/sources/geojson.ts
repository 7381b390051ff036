/**
 * GeoJSON (RFC 7946) as German cities publish their Kitas, youth centres
 * and school social work: a `FeatureCollection` whose features' properties
 * are the columns of a table and whose point geometry gives the
 * coordinates. It is read as a table, so the column aliases and the mapping
 * apply alike; places are JSON paths (`features[12].properties.TELEFON`).
 */
import type { Draft } from '../draft.js';
import type { MappingUse } from '../mapping.js';
import type { ImportNote } from '../notes.js';
import type { Table, TableRow } from '../read/table.js';
import { draftsFromTable } from './tabular.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isFeatureCollection(json: unknown): json is { type: 'FeatureCollection'; features: unknown[] } {
  return isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features);
}

/** RFC 7946 says WGS 84 in degrees; the old `crs` member may say otherwise (EPSG:25832 in many German portals). */
const wgs84 = /(?:CRS84|EPSG::?4326)$/i;

/** Every position of a geometry, for the middle of a line or polygon. */
function positions(geometry: Json): number[][] {
  const out: number[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number')
      out.push(value as number[]);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  if (geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries))
    geometry.geometries.filter(isObject).forEach((g) => out.push(...positions(g)));
  else walk(geometry.coordinates);
  return out;
}

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

export function draftsFromGeoJson(
  json: { features: unknown[]; crs?: unknown },
  file: string,
  use: MappingUse,
): { drafts: Draft[]; notes: ImportNote[]; table: Table } {
  const notes: ImportNote[] = [];
  const crsName = isObject(json.crs) && isObject(json.crs.properties) ? cellText(json.crs.properties.name) : '';
  const degrees = !crsName || wgs84.test(crsName);
  if (!degrees) notes.push({ severity: 'warning', code: 'unsupported-crs', at: { file, path: 'crs' }, value: crsName });

  const features = json.features.filter(isObject);
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    for (const key of Object.keys(isObject(feature.properties) ? feature.properties : {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      headers.push(key);
    }
  }
  // The geometry is the coordinates unless the properties have their own.
  const lowered = new Set(headers.map((h) => h.toLowerCase()));
  const withGeometry = degrees && !['lat', 'latitude', 'lon', 'lng', 'longitude'].some((h) => lowered.has(h));
  const columns = withGeometry ? [...headers, 'lat', 'lon'] : headers;

  const rows: TableRow[] = [{ row: 0, cells: columns }];
  const indexOf = new Map<number, number>();
  features.forEach((feature, position) => {
    const index = json.features.indexOf(feature);
    const properties = isObject(feature.properties) ? feature.properties : {};
    const cells = headers.map((key) => cellText(properties[key]));
    if (withGeometry && isObject(feature.geometry)) {
      const points = positions(feature.geometry);
      if (points.length) {
        if (feature.geometry.type !== 'Point')
          notes.push({
            severity: 'info',
            code: 'geometry-centre',
            at: { file, path: `features[${index}]`, column: 'geometry' },
            value: String(feature.geometry.type),
          });
        const mean = (axis: number) => points.reduce((sum, p) => sum + p[axis]!, 0) / points.length;
        cells.push(String(mean(1)), String(mean(0)));
      }
    }
    rows.push({ row: position + 1, cells });
    indexOf.set(position + 1, index);
  });
  const table: Table = { file, rows };
  const result = draftsFromTable(table, {
    use,
    rowPlace: (row) => ({ file, path: row.row === 0 ? 'features[*]' : `features[${indexOf.get(row.row)}]` }),
    columnLabel: (header) =>
      withGeometry && (header === 'lat' || header === 'lon') ? 'geometry.coordinates' : `properties.${header}`,
  });
  return { drafts: result.drafts, notes: [...notes, ...result.notes], table };
}
