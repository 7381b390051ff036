/**
 * What a `<contact-card>` shows, worked out without a DOM: a contact or an
 * organisation from the catalog, or a person from the card's own attributes
 * (checked, since a webmaster types them: no `javascript:` link, no scheme in
 * a phone number), or why there is nothing to show.
 */
import type { LoadedCatalog } from '../../catalog/load.js';
import type { Address, Catalog, OpeningHours, Organization } from '../../catalog/schema.js';
import { idsFromText } from '../../catalog/search-codec.js';
import type { Localization } from '../../i18n/i18n.js';
import { webHref } from '../shared/links.js';

/** What the card shows, from the catalog or from plain attributes. */
export interface CardData {
  kind: 'individual' | 'org';
  name: string;
  role?: string;
  organization?: string;
  /** Titles of the organisation's networks. */
  networks: string[];
  /** As written; a link only when it is a phone number. */
  phone?: string;
  /** As written; a link only when it is an e-mail address. */
  email?: string;
  /** An absolute http(s) URL (checked already). */
  url?: string;
  address?: Partial<Address>;
  hours?: string;
  /** A contact's structured hours (catalog only): "Jetzt geöffnet, bis 12:00". */
  openingHours?: OpeningHours;
  languages: string[];
}

export type View =
  /** Nothing to show yet: loading, failed, or nothing configured. */
  | { state: 'empty'; warning?: string }
  | { state: 'found'; data: CardData }
  /** The id is not in the catalog: a calm message for families, a warning for the webmaster. */
  | { state: 'missing'; warning: string };

/** The card's attributes that say whom it shows without a catalog. */
export interface ContactAttributes {
  name?: string;
  /** `role` is the deprecated name of `jobTitle`. */
  jobTitle?: string;
  role?: string | null;
  organization?: string;
  contact?: string;
  phone?: string;
  email?: string;
  url?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  hours?: string;
  languages?: string;
}

const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** An attribute value worth showing: trimmed, not empty. */
export const filled = (value: string | null | undefined) => value?.trim() || undefined;

/**
 * A phone number or e-mail address typed into an attribute. A leading `tel:`
 * or `mailto:` is forgiven; any other scheme (`javascript:`, `data:`) is not
 * shown at all, not even as text.
 */
function channel(value: string | null | undefined, scheme: 'tel:' | 'mailto:'): string | undefined {
  let text = filled(value);
  if (text?.toLowerCase().startsWith(scheme)) text = filled(text.slice(scheme.length));
  return text && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : undefined;
}

export function viewFromAttributes(card: ContactAttributes, base: string): View {
  const name = filled(card.name);
  const organization = filled(card.organization);
  if (!name && !organization) {
    return {
      state: 'empty',
      warning: filled(card.contact)
        ? `contact="${card.contact}" needs the catalog: set src as well.`
        : 'nothing to show: set src with contact or organization, or at least name.',
    };
  }
  const url = filled(card.url);
  const street = filled(card.street);
  const postalCode = filled(card.postalCode);
  const city = filled(card.city);
  return {
    state: 'found',
    data: {
      kind: name ? 'individual' : 'org',
      name: (name ?? organization)!,
      role: name ? (filled(card.jobTitle) ?? filled(card.role)) : undefined,
      organization: name ? organization : undefined,
      networks: [],
      phone: channel(card.phone, 'tel:'),
      email: channel(card.email, 'mailto:'),
      // `www.example.org` is meant as a website, not as a path on this page.
      url: url && webHref(/^www\./i.test(url) ? `https://${url}` : url, base),
      address: street || postalCode || city ? { street, postalCode, city } : undefined,
      hours: filled(card.hours),
      languages: idsFromText(card.languages).filter((code) => languageTag.test(code)),
    },
  };
}

export function viewFromCatalog(
  loaded: LoadedCatalog,
  ids: { contact?: string; organization?: string },
  l: Localization,
): View {
  const catalog = loaded.catalog;
  const text = l.text;
  const contactId = filled(ids.contact);
  const organizationId = filled(ids.organization);
  if (contactId) {
    const contact = catalog.contacts.find((c) => c.id === contactId);
    if (!contact)
      return { state: 'missing', warning: `the catalog ${loaded.url} has no contact with the id "${contactId}".` };
    const organization = catalog.organizations.find((o) => o.id === contact.organization);
    return {
      state: 'found',
      data: {
        kind: 'individual',
        name: text(contact.name),
        role: text(contact.role),
        organization: text(organization?.name),
        networks: networksOf(catalog, organization, l),
        phone: contact.phone,
        email: contact.email,
        // Where to find a person and their team's website are the organisation's when the person has none.
        url: webHref(contact.url ?? organization?.url),
        address: contact.address ?? organization?.address,
        hours: text(contact.hours),
        openingHours: contact.openingHours,
        languages: contact.languages ?? [],
      },
    };
  }
  if (organizationId) {
    const organization = catalog.organizations.find((o) => o.id === organizationId);
    if (!organization) {
      return {
        state: 'missing',
        warning: `the catalog ${loaded.url} has no organization with the id "${organizationId}".`,
      };
    }
    return {
      state: 'found',
      data: {
        kind: 'org',
        name: text(organization.name),
        networks: networksOf(catalog, organization, l),
        phone: organization.phone,
        email: organization.email,
        url: webHref(organization.url),
        address: organization.address,
        languages: [],
      },
    };
  }
  return {
    state: 'missing',
    warning: 'set contact (a contact id) or organization (an organization id) to choose whom to show.',
  };
}

function networksOf(catalog: Catalog, organization: Organization | undefined, l: Localization): string[] {
  return (organization?.networks ?? [])
    .map((id) => catalog.networks.find((n) => n.id === id))
    .filter((network) => network !== undefined)
    .map((network) => l.text(network.title));
}
