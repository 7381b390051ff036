// The public API of the UI languages, re-exported by the package's main entry.
export { setStrings, resetStrings, registerLanguage, loadLanguage, availableLanguages } from './registry.js';
export type { Direction, TranslationSource } from './registry.js';
export type { Translation } from './de.js';
export type { Formatters, PluralCategory, PluralForms } from './formatters.js';
export type { Localization } from './i18n.js';
