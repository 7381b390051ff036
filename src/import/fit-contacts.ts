/**
 * Who families reach: providers and contacts. Phones and e-mails at every
 * level of a source (service, location, contact, organisation) become
 * catalog contacts or the provider's own, in international notation, since
 * a catalog offer has no phone of its own: the card shows its contacts.
 * Providers and contacts that the base catalog has are found by id or name;
 * new ones are added once, however many offers name them.
 */
import type { Contact, LocalizedText, Organization } from '../catalog/schema.js';
import { phoneSchema } from '../catalog/schema.js';
import { idPattern } from '../catalog/ids.js';
import { allTexts, RecordIndex, slugify } from './references.js';
import type { Draft, DraftContact, DraftOrganization, Place } from './draft.js';
import { noteOn, placeOf, type FitContext, type Where } from './fit-context.js';
import { fitAddress, fitLanguages, fitText, fitUrl } from './fit-values.js';
import { normalizeEmail, splitEmails } from './normalize/contact.js';
import { normalizePhone, splitPhones } from './normalize/phone.js';

export interface CallableNumber {
  phone: string;
  label?: 'mobile' | 'phone';
}

/** Country of a draft's numbers: its address's, when it names one, else the run's. */
function countryOf(context: FitContext, draft: Draft): string {
  const written = draft.address?.country?.trim().toUpperCase();
  if (written && /^[A-Z]{2}$/.test(written)) return written === 'UK' ? 'GB' : written;
  return context.country;
}

/** Cells of phone numbers to numbers families can call; fax numbers are left out, unknown ones reported. */
export function fitPhones(context: FitContext, draft: Draft, cells: string[], field: Where): CallableNumber[] {
  const numbers: CallableNumber[] = [];
  for (const cell of cells) {
    for (const { number, label } of splitPhones(cell)) {
      if (label === 'fax') {
        noteOn(context, draft, field, 'info', 'fax-left-out', { value: number });
        continue;
      }
      const result = normalizePhone(number, countryOf(context, draft) as Parameters<typeof normalizePhone>[1]);
      let phone: string | undefined;
      if ('phone' in result) phone = result.phone;
      else if (phoneSchema.safeParse(number.trim()).success) {
        // Short service numbers (116 111) and numbers of plans the library lacks: callable as written.
        phone = number.trim();
        noteOn(context, draft, field, 'warning', 'phone-unchecked', { value: number });
      } else noteOn(context, draft, field, 'warning', 'invalid-value', { value: number, expected: 'phone' });
      if (phone && !numbers.some((n) => n.phone === phone))
        numbers.push({ phone, ...(label === 'mobile' && { label }) });
    }
  }
  return numbers;
}

export function fitEmails(context: FitContext, draft: Draft, cells: string[], field: Where): string[] {
  const emails: string[] = [];
  for (const written of cells.flatMap(splitEmails)) {
    const email = normalizeEmail(written);
    if (!email) noteOn(context, draft, field, 'warning', 'invalid-value', { value: written, expected: 'email' });
    else if (!emails.includes(email)) emails.push(email);
  }
  return emails;
}

/** A unique id: the source's own when it is one, else made from a name. */
function uniqueId(
  taken: (id: string) => boolean,
  sourceId: string | undefined,
  name: string,
  fallback: string,
): string {
  const start = sourceId && idPattern.test(sourceId) ? sourceId : slugify(sourceId ?? name, fallback);
  let id = start;
  for (let n = 2; taken(id); n++) id = `${start.slice(0, 95)}-${n}`;
  return id;
}

/** Providers and contacts of a whole import: the base catalog's, then the ones added. */
export class People {
  readonly organizations: Organization[] = [];
  readonly contacts: Contact[] = [];
  /** Where each added provider or contact came from, for the parser's findings about them. */
  readonly places = new Map<string, Place>();
  private readonly organizationBySource = new Map<string, string>();
  private readonly contactBySource = new Map<string, string>();

  constructor(private readonly context: FitContext) {
    this.organizationIndex = new RecordIndex(context.base.organizations);
    this.contactIndex = new RecordIndex(context.base.contacts);
  }

  private readonly organizationIndex: RecordIndex;
  private readonly contactIndex: RecordIndex;

  /** The provider's id: found in the base catalog or among the added, else added. */
  organization(draft: Draft, source: DraftOrganization): string {
    const known = this.organizationBySource.get(source.id ?? `name:${source.name.toLowerCase()}`);
    if (known) return known;
    const resolved =
      (source.id && this.organizationIndex.resolve(source.id)) || this.organizationIndex.resolve(source.name);
    if (resolved) {
      if (resolved.byTitle && this.context.base.organizations?.some((o) => o.id === resolved.id)) {
        noteOn(this.context, draft, 'organization', 'info', 'matched-title', {
          value: source.name,
          id: resolved.id,
          kind: 'organization',
        });
      }
      return resolved.id;
    }
    const id = uniqueId((id) => this.organizationIndex.has(id), source.id, source.name, 'traeger');
    const organization: Organization = { id, name: source.name };
    const url = fitUrl(this.context, draft, source.url, 'organization');
    if (url) organization.url = url;
    const [email] = fitEmails(this.context, draft, source.emails, 'organization');
    if (email) organization.email = email;
    const [phone] = fitPhones(this.context, draft, source.phones, 'organization');
    if (phone) organization.phone = phone.phone;
    const address = fitAddress(this.context, draft, source.address, 'organization');
    if (address) organization.address = address;
    this.organizations.push(organization);
    this.organizationIndex.add(organization);
    this.places.set(`organizations:${id}`, placeOf(draft, 'organization'));
    this.organizationBySource.set(source.id ?? `name:${source.name.toLowerCase()}`, id);
    noteOn(this.context, draft, 'organization', 'info', 'new-organization', { value: source.name, id });
    return id;
  }

  /** Contacts of the base catalog named in a `kontakte` column. */
  references(draft: Draft): string[] {
    const ids: string[] = [];
    for (const value of draft.contactRefs) {
      const resolved = this.contactIndex.resolve(value);
      if (!resolved)
        noteOn(this.context, draft, 'contacts', 'warning', 'unknown-reference', { value, kind: 'contact' });
      else if (!ids.includes(resolved.id)) ids.push(resolved.id);
    }
    return ids;
  }

  /**
   * A contact from the source, or from the service's own phones and e-mails
   * (named like the offer). A contact has one phone: further numbers become
   * contacts of their own (`Mobil`), so none is lost.
   */
  contact(
    draft: Draft,
    source: DraftContact,
    fallbackName: LocalizedText,
    organization: string | undefined,
    known: string[] = [],
  ): string[] {
    const key = source.id ? `id:${source.id}` : undefined;
    // Notes point at the contact in the record (`contacts[1]`, a column), else at the record's phones.
    const field: Where = source.from ? { column: source.from } : 'phones';
    if (key && this.contactBySource.has(key)) return [this.contactBySource.get(key)!];
    // A number or address the offer's named contacts already have is not repeated as a contact of its own.
    const reached = new Set(this.contacts.filter((c) => known.includes(c.id)).flatMap((c) => [c.phone, c.email]));
    const phones = fitPhones(this.context, draft, source.phones, field).filter((p) => !reached.has(p.phone));
    const emails = fitEmails(this.context, draft, source.emails, field).filter((e) => !reached.has(e));
    const name = (source.name && fitText(this.context, draft, field, source.name)) || fallbackName;
    if (!source.name && !phones.length && !emails.length) return [];
    const baseName = allTexts(name)[0] ?? 'kontakt';
    const ids: string[] = [];
    const count = Math.max(1, phones.length);
    for (let index = 0; index < count; index++) {
      const phone = phones[index];
      const id = uniqueId(
        (id) => this.contactIndex.has(id),
        index === 0 ? source.id : undefined,
        index === 0 ? baseName : `${baseName} ${index + 1}`,
        'kontakt',
      );
      const contact: Contact = { id, name };
      const role = source.role && fitText(this.context, draft, field, source.role);
      if (role) contact.role = role;
      else if (phone?.label === 'mobile') contact.role = 'Mobil';
      if (organization) contact.organization = organization;
      if (phone) contact.phone = phone.phone;
      if (index === 0) {
        if (emails[0]) contact.email = emails[0];
        const url = fitUrl(this.context, draft, source.url, field);
        if (url) contact.url = url;
        const languages = fitLanguages(this.context, draft, source.languages, field);
        if (languages.length) contact.languages = languages;
        const hours = fitText(this.context, draft, field, source.hours);
        if (hours) contact.hours = hours;
      }
      this.contacts.push(contact);
      this.contactIndex.add(contact);
      this.places.set(`contacts:${id}`, placeOf(draft, field));
      ids.push(id);
    }
    // Further e-mail addresses: one contact each, so none is lost.
    for (const email of emails.slice(1)) {
      const id = uniqueId((id) => this.contactIndex.has(id), undefined, `${baseName} ${email}`, 'kontakt');
      const contact: Contact = { id, name, email, ...(organization && { organization }) };
      this.contacts.push(contact);
      this.contactIndex.add(contact);
      ids.push(id);
    }
    if (key) this.contactBySource.set(key, ids[0]!);
    return ids;
  }
}
