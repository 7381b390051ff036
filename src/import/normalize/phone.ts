/**
 * Phone numbers as sources write them (`Tel. 02307 148-0 / Fax 02307 148-99`,
 * `(02307) 92 33-0`, `0800 123 4567 ext. 12`) into the international
 * notation the catalog keeps (`+49 2307 1480`), with libphonenumber-js and
 * its full metadata (`/max`), which tells a valid number from a merely
 * possible one. Splitting a cell into numbers and labels is written here:
 * the library reads one number, not the "Tel. … / Fax …" of a Kita list.
 *
 * Extensions: in German notation the part after a dash (`148-0`, `148-12`)
 * and a `Durchwahl 12` are the direct-dial end of the number itself and are
 * dialled with it (`+49 2307 14812`). An English extension (`ext. 12`, `x12`)
 * is dialled after the call is answered; the catalog's phone field cannot
 * hold it, so the number is the switchboard's and the extension comes back
 * apart for the caller to put in a note.
 */
import {
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import * as z from 'zod/mini';
import { phoneSchema } from '../../catalog/schema.js';

export type { CountryCode };

export type PhoneProblem = 'invalid' | 'too-short' | 'not-a-number';

/** `Durchwahl 12`, `DW 12`, `Durchw. -12` after the number: digits of the number. */
const durchwahl = /\s*\(?\s*(?:durchwahl|durchw\.|dw\.?)\s*:?\s*-?\s*(\d+)\s*\)?\s*$/i;

/**
 * The EU-harmonised numbers of social value (116 111 Nummer gegen Kummer,
 * 116 117, 116 123 Samaritans / Telefonseelsorge) are short numbers with no
 * international form; libphonenumber-js has no short-number data. Kept as
 * `116 111`.
 */
const harmonised = /^116\s?(\d{3})$/;

/**
 * The international notation of a number (`+49 2307 1480`), `country` being
 * where a national number (`02307 148-0`) is dialled; or what is wrong with it.
 */
export function normalizePhone(
  raw: string,
  country: CountryCode,
): { phone: string; extension?: string } | { problem: PhoneProblem; raw: string } {
  const text = raw.trim().replace(durchwahl, '$1');
  const short = harmonised.exec(text.replace(/[\s-]/g, ''));
  if (short) return { phone: `116 ${short[1]}` };
  if (!/\d/.test(text)) return { problem: 'not-a-number', raw };
  try {
    const number = parsePhoneNumberWithError(text, country);
    if (!number.isValid())
      return { problem: validatePhoneNumberLength(text, country) === 'TOO_SHORT' ? 'too-short' : 'invalid', raw };
    // Formatted without the extension, which `formatInternational` would append as `x12`.
    const phone = parsePhoneNumberWithError(number.number).formatInternational();
    if (!z.safeParse(phoneSchema, phone).success) return { problem: 'invalid', raw };
    return number.ext ? { phone, extension: number.ext } : { phone };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return {
      problem:
        error.message === 'NOT_A_NUMBER' ? 'not-a-number' : error.message === 'TOO_SHORT' ? 'too-short' : 'invalid',
      raw,
    };
  }
}

export type PhoneLabel = 'fax' | 'mobile' | 'phone';

/** Labels as cells write them; single letters only with `:` or `.` (`T: 02307 …`, `F. …`). */
const labelPattern =
  /(?:^|(?<=[\s,;/(]))(telefax|fax|tel(?:efon)?|fon|phone|ph|mobil(?:e|telefon)?|handy|mob|cell|[tfm](?=\s*[:.]))\.?(?:\s*\/\s*fax\.?)?\s*:?/gi;

const labelOf = (word: string): PhoneLabel => {
  const lower = word.toLowerCase();
  if (lower === 'f' || lower.endsWith('fax')) return 'fax';
  if (lower === 'm' || /^(mob|handy|cell)/.test(lower)) return 'mobile';
  return 'phone';
};

/** The number in a piece of a cell: from its first `+`, `(` or digit to its last digit, with an `ext. 12` after it. */
const numberIn = (piece: string) =>
  /[+(\d][\d\s()/.\-–]*\d(?:\s*(?:,\s*)?(?:ext\.?|extension|x)\s*\d+)?/i.exec(piece)?.[0];

/** A number on its own: starts with `+`, `0` or `(0` and has at least six digits (`02307 148-0`, not `148-0`). */
const complete = (text: string) => /^\s*(\+|\(?0)/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 6;

/** No number has more digits (E.164); a piece with more holds two. */
const maxDigits = 15;

/**
 * Two numbers side by side without a separator word: `0171 1234567 /
 * 0172 7654321`, a run of spaces as a city's GIS export pads them
 * (`0371 6004814     0371 4334132`), or a second number starting right
 * after the first when together they are too long to be one
 * (`0371 533450 0371 369230`).
 */
function separateNumbers(piece: string): string[] {
  for (const separator of [/\s\/\s|(?<=\d)\/(?=\s*\+)/, /\s{2,}/]) {
    const halves = piece.split(separator).filter((half) => half.trim());
    if (halves.length > 1 && halves.every(complete)) return halves;
  }
  if ((piece.match(/\d/g)?.length ?? 0) > maxDigits) {
    for (const match of piece.matchAll(/\s(?=\+|0)/g)) {
      const [left, right] = [piece.slice(0, match.index), piece.slice(match.index + 1)];
      if (complete(left) && complete(right) && (left.match(/\d/g)?.length ?? 0) <= maxDigits)
        return [left, ...separateNumbers(right)];
    }
  }
  return [piece];
}

/**
 * The numbers in a cell, as written, each with the label written before it
 * (`Tel.`, `Fax`, `Mobil`, `Handy`; `Tel./Fax` is a phone): for
 * `normalizePhone`, leaving out the faxes. Numbers are separated by `;`,
 * `,`, line breaks, `or`/`oder`/`und`, by a new label, or by `/` between two
 * complete numbers (`02307/148-0` is one number in old German notation).
 */
export function splitPhones(cell: string): { number: string; label?: PhoneLabel }[] {
  const result: { number: string; label?: PhoneLabel }[] = [];
  for (const part of cell.split(/[;,\n|]|\s(?:or|oder|und|and|sowie)\s/i)) {
    // A new label starts a new number: "Tel. 02307 148-0 / Fax 02307 148-99".
    const labels = [...part.matchAll(labelPattern)];
    const starts = [0, ...labels.map((match) => match.index).filter((index) => index > 0)];
    starts.forEach((start, i) => {
      const piece = part.slice(start, starts[i + 1]);
      const label = labels.find((match) => match.index >= start && match.index < (starts[i + 1] ?? Infinity));
      const pieces = separateNumbers(piece);
      for (const text of pieces) {
        const number = numberIn(label ? text.replace(label[0], ' ') : text)?.trim();
        if (number) result.push(label ? { number, label: labelOf(label[1]!) } : { number });
      }
    });
  }
  return result;
}

/**
 * The country that most of the numbers written internationally (`+49 …`,
 * `0049 …`) belong to, to guess where a catalog's national numbers are
 * dialled; undefined if none is, or two countries are equally many.
 */
export function countryOfNumbers(numbers: string[]): CountryCode | undefined {
  const counts = new Map<CountryCode, number>();
  for (const raw of numbers) {
    const text = raw.trim().replace(/^00/, '+');
    if (!text.startsWith('+')) continue;
    try {
      const country = parsePhoneNumberWithError(text).country;
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] !== ranked[1]?.[1] ? ranked[0][0] : undefined;
}
