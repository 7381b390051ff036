/**
 * A contact as vCard 4.0 (RFC 6350), made in the browser: no request, no
 * library. Pure functions, so that the exact output is testable.
 *
 * Values are untrusted (plain attributes of `<contact-card>`): text is escaped
 * (RFC 6350 §3.4), control characters are dropped, and phone, e-mail and
 * website only appear when `links.ts` accepts them, so a `javascript:` URL
 * never reaches an address book.
 */
import { mailtoHref, telHref, webHref } from '../shared/links.js';

export interface VCardAddress {
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

export interface VCardContact {
  /** A person (`individual`) or an organisation (`org`). */
  kind: 'individual' | 'org';
  /** The name as written: `Dr. Ute Albers`, `Jugendamt der Stadt Kamen`. */
  name: string;
  /** TITLE: the person's role. */
  role?: string;
  /** ORG: the organisation a person works for (for `kind: 'org'` the name is used). */
  organization?: string;
  /** German or international notation; written as an E.164 `tel:` URI, left out when it is not a number. */
  phone?: string;
  email?: string;
  /** An absolute http(s) URL; anything else is left out. */
  url?: string;
  address?: VCardAddress;
  /** NOTE, e.g. the opening hours. */
  note?: string;
  /** BCP 47 tags of the languages spoken, one LANG each. */
  languages?: readonly string[];
}

const CRLF = '\r\n';
/** RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const maxOctets = 75;
const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Lone surrogates cannot be encoded as UTF-8; replace them like TextEncoder would, but visibly here. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed from vCard values
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Line breaks become `\n`, tabs spaces; other control characters go (a vCard value may not hold them). */
function clean(value: string | undefined): string {
  if (value === undefined) return '';
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(controlCharacters, '')
    .replace(loneSurrogate, '\uFFFD')
    .trim();
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newline are escaped in every text value. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 6350 §3.2: folds a content line after at most 75 octets with CRLF and
 * one space. Never inside a UTF-8 sequence (it counts octets per code point)
 * and, for readers that unfold sloppily, never between a backslash and the
 * character it escapes.
 */
export function foldLine(line: string): string {
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let current = '';
  let size = 0;
  let limit = maxOctets;
  for (const unit of units) {
    let length = 0;
    for (const char of unit) length += octets(char.codePointAt(0)!);
    if (size + length > limit) {
      lines.push(current);
      current = '';
      size = 0;
      // The space that starts a continuation line counts towards its 75 octets.
      limit = maxOctets - 1;
    }
    current += unit;
    size += length;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

export interface NameParts {
  family: string;
  given: string;
  /** Middle names. */
  additional: string[];
  /** Titles before the name: `Dr.`, `Prof.`, `Dipl.-Ing.`. */
  prefixes: string[];
}

/** Lower-case particles that belong to the family name: `Ursula von der Leyen` → `von der Leyen`. */
const particles = new Set([
  'von',
  'vom',
  'van',
  'de',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'zu',
  'zum',
  'zur',
]);

/**
 * Splits a name for the N property. Good enough for the names in a city's
 * catalog, and never loses a word: titles ending in a dot come first
 * (`Dr.`), the last word is the family name with any particles before it,
 * the first remaining word the given name, the rest middle names.
 */
export function splitName(name: string): NameParts {
  const words = clean(name).split(/\s+/).filter(Boolean);
  const prefixes: string[] = [];
  while (words.length > 1 && /\.$/.test(words[0]!)) prefixes.push(words.shift()!);
  const familyWords = words.length ? [words.pop()!] : [];
  while (words.length > 1 && particles.has(words[words.length - 1]!)) familyWords.unshift(words.pop()!);
  const [given = '', ...additional] = words;
  return { family: familyWords.join(' '), given, additional, prefixes };
}

/**
 * A URI value with the characters that RFC 6350 escaping would touch
 * percent-encoded instead: readers disagree on whether URIs are unescaped,
 * and `%2C` means the same to every one of them.
 */
function uriValue(uri: string): string {
  return uri.replace(/[\\,;]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The vCard text: CRLF line endings, folded lines, ending with a line break. */
export function toVCard(contact: VCardContact): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${contact.kind === 'org' ? 'org' : 'individual'}`];
  const name = clean(contact.name);
  const text = (property: string, value: string | undefined) => {
    const cleaned = clean(value);
    if (cleaned) lines.push(`${property}:${escapeText(cleaned)}`);
  };
  const compound = (property: string, components: (string | string[] | undefined)[]) => {
    const values = components.map((component) =>
      Array.isArray(component)
        ? component.map((item) => escapeText(clean(item))).join(',')
        : escapeText(clean(component)),
    );
    lines.push(`${property}:${values.join(';')}`);
  };

  lines.push(`FN:${escapeText(name)}`);
  if (contact.kind === 'org') {
    if (name) compound('ORG', [name]);
  } else {
    const parts = splitName(name);
    compound('N', [parts.family, parts.given, parts.additional, parts.prefixes, '']);
    const organization = clean(contact.organization);
    if (organization) compound('ORG', [organization]);
  }
  text('TITLE', contact.role);

  const tel = telHref(clean(contact.phone));
  if (tel) lines.push(`TEL;VALUE=uri:${tel}`);
  const mailto = mailtoHref(clean(contact.email));
  if (mailto) text('EMAIL', mailto.slice('mailto:'.length));
  const url = webHref(clean(contact.url));
  if (url) lines.push(`URL:${uriValue(url)}`);

  const address = contact.address;
  if (address && [address.street, address.postalCode, address.city].some((part) => clean(part))) {
    // Post office box; extended address; street; locality; region; postal code; country.
    compound('ADR', ['', '', address.street, address.city, '', address.postalCode, address.country]);
  }
  text('NOTE', contact.note);
  for (const language of contact.languages ?? []) {
    if (languageTag.test(language)) lines.push(`LANG:${language}`);
  }
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * A file name for the download: the name without characters that file
 * systems refuse (`/ \ : * ? " < > |`, control characters), at most 80
 * characters, `.vcf` at the end.
 */
export function vcardFilename(name: string, fallback = 'Kontakt'): string {
  const safe = [
    ...clean(name)
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\n]/g, ' ')
      .replace(/\s+/g, ' '),
  ]
    .slice(0, 80)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe || fallback}.vcf`;
}
