/** A catalog text (`LocalizedText`) in the reader's language, with fallbacks; no DOM. */
import type { LocalizedText } from './schema.js';

/** The language every catalog is written in first; the fallback for all others. */
export const catalogFallbackLanguage = 'de';

/**
 * Picks the text for `language`: the exact tag, then its base language
 * (`de-x-ls` → `de`), then German, then whatever translation exists.
 */
export function localize(text: LocalizedText, language?: string): string;
export function localize(text: LocalizedText | undefined, language?: string): string | undefined;
export function localize(text: LocalizedText | undefined, language = catalogFallbackLanguage): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const base = language.split('-')[0]!;
  for (const candidate of [language, base, catalogFallbackLanguage]) {
    if (Object.hasOwn(text, candidate)) return text[candidate];
  }
  return Object.values(text)[0];
}
