/**
 * Catalog format v1: the JSON that the configurable endpoint serves.
 *
 * The field names are a public contract (partner pages and other tools
 * produce them): fields may be added as optional, never renamed. This module
 * is the single source: the TypeScript types below and the committed JSON
 * Schema (`schema/catalog-v1.schema.json`, `npm run schema`) derive from it.
 *
 * It uses `zod/mini` because it ships in the browser bundle (about 4.5 KB gz
 * against about 25 KB for classic zod).
 */
import * as z from 'zod/mini';
import { idPattern } from './ids.js';

// No eval: zod probes `new Function` for a faster parser, which a host page's
// strict CSP reports as a violation; measured here, the parse is as fast without it.
z.config({ jitless: true });

/**
 * A string that matches `pattern`: one check on a plain string, named by
 * `format` in issues (`invalid_format`) and in the JSON Schema as zod's own
 * formats are. `z.regex()`, `z.email()`, `z.iso.date()` … would do the same,
 * but each adds its own classes to the browser bundle.
 */
const matching = (pattern: RegExp, format = 'regex') =>
  z.string().check(new z.core.$ZodCheckStringFormat({ check: 'string_format', format, pattern }));

/**
 * A rule on a whole value, as a plain check function: the issue that
 * `z.refine()` reports (`custom`, with `message` and `path`; not aborting, so
 * the other checks still run), without the schema class that `z.refine()`
 * adds to the browser bundle. The path is copied: zod prefixes it in place.
 */
const rule =
  <T>(holds: (value: T) => boolean, message: string, path: PropertyKey[] = []) =>
  (payload: z.core.ParsePayload<T>) => {
    if (!holds(payload.value))
      payload.issues.push({ code: 'custom', input: payload.value, path: [...path], message, continue: true });
  };

/** An identifier that is safe as a map key and in URLs (no `__proto__`). */
export const idSchema = matching(idPattern);

/** A BCP 47 language tag such as `de`, `en`, `tr`, `ar`, `uk`, `de-x-ls`. */
export const languageTagSchema = matching(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);

/**
 * Human-readable text: a plain string (German), or translations keyed by
 * language tag (`{"de": "…", "en": "…"}`) with German as the fallback.
 */
export const localizedTextSchema = z.union([
  z.string().check(z.minLength(1)),
  z
    .record(languageTagSchema, z.string().check(z.minLength(1)))
    .check(rule((translations) => Object.keys(translations).length > 0, 'needs at least one language')),
]);

/** `2026-03-01`, as `z.iso.date()`. */
const dateSchema = matching(z.regexes.date, 'date');

/**
 * The pattern of `z.iso.datetime({ offset: true })`, written out: zod builds it
 * at run time from code that costs more than the text. `2026-03-01T09:30:00+01:00`
 * or `…Z`, seconds required (test/catalog/schema.test.ts holds it to zod's).
 */
const isoDateTimePattern =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** ISO 8601 date (`2026-03-01`) or date-time with offset. */
export const isoDateSchema = z.union([dateSchema, matching(isoDateTimePattern, 'datetime')]);

/** Only web links: `javascript:`, `data:` and friends are not links. */
export const webUrlSchema = matching(/^https?:\/\/[^\s/$.?#][^\s]*$/i);

/** As `z.email()`. */
export const emailSchema = matching(z.regexes.email, 'email');

/** German and international notation: `02307 148-0`, `+49 2307 1480`. */
export const phoneSchema = matching(/^\+?[0-9][0-9 ()/.-]{2,30}$/);

/** Age in years; negative values are before birth (pregnancy). */
export const ageSchema = z.number().check(z.gte(-1), z.lte(30));

export const addressSchema = z.object({
  street: z.string().check(z.minLength(1)),
  postalCode: matching(/^[0-9A-Za-z -]{3,10}$/),
  city: z.string().check(z.minLength(1)),
  district: z.optional(idSchema),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

const ageRangeIsOrdered = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined || from <= to;

export const milestoneSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    description: z.optional(localizedTextSchema),
    ageFrom: z.optional(ageSchema),
    ageTo: z.optional(ageSchema),
  })
  .check(rule((m) => ageRangeIsOrdered(m.ageFrom, m.ageTo), 'ageFrom is after ageTo', ['ageTo']));

export const topicSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
});

export const districtSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  /** The town or commune: the finder groups districts by place when it shows several communes. */
  place: z.optional(localizedTextSchema),
});

export const networkSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  /** Contact id of the network's coordinator. */
  coordinator: z.optional(idSchema),
});

export const organizationSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  url: z.optional(webUrlSchema),
  email: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  address: z.optional(addressSchema),
  /** Network ids. */
  networks: z.optional(z.array(idSchema)),
});

/** `z.literal` of several values checks and describes them as `z.enum` would, with one schema class fewer in the bundle. */
export const weekdaySchema = z.literal(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);

/** A time of day, `09:00`; Berlin local time, as the opening hours on the door say it. */
const timeOfDaySchema = matching(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
/** A closing time: also `24:00`, the end of the day. */
const closingTimeSchema = matching(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/);

/**
 * Opening hours on some weekdays. `days` are the days the period opens: one
 * that closes earlier than it opens (`22:00`–`02:00`) runs past midnight
 * into the next day. `validFrom`/`validThrough` (inclusive) limit the dates
 * it opens on, e.g. to the school holidays.
 */
export const openingPeriodSchema = z
  .object({
    days: z.array(weekdaySchema).check(z.minLength(1)),
    opens: timeOfDaySchema,
    closes: closingTimeSchema,
    validFrom: z.optional(dateSchema),
    validThrough: z.optional(dateSchema),
    note: z.optional(localizedTextSchema),
  })
  .check(
    rule((p) => p.opens !== p.closes, 'opens and closes at the same time', ['closes']),
    rule(
      (p) => p.validFrom === undefined || p.validThrough === undefined || p.validFrom <= p.validThrough,
      'validFrom is after validThrough',
      ['validThrough'],
    ),
  );

/** Structured opening hours, alongside the free text (`schedule`, `hours`) that families read. */
export const openingHoursSchema = z.array(openingPeriodSchema).check(z.minLength(1));

export const contactSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  role: z.optional(localizedTextSchema),
  /** Organisation id. */
  organization: z.optional(idSchema),
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  url: z.optional(webUrlSchema),
  address: z.optional(addressSchema),
  hours: z.optional(localizedTextSchema),
  openingHours: z.optional(openingHoursSchema),
  languages: z.optional(z.array(languageTagSchema)),
});

export const costSchema = z.literal(['free', 'reduced', 'paid']);

export const offerSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    summary: z.optional(localizedTextSchema),
    description: z.optional(localizedTextSchema),
    /** Milestone ids, at least one. */
    milestones: z.array(idSchema).check(z.minLength(1)),
    topics: z.optional(z.array(idSchema)),
    ageMin: z.optional(ageSchema),
    ageMax: z.optional(ageSchema),
    /** District ids; missing means the whole city. */
    districts: z.optional(z.array(idSchema)),
    organization: z.optional(idSchema),
    /** Contact ids. */
    contacts: z.optional(z.array(idSchema)),
    address: z.optional(addressSchema),
    cost: z.optional(costSchema),
    costNote: z.optional(localizedTextSchema),
    languages: z.optional(z.array(languageTagSchema)),
    accessibility: z.optional(
      z.object({
        wheelchair: z.optional(z.boolean()),
        note: z.optional(localizedTextSchema),
      }),
    ),
    schedule: z.optional(localizedTextSchema),
    openingHours: z.optional(openingHoursSchema),
    url: z.optional(webUrlSchema),
    keywords: z.optional(z.array(z.string().check(z.minLength(1)))),
    updated: z.optional(isoDateSchema),
  })
  .check(rule((o) => ageRangeIsOrdered(o.ageMin, o.ageMax), 'ageMin is after ageMax', ['ageMax']));

/** Search words by language tag, German (`de`) required: the terms the others stand for. */
export const thesaurusTermsSchema = z
  .record(languageTagSchema, z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.minLength(1)))
  .check(rule((terms) => Object.hasOwn(terms, 'de'), 'needs German terms (de)', ['de']));

/**
 * A catalog's own search words: terms in any language (`tr`, `ar`, `uk` …)
 * that the search also looks for as the German ones (`de`), which are
 * synonyms of each other. Beside the built-in concepts of family services,
 * for the names a city gives its own services (`Familienbüro`).
 */
export const thesaurusEntrySchema = z.object({ terms: thesaurusTermsSchema });

/** Who keeps the catalog: the address for "Fehler melden". */
export const maintainerSchema = z.object({
  email: emailSchema,
  name: z.optional(localizedTextSchema),
});

/**
 * The whole catalog as maintainers write it. The loader does not parse it in
 * one go: it checks this envelope and then every record on its own, so that
 * one bad offer does not hide the other 99 (see `parse.ts`).
 */
export const catalogSchema = z.object({
  version: z.literal(1),
  title: z.optional(localizedTextSchema),
  updated: z.optional(isoDateSchema),
  maintainer: z.optional(maintainerSchema),
  milestones: z.array(milestoneSchema),
  topics: z.optional(z.array(topicSchema)),
  districts: z.optional(z.array(districtSchema)),
  networks: z.optional(z.array(networkSchema)),
  organizations: z.optional(z.array(organizationSchema)),
  contacts: z.optional(z.array(contactSchema)),
  offers: z.array(offerSchema),
  thesaurus: z.optional(z.array(thesaurusEntrySchema)),
});

/**
 * A file that lists catalogs instead of being one, for a county page: each
 * commune keeps its own catalog, and the finder shows them together.
 * Relative URLs resolve against the index file's own URL.
 */
export const catalogIndexSchema = z.object({
  version: z.optional(z.literal(1)),
  title: z.optional(localizedTextSchema),
  catalogs: z
    .array(
      z.object({
        url: z.string().check(z.minLength(1), z.maxLength(2000)),
        /** The commune's name: for the district filter ("place → district") and a note when its catalog is missing. */
        title: z.optional(localizedTextSchema),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type District = z.infer<typeof districtSchema>;
export type Network = z.infer<typeof networkSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Weekday = z.infer<typeof weekdaySchema>;
export type OpeningPeriod = z.infer<typeof openingPeriodSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type Maintainer = z.infer<typeof maintainerSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Cost = z.infer<typeof costSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type ThesaurusEntry = z.infer<typeof thesaurusEntrySchema>;
export type CatalogIndex = z.infer<typeof catalogIndexSchema>;
/** A catalog as written by maintainers: optional collections may be missing. */
export type CatalogInput = z.infer<typeof catalogSchema>;

/** A validated catalog: every collection present, every reference resolvable. */
export type Catalog = Omit<CatalogInput, 'topics' | 'districts' | 'networks' | 'organizations' | 'contacts'> &
  Required<Pick<CatalogInput, 'topics' | 'districts' | 'networks' | 'organizations' | 'contacts'>>;
