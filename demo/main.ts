// The demo page on the sample catalog: the elements, and for maintainers a
// summary of what the loader made of the catalog.
import '../src/define.js';
import { renderCatalogSummary } from './catalog-summary.js';

await renderCatalogSummary(document.querySelector<HTMLElement>('#catalog-summary')!, 'angebote.json');
