/**
 * One typo, as the search forgives it in words of five letters or more: two
 * words that differ by one letter inserted, missing or changed, a word that
 * begins that way, and a word with such a typo anywhere inside a longer one
 * (a compound). Written for speed: they run against every word of the
 * search's vocabulary on each keystroke.
 */

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** True when `text` starts with `pattern` but for one insertion, deletion or substitution (no allocations: runs per vocabulary term). */
export function startsWithinOneEdit(text: string, pattern: string): boolean {
  const length = pattern.length;
  let i = 0;
  while (i < length && text.charCodeAt(i) === pattern.charCodeAt(i)) i++;
  if (i === length) return true;
  const rest = (textFrom: number, patternFrom: number) => {
    for (let k = 0; patternFrom + k < length; k++) {
      if (text.charCodeAt(textFrom + k) !== pattern.charCodeAt(patternFrom + k)) return false;
    }
    return textFrom + (length - patternFrom) <= text.length;
  };
  // Substituted, missing in the text, or one letter too many in the text.
  return rest(i + 1, i + 1) || rest(i, i + 1) || rest(i + 1, i);
}

export type TypoMatcher = (text: string) => boolean;

/**
 * Whether `pattern` occurs in a text with at most one edit, anywhere in it
 * (a typo inside a compound: `erzihung` in `erziehungsberatung`). Bit-parallel
 * (Wu–Manber), so one pass over the text; patterns up to 31 letters.
 */
export function typoMatcher(pattern: string): TypoMatcher | undefined {
  const length = pattern.length;
  if (length > 31) return undefined;
  const masks = new Map<string, number>();
  for (let i = 0; i < length; i++) masks.set(pattern[i]!, (masks.get(pattern[i]!) ?? 0) | (1 << i));
  const found = 1 << (length - 1);
  return (text) => {
    let exact = 0;
    let oneEdit = 1; // the pattern's first letter deleted
    for (let j = 0; j < text.length; j++) {
      const mask = masks.get(text[j]!) ?? 0;
      const previousExact = exact;
      exact = ((exact << 1) | 1) & mask;
      oneEdit =
        (((oneEdit << 1) | 1) & mask) | // match
        ((previousExact << 1) | 1) | // substitution
        previousExact | // a letter too many in the text
        ((exact << 1) | 1); // a letter missing in the text
      if (oneEdit & found) return true;
    }
    return false;
  };
}
