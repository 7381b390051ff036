// The demo page on the sample catalog.
import { renderCatalogSummary } from './catalog-summary.js';

await renderCatalogSummary(document.querySelector<HTMLElement>('#catalog-summary')!, 'angebote.json');
