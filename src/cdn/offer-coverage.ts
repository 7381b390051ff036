// dist/cdn/offer-coverage.js: the coverage matrix for planners, on top of the
// families' bundle. Importing ../define.js makes dist/cdn/offer-finder.js the
// chunk it builds on (see vite.config.ts), so a page with both scripts loads
// Lit, the catalog and the shared search once, and the coverage table and an
// <offer-search> share one request and one search state.
import '../define.js';
import '../elements/offer-coverage/define.js';
