/**
 * Links made from untrusted data. Catalog data is validated already, but
 * `<contact-card>` also takes plain attributes, so every href passes here:
 * only `http(s):`, `mailto:` and `tel:` come out, never `javascript:` or
 * `data:`.
 */
import type { Address } from '../../catalog/schema.js';

/** An absolute http(s) URL, or undefined. Relative URLs resolve against `base` when one is given. */
export function webHref(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim(), base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const emailPattern = /^[^\s@<>()[\]\\,;:"'%?&]+@[^\s@<>()[\]\\,;:"'%?&]+\.[a-z]{2,}$/i;

export function mailtoHref(email: string | undefined): string | undefined {
  return email && emailPattern.test(email.trim()) ? `mailto:${email.trim()}` : undefined;
}

/**
 * A `tel:` link in E.164 (`tel:+4923071480`), read from German notation
 * (`02307 148-0`, `0049 …`, `+49 (0) …`). Undefined when it is not a number.
 */
export function telHref(phone: string | undefined, countryCode = '49'): string | undefined {
  if (!phone || !/^[+0-9][0-9 ()/.-]*$/.test(phone.trim())) return undefined;
  let digits = phone
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[^0-9+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+${countryCode}${digits.slice(1)}`;
  else if (!digits.startsWith('+')) return undefined;
  return /^\+[1-9][0-9]{4,14}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** A plain link to OpenStreetMap: no embedded map, so no request to a third party until the user follows it. */
export function osmHref(address: Address): string {
  if (address.lat !== undefined && address.lon !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${address.lat}&mlon=${address.lon}#map=18/${address.lat}/${address.lon}`;
  }
  const query = `${address.street}, ${address.postalCode} ${address.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
