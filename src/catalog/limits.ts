/**
 * The largest catalog the finder accepts (decoded bytes). One constant for
 * the loader in the browser and the command line's `validate` and `import`,
 * so that what the command line calls valid is what a family's page loads.
 * A city's catalog of a few hundred offers is well under 1 MiB; 10 MiB
 * leaves room for about 9,000 offers.
 */
export const maxCatalogBytes = 10 * 1024 * 1024;
