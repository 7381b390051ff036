/**
 * What the imports (`from-csv.ts`, `hsds.ts`) share: their report (notes
 * with a place and data, worded by `messages.ts` in German or English), ids
 * made from titles, references given by id or by title, language names, and
 * the last step: the new offers put into the base catalog and validated by
 * the same parser the elements use. No DOM.
 */
import { parseCatalog, type CatalogIssue, type ReferenceKind } from '../catalog/parse.js';
import type { Catalog, CatalogInput, Contact, LocalizedText, Offer, Organization } from '../catalog/schema.js';

/** `error`: a row, service or the whole file is not converted; `warning`: a value is left out; `info`: done as asked, said so. */
export type NoteSeverity = 'error' | 'warning' | 'info';

export type NoteCode =
  /** The file cannot be read at all (not CSV, not JSON, not HSDS). */
  | 'unreadable'
  /** CSV: a quoted field is never closed. */
  | 'unclosed-quote'
  /** CSV: a quote inside an unquoted field, or text after a closing quote (kept as written). */
  | 'stray-quote'
  | 'text-after-quote'
  /** CSV: a required column is missing from the header. */
  | 'missing-column'
  /** CSV: a column that is not read. */
  | 'unknown-column'
  | 'duplicate-column'
  /** A required value (title, milestones) is empty. */
  | 'missing-value'
  /** An id or title that the base catalog does not have (`kind` tells of what). */
  | 'unknown-reference'
  /** A title matched to an id (`value` → `id`). */
  | 'matched-title'
  /** An organisation not in the base catalog, added with a new id. */
  | 'new-organization'
  /** A value not understood (`expected` tells what is accepted). */
  | 'invalid-value'
  /** Street, postal code and city are needed together. */
  | 'incomplete-address'
  /** No id given: made from the title. */
  | 'generated-id'
  /** An id with characters ids may not have: rewritten. */
  | 'invalid-id'
  | 'duplicate-id'
  /** None of the milestones is known: the row or service is skipped. */
  | 'no-milestone'
  /** HSDS: no taxonomy term maps to a milestone; the mapping's `defaultMilestones` are used. */
  | 'default-milestones'
  /** HSDS: a service that is not active. */
  | 'inactive'
  /** HSDS: an age above 30 years means no upper limit in the catalog. */
  | 'age-open-end'
  /** HSDS mapping file: wrong shape. */
  | 'invalid-mapping'
  /** What the catalog parser reported about the result (`issue`). */
  | 'catalog-issue';

/** What is accepted where a value was not understood. */
export type ValueKind = 'number' | 'age' | 'cost' | 'yes-no' | 'date' | 'language' | 'coordinates' | 'phone';

export interface ConversionNote {
  severity: NoteSeverity;
  code: NoteCode;
  /** CSV: the row as the spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** CSV: the column; HSDS: the field (`service_at_locations[0].location.latitude`). */
  column?: string;
  /** HSDS: the service, by id or by its place in the file. */
  record?: string;
  /** The text concerned, as written. */
  value?: string;
  kind?: ReferenceKind;
  /** The id a title matched, or the id made. */
  id?: string;
  expected?: ValueKind;
  /** For `catalog-issue`. */
  issue?: CatalogIssue;
}

export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

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

/** Language names (German and English) and three-letter codes (ISO 639-2/3) to the tags the catalog uses. */
const languageNames: Record<string, string> = {
  deutsch: 'de', german: 'de', deu: 'de', ger: 'de',
  englisch: 'en', english: 'en', eng: 'en',
  türkisch: 'tr', tuerkisch: 'tr', turkish: 'tr', tur: 'tr',
  arabisch: 'ar', arabic: 'ar', ara: 'ar',
  ukrainisch: 'uk', ukrainian: 'uk', ukr: 'uk',
  russisch: 'ru', russian: 'ru', rus: 'ru',
  polnisch: 'pl', polish: 'pl', pol: 'pl',
  französisch: 'fr', franzoesisch: 'fr', french: 'fr', fra: 'fr', fre: 'fr',
  spanisch: 'es', spanish: 'es', spa: 'es',
  italienisch: 'it', italian: 'it', ita: 'it',
  portugiesisch: 'pt', portuguese: 'pt', por: 'pt',
  niederländisch: 'nl', dutch: 'nl', nld: 'nl', dut: 'nl',
  kurdisch: 'ku', kurdish: 'ku', kur: 'ku',
  persisch: 'fa', farsi: 'fa', persian: 'fa', fas: 'fa', per: 'fa',
  dari: 'prs', paschtu: 'ps', pashto: 'ps', pus: 'ps',
  rumänisch: 'ro', rumaenisch: 'ro', romanian: 'ro', ron: 'ro', rum: 'ro',
  bulgarisch: 'bg', bulgarian: 'bg', bul: 'bg',
  griechisch: 'el', greek: 'el', ell: 'el', gre: 'el',
  serbisch: 'sr', serbian: 'sr', srp: 'sr',
  kroatisch: 'hr', croatian: 'hr', hrv: 'hr',
  bosnisch: 'bs', bosnian: 'bs', bos: 'bs',
  albanisch: 'sq', albanian: 'sq', sqi: 'sq', alb: 'sq',
  tigrinya: 'ti', tir: 'ti',
  somali: 'so', som: 'so',
  urdu: 'ur', urd: 'ur',
  vietnamesisch: 'vi', vietnamese: 'vi', vie: 'vi',
  chinesisch: 'zh', chinese: 'zh', zho: 'zh', chi: 'zh',
  'leichte sprache': 'de-x-ls', 'easy read': 'de-x-ls',
};

/** A language tag from a code or a name (`tr`, `Türkisch`, `turkish`, `tur`), or undefined. */
export function languageTag(value: string): string | undefined {
  const text = value.trim();
  const named = languageNames[text.toLowerCase()];
  if (named) return named;
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text)) return undefined;
  // `de-at` → `de-AT`; private use (`de-x-ls`) stays lower case.
  return text.toLowerCase().replace(/^([a-z]{2,3})-([a-z]{2})$/, (_, language: string, region: string) => `${language}-${region.toUpperCase()}`);
}

/** A decimal number as spreadsheets write it in German or English (`0,5`, `-0.75`), or undefined. */
export function parseNumber(value: string): number | undefined {
  const text = value.trim().replace(/\s/g, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** `2026-03-01`, `1.3.2026` or `01.03.26`… → `2026-03-01`; undefined if not a real date. */
export function parseDate(value: string): string | undefined {
  const text = value.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year < 100) year += 2000;
  } else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A phone number as the catalog takes it (`+44 1234 234567`), from what a source wrote (`"+44 1234 234567"`). */
export function cleanPhone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.replace(/["'“”„]/g, '').trim();
  return /^\+?[0-9][0-9 ()/.\-]{2,30}$/.test(text) ? text : undefined;
}

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

/**
 * The base catalog with the new offers (and organisations and contacts they
 * brought), validated by `parseCatalog`, the parser the elements use: what
 * it had to skip or repair comes back as issues, and the catalog written is
 * the repaired one, so it is valid.
 */
export function assemble({ base, offers, organizations = [], contacts = [], keepOffers = false, today }: Assembly): Assembled {
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

/** Severity of a parser issue: a skipped record is an error, a repair a warning. */
export const issueSeverity = (issue: CatalogIssue): NoteSeverity =>
  issue.code === 'invalid-record' || issue.code === 'duplicate-id' ? 'error' : 'warning';
