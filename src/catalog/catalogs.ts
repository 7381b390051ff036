/**
 * The catalog an element shows: from one URL, from several separated by
 * whitespace (`src="kamen.json unna.json"`), or from the URL of a catalog
 * index that lists them (`{"catalogs": [{"url": "unna.json", "title": "Unna"}]}`).
 * One catalog, the common case, needs nothing more; several are loaded and
 * merged by a module of their own (federation.ts), loaded when needed.
 */
import { CatalogError } from './errors.js';
import { loadDocument, resolveCatalogUrl, type LoadedCatalog, type LoadOptions } from './load.js';

/** More would be a state-wide portal, which wants a search service, not files (docs/scale.md). */
const maxCatalogs = 50;

/**
 * Loads `src` (one URL, several, or an index) and gives one catalog. Each
 * URL's request is shared with every element on the page that loads it.
 */
export async function loadCatalog(src: string | null | undefined, options: LoadOptions = {}): Promise<LoadedCatalog> {
  const urls = (src ?? '').split(/\s+/).filter(Boolean);
  if (urls.length > maxCatalogs)
    throw new CatalogError('config', `src lists ${urls.length} catalogs; at most ${maxCatalogs} are shown`);
  if (urls.length <= 1) {
    const document = await loadDocument(src, options);
    if ('catalog' in document) return document;
    const { loadSeveral } = await import('./federation.js');
    return loadSeveral(document, options, { loadDocument, resolveCatalogUrl });
  }
  const resolved = urls.map((url) => resolveCatalogUrl(url, options.base));
  const { loadSeveral } = await import('./federation.js');
  return loadSeveral({ urls: resolved }, options, { loadDocument, resolveCatalogUrl });
}
