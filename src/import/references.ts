/**
 * Records named by what a person wrote: an id, a title in any language, or
 * a title made into an id; and ids made from titles. The import finds the
 * base catalog's milestones, topics, districts, providers and contacts this
 * way, and names new ones.
 */
import type { LocalizedText } from '../catalog/schema.js';

const transliteration: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** An id from a title: `Weiterführende Schule` → `weiterfuehrende-schule`. */
export function slugify(text: string, fallback = 'angebot'): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => transliteration[c]!)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Every text of a localized text (each language), for matching by title. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

const simplify = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export interface Resolved {
  id: string;
  /** Matched by its title (or name) rather than its id. */
  byTitle: boolean;
}

/**
 * Finds a record by what a person wrote: its id, the id in other case, one of
 * its titles (any language, case and spacing ignored), or a title made into
 * an id (`Weiterführende Schule` → `weiterfuehrende-schule`).
 */
export function resolveReference(
  value: string,
  records: readonly { id: string; title?: LocalizedText; name?: LocalizedText }[],
): Resolved | undefined {
  const wanted = value.trim();
  if (!wanted) return undefined;
  const exact = records.find((r) => r.id === wanted);
  if (exact) return { id: exact.id, byTitle: false };
  const lower = wanted.toLowerCase();
  const caseless = records.find((r) => r.id.toLowerCase() === lower);
  if (caseless) return { id: caseless.id, byTitle: false };
  const simple = simplify(wanted);
  const byTitle = records.find((r) => [...allTexts(r.title), ...allTexts(r.name)].some((t) => simplify(t) === simple));
  if (byTitle) return { id: byTitle.id, byTitle: true };
  const slug = slugify(wanted, '');
  const bySlug = slug ? records.find((r) => r.id === slug) : undefined;
  return bySlug ? { id: bySlug.id, byTitle: true } : undefined;
}
