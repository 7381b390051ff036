/**
 * German strings that every element uses through `Localization` (../i18n.ts)
 * rather than in its own template.
 */
export const commonDe = {
  /**
   * The name of Leichte Sprache (`de-x-ls`) in a list of languages an offer or
   * a person speaks: `Intl.DisplayNames` drops the private-use part and would
   * call it `Deutsch` (twice, next to German).
   */
  languagePlainGerman: 'Leichte Sprache',
};
