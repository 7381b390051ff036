/**
 * The UI language of an element and its strings. German is the default and
 * the fallback for any language without a translation.
 */
import { de, type Formatters, type Translation } from './de.js';
import { en } from './en.js';

const translations: Record<string, Translation> = { de, en };

export const defaultLanguage = 'de';

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
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return defaultLanguage;
}

/** Strings and number formatting for a language, falling back to its base language, then German. */
export interface Localization {
  /** The language asked for (`tr`), for catalog texts, which may have it even where the UI has no strings. */
  requested: string;
  /** The language whose UI strings are used (`en` for `en-GB`, `de` for one without strings). */
  language: string;
  strings: Translation;
  format: Formatters;
  /** A date as the language writes it: `1. November 2026`. */
  date: (date: Date | string) => string;
  /** The name of a language in this language: `Türkisch` for `tr`. */
  languageName: (code: string) => string;
}

const cache = new Map<string, Localization>();

export function localization(requested: string): Localization {
  let cached = cache.get(requested);
  if (cached) return cached;
  const base = requested.split('-')[0]!.toLowerCase();
  const language = translations[requested] ? requested : translations[base] ? base : defaultLanguage;
  const locale = safeLocale(requested) ?? language;
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  cached = {
    requested,
    language,
    strings: translations[language]!,
    format: {
      number: (value) => numbers.format(value),
      plural: (count, forms) => (plurals.select(count) === 'one' ? forms.one : forms.other),
    },
    date: (date) => dates.format(typeof date === 'string' ? new Date(date) : date),
    languageName: (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
  cache.set(requested, cached);
  return cached;
}

/** Intl throws on malformed tags; an attribute typed by a webmaster may be one. */
function safeLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
