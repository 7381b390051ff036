// Property-based: whatever JSON arrives, the parser either returns a catalog
// whose every record satisfies the schema and whose every reference
// resolves, or throws a wrong-shape CatalogError; it never throws anything else.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCatalog } from '../../src/catalog/parse.js';
import { isCatalogError } from '../../src/catalog/errors.js';
import {
  contactSchema,
  milestoneSchema,
  networkSchema,
  offerSchema,
  organizationSchema,
  topicSchema,
  districtSchema,
  type Catalog,
} from '../../src/catalog/schema.js';

const runs = { numRuns: 300 };

function parseOrWrongShape(json: unknown): Catalog | undefined {
  try {
    return parseCatalog(json).catalog;
  } catch (error) {
    if (isCatalogError(error) && error.kind === 'wrong-shape') return undefined;
    throw error;
  }
}

const ids = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('kita', 'schule', 'c1', 'org1', 'n1', 'methler') },
  { weight: 1, arbitrary: fc.constantFrom('x', '__proto__', '', 'a b') },
);
/** A value that is mostly right for a field and sometimes anything at all. */
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('de', 'en', 'tr', 'x y', '__proto__'), fc.string()) },
  { weight: 1, arbitrary: fc.constant('') },
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(maybe(arbitrary), { nil: undefined });
const idList = fc.array(ids, { maxLength: 3 });
const address = fc.record({
  street: fc.string(),
  postalCode: fc.constantFrom('59174', 'x'),
  city: fc.string(),
  district: optional(ids),
});

const records = {
  milestones: fc.record({
    id: maybe(ids),
    title: maybe(text),
    ageFrom: optional(fc.double()),
    ageTo: optional(fc.integer({ min: -2, max: 40 })),
  }),
  topics: fc.record({ id: maybe(ids), title: maybe(text) }),
  districts: fc.record({ id: maybe(ids), title: maybe(text) }),
  networks: fc.record({ id: maybe(ids), title: maybe(text), coordinator: optional(ids) }),
  organizations: fc.record({
    id: maybe(ids),
    name: maybe(text),
    url: optional(fc.webUrl()),
    networks: optional(idList),
    address: optional(address),
  }),
  contacts: fc.record({
    id: maybe(ids),
    name: maybe(text),
    organization: optional(ids),
    email: optional(fc.emailAddress()),
    phone: optional(fc.string()),
    languages: optional(fc.array(fc.string())),
  }),
  offers: fc.record({
    id: maybe(ids),
    title: maybe(text),
    summary: optional(text),
    milestones: maybe(fc.array(ids, { minLength: 1, maxLength: 3 })),
    topics: optional(idList),
    districts: optional(idList),
    contacts: optional(idList),
    organization: optional(ids),
    ageMin: optional(fc.double({ min: -3, max: 40 })),
    ageMax: optional(fc.double({ min: -3, max: 40 })),
    cost: optional(fc.constantFrom('free', 'reduced', 'paid', 'gratis')),
    url: optional(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', ' data:x'))),
    address: optional(address),
    accessibility: optional(fc.record({ wheelchair: maybe(fc.boolean()), note: optional(text) })),
  }),
};

const almostCatalog = fc.record({
  version: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.jsonValue() }),
  title: optional(text),
  milestones: fc.array(maybe(records.milestones), { maxLength: 5 }),
  topics: optional(fc.array(maybe(records.topics), { maxLength: 4 })),
  districts: optional(fc.array(maybe(records.districts), { maxLength: 4 })),
  networks: optional(fc.array(maybe(records.networks), { maxLength: 3 })),
  organizations: optional(fc.array(maybe(records.organizations), { maxLength: 3 })),
  contacts: optional(fc.array(maybe(records.contacts), { maxLength: 4 })),
  offers: fc.array(maybe(records.offers), { maxLength: 12 }),
});

function expectValid(parsed: Catalog) {
  const schemas = {
    milestones: milestoneSchema,
    topics: topicSchema,
    districts: districtSchema,
    networks: networkSchema,
    organizations: organizationSchema,
    contacts: contactSchema,
    offers: offerSchema,
  } as const;
  for (const [name, schema] of Object.entries(schemas)) {
    const list = parsed[name as keyof typeof schemas] as unknown[];
    for (const record of list)
      expect(schema.safeParse(record).success, `${name}: ${JSON.stringify(record)}`).to.equal(true);
    const seen = list.map((r) => (r as { id: string }).id);
    expect(new Set(seen).size, `${name} ids are unique`).to.equal(seen.length);
  }
  const has = (name: keyof typeof schemas, id: string | undefined) =>
    id === undefined || parsed[name].some((r) => r.id === id);
  for (const offer of parsed.offers) {
    expect(offer.milestones.length).to.be.greaterThan(0);
    for (const id of offer.milestones) expect(has('milestones', id)).to.equal(true);
    for (const id of offer.topics ?? []) expect(has('topics', id)).to.equal(true);
    for (const id of offer.districts ?? []) expect(has('districts', id)).to.equal(true);
    for (const id of offer.contacts ?? []) expect(has('contacts', id)).to.equal(true);
    expect(has('organizations', offer.organization)).to.equal(true);
  }
  for (const contact of parsed.contacts) expect(has('organizations', contact.organization)).to.equal(true);
  for (const network of parsed.networks) expect(has('contacts', network.coordinator)).to.equal(true);
}

describe('parseCatalog properties', () => {
  it('never throws on arbitrary JSON, except wrong-shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => void parseOrWrongShape(json)),
      { numRuns: 1000 },
    );
  });

  it('never returns a record that violates the schema or a dangling reference', () => {
    let withOffers = 0;
    fc.assert(
      fc.property(almostCatalog, (input) => {
        const parsed = parseOrWrongShape(JSON.parse(JSON.stringify(input)));
        if (parsed) expectValid(parsed);
        if (parsed?.offers.length) withOffers++;
      }),
      runs,
    );
    // The generator must reach the interesting case often, or the property proves little.
    expect(withOffers).to.be.greaterThan(runs.numRuns / 20);
  });

  it('keeps every offer that was valid in the input', () => {
    fc.assert(
      fc.property(almostCatalog, (input) => {
        const json = JSON.parse(JSON.stringify(input));
        const parsed = parseOrWrongShape(json);
        if (!parsed) return;
        const milestoneIds = new Set(parsed.milestones.map((m) => m.id));
        const idCount = new Map<unknown, number>();
        for (const raw of json.offers as { id?: unknown }[]) idCount.set(raw?.id, (idCount.get(raw?.id) ?? 0) + 1);
        // An id used twice is reported as a duplicate; only unique ones have a clear expectation.
        const valid = (json.offers as unknown[]).filter((raw) => {
          const result = offerSchema.safeParse(raw);
          return result.success && idCount.get(result.data.id) === 1;
        });
        for (const raw of valid) {
          const { id } = raw as { id: string };
          const placeable = (raw as { milestones: string[] }).milestones.some((m) => milestoneIds.has(m));
          expect(
            parsed.offers.some((o) => o.id === id),
            id,
          ).to.equal(placeable);
        }
      }),
      runs,
    );
  });
});
