/**
 * Passing offers on: a link through the share sheet or the clipboard, the
 * saved list as an e-mail, "Fehler melden", and the offers as plain text for
 * the e-mail and the printed page. The mapping for print lives here, not in
 * print.ts, since print.ts is a chunk loaded on a click that must import
 * nothing from the bundle (vite.config.ts); it gets the offers ready-made.
 */
import type { LoadedCatalog } from '../../catalog/load.js';
import type { Address, Catalog, Contact, Offer } from '../../catalog/schema.js';
import { textBlocks } from '../../catalog/text-blocks.js';
import type { Translation } from '../../i18n/de.js';
import type { Localization } from '../../i18n/i18n.js';
import { mailtoHref, webHref } from '../shared/links.js';
import { openingPeriodLines, updatedText } from '../shared/opening-hours.js';
import type { PrintedOffer, PrintedPage } from './print.js';

/**
 * - `shared`: the system's share sheet took the link (it gives its own feedback);
 * - `cancelled`: the reader closed the share sheet;
 * - `copied`: the link is on the clipboard;
 * - `failed`: neither worked, the caller shows the link to copy by hand.
 */
export type ShareResult = 'shared' | 'cancelled' | 'copied' | 'failed';

/**
 * Shares a link the way the device offers: the system's share sheet where
 * there is one (phones, tablets, some desktops), else the clipboard. Call it
 * from a click: both need the reader's activation.
 */
export async function shareLink(data: { title: string; url: string }): Promise<ShareResult> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (a frame without the web-share permission) and the like: try the clipboard.
    }
  }
  try {
    // Missing outside secure contexts (http:), which throws here too.
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** An offer in the e-mail: its texts already in the reader's language. */
export interface MailedOffer {
  title: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface MailedList {
  subject: string;
  /** The lines above the offers: the list's name, the catalog's date. */
  intro: string[];
  offers: MailedOffer[];
  /** The link that opens the whole list, where the page can make one. */
  listUrl?: string;
}

/**
 * Mail programs and browsers cut `mailto:` links somewhere above 2,000
 * characters (older Outlook and Internet Explorer at 2,083), so the link stays
 * below this, encoded.
 */
export const maxMailtoLength = 1800;

/**
 * A `mailto:` link without recipient whose body lists the offers in plain
 * text. Offers that do not fit are left out, with a note and the link to the
 * whole list.
 */
export function mailtoList(list: MailedList, s: Translation, maxLength = maxMailtoLength): string {
  const blocks = list.offers.map((offer, i) =>
    [
      `${i + 1}. ${offer.title}`,
      offer.phone && `${s.phone}: ${offer.phone}`,
      offer.email && `${s.email}: ${offer.email}`,
      offer.address && `${s.address}: ${offer.address}`,
    ]
      .filter(Boolean)
      .join('\r\n'),
  );
  const href = (count: number) => {
    const shortened = count < blocks.length;
    const ending = [shortened ? s.mailShortened : '', list.listUrl ? `${s.wholeList}: ${list.listUrl}` : '']
      .filter(Boolean)
      .join('\r\n');
    const body = [list.intro.join('\r\n'), ...blocks.slice(0, count), ending].filter(Boolean).join('\r\n\r\n');
    // RFC 6068: line breaks as CRLF, everything percent-encoded.
    return `mailto:?subject=${encodeURIComponent(list.subject)}&body=${encodeURIComponent(body)}`;
  };
  let count = blocks.length;
  while (count > 0 && href(count).length > maxLength) count--;
  return href(count);
}

/**
 * "Fehler melden": an e-mail to `address` about one offer, with its title
 * and id in the subject and the text, and the link that opens it. No backend:
 * the reader's own mail program sends it.
 */
export function reportHref(
  address: string | undefined,
  offer: { id: string; title: string },
  link: string,
  s: Translation,
): string | undefined {
  const mailto = mailtoHref(address);
  if (!mailto) return undefined;
  const subject = s.reportSubject(offer.title, offer.id);
  const body = s.reportBody(offer.title, offer.id, link).replace(/\n/g, '\r\n');
  return `${mailto}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The offer's contacts that the catalog has, in the offer's order. */
export const contactsOf = (catalog: Catalog, offer: Offer): Contact[] =>
  (offer.contacts ?? []).map((id) => catalog.contacts.find((c) => c.id === id)).filter((c): c is Contact => !!c);

/** The organisation of an offer, and where the offer is: its own address, else the organisation's, on one line. */
function providerOf(catalog: Catalog, offer: Offer) {
  const organization = catalog.organizations.find((o) => o.id === offer.organization);
  const address: Address | undefined = offer.address ?? organization?.address;
  return { organization, address: address && `${address.street}, ${address.postalCode} ${address.city}` };
}

/** The printed page of `offers` under `heading`, with the catalog's date and the link back to them (`viewUrl`). */
export function printedPage(
  { catalog, loadedAt }: LoadedCatalog,
  offers: readonly Offer[],
  { heading, viewUrl }: { heading: string; viewUrl: string },
  l: Localization,
  today: string,
  staleAfter: number,
): PrintedPage {
  const catalogTitle = l.text(catalog.title);
  return {
    lang: l.language,
    dir: l.dir,
    heading,
    catalogTitle: catalogTitle === heading ? undefined : catalogTitle,
    dataDate: l.date(catalog.updated ?? loadedAt),
    viewUrl,
    offers: offers.map((offer) => printedOffer(catalog, offer, l, today, staleAfter)),
  };
}

/** An offer as the printed page shows it, its texts in the reader's language. */
function printedOffer(
  catalog: Catalog,
  offer: Offer,
  l: Localization,
  today: string,
  staleAfter: number,
): PrintedOffer {
  const text = l.text;
  const { organization, address } = providerOf(catalog, offer);
  return {
    title: text(offer.title),
    provider: text(organization?.name),
    summary: text(offer.summary),
    description: textBlocks(text(offer.description) ?? ''),
    schedule: text(offer.schedule),
    openingHours: offer.openingHours && openingPeriodLines(offer.openingHours, l),
    updated: updatedText(offer.updated, today, staleAfter, l)?.text,
    address,
    website: webHref(offer.url),
    contacts: contactsOf(catalog, offer).map((contact) => ({
      name: text(contact.name),
      role: text(contact.role),
      phone: contact.phone,
      email: contact.email,
      hours: text(contact.hours),
    })),
  };
}

/** "Per E-Mail senden": the saved offers as plain text, with the first phone number and address to reach each. */
export function savedListMailto(
  { catalog, loadedAt }: LoadedCatalog,
  offers: Offer[],
  listUrl: string | undefined,
  l: Localization,
): string {
  const s = l.strings;
  const catalogTitle = l.text(catalog.title);
  const name = catalogTitle ? `${s.savedList}: ${catalogTitle}` : s.savedList;
  const mailed = offers.map((offer): MailedOffer => {
    const contacts = contactsOf(catalog, offer);
    const { organization, address } = providerOf(catalog, offer);
    return {
      title: l.text(offer.title),
      phone: contacts.find((c) => c.phone)?.phone ?? organization?.phone,
      email: contacts.find((c) => c.email)?.email ?? organization?.email,
      address,
    };
  });
  return mailtoList(
    { subject: name, intro: [name, `${s.dataDate}: ${l.date(catalog.updated ?? loadedAt)}`], offers: mailed, listUrl },
    s,
  );
}
