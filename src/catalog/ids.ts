/**
 * The form of an id (offers, milestones, …), apart from the schema: the URL
 * state and the saved list check ids they read without loading zod, which
 * comes with the parser (see load.ts).
 */

/** Safe as a map key and in URLs (no `__proto__`). */
export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export const isId = (value: unknown): value is string => typeof value === 'string' && idPattern.test(value);

/** Whether two lists hold the same ids in the same order. */
export const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);
