/**
 * Protection against formula injection, and its undoing. Every text cell the
 * project writes (CSV or xlsx) that a spreadsheet would run as a formula gets
 * a leading apostrophe (the rule of `csvField`, shared with the coverage
 * export); the readers remove it again, so that a clerk's round trip (export,
 * edit in Excel, import) gives back the text as it was.
 *
 * The one ambiguity: a text that itself starts with an apostrophe followed by
 * `=`, `+`, `-`, `@`, tab or CR (`'=A1`) is not protected (it cannot run) and
 * comes back without its apostrophe (`=A1`). Such a text is a formula that
 * someone protected by hand, so reading it as the formula's text is the
 * intended meaning. No DOM.
 */
import { startsLikeFormula } from '../../catalog/csv-field.js';

/** `=SUMME(A1)` → `'=SUMME(A1)`; other texts, and plain numbers like `-0.75`, unchanged. */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** Removes the apostrophe `neutralizeFormula` added: `'=SUMME(A1)` → `=SUMME(A1)`; other texts unchanged. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
