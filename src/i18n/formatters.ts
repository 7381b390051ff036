/**
 * The CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
 * German, English and Turkish use `one` and `other`; Ukrainian `one`, `few`,
 * `many` and `other`; Arabic all six.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The forms of a word or phrase for each plural category of a language;
 * `other` is required and is used for every category without its own form.
 */
export type PluralForms = { [category in Exclude<PluralCategory, 'other'>]?: string } & { other: string };

/** Number formatting for the UI language, passed to the strings that need it. */
export interface Formatters {
  /** A number as the language writes it (`1.234` in German, `1 234` in Ukrainian, `١٬٢٣٤` in `ar-EG`). */
  number: (value: number) => string;
  /**
   * The form for `count` after the language's plural rules (`Intl.PluralRules`):
   * `plural(n, { one: '1 Jahr', other: `${number(n)} Jahre` })`, or in Ukrainian
   * `{ one, few, many, other }`, in Arabic up to `{ zero, one, two, few, many, other }`.
   */
  plural: (count: number, forms: PluralForms) => string;
}
