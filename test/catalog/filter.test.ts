import { expect } from '@open-wc/testing';
import { ageChoices, ageMatches, emptySearch, offerAgeRange, type OfferFilters } from '../../src/catalog/filter.js';
import { filterOffers } from '../../src/catalog/filter-offers.js';
import { SearchIndex } from '../../src/catalog/search.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import { catalog, offer } from '../support/catalogs.js';

const parsed = parseCatalog(
  catalog({
    milestones: [
      { id: 'schwangerschaft', title: 'Schwangerschaft', ageFrom: -1, ageTo: 0 },
      { id: 'kita', title: 'Kita', ageFrom: 3, ageTo: 6 },
      { id: 'schule', title: 'Grundschule', ageFrom: 6, ageTo: 10 },
    ],
    topics: [
      { id: 'beratung', title: 'Beratung' },
      { id: 'freizeit', title: 'Freizeit' },
    ],
    districts: [
      { id: 'methler', title: 'Methler' },
      { id: 'derne', title: 'Derne' },
    ],
    organizations: [
      { id: 'awo', name: 'AWO', networks: ['fruehe-hilfen'] },
      { id: 'verein', name: 'Sportverein' },
    ],
    offers: [
      offer('hebamme', {
        milestones: ['schwangerschaft'],
        topics: ['beratung'],
        cost: 'free',
        organization: 'awo',
        languages: ['de', 'tr'],
        openingHours: [{ days: ['th'], opens: '09:00', closes: '12:00' }],
      }),
      offer('kita-methler', {
        milestones: ['kita'],
        districts: ['methler'],
        topics: ['freizeit'],
        cost: 'paid',
        accessibility: { wheelchair: true },
        openingHours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:00', closes: '16:30' }],
      }),
      offer('kita-derne', {
        milestones: ['kita'],
        districts: ['derne'],
        topics: ['beratung'],
        cost: 'free',
        organization: 'verein',
        schedule: 'Do 9–12 Uhr',
      }),
      offer('uebergang', {
        milestones: ['kita', 'schule'],
        topics: ['beratung'],
        cost: 'free',
        ageMin: 5,
        ageMax: 7,
        languages: ['de-x-ls'],
        openingHours: [{ days: ['fr'], opens: '22:00', closes: '02:00' }],
      }),
    ],
  }),
).catalog;
const index = new SearchIndex(parsed);
const all = index.search('').offers;

function run(filters: Partial<OfferFilters>, scope = {}, today?: string) {
  const result = filterOffers(all, index.offers, parsed, { ...emptySearch.filters, ...filters }, scope, today);
  return { ids: [...result.offers].map((offer) => index.offers[offer]!.id), counts: result.counts };
}

describe('filterOffers', () => {
  it('without filters keeps every hit and counts every choice', () => {
    const { ids, counts } = run({});
    expect(ids).to.have.length(4);
    expect(Object.fromEntries(counts.milestone)).to.deep.equal({ schwangerschaft: 1, kita: 3, schule: 1 });
    expect(counts.free).to.equal(3);
    expect(counts.wheelchair).to.equal(1);
  });

  it('is OR within a group and AND across groups', () => {
    expect(run({ milestones: ['schwangerschaft', 'schule'] }).ids).to.have.members(['hebamme', 'uebergang']);
    expect(run({ milestones: ['kita'], topics: ['beratung'] }).ids).to.have.members(['kita-derne', 'uebergang']);
  });

  it("counts a group's choices with every other filter but its own (disjunctive facets)", () => {
    const { counts } = run({ milestones: ['kita'], free: true });
    // Other milestones still show what choosing them would add, under the free filter.
    expect(Object.fromEntries(counts.milestone)).to.deep.equal({ schwangerschaft: 1, kita: 2, schule: 1 });
    // The free count applies the milestone filter: kita offers that are free.
    expect(counts.free).to.equal(2);
    expect(Object.fromEntries(counts.topic)).to.deep.equal({ beratung: 2 });
  });

  it('counts offers for the whole city in every district', () => {
    const { ids, counts } = run({ districts: ['methler'] });
    expect(ids).to.have.members(['hebamme', 'kita-methler', 'uebergang']);
    expect(Object.fromEntries(counts.district)).to.deep.equal({ methler: 3, derne: 3 });
  });

  it('filters by age, using the milestones where an offer has no age range', () => {
    expect(
      offerAgeRange(
        index.offers.find((o) => o.id === 'kita-methler')!,
        parsed,
      ),
    ).to.deep.equal([3, 6]);
    expect(run({ age: 'expecting' }).ids).to.deep.equal(['hebamme']);
    expect(run({ age: 4 }).ids).to.have.members(['kita-methler', 'kita-derne']);
    expect(run({ age: 6 }).ids).to.have.members(['kita-methler', 'kita-derne', 'uebergang']);
    expect(run({ age: 8 }).ids).to.deep.equal([]);
    expect(run({}).counts.age.get('expecting')).to.equal(1);
  });

  it('matches languages by their base language', () => {
    expect(run({ languages: ['de'] }).ids).to.have.members(['hebamme', 'uebergang']);
    expect(run({ languages: ['tr-TR'] }).ids).to.deep.equal(['hebamme']);
  });

  it('filters free and wheelchair accessible offers', () => {
    expect(run({ free: true }).ids).to.have.members(['hebamme', 'kita-derne', 'uebergang']);
    expect(run({ wheelchair: true }).ids).to.deep.equal(['kita-methler']);
  });

  it('filters offers that open today by their structured hours; a text schedule alone never matches', () => {
    // Thursday: the midwife's and the Methler kita's hours; kita-derne has only a text.
    expect(run({ openToday: true }, {}, '2026-11-26').ids).to.have.members(['hebamme', 'kita-methler']);
    expect(run({}, {}, '2026-11-26').counts.openToday).to.equal(2);
    // Friday night runs into Saturday, but Saturday is no opening day.
    expect(run({ openToday: true }, {}, '2026-11-27').ids).to.have.members(['kita-methler', 'uebergang']);
    expect(run({ openToday: true }, {}, '2026-11-28').ids).to.deep.equal([]);
  });

  it('counts "open today" like the other facets, with every other filter but its own', () => {
    const { ids, counts } = run({ openToday: true, free: true }, {}, '2026-11-26');
    expect(ids).to.deep.equal(['hebamme']);
    // Free offers open today, and offers open today that are free or not.
    expect(counts.openToday).to.equal(1);
    expect(counts.free).to.equal(1);
    expect(Object.fromEntries(counts.milestone)).to.deep.equal({ schwangerschaft: 1 });
  });

  it('needs the date for "open today" from the caller', () => {
    expect(run({}).counts.openToday).to.equal(0);
    expect(() => run({ openToday: true })).to.throw(TypeError);
  });

  it("limits to one organisation's or one network's offers", () => {
    expect(run({}, { organization: 'verein' }).ids).to.deep.equal(['kita-derne']);
    expect(run({}, { network: 'fruehe-hilfen' }).ids).to.deep.equal(['hebamme']);
    expect(run({}, { organization: 'verein' }).counts.milestone.get('schwangerschaft')).to.equal(undefined);
  });

  it('keeps the order of the hits it is given', () => {
    const reversed = all.slice().reverse();
    const result = filterOffers(reversed, index.offers, parsed, emptySearch.filters);
    expect([...result.offers]).to.deep.equal([...reversed]);
  });
});

describe('ages', () => {
  it('offers the choices from expecting to the oldest age served', () => {
    const choices = ageChoices(parsed);
    expect(choices[0]).to.equal('expecting');
    expect(choices[1]).to.equal(0);
    expect(choices.at(-1)).to.equal(18);
  });

  it('matches a whole year of age against a range', () => {
    expect(ageMatches([3, 6], 2)).to.equal(false);
    expect(ageMatches([3, 6], 3)).to.equal(true);
    expect(ageMatches([3, 6], 6)).to.equal(true);
    expect(ageMatches([-0.75, 1], 'expecting')).to.equal(true);
    expect(ageMatches([0, 1], 'expecting')).to.equal(false);
    expect(ageMatches([2.5, 3], 2)).to.equal(true);
  });
});
