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
export { OfferSearch } from './elements/offer-search/offer-search.js';
export type { OfferSearchChangeDetail, OfferSelectDetail } from './elements/offer-search/offer-search.js';
export { MilestoneTimeline } from './elements/milestone-timeline/milestone-timeline.js';
export type { MilestoneSelectDetail } from './elements/milestone-timeline/milestone-timeline.js';
export { ContactCard } from './elements/contact-card/contact-card.js';
export { OfferFinder } from './elements/offer-finder/offer-finder.js';
export { OfferCoverage, type CoverageSelectDetail } from './elements/offer-coverage/offer-coverage.js';
export type { SharedSearchState } from './controllers/shared-search.js';
export type { ContactSaveDetail } from './elements/contact-card/contact-card.js';
export type { CatalogIssuesDetail } from './controllers/catalog-controller.js';
export { SearchIndex, searchIndexFor } from './catalog/search.js';
export type { SearchResult } from './catalog/search.js';
export { filterOffers } from './catalog/filter.js';
export type { OfferFilters, OfferScope, FacetCounts, AgeChoice } from './catalog/filter.js';
export * from './i18n/index.js';
