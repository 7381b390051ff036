/**
 * `offer-finder import` without the terminal: files in, a catalog and the
 * notes out. The command line reads the files from disk and the clerk's
 * page (later) from a drop zone; both hand them here as bytes. Several
 * files make one catalog: every page of a feed, ten organisation files, a
 * spreadsheet and a GeoJSON file of the same city.
 */
import type { CatalogInput } from '../catalog/schema.js';
import { countryOfNumbers } from './normalize/phone.js';
import type { Draft, Place } from './draft.js';
import { fitDrafts, type FitResult } from './fit.js';
import { defaultImportLimits, type ImportLimits } from './limits.js';
import { MappingUse, unknownTargets, type ImportMapping } from './mapping.js';
import type { MessageLanguage } from './messages.js';
import { readSource, type InputFile, type SourceFormat } from './sources/read-source.js';

export type { InputFile } from './sources/read-source.js';

export interface ImportOptions {
  base: CatalogInput;
  baseFile: string;
  mapping: ImportMapping;
  mappingFile?: string;
  /** `--milestones`, `--topics`: for records without a classification; else the mapping's defaults. */
  milestones?: string[];
  topics?: string[];
  /** `--country`; else the mapping's; else the country of the base catalog's international numbers; else Germany. */
  country?: string;
  keepOffers?: boolean;
  today?: string;
  limits?: ImportLimits;
  lang?: MessageLanguage;
}

export interface ImportResult extends FitResult {
  /** Each input with the format it was read as and how many records it had. */
  sources: { file: string; format?: SourceFormat; records: number }[];
}

/** Merges catalogs given as input into the base: their offers are taken as they are, their records added by id. */
function mergeCatalogs(base: CatalogInput, inputs: { file: string; catalog: CatalogInput }[], keepOffers: boolean) {
  const merge = <T extends { id?: unknown }>(into: T[] | undefined, added: T[] | undefined) => {
    const ids = new Set((into ?? []).map((r) => r?.id));
    return [...(into ?? []), ...(added ?? []).filter((r) => !ids.has(r?.id))];
  };
  const merged: CatalogInput = { ...base, offers: keepOffers ? [...base.offers] : [] };
  const places: { start: number; end: number; file: string }[] = [];
  for (const { file, catalog } of inputs) {
    for (const key of ['topics', 'districts', 'networks', 'organizations', 'contacts'] as const)
      merged[key] = merge(merged[key] as { id?: unknown }[], catalog[key] as { id?: unknown }[]) as never;
    places.push({ start: merged.offers.length, end: merged.offers.length + catalog.offers.length, file });
    merged.offers.push(...catalog.offers);
  }
  return { merged, places };
}

/** `files` are the sources; `companions` every file read beside them (a data package's tables). */
export async function importFiles(
  files: InputFile[],
  options: ImportOptions,
  companions: InputFile[] = files,
): Promise<ImportResult> {
  const limits = options.limits ?? defaultImportLimits;
  const use = new MappingUse(options.mapping);
  const sources = [];
  for (const file of files) sources.push(await readSource(file, companions, use, limits, options.lang ?? 'de'));
  const drafts: Draft[] = sources.flatMap((s) => s.drafts);
  const catalogs = sources.filter((s) => s.catalog).map((s) => ({ file: s.file, catalog: s.catalog! }));
  const { merged, places } = mergeCatalogs(options.base, catalogs, options.keepOffers ?? false);
  const basePlace = (path: string): Place => {
    const index = Number(/^offers\[(\d+)\]/.exec(path)?.[1] ?? -1);
    const from = places.find((p) => index >= p.start && index < p.end);
    return from
      ? { file: from.file, path: path.replace(/^offers\[\d+\]/, `offers[${index - from.start}]`) }
      : { file: options.baseFile, path };
  };
  const country =
    options.country ??
    options.mapping.country ??
    countryOfNumbers(
      [...(options.base.contacts ?? []), ...(options.base.organizations ?? [])]
        .map((r) => r.phone)
        .filter((p): p is string => !!p),
    ) ??
    'DE';
  const fitted = fitDrafts(drafts, {
    base: merged,
    basePlace,
    use,
    country,
    defaultMilestones: options.milestones ?? options.mapping.defaultMilestones,
    defaultTopics: options.topics ?? options.mapping.defaultTopics,
    keepOffers: options.keepOffers || catalogs.length > 0,
    ...(options.today && { today: options.today }),
  });
  const mappingNotes = options.mappingFile
    ? [...unknownTargets(options.mapping, options.base, options.mappingFile), ...use.unused(options.mappingFile)]
    : [];
  const notes = [...mappingNotes, ...sources.flatMap((s) => s.notes), ...fitted.notes];
  // Offers of input catalogs count as records of their file.
  const fromCatalogs = catalogs.reduce((sum, c) => sum + c.catalog.offers.length, 0);
  const catalogIds = new Set(catalogs.flatMap((c) => c.catalog.offers.map((o) => (o as { id?: unknown }).id)));
  const keptFromCatalogs = fitted.catalog?.offers.filter((o) => catalogIds.has(o.id)).length ?? 0;
  return {
    ...fitted,
    notes,
    records: fitted.records + fromCatalogs,
    converted: fitted.converted + keptFromCatalogs,
    sources: sources.map((s) => ({
      file: s.file,
      ...(s.format && { format: s.format }),
      records: s.drafts.length + (s.catalog?.offers.length ?? 0),
    })),
  };
}
