/**
 * Several catalogs in one finder: loads each (every URL's request shared
 * with the page, as for one catalog), merges those that came (merge.ts), and
 * lists those that failed in `missing`. One catalog failing does not hide
 * the others; only when every one fails does the load fail.
 */
import { CatalogError, isCatalogError } from './errors.js';
import type { DocumentLoader, LoadedCatalog, LoadedCatalogIndex, LoadOptions, MissingCatalog } from './load.js';
import { mergeCatalogs, type CatalogSource } from './merge.js';
import type { Catalog, LocalizedText } from './schema.js';

interface Entry {
  url: string;
  title?: LocalizedText;
}

/** The merged catalog of each list of sources, kept while the same loaded catalogs make it up. */
const merges = new Map<string, { parts: LoadedCatalog[]; catalog: Catalog }>();

/**
 * The catalogs at `urls` (absolute), or those a catalog index lists
 * (relative to the index), as one. A retry after a partial failure requests
 * only the catalogs that failed: the others' requests are kept.
 */
export async function loadSeveral(
  from: { urls: readonly string[] } | LoadedCatalogIndex,
  options: LoadOptions,
  // The page's loader, passed in: its shared requests are state of the bundle, which this chunk does not import.
  loader: DocumentLoader,
): Promise<LoadedCatalog> {
  const { loadDocument, resolveCatalogUrl } = loader;
  const index = 'index' in from ? from : undefined;
  const entries: Entry[] = 'urls' in from ? from.urls.map((url) => ({ url })) : from.index.catalogs;
  // One catalog's first offers are not the first of all: only whole catalogs are merged.
  const partOptions = { ...options };
  delete partOptions.onFirst;
  const settled = await Promise.all(
    entries.map(async (entry): Promise<LoadedCatalog | MissingCatalog> => {
      try {
        const url = index ? resolveCatalogUrl(entry.url, index.url) : entry.url;
        const document = await loadDocument(url, partOptions);
        if ('catalog' in document) return document;
        throw new CatalogError('wrong-shape', `${url} is a catalog index, not a catalog`);
      } catch (error) {
        if (options.signal?.aborted || !isCatalogError(error)) throw error;
        return { ...entry, error };
      }
    }),
  );
  const sources: LoadedCatalog[] = [];
  const named: CatalogSource[] = [];
  const missing: MissingCatalog[] = [];
  settled.forEach((result, i) => {
    if ('error' in result) return void missing.push(result);
    sources.push(result);
    named.push({ url: result.url, catalog: result.catalog, title: entries[i]!.title });
  });
  if (sources.length === 0) throw missing[0]!.error;

  // The same loaded catalogs make the same merged one: the search index and other per-catalog caches stay.
  const key = JSON.stringify([index?.url, entries.map((entry) => entry.url)]);
  let merge = merges.get(key);
  if (!merge || merge.parts.length !== sources.length || merge.parts.some((part, i) => part !== sources[i])) {
    merge = { parts: sources, catalog: mergeCatalogs(named, index?.index.title) };
    merges.set(key, merge);
  }
  return {
    url: index?.url ?? entries.map((entry) => entry.url).join(' '),
    catalog: merge.catalog,
    issues: [],
    loadedAt: new Date(Math.min(...sources.map((part) => part.loadedAt.getTime()))),
    sources,
    ...(missing.length && { missing }),
  };
}
