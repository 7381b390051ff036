/**
 * What an import changes against the published catalog, offer by offer (by
 * id): new, changed (which fields), removed, and the offers of the result
 * that are stale (not checked for longer than the finder's `stale-after`).
 * For the clerk's workbench, before the file is published. Pure: both
 * catalogs as the finder's parser made them.
 */
import { isStale } from '../catalog/freshness.js';
import type { Catalog, Offer } from '../catalog/schema.js';

export interface OfferChange {
  id: string;
  title: Offer['title'];
  /** The top-level fields whose values differ (`phone` lives in contacts: `contacts`). */
  fields: string[];
}

export interface CatalogDiff {
  added: { id: string; title: Offer['title'] }[];
  changed: OfferChange[];
  removed: { id: string; title: Offer['title'] }[];
  unchanged: number;
  /** Offers of the result whose `updated` is older than the stale limit. */
  stale: { id: string; title: Offer['title']; updated?: string }[];
}

/** A value as comparable text: object keys in a fixed order, so that the order in the file does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

function changedFields(before: Offer, after: Offer): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => canonical(before[key as keyof Offer]) !== canonical(after[key as keyof Offer]))
    .sort();
}

export function catalogDiff(published: Catalog, imported: Catalog, today: string, staleMonths?: number): CatalogDiff {
  const before = new Map(published.offers.map((offer) => [offer.id, offer]));
  const after = new Set(imported.offers.map((offer) => offer.id));
  const diff: CatalogDiff = { added: [], changed: [], removed: [], unchanged: 0, stale: [] };
  for (const offer of imported.offers) {
    const old = before.get(offer.id);
    if (!old) diff.added.push({ id: offer.id, title: offer.title });
    else {
      const fields = changedFields(old, offer);
      if (fields.length) diff.changed.push({ id: offer.id, title: offer.title, fields });
      else diff.unchanged++;
    }
    if (isStale(offer.updated, today, staleMonths))
      diff.stale.push({ id: offer.id, title: offer.title, ...(offer.updated && { updated: offer.updated }) });
  }
  for (const offer of published.offers)
    if (!after.has(offer.id)) diff.removed.push({ id: offer.id, title: offer.title });
  return diff;
}
