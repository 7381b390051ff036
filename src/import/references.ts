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

type Named = { id: string; title?: LocalizedText; name?: LocalizedText };

/**
 * Records found by what a person wrote: their id, the id in other case, one
 * of their titles or names (any language, case and spacing ignored), or a
 * title made into an id (`Weiterführende Schule` → `weiterfuehrende-schule`),
 * in that order, the first record added winning each. Kept as maps, since an
 * import looks up thousands of providers among thousands.
 */
export class RecordIndex {
  private readonly ids = new Map<string, string>();
  private readonly caseless = new Map<string, string>();
  private readonly titles = new Map<string, string>();

  constructor(records: readonly Named[] = []) {
    for (const record of records) this.add(record);
  }

  add(record: Named): void {
    const set = (map: Map<string, string>, key: string) => map.has(key) || map.set(key, record.id);
    set(this.ids, record.id);
    set(this.caseless, record.id.toLowerCase());
    for (const text of [...allTexts(record.title), ...allTexts(record.name)]) set(this.titles, simplify(text));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  resolve(value: string): Resolved | undefined {
    const wanted = value.trim();
    if (!wanted) return undefined;
    const byId = this.ids.get(wanted) ?? this.caseless.get(wanted.toLowerCase());
    if (byId) return { id: byId, byTitle: false };
    const byTitle = this.titles.get(simplify(wanted)) ?? this.ids.get(slugify(wanted, ''));
    return byTitle ? { id: byTitle, byTitle: true } : undefined;
  }
}

/** A record of a short list (milestones, topics) by what a person wrote; see `RecordIndex`. */
export const resolveReference = (value: string, records: readonly Named[]): Resolved | undefined =>
  new RecordIndex(records).resolve(value);
