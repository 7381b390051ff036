/**
 * Values in the form HSDS 3.0 asks for: UUIDs that a re-export repeats,
 * RFC 3986 URIs, date-times, and objects without empty fields.
 */
import { v5 } from 'uuid';

/**
 * A UUID v5 of `offer-finder:<kind>:<keys joined by "/">`, so that every
 * export of a catalog gives a record the same id. Catalog ids cannot hold
 * `/`, so the joined keys never collide. The name reads as a URI, hence the
 * URL namespace of RFC 4122.
 */
export const hsdsId = (kind: string, ...keys: string[]): string => v5(`offer-finder:${kind}:${keys.join('/')}`, v5.URL);

/** What RFC 3986 allows in a path, query or fragment, apart from `%`; the rest is percent-encoded. */
const notInUri = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g;
const percentEncode = (part: string) =>
  part.replace(notInUri, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * A link as HSDS's `format: uri` (RFC 3986) takes it. Catalog links are what
 * browsers accept (`…/beratung-für-eltern`): the WHATWG URL parser encodes
 * non-ASCII and the host; what it leaves (`|`, `^`, `[` in the path, a stray
 * `%`, a second `#`) is encoded here. Undefined for anything but an http(s)
 * URL (the catalog's pattern lets `https://[x` pass).
 */
export function uri(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const { href, protocol } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:') return undefined;
  // http(s) URLs always have a path, and the authority holds no `/`.
  const pathStart = href.indexOf('/', protocol.length + 2);
  const [path = '', ...fragment] = href.slice(pathStart).split('#');
  return (
    href.slice(0, pathStart) + percentEncode(path) + (fragment.length ? `#${percentEncode(fragment.join('#'))}` : '')
  );
}

/** `2026-03-02` → `2026-03-02T00:00:00Z` (HSDS's `last_modified` is a date-time); a date-time stays as it is. */
export const dateTime = (value: string): string => (value.length === 10 ? `${value}T00:00:00Z` : value);

/** The date of a date or date-time, as written (`2026-03-02T09:00:00+01:00` → `2026-03-02`). */
export const dateOf = (value: string): string => value.slice(0, 10);

/** Each once: a catalog may name an id twice in a list, HSDS ids must be unique. */
export const unique = <T>(values: readonly T[] = []): T[] => [...new Set(values)];

/** `value` without the fields that are undefined, empty strings or empty arrays: HSDS leaves a field out rather than empty. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
