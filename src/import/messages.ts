/**
 * Messages for data maintainers, in German and English: the parser's issues
 * (`CatalogIssue`, worded from its `code`, `problem` and `reference`, not
 * from its English `message`) and the reports of the imports
 * (`ConversionNote`). Used by the command line; no DOM.
 */
import type { CatalogIssue, IssueProblem, ReferenceKind } from '../catalog/parse.js';
import type { ConversionNote, NoteSeverity, ValueKind } from './convert.js';

export type MessageLanguage = 'de' | 'en';

/** A value as it appears in a message: strings quoted and cut to a readable length. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
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

const referenceWords: Record<MessageLanguage, Record<ReferenceKind, string>> = {
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

const kindWords: Record<MessageLanguage, Record<ReferenceKind, string>> = {
  de: { milestone: 'Meilenstein', topic: 'Thema', district: 'Stadtteil', network: 'Netzwerk', organization: 'Organisation', contact: 'Kontakt' },
  en: { milestone: 'milestone', topic: 'topic', district: 'district', network: 'network', organization: 'organisation', contact: 'contact' },
};

const typeWords: Record<MessageLanguage, Record<string, string>> = {
  de: { string: 'Text', number: 'Zahl', array: 'Liste', object: 'Objekt', record: 'Objekt', boolean: 'true oder false' },
  en: { string: 'a text', number: 'a number', array: 'a list', object: 'an object', record: 'an object', boolean: 'true or false' },
};

/** Checks named in the schema's own words (refine messages), translated. */
const customMessages: Record<string, Record<MessageLanguage, string>> = {
  'ageFrom is after ageTo': { de: 'ageFrom liegt nach ageTo', en: 'ageFrom is after ageTo' },
  'ageMin is after ageMax': { de: 'ageMin liegt nach ageMax', en: 'ageMin is after ageMax' },
  'needs at least one language': { de: 'braucht mindestens eine Sprache', en: 'needs at least one language' },
  'opens and closes at the same time': { de: 'öffnet und schließt zur selben Zeit', en: 'opens and closes at the same time' },
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
      return de ? 'keine Telefonnummer (Ziffern, Leerzeichen, + ( ) / . -)' : 'not a phone number (digits, spaces, + ( ) / . -)';
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
export function problemText(problem: IssueProblem | undefined, path: string, lang: MessageLanguage, found?: { value: unknown }): string {
  const de = lang === 'de';
  const field = fieldOf(path);
  const missing = found !== undefined && found.value === undefined;
  const written = found && !missing ? `${showValue(found.value)}: ` : '';
  if (!problem) return de ? 'ungültig' : 'invalid';
  if (missing && (problem.code === 'invalid_type' || problem.code === 'invalid_union')) return de ? 'fehlt (Pflichtfeld)' : 'missing (required)';
  switch (problem.code) {
    case 'invalid_type':
      if (missing) return de ? 'fehlt (Pflichtfeld)' : 'missing (required)';
      return de ? `${written}${typeWords.de[problem.expected] ?? problem.expected} erwartet` : `${written}expected ${typeWords.en[problem.expected] ?? problem.expected}`;
    case 'invalid_value': {
      const allowed = problem.values.map((v) => JSON.stringify(v)).join(', ');
      if (missing) return de ? `fehlt; erlaubt: ${allowed}` : `missing; allowed: ${allowed}`;
      return de ? `${written}kein erlaubter Wert (erlaubt: ${allowed})` : `${written}not an allowed value (allowed: ${allowed})`;
    }
    case 'invalid_format':
      return `${written}${formatWords(field, problem.format, lang)}`;
    case 'too_small':
      if (problem.origin === 'array') return de ? `braucht mindestens ${problem.limit} ${problem.limit === 1 ? 'Eintrag' : 'Einträge'}` : `needs at least ${problem.limit} ${problem.limit === 1 ? 'entry' : 'entries'}`;
      if (problem.origin === 'string') return de ? 'darf nicht leer sein' : 'must not be empty';
      return de ? `${written}muss mindestens ${problem.limit} sein` : `${written}must be at least ${problem.limit}`;
    case 'too_big':
      if (problem.origin === 'string') return de ? `höchstens ${problem.limit} Zeichen` : `at most ${problem.limit} characters`;
      return de ? `${written}darf höchstens ${problem.limit} sein` : `${written}must be at most ${problem.limit}`;
    case 'invalid_union':
      if (field === 'updated') return `${written}${formatWords(field, 'date', lang)}`;
      return de
        ? `${written}Text oder Übersetzungen erwartet ("…" oder {"de": "…", "en": "…"})`
        : `${written}expected a text or translations ("…" or {"de": "…", "en": "…"})`;
    case 'invalid_key':
      return de ? 'ungültiger Sprachcode als Schlüssel (z. B. "de", "en")' : 'invalid language code as a key (e.g. "de", "en")';
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
      return de ? `doppelte ID ${showValue(issue.id ?? '')}; nur der erste Eintrag gilt` : `duplicate id ${showValue(issue.id ?? '')}; only the first record counts`;
    case 'invalid-record':
    case 'dropped-field': {
      const text = issue.problem ? problemText(issue.problem, issue.path, lang, found) : issue.message;
      const consequence =
        issue.code === 'invalid-record'
          ? de ? 'der Eintrag wird übersprungen' : 'the record is skipped'
          : de ? 'das Feld wird ignoriert' : 'the field is ignored';
      return `${text}; ${consequence}`;
    }
  }
}

/** `offers[12].milestones[0]: unbekannter Meilenstein 'kita2'; der Verweis wird entfernt (id 'familienhebammen')`. */
export function issueLine(issue: CatalogIssue, lang: MessageLanguage, source?: unknown): string {
  const id = issue.id && issue.code !== 'duplicate-id' ? ` (id ${showValue(issue.id)})` : '';
  return `${issue.path}: ${issueMessage(issue, lang, source)}${id}`;
}

export const severityWords: Record<MessageLanguage, Record<NoteSeverity, string>> = {
  de: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

const valueKindWords: Record<MessageLanguage, Record<ValueKind, string>> = {
  de: {
    number: 'keine Zahl',
    age: 'kein Alter zwischen -1 und 30 Jahren',
    cost: 'keine Kostenangabe (kostenlos, ermäßigt, kostenpflichtig)',
    'yes-no': 'weder ja noch nein',
    date: 'kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)',
    language: 'kein Sprachcode (z. B. de, tr) und keine bekannte Sprache',
    coordinates: 'keine gültigen Koordinaten',
    phone: 'keine Telefonnummer',
  },
  en: {
    number: 'not a number',
    age: 'not an age between -1 and 30 years',
    cost: 'not a cost (free, reduced, paid)',
    'yes-no': 'neither yes nor no',
    date: 'not a date (YYYY-MM-DD or DD.MM.YYYY)',
    language: 'not a language code (e.g. de, tr) nor a known language',
    coordinates: 'not valid coordinates',
    phone: 'not a phone number',
  },
};

/** Where a note is: `Zeile 5, Spalte meilensteine` or `Dienst ac148810-…, Feld minimum_age`. */
export function noteLocation(note: ConversionNote, lang: MessageLanguage): string {
  const de = lang === 'de';
  const parts: string[] = [];
  if (note.row !== undefined) parts.push(de ? `Zeile ${note.row}` : `row ${note.row}`);
  if (note.record !== undefined) parts.push(de ? `Dienst ${note.record}` : `service ${note.record}`);
  if (note.column !== undefined) {
    const inCsv = note.row !== undefined;
    parts.push(de ? `${inCsv ? 'Spalte' : 'Feld'} ${note.column}` : `${inCsv ? 'column' : 'field'} ${note.column}`);
  }
  if (parts.length === 0 && note.issue) parts.push(note.issue.path);
  return parts.join(', ');
}

/** A note of an import, worded (without its location; see `noteLine`). */
export function noteMessage(note: ConversionNote, lang: MessageLanguage): string {
  const de = lang === 'de';
  const value = showValue(note.value ?? '');
  const id = showValue(note.id ?? '');
  const unit = note.row !== undefined ? (de ? 'die Zeile' : 'the row') : de ? 'der Dienst' : 'the service';
  const skipped = de ? `${unit} wird übersprungen` : `${unit} is skipped`;
  const left = de ? 'wird weggelassen' : 'left out';
  switch (note.code) {
    case 'unreadable':
      return de
        ? 'kein HSDS 3.0: erwartet wird ein service_full-Objekt, eine Liste davon, eine Seite der HSDS-API ({"contents": […]}) oder ein organization_full mit services'
        : 'not HSDS 3.0: expected a service_full object, an array of them, a page of the HSDS API ({"contents": […]}) or an organization_full with services';
    case 'unclosed-quote':
      return de
        ? `ein Feld in Anführungszeichen wird nie geschlossen (es beginnt in Zeile ${note.value} der Datei); die Datei kann nicht gelesen werden`
        : `a quoted field is never closed (it starts on line ${note.value} of the file); the file cannot be read`;
    case 'stray-quote':
      return de ? 'Anführungszeichen mitten in einem Feld; übernommen, wie es dasteht' : 'a quote inside an unquoted field; kept as written';
    case 'text-after-quote':
      return de ? 'Text nach dem schließenden Anführungszeichen; übernommen' : 'text after a closing quote; kept';
    case 'missing-column':
      return de ? `die Pflichtspalte '${note.column}' fehlt; die Datei kann nicht umgewandelt werden` : `the required column '${note.column}' is missing; the file cannot be converted`;
    case 'unknown-column':
      return de ? 'unbekannte Spalte; sie wird nicht gelesen' : 'unknown column; it is not read';
    case 'duplicate-column':
      return de ? 'die Spalte kommt doppelt vor; gelesen wird nur die erste' : 'the column occurs twice; only the first is read';
    case 'missing-value':
      return de ? `Pflichtfeld ist leer; ${skipped}` : `required value is empty; ${skipped}`;
    case 'unknown-reference': {
      const what = note.kind ? `${referenceWords[lang][note.kind]} ${value}` : value;
      return note.column?.startsWith('mapping.')
        ? de ? `${what}: nicht im Basiskatalog` : `${what}: not in the base catalog`
        : `${what}; ${left}`;
    }
    case 'matched-title':
      return de
        ? `${value} als ${note.kind ? kindWords.de[note.kind] : 'ID'} ${id} erkannt`
        : `${value} taken as ${note.kind ? kindWords.en[note.kind] : 'id'} ${id}`;
    case 'new-organization':
      return de ? `Träger ${value} ist nicht im Basiskatalog; neu angelegt als ${id}` : `provider ${value} is not in the base catalog; added as ${id}`;
    case 'invalid-value':
      return `${value}: ${valueKindWords[lang][note.expected ?? 'number']}; ${left}`;
    case 'incomplete-address':
      return de ? `Adresse unvollständig (Straße, PLZ und Ort gehören zusammen); ${left}` : `incomplete address (street, postal code and city belong together); ${left}`;
    case 'generated-id':
      return de ? `keine ID; aus dem Titel gebildet: ${id}` : `no id; made from the title: ${id}`;
    case 'invalid-id':
      return de ? `ID ${value} hat unerlaubte Zeichen; verwendet wird ${id}` : `id ${value} has characters ids may not have; using ${id}`;
    case 'duplicate-id':
      return de ? `ID ${value} kam schon vor; ${skipped}` : `id ${value} occurred before; ${skipped}`;
    case 'no-milestone':
      if (note.row !== undefined) return de ? `kein bekannter Meilenstein in ${value}; ${skipped}` : `no known milestone in ${value}; ${skipped}`;
      return de
        ? `kein Taxonomie-Begriff ist einem Meilenstein zugeordnet, und die Zuordnungsdatei nennt keine defaultMilestones; ${skipped}`
        : `no taxonomy term maps to a milestone, and the mapping file has no defaultMilestones; ${skipped}`;
    case 'default-milestones':
      return de
        ? `kein Taxonomie-Begriff ist einem Meilenstein zugeordnet; verwendet werden die defaultMilestones (${note.value})`
        : `no taxonomy term maps to a milestone; using defaultMilestones (${note.value})`;
    case 'inactive':
      return de ? `Status ${value}; ${skipped}` : `status ${value}; ${skipped}`;
    case 'age-open-end':
      return de ? `Höchstalter ${note.value}: im Katalog ohne Obergrenze` : `maximum age ${note.value}: no upper limit in the catalog`;
    case 'invalid-mapping':
      return de ? 'Zuordnungsdatei: hat nicht die erwartete Form; wird nicht verwendet' : 'mapping file: not of the expected form; not used';
    case 'catalog-issue': {
      const issue = note.issue!;
      const message = issueMessage(issue, lang, undefined, note.value === undefined ? undefined : { value: note.value });
      // In a row the column says where; for a service, the catalog field; outside both, the location is the path.
      if (note.row !== undefined || note.record === undefined) return message;
      const field = issue.path.replace(/^offers\[\d+\]\.?/, '');
      return field && !note.column ? `${field}: ${message}` : message;
    }
  }
}

/** `Warnung – Zeile 5, Spalte themen: unbekanntes Thema 'Sprachförderung'; wird weggelassen`. */
export function noteLine(note: ConversionNote, lang: MessageLanguage): string {
  const location = noteLocation(note, lang);
  return `${severityWords[lang][note.severity]}${location ? ` – ${location}` : ''}: ${noteMessage(note, lang)}`;
}
