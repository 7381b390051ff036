/**
 * The catalog parser's issues for data maintainers, in German and English
 * (`CatalogIssue`, worded from its `code`, `problem` and `reference`, not
 * from its English `message`), as `validate` and the import report them.
 * The import's own notes are worded in `note-messages.ts`. No DOM.
 */
import type { CatalogIssue, IssueProblem, ReferenceKind } from '../catalog/parse.js';

export type MessageLanguage = 'de' | 'en';

/** A value as it appears in a message: strings quoted and cut to a readable length. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return typeof value === 'string' ? `'${short}'` : short;
}

/** The value at a JSON path like `offers[12].milestones[0]` in the source document, if any. */
export function valueAt(json: unknown, path: string): unknown {
  let value = json;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    const step = index !== undefined ? Number(index) : key!;
    if (!Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The last named field of a path: `offers[3].address.postalCode` → `postalCode`, `offers[3].milestones[0]` → `milestones`. */
const fieldOf = (path: string) => [...path.matchAll(/([A-Za-z_][\w-]*)/g)].at(-1)?.[1] ?? '';

/** `unbekannter Meilenstein`: a reference to a record that is not there, by its kind. */
export const referenceWords: Record<MessageLanguage, Record<ReferenceKind, string>> = {
  de: {
    milestone: 'unbekannter Meilenstein',
    topic: 'unbekanntes Thema',
    district: 'unbekannter Stadtteil',
    network: 'unbekanntes Netzwerk',
    organization: 'unbekannte Organisation',
    contact: 'unbekannter Kontakt',
  },
  en: {
    milestone: 'unknown milestone',
    topic: 'unknown topic',
    district: 'unknown district',
    network: 'unknown network',
    organization: 'unknown organisation',
    contact: 'unknown contact',
  },
};

const typeWords: Record<MessageLanguage, Record<string, string>> = {
  de: {
    string: 'Text',
    number: 'Zahl',
    array: 'Liste',
    object: 'Objekt',
    record: 'Objekt',
    boolean: 'true oder false',
  },
  en: {
    string: 'a text',
    number: 'a number',
    array: 'a list',
    object: 'an object',
    record: 'an object',
    boolean: 'true or false',
  },
};

/** Checks named in the schema's own words (refine messages), translated. */
const customMessages: Record<string, Record<MessageLanguage, string>> = {
  'ageFrom is after ageTo': { de: 'ageFrom liegt nach ageTo', en: 'ageFrom is after ageTo' },
  'ageMin is after ageMax': { de: 'ageMin liegt nach ageMax', en: 'ageMin is after ageMax' },
  'needs at least one language': { de: 'braucht mindestens eine Sprache', en: 'needs at least one language' },
  'opens and closes at the same time': {
    de: 'öffnet und schließt zur selben Zeit',
    en: 'opens and closes at the same time',
  },
  'validFrom is after validThrough': { de: 'validFrom liegt nach validThrough', en: 'validFrom is after validThrough' },
};

/** What a field of this name must look like, for a value that does not match its pattern. */
function formatWords(field: string, format: string, lang: MessageLanguage): string {
  const de = lang === 'de';
  if (format === 'email') return de ? 'keine gültige E-Mail-Adresse' : 'not a valid email address';
  if (format === 'date' || format === 'datetime') return de ? 'kein Datum (JJJJ-MM-TT)' : 'not a date (YYYY-MM-DD)';
  switch (field) {
    case 'url':
      return de ? 'keine Webadresse (http:// oder https://)' : 'not a web address (http:// or https://)';
    case 'phone':
      return de
        ? 'keine Telefonnummer (Ziffern, Leerzeichen, + ( ) / . -)'
        : 'not a phone number (digits, spaces, + ( ) / . -)';
    case 'postalCode':
      return de ? 'keine Postleitzahl' : 'not a postal code';
    case 'languages':
      return de ? 'kein Sprachcode (z. B. de, tr, de-x-ls)' : 'not a language code (e.g. de, tr, de-x-ls)';
    case 'opens':
      return de ? 'keine Uhrzeit (HH:MM, z. B. 09:00)' : 'not a time (HH:MM, e.g. 09:00)';
    case 'closes':
      return de ? 'keine Uhrzeit (HH:MM, z. B. 17:30, oder 24:00)' : 'not a time (HH:MM, e.g. 17:30, or 24:00)';
    default:
      return de
        ? 'ungültige ID (nur Buchstaben, Ziffern und _ . : -, höchstens 100 Zeichen, ohne Leerzeichen)'
        : 'invalid id (only letters, digits and _ . : -, at most 100 characters, no spaces)';
  }
}

/**
 * What was wrong with a value, from the parser's data. `found` is what the
 * source holds at the path (see `valueAt`), when the caller has the source:
 * it tells a missing field from a wrong one and shows what was written.
 */
export function problemText(
  problem: IssueProblem | undefined,
  path: string,
  lang: MessageLanguage,
  found?: { value: unknown },
): string {
  const de = lang === 'de';
  const field = fieldOf(path);
  const missing = found !== undefined && found.value === undefined;
  const written = found && !missing ? `${showValue(found.value)}: ` : '';
  if (!problem) return de ? 'ungültig' : 'invalid';
  if (missing && (problem.code === 'invalid_type' || problem.code === 'invalid_union'))
    return de ? 'fehlt (Pflichtfeld)' : 'missing (required)';
  switch (problem.code) {
    case 'invalid_type':
      if (missing) return de ? 'fehlt (Pflichtfeld)' : 'missing (required)';
      return de
        ? `${written}${typeWords.de[problem.expected] ?? problem.expected} erwartet`
        : `${written}expected ${typeWords.en[problem.expected] ?? problem.expected}`;
    case 'invalid_value': {
      const allowed = problem.values.map((v) => JSON.stringify(v)).join(', ');
      if (missing) return de ? `fehlt; erlaubt: ${allowed}` : `missing; allowed: ${allowed}`;
      return de
        ? `${written}kein erlaubter Wert (erlaubt: ${allowed})`
        : `${written}not an allowed value (allowed: ${allowed})`;
    }
    case 'invalid_format':
      return `${written}${formatWords(field, problem.format, lang)}`;
    case 'too_small':
      if (problem.origin === 'array')
        return de
          ? `braucht mindestens ${problem.limit} ${problem.limit === 1 ? 'Eintrag' : 'Einträge'}`
          : `needs at least ${problem.limit} ${problem.limit === 1 ? 'entry' : 'entries'}`;
      if (problem.origin === 'string') return de ? 'darf nicht leer sein' : 'must not be empty';
      return de ? `${written}muss mindestens ${problem.limit} sein` : `${written}must be at least ${problem.limit}`;
    case 'too_big':
      if (problem.origin === 'string')
        return de ? `höchstens ${problem.limit} Zeichen` : `at most ${problem.limit} characters`;
      return de ? `${written}darf höchstens ${problem.limit} sein` : `${written}must be at most ${problem.limit}`;
    case 'invalid_union':
      if (field === 'updated') return `${written}${formatWords(field, 'date', lang)}`;
      return de
        ? `${written}Text oder Übersetzungen erwartet ("…" oder {"de": "…", "en": "…"})`
        : `${written}expected a text or translations ("…" or {"de": "…", "en": "…"})`;
    case 'invalid_key':
      return de
        ? 'ungültiger Sprachcode als Schlüssel (z. B. "de", "en")'
        : 'invalid language code as a key (e.g. "de", "en")';
    case 'no_known_milestone':
      return de ? 'kein bekannter Meilenstein' : 'no known milestone';
    case 'custom':
      return customMessages[problem.message]?.[lang] ?? problem.message;
  }
}

/**
 * One parser issue, worded: `unbekannter Meilenstein 'kita2'; der Verweis
 * wird entfernt`. Without the path (callers put it in front).
 */
export function issueMessage(
  issue: CatalogIssue,
  lang: MessageLanguage,
  source?: unknown,
  found: { value: unknown } | undefined = source === undefined ? undefined : { value: valueAt(source, issue.path) },
): string {
  const de = lang === 'de';
  switch (issue.code) {
    case 'unknown-reference': {
      const reference = issue.reference;
      const what = reference ? `${referenceWords[lang][reference.kind]} ${showValue(reference.id)}` : issue.message;
      return `${what}; ${de ? 'der Verweis wird entfernt' : 'the reference is removed'}`;
    }
    case 'duplicate-id':
      return de
        ? `doppelte ID ${showValue(issue.id ?? '')}; nur der erste Eintrag gilt`
        : `duplicate id ${showValue(issue.id ?? '')}; only the first record counts`;
    case 'invalid-record':
    case 'dropped-field': {
      const text = issue.problem ? problemText(issue.problem, issue.path, lang, found) : issue.message;
      const consequence =
        issue.code === 'invalid-record'
          ? de
            ? 'der Eintrag wird übersprungen'
            : 'the record is skipped'
          : de
            ? 'das Feld wird ignoriert'
            : 'the field is ignored';
      return `${text}; ${consequence}`;
    }
  }
}

/** `offers[12].milestones[0]: unbekannter Meilenstein 'kita2'; der Verweis wird entfernt (id 'familienhebammen')`. */
export function issueLine(issue: CatalogIssue, lang: MessageLanguage, source?: unknown): string {
  const id = issue.id && issue.code !== 'duplicate-id' ? ` (id ${showValue(issue.id)})` : '';
  return `${issue.path}: ${issueMessage(issue, lang, source)}${id}`;
}
