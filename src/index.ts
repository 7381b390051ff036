// The package's main entry: classes and functions only, no side effects.
// Registration of the custom elements lives in `offer-finder/define`.
export { loadCatalog, resolveCatalogUrl, defaultLoadPolicy } from './catalog/load.js';
export type { LoadedCatalog, LoadOptions, LoadPolicy } from './catalog/load.js';
export { parseCatalog } from './catalog/parse.js';
export type { CatalogIssue, CatalogIssueCode, ParsedCatalog } from './catalog/parse.js';
export { CatalogError, isCatalogError } from './catalog/errors.js';
export type { CatalogErrorKind } from './catalog/errors.js';
export { localize } from './catalog/localize.js';
export type * from './catalog/schema.js';
