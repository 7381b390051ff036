/**
 * A catalog as Open Referral HSDS 3.0 open data: the page of `service_full`
 * records that an HSDS API serves (`/services?full=true`), so that
 * directories and HSDS tools can take the city's offers. Synchronous, no DOM,
 * no Node APIs. Tested against the official schemas in `test/fixtures/hsds-3.0-schema/`.
 *
 * Where the catalog goes (texts in `options.language`; ids are UUID v5 of
 * `offer-finder:<kind>:<catalog id>`, so a re-export repeats them):
 *
 * | catalog                      | HSDS 3.0 service                                                        |
 * | ---------------------------- | ----------------------------------------------------------------------- |
 * | offer `id`                   | `id`; unchanged in attribute `id` ("offer-finder fields")               |
 * | `title`                      | `name`                                                                  |
 * | `summary`, `description`     | `description`: the summary, a blank line, the description               |
 * | `url`                        | `url`; without one, the offer in the finder (`baseUrl`)                 |
 * | `milestones`, `topics`       | `attributes`: terms of "offer-finder milestones" / "… topics", code = id |
 * | `ageMin`, `ageMax`           | `minimum_age`, `maximum_age`, see below                                 |
 * | `districts`                  | `service_areas` (name: title; attribute `id`); none (whole city): none  |
 * | `organization`               | `organization_id` and `organization`: `name`, `description` (required:  |
 * |                              | the name again), `website`, `email`, `phones`, `locations` (address),   |
 * |                              | networks as terms of "offer-finder networks", attribute `id`            |
 * | `contacts`                   | `contacts`: `name`, `title` (role), `organization_id`, `email`,         |
 * |                              | `phones[0]` with `description` (hours) and `languages`, attribute `id`  |
 * | `address`, its `lat`/`lon`   | `service_at_locations[0].location`: `addresses[0]` (physical; `country` |
 * |                              | and `state_province` from the options), `latitude`/`longitude`          |
 * | `address.district`           | the address's `region` (title)                                          |
 * | `accessibility`              | that location's `accessibility[0]`: `description` (note), attribute     |
 * |                              | `wheelchair` (true/false)                                               |
 * | `cost`                       | attribute `cost` (free/reduced/paid); free also `cost_options` amount 0 |
 * | `costNote`                   | `fees_description`                                                      |
 * | `languages`                  | `languages`: `code` (ISO 639), `name`, `note` (the whole BCP 47 tag)    |
 * | `schedule`, `openingHours`   | `schedules` (see `schedules` in hsds-records.ts)                        |
 * | `keywords`                   | attributes `keyword`                                                    |
 * | `updated`                    | `assured_date` (its date), `last_modified` (date-time)                  |
 * | catalog `maintainer.email`   | `assurer_email` of offers with `updated`: who checks the entries        |
 *
 * Not carried, as HSDS has no place for them: the catalog's `title`,
 * `updated` and maintainer `name` (a page of services has no dataset
 * metadata); milestones' `ageFrom`/`ageTo`; networks' `coordinator`;
 * contacts' `url`, `address` and `openingHours`, and `hours`/`languages` of
 * contacts without a phone. Service `email` and `phones` stay empty: the
 * catalog has them on contacts and organisations, which HSDS nests.
 *
 * Ages: HSDS means a person's age; its schema sets no minimum, but readers
 * (this project's HSDS import too) reject negative ones. So an offer from
 * pregnancy on (`ageMin` < 0) gets `minimum_age` 0, one that ends before
 * birth (`ageMax` < 0) no ages; its pregnancy milestone says it.
 */
import type { Catalog, Offer } from '../../catalog/schema.js';
import { exportContext, type ExportContext, type HsdsExportOptions } from './hsds-context.js';
import { contact, languages, location, organization, schedules } from './hsds-records.js';
import { field, recordAttributes } from './hsds-terms.js';
import type { HsdsAttribute, HsdsExport, HsdsService } from './hsds-types.js';
import { compact, dateOf, dateTime, hsdsId, unique, uri } from './hsds-values.js';

export type { HsdsExportOptions } from './hsds-context.js';
export type * from './hsds-types.js';

/** All offers of `catalog`, in its order, as one page of HSDS 3.0 services. */
export function catalogToHsds(catalog: Catalog, options: HsdsExportOptions = {}): HsdsExport {
  const ctx = exportContext(catalog, options);
  const contents = catalog.offers.map((offer) => service(ctx, offer));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** See the top of the file. */
const ages = (min: number | undefined, max: number | undefined) =>
  max !== undefined && max < 0
    ? {}
    : { minimum_age: min === undefined ? undefined : Math.max(min, 0), maximum_age: max };

function service(ctx: ExportContext, offer: Offer): HsdsService {
  const id = hsdsId('offer', offer.id);
  const owner = ctx.byId.organizations.get(offer.organization ?? '');
  const place = location(ctx, ['offer', offer.id], offer.address, offer.accessibility);
  return compact({
    id,
    organization_id: owner && hsdsId('organization', owner.id),
    name: ctx.text(offer.title),
    description: [ctx.text(offer.summary), ctx.text(offer.description)].filter(Boolean).join('\n\n'),
    url: uri(offer.url) ?? ctx.link({ offer: offer.id }),
    status: 'active' as const,
    fees_description: ctx.text(offer.costNote),
    ...ages(offer.ageMin, offer.ageMax),
    assured_date: offer.updated && dateOf(offer.updated),
    assurer_email: offer.updated && ctx.catalog.maintainer?.email,
    last_modified: offer.updated && dateTime(offer.updated),
    schedules: schedules(ctx, offer.id, offer.openingHours, ctx.text(offer.schedule)),
    service_areas: unique(offer.districts).flatMap((districtId) => {
      const district = ctx.byId.districts.get(districtId);
      const areaId = hsdsId('service-area', offer.id, districtId);
      return district
        ? [
            {
              id: areaId,
              name: ctx.text(district.title),
              attributes: [field('service_area', areaId, 'id', district.id)],
            },
          ]
        : [];
    }),
    service_at_locations:
      place.addresses || place.accessibility ? [{ id: hsdsId('service-at-location', offer.id), location: place }] : [],
    languages: languages(ctx, ['offer', offer.id], offer.languages),
    organization: owner && organization(ctx, owner),
    cost_options: offer.cost === 'free' ? [{ id: hsdsId('cost-option', offer.id), amount: 0 }] : [],
    contacts: unique(offer.contacts).flatMap((contactId) => {
      const record = ctx.byId.contacts.get(contactId);
      return record ? [contact(ctx, offer.id, record)] : [];
    }),
    attributes: serviceAttributes(ctx, id, offer),
  });
}

function serviceAttributes(ctx: ExportContext, id: string, offer: Offer): HsdsAttribute[] {
  const owner = { entity: 'service', id };
  const milestones = recordAttributes(ctx, owner, 'milestone', offer.milestones, ctx.byId.milestones, (m) =>
    ctx.link({ milestones: [m.id] }),
  );
  const topics = recordAttributes(ctx, owner, 'topic', offer.topics, ctx.byId.topics, (t) =>
    ctx.link({ topics: [t.id] }),
  );
  return [
    field('service', id, 'id', offer.id),
    ...milestones,
    ...topics,
    ...(offer.cost === undefined ? [] : [field('service', id, 'cost', offer.cost)]),
    ...unique(offer.keywords).map((keyword) => field('service', id, 'keyword', keyword)),
  ];
}
