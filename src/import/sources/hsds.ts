/**
 * Open Referral into drafts: HSDS 3.0 (`service_full`, lists of them, the
 * API's page `{contents}`, `organization_full`), HSDS 1.x/2.0 and Open
 * Referral UK 1.0 (`regular_schedules`, `service_taxonomys`,
 * `physical_addresses`, `eligibilitys`, `languages[].language`, the paged
 * `{content, totalElements}`). The versions name the same things
 * differently; each is read where it is, and every field of a service that
 * has no place in the catalog is named in the report (`unused-field`).
 */
import type { LocalizedText } from '../../catalog/schema.js';
import {
  newDraft,
  type Draft,
  type DraftAddress,
  type DraftContact,
  type DraftField,
  type DraftOrganization,
  type Place,
} from '../draft.js';
import type { ImportMapping } from '../mapping.js';
import type { ImportNote } from '../notes.js';
import { openingHoursFromSchedules, scheduleText, timeOf, weekdayOf } from './hsds-schedules.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export type HsdsFlavour = 'hsds-3' | 'hsds-legacy' | 'oruk';

export interface HsdsService {
  service: Json;
  /** Where it is in the file: `contents[0]`, `services[2]`, `[1]`, or `` for one service. */
  path: string;
  /** The organisation it came in (`organization_full`). */
  organization?: Json;
}

/** Fields of HSDS 1.x/2.0 and Open Referral UK that HSDS 3.0 renamed. */
const legacyFields = [
  'regular_schedules',
  'service_taxonomys',
  'eligibilitys',
  'physical_addresses',
  'holiday_schedules',
  'accessibility_for_disabilities',
];

const looksLikeService = (item: Json) => typeof item.name === 'string' && ('id' in item || 'description' in item);

/** The services of an Open Referral document, whichever shape it comes in; undefined if it is none of them. */
export function hsdsServices(json: unknown): { services: HsdsService[]; flavour: HsdsFlavour } | undefined {
  const fromOrganization = (organization: Json, prefix: string) =>
    list(organization.services).map((service, index) => ({
      service,
      path: `${prefix}services[${index}]`,
      organization,
    }));
  const fromItem = (item: Json, path: string): HsdsService[] =>
    Array.isArray(item.services) && !('service_at_locations' in item)
      ? fromOrganization(item, `${path}.`)
      : [{ service: item, path }];
  let services: HsdsService[] | undefined;
  let paged = false;
  if (Array.isArray(json)) services = json.filter(isObject).flatMap((item, index) => fromItem(item, `[${index}]`));
  else if (isObject(json)) {
    // HSDS 3.0's page is `contents`; Open Referral UK's (a Spring page) is `content` with `totalElements`.
    const page = Array.isArray(json.contents) ? 'contents' : Array.isArray(json.content) ? 'content' : undefined;
    if (page) {
      paged = page === 'content';
      services = list(json[page]).flatMap((item, index) => fromItem(item, `${page}[${index}]`));
    } else if (Array.isArray(json.services)) services = fromOrganization(json, '');
    else if (looksLikeService(json)) services = [{ service: json, path: '' }];
  }
  if (!services || (services.length && !services.some(({ service }) => looksLikeService(service)))) return undefined;
  const legacy = services.some(
    ({ service }) =>
      legacyFields.some((field) => field in service) ||
      list(service.service_at_locations).some((at) => isObject(at.location) && 'physical_addresses' in at.location),
  );
  const flavour =
    paged || services.some(({ service }) => 'service_taxonomys' in service)
      ? 'oruk'
      : legacy
        ? 'hsds-legacy'
        : 'hsds-3';
  return { services, flavour };
}

/** Service fields the import reads; any other with a value is reported as not taken over. */
const readFields = new Set([
  'id',
  'name',
  'alternate_name',
  'description',
  'url',
  'email',
  'status',
  'fees',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'last_modified',
  'phones',
  'schedules',
  'regular_schedules',
  'service_areas',
  'service_at_locations',
  'languages',
  'organization',
  'organization_id',
  'cost_options',
  'contacts',
  'attributes',
  'service_taxonomys',
  'eligibilitys',
  'application_process',
  'locations',
]);

const hasValue = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(isObject(value) && Object.keys(value).length === 0);

/** A phone of HSDS with its extension: `+44 1234 234567 ext. 100`. */
const phoneText = (phone: Json) => {
  const number = str(phone.number);
  const type = str(phone.type)?.toLowerCase();
  if (!number) return undefined;
  const labelled =
    type === 'fax' ? `Fax: ${number}` : type === 'cell' || type === 'mobile' ? `Mobil: ${number}` : number;
  return phone.extension !== undefined && phone.extension !== null && str(phone.extension)
    ? `${labelled} ext. ${str(phone.extension)}`
    : labelled;
};
const phonesOf = (owner: Json) =>
  list(owner.phones)
    .map(phoneText)
    .filter((p): p is string => !!p);

/** A location's address: a physical one before a postal one (where families go, not where letters go). */
function addressOf(location: Json): DraftAddress | undefined {
  const addresses = [...list(location.addresses), ...list(location.physical_addresses)];
  const chosen =
    addresses.find((a) => (str(a.address_type) ?? 'physical') === 'physical') ??
    addresses[0] ??
    list(location.postal_addresses)[0];
  const street = chosen && [str(chosen.address_1), str(chosen.address_2)].filter(Boolean).join(', ');
  const address: DraftAddress = {
    ...(street && { street }),
    ...(chosen && str(chosen.postal_code) && { postalCode: str(chosen.postal_code)! }),
    ...(chosen && str(chosen.city) && { city: str(chosen.city)! }),
    ...(chosen && str(chosen.country) && { country: str(chosen.country)! }),
    ...(location.latitude !== undefined && location.latitude !== null && { lat: location.latitude as number | string }),
    ...(location.longitude !== undefined &&
      location.longitude !== null && { lon: location.longitude as number | string }),
  };
  return Object.keys(address).length ? address : undefined;
}

/**
 * `placeOf` gives a service's place when it is no JSON path of `file` (the
 * data package's services, whose place is their row in `services.csv`).
 */
export function draftsFromHsds(
  json: unknown,
  file: string,
  mapping: ImportMapping,
  placeOf?: (service: Json) => Place | undefined,
): { drafts: Draft[]; notes: ImportNote[]; flavour?: HsdsFlavour } {
  const found = hsdsServices(json);
  if (!found) return { drafts: [], notes: [{ severity: 'fatal', code: 'unknown-format', at: { file } }] };
  const notes: ImportNote[] = [];
  const localized = (value: string): LocalizedText => (mapping.language ? { [mapping.language]: value } : value);
  const drafts = found.services.map(({ service, path, organization: parent }, position) => {
    const at: Place = placeOf?.(service) ?? { file, path: path || (found.services.length > 1 ? `[${position}]` : '') };
    const draft = newDraft(at);
    const from = draft.from;
    /** A field of the draft, with the path below the service it was read from. */
    const set = <K extends keyof Draft & DraftField>(key: K, value: Draft[K] | undefined, path: string) => {
      if (value === undefined || value === '') return;
      draft[key] = value;
      from[key] = path;
    };
    for (const [key, value] of Object.entries(service)) {
      if (!readFields.has(key) && hasValue(value))
        notes.push({ severity: 'info', code: 'unused-field', at: { ...at, column: key }, value: key });
    }
    set('id', str(service.id), 'id');
    const name = str(service.name);
    set('title', name && localized(name), 'name');
    const description = [
      str(service.description),
      str(service.eligibility_description),
      str(service.application_process),
    ]
      .filter(Boolean)
      .join('\n\n');
    set('description', description ? localized(description) : undefined, 'description');
    const alternate = str(service.alternate_name);
    if (alternate) draft.keywords.push(alternate);
    set('status', str(service.status), 'status');
    set('url', str(service.url), 'url');
    set(
      'emails',
      [str(service.email)].filter((e): e is string => !!e),
      'email',
    );
    draft.phones.push(...phonesOf(service));
    if (draft.phones.length) from.phones = 'phones';

    // Taxonomy: HSDS 3.0 attributes, Open Referral UK service_taxonomys.
    for (const attribute of list(service.attributes)) {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
      const id = str(term?.id) ?? str(attribute.taxonomy_term_id);
      const value = str(term?.code) ?? id;
      const scheme =
        str(term?.taxonomy) ??
        (isObject(term?.taxonomy_detail) ? str(term.taxonomy_detail.name) : undefined) ??
        'taxonomy';
      if (value)
        draft.terms.push({
          scheme,
          value,
          ...(id && id !== value && { id }),
          ...(str(term?.name) && { label: str(term?.name)! }),
        });
    }
    for (const link of list(service.service_taxonomys)) {
      const taxonomy = isObject(link.taxonomy) ? link.taxonomy : undefined;
      const value = str(taxonomy?.id) ?? str(link.taxonomy_id);
      if (value)
        draft.terms.push({
          scheme: str(taxonomy?.vocabulary) ?? 'taxonomy',
          value,
          ...(str(taxonomy?.name) && { label: str(taxonomy?.name)! }),
        });
    }
    if (draft.terms.length) from.terms = list(service.attributes).length ? 'attributes' : 'service_taxonomys';

    // Ages: on the service (3.0) or in eligibilitys (UK), whose names are terms too (`children`, `families`).
    const eligibilities = list(service.eligibilitys);
    // HSDS ages start at 0; feeds write -1 (Open Place) or leave them out for "no limit".
    const ages = (values: unknown[]) => values.map(str).filter((a): a is string => a !== undefined && !(Number(a) < 0));
    const mins = ages([service.minimum_age, ...eligibilities.map((e) => e.minimum_age)]);
    const maxs = ages([service.maximum_age, ...eligibilities.map((e) => e.maximum_age)]);
    if (mins.length)
      set('ageMin', String(Math.min(...mins.map(Number))), eligibilities.length ? 'eligibilitys' : 'minimum_age');
    if (maxs.length)
      set('ageMax', String(Math.max(...maxs.map(Number))), eligibilities.length ? 'eligibilitys' : 'maximum_age');
    for (const eligibility of eligibilities) {
      const value = str(eligibility.eligibility);
      if (value) draft.terms.push({ scheme: 'eligibility', value });
    }

    const languages = [...(Array.isArray(service.languages) ? service.languages : [])].map((l) =>
      isObject(l) ? (str(l.code) ?? str(l.language) ?? str(l.name)) : str(l),
    );
    draft.languages = languages.filter((l): l is string => !!l);
    if (draft.languages.length) from.languages = 'languages';

    // Costs: amounts say free or paid; the words become the note.
    const options = list(service.cost_options);
    const amounts = options
      .map((o) => Number(o.amount))
      .filter((a) => Number.isFinite(a) && options.some((o) => o.amount !== null && o.amount !== undefined));
    const fees = str(service.fees);
    if (amounts.length) set('cost', amounts.every((a) => a === 0) ? 'free' : 'paid', 'cost_options');
    else set('cost', fees, 'fees');
    const costTexts = options
      .map((o) => {
        const amount =
          str(o.amount) !== undefined && Number(o.amount) !== 0
            ? `${str(o.amount)}${str(o.currency) ? ` ${str(o.currency)!.toUpperCase()}` : ''}`
            : undefined;
        return [str(o.option), [amount, str(o.amount_description)].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(': ');
      })
      .filter(Boolean);
    const feesDescription = str(service.fees_description);
    if (feesDescription) costTexts.push(feesDescription);
    if (costTexts.length)
      set(
        'costNote',
        localized(costTexts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' ')),
        feesDescription ? 'fees_description' : 'cost_options',
      );

    draft.areas = list(service.service_areas)
      .map((a) => str(a.service_area) ?? str(a.name))
      .filter((a): a is string => !!a);
    if (draft.areas.length) from.areas = 'service_areas';
    // Checked when it was assured or, if later, last changed: a person looked at it then.
    const [checked, field] =
      [
        ['assured_date', str(service.assured_date)],
        ['last_modified', str(service.last_modified)],
      ]
        .filter((d): d is [string, string] => d[1] !== undefined)
        .sort((a, b) => b[1].slice(0, 10).localeCompare(a[1].slice(0, 10)))[0] ?? [];
    if (checked && field) set('updated', field, checked);

    // Organisation: nested (3.0, UK), or the one the service came in.
    const organization = isObject(service.organization) ? service.organization : parent;
    const organizationName = organization && str(organization.name);
    if (organization && organizationName) {
      const location = list(organization.locations).find((l) => addressOf(l));
      const draftOrganization: DraftOrganization = {
        name: organizationName,
        phones: phonesOf(organization),
        emails: [str(organization.email)].filter((e): e is string => !!e),
        from: isObject(service.organization) ? 'organization' : '(organization)',
      };
      if (str(organization.id)) draftOrganization.id = str(organization.id)!;
      const website = str(organization.website) ?? str(organization.url);
      if (website) draftOrganization.url = website;
      const address = location && addressOf(location);
      if (address) draftOrganization.address = address;
      draft.organization = draftOrganization;
      from.organization = draftOrganization.from;
    }

    // Contacts: of the service and of its locations.
    const atLocations = list(service.service_at_locations);
    const contactSources: [Json, string][] = [
      ...list(service.contacts).map((c, i): [Json, string] => [c, `contacts[${i}]`]),
      ...atLocations.flatMap((sal, i) =>
        list(sal.contacts).map((c, j): [Json, string] => [c, `service_at_locations[${i}].contacts[${j}]`]),
      ),
    ];
    for (const [contact, path] of contactSources) {
      const contactName = str(contact.name) ?? str(contact.title) ?? str(contact.department);
      const role = str(contact.name) ? (str(contact.title) ?? str(contact.department)) : undefined;
      const draftContact: DraftContact = {
        phones: phonesOf(contact),
        emails: [str(contact.email)].filter((e): e is string => !!e),
        languages: list(contact.phones)
          .flatMap((p) => list(p.languages))
          .map((l) => str(l.code) ?? str(l.name))
          .filter((l): l is string => !!l),
        from: path,
      };
      if (str(contact.id)) draftContact.id = str(contact.id)!;
      if (contactName) draftContact.name = contactName;
      if (role) draftContact.role = localized(role);
      draft.contacts.push(draftContact);
    }
    if (draft.contacts.length) from.contacts = 'contacts';

    // Locations: the first with an address is the offer's; their phones and accessibility count for the offer.
    const locations = [
      ...atLocations.map((sal, i) => ({
        location: isObject(sal.location) ? sal.location : undefined,
        path: `service_at_locations[${i}].location`,
      })),
      ...list(service.locations).map((l, i) => ({ location: l, path: `locations[${i}]` })),
    ];
    const withAddress = locations.filter(
      (l) => l.location && (str(l.location.location_type) ?? 'physical') === 'physical' && addressOf(l.location),
    );
    const first = withAddress[0];
    if (first?.location) {
      draft.address = addressOf(first.location)!;
      from.address = first.path;
      from.lat = `${first.path}.latitude`;
      const accessibility = [
        ...list(first.location.accessibility),
        ...list(first.location.accessibility_for_disabilities),
      ]
        .map((a) => [str(a.description) ?? str(a.accessibility), str(a.details)].filter(Boolean).join(' '))
        .filter(Boolean);
      if (accessibility.length) set('accessibility', localized(accessibility.join(' ')), `${first.path}.accessibility`);
    }
    if (withAddress.length > 1)
      notes.push({
        severity: 'info',
        code: 'more-locations',
        at: { ...at, column: 'service_at_locations' },
        value: String(withAddress.length),
      });
    for (const { location } of locations) if (location) draft.phones.push(...phonesOf(location));

    // Schedules: 3.0 rules on the service or its locations; UK/legacy rows per weekday or with byday.
    const schedules = [...list(service.schedules), ...list(service.regular_schedules)];
    const atSchedules = atLocations.flatMap((sal) => [
      ...list(sal.schedules),
      ...list(sal.regular_schedules),
      ...(isObject(sal.location) ? [...list(sal.location.schedules), ...list(sal.location.regular_schedules)] : []),
    ]);
    const rules = schedules.length ? schedules : atSchedules;
    if (rules.length) {
      from.schedule = from.openingHours = list(service.schedules).length
        ? 'schedules'
        : list(service.regular_schedules).length
          ? 'regular_schedules'
          : 'service_at_locations';
      const byWeekday = rules.every((r) => weekdayOf(r) !== undefined && !str(r.byday));
      if (byWeekday) {
        draft.dayTimes = {};
        for (const rule of rules)
          (draft.dayTimes[weekdayOf(rule)!] ??= []).push({
            ...(timeOf(rule.opens_at) && { opens: timeOf(rule.opens_at)! }),
            ...(timeOf(rule.closes_at) && { closes: timeOf(rule.closes_at)! }),
          });
      } else {
        const hours = openingHoursFromSchedules(rules);
        if (hours) draft.openingHours = hours;
        else draft.scheduleIsText = true;
      }
      const schedule = scheduleText(rules);
      if (schedule) draft.schedule = schedule.generated ? schedule.text : localized(schedule.text);
    }
    return draft;
  });
  return { drafts, notes, flavour: found.flavour };
}
