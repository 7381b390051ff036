/**
 * The catalog an import maps to (its milestones, topics, districts and
 * providers): one the clerk chooses as a file, else the one the page names in
 * `src` (the published catalog), else the structure of the sample catalog,
 * its milestones of growing up and its topics, for a start from nothing.
 */
import { milestones, topics } from '../../../demo/public/angebote.json';
import { parseCatalog } from '../../catalog/parse.js';
import type { Catalog } from '../../catalog/schema.js';

export interface BaseCatalog {
  catalog: Catalog;
  /** Where it comes from, for the line above the file field. */
  origin: string;
}

let starter: Catalog | undefined;

/** The sample's milestones and topics, without its districts, providers and offers (Kamen's). */
export function starterCatalog(): Catalog {
  starter ??= parseCatalog({ version: 1, milestones, topics, offers: [] }).catalog;
  return starter;
}

/** A base catalog from a file's text; throws with the parser's words when it is none. */
export function baseFromFile(text: string): Catalog {
  return parseCatalog(JSON.parse(text)).catalog;
}
