/**
 * The UI language of an element and its strings. German is the default and
 * the fallback for any language without a translation, and what an element
 * shows while the strings of its language load (registry.ts).
 */
import { localize } from '../catalog/localize.js';
import type { LocalizedText } from '../catalog/schema.js';
import type { Formatters, PluralForms } from './formatters.js';
import type { Translation } from './de.js';
import {
  defaultLanguage,
  directionOf,
  stringsVersion,
  translationOf,
  uiLanguageOf,
  type Direction,
} from './registry.js';

export { defaultLanguage };

/**
 * The language that applies to an element: its own `lang`, else the nearest
 * ancestor's (across shadow roots, so nested elements follow their host),
 * else `<html lang>`, else German.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = parentAcrossShadows(node);
  }
  return defaultLanguage;
}

const parentAcrossShadows = (node: Node): Node | null =>
  node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/**
 * The `dir` an element sets on its inner root so that it reads in the
 * direction of its language, or `undefined` where it needs none:
 *
 * - The page decides where it set `dir` on the element, or on an ancestor at
 *   least as near as the one whose `lang` gives the element its language:
 *   `<offer-search dir="ltr" lang="ar">` and `<div lang="ar" dir="ltr">` stay
 *   left to right, as their author wrote.
 * - Otherwise the language decides: `<offer-search lang="ar">` is right to
 *   left in a left-to-right page (`<html dir="ltr">` is farther away than its
 *   own `lang`), `<offer-search lang="de">` left to right in an Arabic page.
 * - Where the direction inherited is the language's anyway (a German element
 *   in a German page), no attribute: the element then follows a later change
 *   of the page's `dir` at once, with no render in between.
 *
 * Only `dir` attributes count, not a CSS `direction` of the page.
 */
export function rootDirection(element: Element, language: Direction): Direction | undefined {
  let languageFound = false;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') {
        if (!languageFound) return undefined;
        return dir === language ? undefined : language;
      }
      if (node.getAttribute('lang')) languageFound = true;
    }
    node = parentAcrossShadows(node);
  }
  return language === 'ltr' ? undefined : language;
}

/** Strings and formatting for a language, falling back to its base language, then German. */
export interface Localization {
  /**
   * The language asked for (`tr`, `en-GB`, `de-x-ls`; canonical case), for
   * catalog texts, which may have it even where the UI has no strings.
   */
  requested: string;
  /**
   * The language whose UI strings are used: `en` for `en-GB`, `de` for one
   * without strings, and `de` while the strings of the language still load.
   */
  language: string;
  /** The writing direction of `language`: it changes with the strings, never before them. */
  dir: Direction;
  strings: Translation;
  format: Formatters;
  /** A date as the language writes it: `1. November 2026`. */
  date: (date: Date | string) => string;
  /** A calendar date (`YYYY-MM-DD`) as its month: `März 2026`. */
  month: (date: string) => string;
  /** A calendar date (`YYYY-MM-DD`) as its short weekday, `Di`, or with the day when it is further off: `Mo, 7.12.`. */
  weekday: (date: string, withDay?: boolean) => string;
  /** A clock time `HH:MM` as the language writes it: `09:00`, `9:00 AM`. */
  time: (time: string) => string;
  /** The name of a language in this language: `Türkisch` for `tr`, `Leichte Sprache` for `de-x-ls`. */
  languageName: (code: string) => string;
  /** A catalog text in the language asked for (`requested`, with the fallbacks of `localize`). */
  text: {
    (value: LocalizedText): string;
    (value: LocalizedText | undefined): string | undefined;
  };
}

const cache = new Map<string, Localization>();
let cacheVersion = stringsVersion();

/**
 * The localization for a language tag as written in a `lang` attribute.
 * Starts loading the strings of the language when they are not here yet,
 * and meanwhile gives German's (with `language: 'de'`); elements render
 * again when they arrive (LocalizeController).
 */
export function localization(requested: string): Localization {
  if (cacheVersion !== stringsVersion()) {
    cache.clear();
    cacheVersion = stringsVersion();
  }
  let cached = cache.get(requested);
  if (cached) return cached;
  const tag = canonicalTag(requested.trim().replaceAll('_', '-'));
  const wanted = uiLanguageOf(tag ?? requested);
  const loaded = translationOf(wanted);
  const language = loaded ? wanted : defaultLanguage;
  const strings = loaded ?? translationOf(defaultLanguage)!;
  // Numbers, dates and language names are those of the UI language (with the region asked for:
  // British dates for `en-GB`), not of a tag without strings: `fr` shows German numbers in German
  // sentences. Plural rules are those of the strings shown, even while a language loads: German
  // strings need German rules (Ukrainian would take `1 Angebot` for 21).
  const locale = tag && baseOf(tag) === baseOf(wanted) ? tag : wanted;
  const intl = formattersFor(locale) ?? formattersFor(baseOf(wanted)) ?? formattersFor(defaultLanguage)!;
  const plural = language === wanted ? intl.plural : formattersFor(defaultLanguage)!.plural;
  const text = (value: LocalizedText | undefined) => localize(value, tag ?? requested);
  cached = {
    requested: tag ?? requested,
    language,
    dir: directionOf(language),
    strings,
    format: { number: intl.number, plural },
    date: intl.date,
    month: intl.month,
    weekday: intl.weekday,
    time: intl.time,
    languageName: languageNamer(intl.names, strings),
    text: text as Localization['text'],
  };
  cache.set(requested, cached);
  return cached;
}

/** `languageName` for some strings: Leichte Sprache by its own name, every other language by `Intl`. */
function languageNamer(names: Intl.DisplayNames, strings: Translation): (code: string) => string {
  return (code) => {
    if (code.toLowerCase() === 'de-x-ls') return strings.languagePlainGerman;
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

const baseOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

interface IntlFormatters extends Formatters, Pick<Localization, 'date' | 'month' | 'weekday' | 'time'> {
  names: Intl.DisplayNames;
}

/** A calendar date or a clock time as an instant at UTC, formatted in UTC: no time zone can shift its day or hour. */
const utc = (date: string, time = '00:00') => new Date(`${date}T${time === '24:00' ? '00:00' : time}:00Z`);

const intlCache = new Map<string, IntlFormatters | undefined>();

/** The `Intl` formatters of a locale, made once per page; `undefined` for a locale `Intl` rejects. */
function formattersFor(locale: string): IntlFormatters | undefined {
  if (intlCache.has(locale)) return intlCache.get(locale);
  let made: IntlFormatters | undefined;
  try {
    const numbers = new Intl.NumberFormat(locale);
    const plurals = new Intl.PluralRules(locale);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
    const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const weekdays = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const weekdaysWithDay = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    });
    // 09:00 where the day has 24 hours, 9:00 AM (not 09:00 AM) where it has twice 12.
    const twentyFour =
      new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hourCycle === 'h23';
    const times = new Intl.DateTimeFormat(locale, {
      hour: twentyFour ? '2-digit' : 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    made = {
      number: (value) => numbers.format(value),
      plural: (count: number, forms: PluralForms) => forms[plurals.select(count)] ?? forms.other,
      date: (date) => dates.format(typeof date === 'string' ? new Date(date) : date),
      month: (date) => months.format(utc(date.slice(0, 10))),
      weekday: (date, withDay = false) => (withDay ? weekdaysWithDay : weekdays).format(utc(date)),
      // Midnight at the end of a day stays 24:00 where the language counts to 24 (German, Turkish, …).
      time: (time) => (time === '24:00' && twentyFour ? '24:00' : times.format(utc('2024-01-01', time))),
      names: new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }),
    };
  } catch {
    made = undefined;
  }
  intlCache.set(locale, made);
  return made;
}

/** Intl throws on malformed tags; an attribute typed by a webmaster may be one. */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
