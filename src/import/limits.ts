/**
 * How much of an input the import reads. Files come from partners and the
 * web, so a workbook is a zip that could expand a thousandfold, a CSV could
 * have millions of rows: each limit ends the read with a clear message
 * instead of exhausting the clerk's machine. The catalog written must also
 * fit the finder's own cap (`maxCatalogBytes`).
 */
export { maxCatalogBytes } from '../catalog/limits.js';

export interface ImportLimits {
  /** Bytes of one input file as read from disk. */
  fileBytes: number;
  /** Rows of one table (sheet or CSV file), the header included. */
  rows: number;
  /** Entries in a workbook's zip. */
  zipEntries: number;
  /** Uncompressed bytes of all entries of a workbook's zip together. */
  zipBytes: number;
}

export const defaultImportLimits: ImportLimits = {
  // Five times the catalog cap: a spreadsheet carries columns the catalog drops.
  fileBytes: 50 * 1024 * 1024,
  // A Kreis-wide list has a few thousand rows; 100,000 leaves room and stays fast.
  rows: 100_000,
  // An xlsx of one sheet has about a dozen entries; LibreOffice's ods a few dozen.
  zipEntries: 1_000,
  zipBytes: 200 * 1024 * 1024,
};
