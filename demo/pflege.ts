// The clerks' demo page: <catalog-workbench> with the sample catalog as its base.
import '../src/elements/catalog-workbench/define.js';
