/**
 * The records around an HSDS service: its organisation, contacts, place,
 * languages and schedules. Records that HSDS ties to one service (contacts,
 * phones, languages, schedules) get ids per service, as HSDS's tabular form
 * needs ("their details may be duplicated … each time with a new identifier");
 * the `id` attribute keeps the catalog record they came from.
 */
import type { Address, Contact, Offer, OpeningHours, Organization } from '../../catalog/schema.js';
import type { ExportContext } from './hsds-context.js';
import { field, recordAttributes } from './hsds-terms.js';
import type {
  HsdsAddress,
  HsdsContact,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
} from './hsds-types.js';
import { compact, hsdsId, unique, uri } from './hsds-values.js';

/** Languages by BCP 47 tag: `code` is the ISO 639 language (`de`), `note` the whole tag where there is more (`de-x-ls`). */
export function languages(ctx: ExportContext, owner: string[], tags?: string[]): HsdsLanguage[] {
  return unique(tags).map((tag) => {
    const code = tag.split('-')[0]!.toLowerCase();
    return compact({
      id: hsdsId('language', ...owner, tag),
      name: ctx.languageName(code),
      code,
      note: tag.includes('-') ? tag : undefined,
    });
  });
}

function address(ctx: ExportContext, owner: string[], { street, postalCode, city, district }: Address): HsdsAddress {
  // The part of town: HSDS's optional region below the city.
  const region = ctx.text(district === undefined ? undefined : ctx.byId.districts.get(district)?.title);
  return {
    id: hsdsId('address', ...owner),
    address_1: street,
    city,
    ...(region === undefined ? {} : { region }),
    // Required, so written even when empty (see the option `stateProvince`).
    state_province: ctx.stateProvince,
    postal_code: postalCode,
    country: ctx.country,
    address_type: 'physical',
  };
}

/** A physical place: the address with its coordinates (when both are known), and how accessible it is. */
export function location(
  ctx: ExportContext,
  owner: string[],
  place?: Address,
  accessibility?: Offer['accessibility'],
): HsdsLocation {
  const id = hsdsId('location', ...owner);
  const coordinates = place?.lat !== undefined && place.lon !== undefined;
  const access =
    accessibility && (accessibility.note !== undefined || accessibility.wheelchair !== undefined)
      ? accessibility
      : undefined;
  const accessId = hsdsId('accessibility', ...owner);
  return compact({
    id,
    location_type: 'physical' as const,
    latitude: coordinates ? place.lat : undefined,
    longitude: coordinates ? place.lon : undefined,
    addresses: place && [address(ctx, owner, place)],
    accessibility: access && [
      compact({
        id: accessId,
        description: ctx.text(access.note),
        attributes:
          access.wheelchair === undefined
            ? []
            : [field('accessibility', accessId, 'wheelchair', String(access.wheelchair))],
      }),
    ],
  });
}

export function organization(ctx: ExportContext, record: Organization): HsdsOrganization {
  const id = hsdsId('organization', record.id);
  const name = ctx.text(record.name);
  const networks = recordAttributes(ctx, { entity: 'organization', id }, 'network', record.networks, ctx.byId.networks);
  return compact({
    id,
    name,
    // Required; the catalog has no description of organisations.
    description: name,
    email: record.email,
    website: uri(record.url),
    phones:
      record.phone === undefined ? [] : [{ id: hsdsId('phone', 'organization', record.id), number: record.phone }],
    locations: record.address && [location(ctx, ['organization', record.id], record.address)],
    attributes: [field('organization', id, 'id', record.id), ...networks],
  });
}

/**
 * A contact of one service. The office hours (`hours`) and languages are the
 * phone's: when and in what language one can call. Without a phone they have
 * no place in HSDS.
 */
export function contact(ctx: ExportContext, offerId: string, record: Contact): HsdsContact {
  const owner = [offerId, record.id];
  const id = hsdsId('contact', ...owner);
  const phone =
    record.phone === undefined
      ? undefined
      : compact({
          id: hsdsId('phone', 'contact', ...owner),
          number: record.phone,
          description: ctx.text(record.hours),
          languages: languages(ctx, ['contact', ...owner], record.languages),
        });
  return compact({
    id,
    organization_id: record.organization === undefined ? undefined : hsdsId('organization', record.organization),
    name: ctx.text(record.name),
    title: ctx.text(record.role),
    email: record.email,
    phones: phone && [phone],
    attributes: [field('contact', id, 'id', record.id)],
  });
}

/**
 * Opening hours as weekly RRULE schedules. Times stay local (Berlin) clock
 * time without an offset: one fixed offset would be wrong for half the year.
 * `24:00` (end of day) and periods past midnight (`22:00`–`02:00`) are
 * written as the catalog has them. The text families read (`schedule`) is
 * the first schedule's description, or a schedule of its own without hours.
 */
export function schedules(
  ctx: ExportContext,
  offerId: string,
  hours: OpeningHours = [],
  text?: string,
): HsdsSchedule[] {
  if (hours.length === 0)
    return text === undefined ? [] : [{ id: hsdsId('schedule', offerId, '0'), description: text }];
  return hours.map((period, index) =>
    compact({
      id: hsdsId('schedule', offerId, String(index)),
      valid_from: period.validFrom,
      valid_to: period.validThrough,
      freq: 'WEEKLY' as const,
      byday: unique(period.days)
        .map((day) => day.toUpperCase())
        .join(','),
      description: index === 0 ? text : undefined,
      opens_at: period.opens,
      closes_at: period.closes,
      notes: ctx.text(period.note),
    }),
  );
}
