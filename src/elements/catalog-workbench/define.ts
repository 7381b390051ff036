// Registers <catalog-workbench>: `import 'offer-finder/define/catalog-workbench'`. Its previews need the
// families' elements and the planners' table, so they are registered too.
import '../offer-finder/define.js';
import '../offer-coverage/define.js';
import { CatalogWorkbench } from './catalog-workbench.js';
import { define } from '../shared/define.js';

define('catalog-workbench', CatalogWorkbench);
