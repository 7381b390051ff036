/** Number formatting for the UI language, passed to the strings that need it. */
export interface Formatters {
  number: (value: number) => string;
  /** `plural(n, {one, other})` after the language's plural rules. */
  plural: (count: number, forms: { one: string; other: string }) => string;
}
