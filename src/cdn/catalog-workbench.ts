// dist/cdn/catalog-workbench.js: the clerks' workbench, on top of the planners' table and the families'
// bundle (its previews show both). Importing ./offer-coverage.js makes dist/cdn/offer-coverage.js (and through it
// dist/cdn/offer-finder.js) the chunks it builds on, so the families' bundle gains nothing; the import itself
// runs in a worker file of its own, catalog-workbench-import-worker.js.
import './offer-coverage.js';
import '../elements/catalog-workbench/define.js';
