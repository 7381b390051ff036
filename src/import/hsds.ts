/**
 * Open Referral HSDS 3.0 (Human Services Data Specification) into catalog
 * format v1: services become offers, their organisation and contacts
 * organisations and contacts, the first physical address of their locations
 * the offer's address, `minimum_age`/`maximum_age` its age range, languages
 * BCP 47 tags, accessibility a note, schedules an opening text in German
 * ("Do, Fr 10:00–18:00"), cost options cost and a cost note. Taxonomy terms
 * become milestones and topics through a small mapping file that the city
 * writes, since HSDS knows nothing of the milestones of growing up.
 *
 * Takes what the HSDS API serves: one `service_full` object, an array of
 * them, the paginated list (`{ total_items, …, contents: [...] }`), or an
 * `organization_full` with its `services`. No DOM.
 */
import {
  assemble,
  cleanPhone,
  idPattern,
  issueSeverity,
  languageTag,
  offerPath,
  parseDate,
  slugify,
  type ConversionNote,
} from './convert.js';
import { valueAt } from './messages.js';
import type { Address, Catalog, CatalogInput, Contact, LocalizedText, Offer, OpeningHours, OpeningPeriod, Organization, Weekday } from '../catalog/schema.js';

/** The mapping file: taxonomy terms (by id, code or name) to milestone and topic ids of the base catalog. */
export interface HsdsMapping {
  milestones: Record<string, string[]>;
  topics: Record<string, string[]>;
  /** For services whose terms map to no milestone; without it such services are skipped. */
  defaultMilestones: string[];
  /** For services whose terms map to no topic (optional). */
  defaultTopics: string[];
  /** The language the HSDS texts are written in (`en`): texts become `{ "en": "…" }`. Default: plain texts, taken as German. */
  language?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const ids = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Reads a mapping file; what is wrong in it is reported, the rest used. */
export function parseHsdsMapping(json: unknown): { mapping: HsdsMapping; notes: ConversionNote[] } {
  const notes: ConversionNote[] = [];
  const mapping: HsdsMapping = { milestones: {}, topics: {}, defaultMilestones: [], defaultTopics: [] };
  if (!isObject(json)) {
    notes.push({ severity: 'error', code: 'invalid-mapping', column: '(mapping)' });
    return { mapping, notes };
  }
  for (const key of ['milestones', 'topics'] as const) {
    const value = json[key];
    if (value === undefined) continue;
    if (!isObject(value)) {
      notes.push({ severity: 'error', code: 'invalid-mapping', column: key });
      continue;
    }
    for (const [term, target] of Object.entries(value)) {
      const targets = ids(target);
      if (targets.length === 0) notes.push({ severity: 'warning', code: 'invalid-mapping', column: `${key}.${term}` });
      else mapping[key][term] = targets;
    }
  }
  for (const key of ['defaultMilestones', 'defaultTopics'] as const) {
    if (json[key] === undefined) continue;
    const targets = ids(json[key]);
    if (targets.length === 0) notes.push({ severity: 'warning', code: 'invalid-mapping', column: key });
    mapping[key] = targets;
  }
  const language = json.language;
  if (language !== undefined) {
    const tag = typeof language === 'string' ? languageTag(language) : undefined;
    if (tag) mapping.language = tag;
    else notes.push({ severity: 'warning', code: 'invalid-mapping', column: 'language', value: String(language) });
  }
  return { mapping, notes };
}

export interface HsdsService {
  service: Json;
  /** Where it is in the file: `contents[0]`, `services[2]`, `[1]` or `` for one service. */
  path: string;
  /** The organisation it belongs to when it came inside an `organization_full`. */
  organization?: Json;
}

/** The services of an HSDS document, whichever of the shapes the API serves it in; undefined if it is none of them. */
export function hsdsServices(json: unknown): HsdsService[] | undefined {
  const fromOrganization = (organization: Json, prefix: string) =>
    list(organization.services).map((service, index) => ({ service, path: `${prefix}services[${index}]`, organization }));
  const fromItem = (item: Json, path: string): HsdsService[] =>
    Array.isArray(item.services) && !('service_at_locations' in item) ? fromOrganization(item, `${path}.`) : [{ service: item, path }];
  if (Array.isArray(json)) return json.filter(isObject).flatMap((item, index) => fromItem(item, `[${index}]`));
  if (!isObject(json)) return undefined;
  if (Array.isArray(json.contents)) return list(json.contents).flatMap((item, index) => fromItem(item, `contents[${index}]`));
  if (Array.isArray(json.services)) return fromOrganization(json, '');
  if (typeof json.name === 'string' && typeof json.id === 'string') return [{ service: json, path: '' }];
  return undefined;
}

const weekdays: Record<string, string> = { MO: 'Mo', TU: 'Di', WE: 'Mi', TH: 'Do', FR: 'Fr', SA: 'Sa', SU: 'So' };
const weekOrder = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** `10:00:00` → `10:00`. */
const time = (value: unknown) => {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})/.exec(value.trim()) : null;
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
};

/**
 * `byday: "MO,TU,WE,TH,FR"` → `Mo–Fr`, `"TH,FR"` → `Do, Fr`; an ordinal day of
 * a monthly schedule (`1MO`) → `1. Mo`.
 */
export function germanDays(byday: string): string | undefined {
  const days = byday
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter(Boolean);
  if (days.length === 0) return undefined;
  const plain = days.every((d) => d in weekdays);
  if (!plain) {
    const parts = days.map((d) => /^([+-]?\d{1,2})([A-Z]{2})$/.exec(d)).map((m) => (m && weekdays[m[2]!] ? `${Number(m[1]) < 0 ? 'letzter' : `${Number(m[1])}.`} ${weekdays[m[2]!]}` : undefined));
    return parts.every(Boolean) ? parts.join(', ') : undefined;
  }
  const sorted = [...new Set(days)].sort((a, b) => weekOrder.indexOf(a) - weekOrder.indexOf(b));
  const runs: string[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && weekOrder.indexOf(day) === weekOrder.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${weekdays[run[0]!]}–${weekdays[run.at(-1)!]}` : run.map((d) => weekdays[d]).join(', ')))
    .join(', ');
}

/**
 * Schedules as an opening text: `Do, Fr 10:00–18:00` (German, made here);
 * a schedule without days and times gives its description (in the language
 * of the source), and then `generated` is false.
 */
export function scheduleText(schedules: Json[]): { text: string; generated: boolean } | undefined {
  const parts: string[] = [];
  let generated = true;
  for (const schedule of schedules) {
    const opens = time(schedule.opens_at);
    const closes = time(schedule.closes_at);
    const freq = text(schedule.freq)?.toUpperCase();
    const days = text(schedule.byday) ? germanDays(text(schedule.byday)!) : undefined;
    const hours = opens && closes ? `${opens}–${closes}` : opens ? `ab ${opens}` : closes ? `bis ${closes}` : undefined;
    let part: string | undefined;
    if ((freq === undefined || freq === 'WEEKLY' || freq === 'MONTHLY') && (days || hours)) {
      part = [days, hours].filter(Boolean).join(' ');
      if (freq === 'MONTHLY' && days && !/\d\./.test(days)) part = `monatlich ${part}`;
    } else {
      part = text(schedule.description);
      if (part) generated = false;
    }
    if (part && !parts.includes(part)) parts.push(part);
  }
  return parts.length ? { text: parts.join('; '), generated } : undefined;
}

const catalogWeekdays: Record<string, Weekday> = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' };

/** The date of `2005-01-01` or `2005-01-01T00:00:00Z`. */
const dateOf = (value: unknown) => /^\d{4}-\d{2}-\d{2}/.exec(text(value) ?? '')?.[0];

/**
 * Schedules as structured opening hours, when every one of them is a plain
 * weekly rule with days and both times (`byday: "TH,FR"`, `opens_at`,
 * `closes_at`); `valid_from`/`dtstart` and `valid_to`/`until` limit the
 * dates. Anything else (monthly, every other week, a number of occurrences,
 * only a description) would make "open now" wrong, so then there are none
 * and the text says it alone. Times are taken as local time, as in Kamen.
 */
export function openingHoursFromSchedules(schedules: Json[]): OpeningHours | undefined {
  const hours: OpeningPeriod[] = [];
  for (const schedule of schedules) {
    const freq = text(schedule.freq)?.toUpperCase();
    const days = (text(schedule.byday) ?? '').split(',').map((day) => catalogWeekdays[day.trim().toUpperCase()]);
    const opens = time(schedule.opens_at);
    const closes = time(schedule.closes_at);
    const weekly = (freq === undefined || freq === 'WEEKLY') && (schedule.interval === undefined || schedule.interval === 1) && schedule.count === undefined;
    if (!weekly || !days.every((day) => day !== undefined) || !opens || !closes) return undefined;
    const period: OpeningPeriod = { days: [...new Set(days)], opens, closes };
    const validFrom = [dateOf(schedule.valid_from), dateOf(schedule.dtstart)].filter((d) => d !== undefined).sort().at(-1);
    const validThrough = [dateOf(schedule.valid_to), dateOf(schedule.until)].filter((d) => d !== undefined).sort()[0];
    if (validFrom) period.validFrom = validFrom;
    if (validThrough) period.validThrough = validThrough;
    hours.push(period);
  }
  return hours.length ? hours : undefined;
}

export interface FromHsdsOptions {
  /** The catalog whose milestones, topics and districts the mapping names. */
  base: CatalogInput;
  mapping: HsdsMapping;
  /** Keep the base catalog's offers (services with the same id replace them); default: the services are the offers. */
  keepOffers?: boolean;
  /** Today (YYYY-MM-DD): the catalog's `updated`. */
  today?: string;
}

export interface FromHsdsResult {
  catalog?: Catalog;
  notes: ConversionNote[];
  /** Services in the file. */
  services: number;
  /** Services that became offers of the catalog. */
  converted: number;
}

/** A usable id: HSDS ids (UUIDs) are, others are made into one. */
const safeId = (id: string | undefined, fallback: string) => (id && idPattern.test(id) ? id : slugify(id ?? fallback, fallback));

export function catalogFromHsds(json: unknown, options: FromHsdsOptions): FromHsdsResult {
  const notes: ConversionNote[] = [];
  const services = hsdsServices(json);
  if (!services) {
    notes.push({ severity: 'error', code: 'unreadable' });
    return { notes, services: 0, converted: 0 };
  }
  const { base, mapping } = options;
  const localized = (value: string): LocalizedText => (mapping.language ? { [mapping.language]: value } : value);

  // Mapping targets the base catalog does not have.
  const known = { milestone: new Set((base.milestones ?? []).map((m) => m.id)), topic: new Set((base.topics ?? []).map((t) => t.id)) };
  const checkTargets = (targets: string[], kind: 'milestone' | 'topic', column: string) => {
    for (const target of targets) if (!known[kind].has(target)) notes.push({ severity: 'warning', code: 'unknown-reference', column, value: target, kind });
  };
  for (const [term, targets] of Object.entries(mapping.milestones)) checkTargets(targets, 'milestone', `mapping.milestones.${term}`);
  for (const [term, targets] of Object.entries(mapping.topics)) checkTargets(targets, 'topic', `mapping.topics.${term}`);
  checkTargets(mapping.defaultMilestones, 'milestone', 'mapping.defaultMilestones');
  checkTargets(mapping.defaultTopics, 'topic', 'mapping.defaultTopics');

  const organizations = new Map<string, Organization>();
  const contacts = new Map<string, Contact>();
  const offers: Offer[] = [];
  const recordOfOffer: string[] = [];
  const offerIds = new Set<string>();

  const addOrganization = (source: Json | undefined): string | undefined => {
    const name = source && text(source.name);
    if (!source || !name) return undefined;
    const id = safeId(text(source.id), slugify(name, 'organisation'));
    if (!organizations.has(id)) {
      // Names are the same in every language.
      const organization: Organization = { id, name };
      const url = text(source.website) ?? text(source.url);
      if (url) organization.url = url;
      const email = text(source.email);
      if (email) organization.email = email;
      const phone = cleanPhone(text(list(source.phones)[0]?.number));
      if (phone) organization.phone = phone;
      organizations.set(id, organization);
    }
    return id;
  };

  const addContact = (source: Json, organization: string | undefined): string | undefined => {
    const name = text(source.name) ?? text(source.title) ?? text(source.department);
    if (!name) return undefined;
    const id = safeId(text(source.id), slugify(name, 'kontakt'));
    if (!contacts.has(id)) {
      const contact: Contact = { id, name };
      const role = text(source.name) ? (text(source.title) ?? text(source.department)) : undefined;
      if (role) contact.role = localized(role);
      if (organization) contact.organization = organization;
      const phones = list(source.phones);
      const phone = cleanPhone(text(phones[0]?.number));
      if (phone) contact.phone = phone;
      const email = text(source.email);
      if (email) contact.email = email;
      const languages = [...new Set(phones.flatMap((p) => list(p.languages)).map((l) => languageTag(text(l.code) ?? text(l.name) ?? '')).filter((l): l is string => !!l))];
      if (languages.length) contact.languages = languages;
      contacts.set(id, contact);
    }
    return id;
  };

  services.forEach(({ service, path, organization: parent }, position) => {
    const record = text(service.id) ?? (path || `[${position}]`);
    const note = (severity: ConversionNote['severity'], code: ConversionNote['code'], extra: Partial<ConversionNote> = {}) =>
      notes.push({ severity, code, record, ...extra });

    const name = text(service.name);
    if (!name) {
      note('error', 'missing-value', { column: 'name' });
      return;
    }
    const status = text(service.status)?.toLowerCase();
    if (status && status !== 'active') {
      note('warning', 'inactive', { column: 'status', value: status });
      return;
    }
    const id = safeId(text(service.id), slugify(name));
    if (text(service.id) && id !== text(service.id)) note('warning', 'invalid-id', { column: 'id', value: text(service.id)!, id });
    if (offerIds.has(id)) {
      note('error', 'duplicate-id', { column: 'id', value: id });
      return;
    }

    // Taxonomy terms: through the attributes (HSDS 3.0), by term id, code or name.
    const terms = list(service.attributes).flatMap((attribute) => {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
      return [term?.id, term?.code, term?.name, attribute.taxonomy_term_id].filter((key): key is string => typeof key === 'string' && key !== '');
    });
    const mapped = (table: Record<string, string[]>) => [...new Set(terms.flatMap((term) => (Object.hasOwn(table, term) ? table[term]! : [])))];
    let milestones = mapped(mapping.milestones);
    if (milestones.length === 0) {
      if (mapping.defaultMilestones.length === 0) {
        note('error', 'no-milestone', { column: 'attributes' });
        return;
      }
      milestones = [...mapping.defaultMilestones];
      note('info', 'default-milestones', { column: 'attributes', value: milestones.join(', ') });
    }
    offerIds.add(id);
    const offer: Offer = { id, title: localized(name), milestones };
    const topics = mapped(mapping.topics);
    if (topics.length) offer.topics = topics;
    else if (mapping.defaultTopics.length) offer.topics = [...mapping.defaultTopics];
    const description = text(service.description);
    if (description) offer.description = localized(description);

    for (const [field, key] of [['minimum_age', 'ageMin'], ['maximum_age', 'ageMax']] as const) {
      const age = service[field];
      if (age === undefined || age === null) continue;
      if (typeof age !== 'number' || !Number.isFinite(age) || age < 0) note('warning', 'invalid-value', { column: field, value: String(age), expected: 'age' });
      else if (age > 30) {
        if (key === 'ageMax') note('info', 'age-open-end', { column: field, value: String(age) });
        else note('warning', 'invalid-value', { column: field, value: String(age), expected: 'age' });
      } else offer[key] = age;
    }

    const organizationId = addOrganization(isObject(service.organization) ? service.organization : parent);
    if (organizationId) offer.organization = organizationId;

    const atLocations = list(service.service_at_locations);
    const contactIds = [...list(service.contacts), ...atLocations.flatMap((at) => list(at.contacts))]
      .map((contact) => addContact(contact, organizationId))
      .filter((contactId): contactId is string => !!contactId);
    if (contactIds.length) offer.contacts = [...new Set(contactIds)];

    // The first physical location with an address; a physical address there before a postal one.
    const locations = atLocations.map((at, index) => ({ location: isObject(at.location) ? at.location : undefined, index }));
    const physical = locations.filter(({ location }) => location && (text(location.location_type) ?? 'physical') === 'physical' && list(location.addresses).length);
    const place = physical[0];
    if (place?.location) {
      const addresses = list(place.location.addresses);
      const chosen = addresses.find((a) => text(a.address_type) === 'physical') ?? addresses[0]!;
      const street = [text(chosen.address_1), text(chosen.address_2)].filter(Boolean).join(', ');
      const postalCode = text(chosen.postal_code);
      const city = text(chosen.city);
      const column = `service_at_locations[${place.index}].location.addresses`;
      if (street && postalCode && city) {
        const address: Address = { street, postalCode, city };
        const [lat, lon] = [place.location.latitude, place.location.longitude];
        if (typeof lat === 'number' && typeof lon === 'number') {
          if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) Object.assign(address, { lat, lon });
          else note('warning', 'invalid-value', { column: `service_at_locations[${place.index}].location.latitude`, value: `${lat}, ${lon}`, expected: 'coordinates' });
        }
        offer.address = address;
      } else note('warning', 'incomplete-address', { column });
      const accessibility = list(place.location.accessibility)
        .map((a) => [text(a.description), text(a.details)].filter(Boolean).join(' '))
        .filter(Boolean);
      if (accessibility.length) offer.accessibility = { note: localized(accessibility.join(' ')) };
    }

    const languages = [
      ...new Set(
        list(service.languages)
          .map((language) => languageTag(text(language.code) ?? text(language.name) ?? ''))
          .filter((tag): tag is string => !!tag),
      ),
    ];
    if (languages.length) offer.languages = languages;

    const schedules = list(service.schedules).length
      ? list(service.schedules)
      : atLocations.flatMap((at) => (list(at.schedules).length ? list(at.schedules) : isObject(at.location) ? list(at.location.schedules) : []));
    const schedule = scheduleText(schedules);
    if (schedule) offer.schedule = schedule.generated ? schedule.text : localized(schedule.text);
    const openingHours = openingHoursFromSchedules(schedules);
    if (openingHours) offer.openingHours = openingHours;

    const options = list(service.cost_options);
    const amounts = options.map((o) => o.amount).filter((a): a is number => typeof a === 'number');
    if (amounts.length) offer.cost = amounts.every((a) => a === 0) ? 'free' : 'paid';
    const costTexts = options
      .map((o) => {
        const amount = typeof o.amount === 'number' ? `${o.amount}${text(o.currency) ? ` ${text(o.currency)!.toUpperCase()}` : ''}` : undefined;
        const what = [amount, text(o.amount_description)].filter(Boolean).join(' ');
        return [text(o.option), what].filter(Boolean).join(': ');
      })
      .filter(Boolean);
    const fees = text(service.fees_description);
    if (fees) costTexts.push(fees);
    if (costTexts.length) offer.costNote = localized(costTexts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' '));

    const url = text(service.url);
    if (url) offer.url = url;
    const keywords = [text(service.alternate_name), ...list(service.attributes).map((a) => (isObject(a.taxonomy_term) ? text(a.taxonomy_term.name) : undefined))]
      .filter((k): k is string => !!k);
    if (keywords.length) offer.keywords = [...new Set(keywords)];
    const updated = text(service.last_modified) ? parseDate(text(service.last_modified)!) : undefined;
    if (updated) offer.updated = updated;

    offers.push(offer);
    recordOfOffer.push(record);
  });

  const assembled = assemble({
    base,
    offers,
    organizations: [...organizations.values()],
    contacts: [...contacts.values()],
    keepOffers: options.keepOffers,
    ...(options.today && { today: options.today }),
  });
  for (const issue of assembled.issues) {
    const at = offerPath(issue.path);
    const index = at ? at.index - assembled.firstNew : -1;
    const record = index >= 0 ? recordOfOffer[index] : undefined;
    const value = valueAt(assembled.input, issue.path);
    const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    notes.push({ severity: issueSeverity(issue), code: 'catalog-issue', ...(record && { record }), ...(shown !== undefined && { value: shown }), issue });
  }
  const converted = assembled.catalog.offers.filter((o) => offerIds.has(o.id)).length;
  return { catalog: assembled.catalog, notes, services: services.length, converted };
}
