/**
 * The last step of an import: the new offers (and the providers and
 * contacts they brought) put into the base catalog and checked by
 * `parseCatalog`, the parser the finder uses. What it had to skip or repair
 * comes back as issues, and the catalog written is the repaired one, so
 * what the command line writes is what families see.
 */
import { parseCatalog, type CatalogIssue } from '../catalog/parse.js';
import type { Catalog, CatalogInput, Contact, Offer, Organization } from '../catalog/schema.js';

export interface Assembly {
  base: CatalogInput;
  offers: Offer[];
  organizations?: Organization[];
  contacts?: Contact[];
  /** Keep the base catalog's offers (new offers with the same id replace them); default: the new offers replace them all. */
  keepOffers?: boolean;
  /** The catalog's `updated` (YYYY-MM-DD). */
  today?: string;
}

export interface Assembled {
  /** What was put together, before validation. */
  input: CatalogInput;
  /** The index in `input.offers` of the first new offer. */
  firstNew: number;
  /** The validated catalog, as it is written out. */
  catalog: Catalog;
  issues: CatalogIssue[];
}

export function assemble({
  base,
  offers,
  organizations = [],
  contacts = [],
  keepOffers = false,
  today,
}: Assembly): Assembled {
  const newIds = new Set(offers.map((o) => o.id));
  const kept = keepOffers ? (base.offers ?? []).filter((o) => !newIds.has((o as { id?: string }).id ?? '')) : [];
  const mergeById = <T extends { id: string }>(existing: T[] | undefined, added: T[]) => {
    const ids = new Set((existing ?? []).map((r) => r?.id));
    return [...(existing ?? []), ...added.filter((r) => !ids.has(r.id))];
  };
  const input: CatalogInput = {
    ...base,
    version: 1,
    ...(today && { updated: today }),
    organizations: mergeById(base.organizations, organizations),
    contacts: mergeById(base.contacts, contacts),
    offers: [...kept, ...offers],
  };
  const { catalog, issues } = parseCatalog(structuredClone(input));
  return { input, firstNew: kept.length, catalog, issues };
}

/** The offer index and the rest of a path like `offers[12].address.postalCode`. */
export function offerPath(path: string): { index: number; field: string } | undefined {
  const match = /^offers\[(\d+)\](?:\.(.*))?$/.exec(path);
  return match ? { index: Number(match[1]), field: match[2] ?? '' } : undefined;
}
