/**
 * Web addresses and e-mail addresses as sources write them, into what the
 * catalog accepts (`webUrlSchema`, `emailSchema`, checked with those very
 * schemas): `www.kamen.de` gains its `https://`, `mailto:` and the spam
 * guards of council pages (`info(at)kamen.de`) go. Anything that is not a
 * web link (`javascript:`, `mailto:`, `ftp:`) or not an address is
 * undefined, for the caller to report. No DOM.
 */
import * as z from 'zod/mini';
import { emailSchema, webUrlSchema } from '../../catalog/schema.js';

const scheme = /^([a-z][a-z0-9+.-]*):/i;
/** A host name with a top-level domain of letters, then a path, query or fragment (`kamen.de/kita`, `www.x.org:8080/`). */
const bareHost = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(:\d{1,5})?([/?#]\S*)?$/u;

/**
 * A web link: `www.x.de` → `https://www.x.de`, `x.de/pfad` → `https://x.de/pfad`,
 * `//x.de` → `https://x.de`; `http://` stays (not every server speaks
 * https). Undefined for other schemes, text with spaces, or no host.
 */
export function normalizeUrl(raw: string): string | undefined {
  // Quotes and angle brackets around it, a full stop or comma after it (end of a sentence).
  let text = raw.trim().replace(/^[<"'“„]+|[>"'”.,;:]+$/g, '');
  if (text.startsWith('//')) text = `https:${text}`;
  const written = scheme.exec(text)?.[1];
  if (written && !/^https?$/i.test(written)) {
    // `x.de:8080` is a host with a port, not a scheme.
    if (!bareHost.test(text)) return undefined;
    text = `https://${text}`;
  } else if (written) text = text.replace(scheme, written.toLowerCase() + ':');
  else if (bareHost.test(text)) text = `https://${text}`;
  else return undefined;
  if (!z.safeParse(webUrlSchema, text).success) return undefined;
  try {
    // The URL parser checks the host; a host without a dot (`https://intranet/`) is no address for families.
    // The text is kept as written, not as `href` rewrites it (`https://x.de` → `https://x.de/`).
    return new URL(text).hostname.includes('.') ? text : undefined;
  } catch {
    return undefined;
  }
}

/** `(at)`, `[at]`, `{at}`, `(ät)` and `(dot)`: how council pages hide addresses from harvesters. */
const at = /\s*[([{]\s*(?:at|ät)\s*[)\]}]\s*/gi;
const dot = /\s*[([{]\s*(?:dot|punkt)\s*[)\]}]\s*/gi;

/**
 * An e-mail address: trimmed, without `mailto:` (and its `?subject=`), angle
 * brackets (`Max Muster <max@x.de>` → `max@x.de`) and spam guards
 * (`name(at)example.org`). Undefined if the result is not an address as the
 * catalog takes it.
 */
export function normalizeEmail(raw: string): string | undefined {
  let text = raw.trim();
  const bracketed = /<([^<>]*)>/.exec(text);
  if (bracketed) text = bracketed[1]!.trim();
  text = text
    .replace(/^mailto:/i, '')
    .replace(/\?.*$/, '')
    .replace(at, '@')
    .replace(dot, '.')
    .replace(/[.,;:]+$/, '');
  return z.safeParse(emailSchema, text).success ? text : undefined;
}

/**
 * The addresses in a cell (`info@x.de; kita@x.de`, `Frau Müller: mueller(at)x.de`,
 * one per line), as written, for `normalizeEmail`: words without an `@` or a
 * spam guard are labels and names, left out.
 */
export function splitEmails(cell: string): string[] {
  return cell
    .replace(at, '(at)')
    .split(/[\s,;:/]+/)
    .map((piece) => piece.replace(/^[("'“„]+|[)"'”:.]+$/g, ''))
    .filter((piece) => /@|\((?:at|ät)\)/i.test(piece));
}
