import { expect } from '@open-wc/testing';
import {
  ageChoiceOf,
  ageInYears,
  ageOnDate,
  ageRangeOf,
  childAgeFromDate,
  childAgeFromInput,
  milestoneOffers,
  milestonePosition,
  offerCounts,
  timeUntilDueDate,
  transitionsOf,
  yearsOfChoice,
} from '../../src/catalog/milestones.js';
import { parseCalendarDate, type CalendarDate } from '../../src/catalog/calendar.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Milestone } from '../../src/catalog/schema.js';
import { catalog, offer } from '../support/catalogs.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import { en } from '../../src/i18n/en.js';
import { localization } from '../../src/i18n/i18n.js';

const date = (value: string): CalendarDate => parseCalendarDate(value)!;

/** The milestones of the sample catalog (ages only). */
const milestones: Milestone[] = [
  { id: 'schwangerschaft', title: 'Schwangerschaft & Geburt', ageFrom: -1, ageTo: 0 },
  { id: 'erste-jahre', title: 'Die ersten Jahre', ageFrom: 0, ageTo: 3 },
  { id: 'kita', title: 'Kita-Zeit', ageFrom: 3, ageTo: 6 },
  { id: 'grundschule', title: 'Grundschule', ageFrom: 6, ageTo: 10 },
  { id: 'weiterfuehrende-schule', title: 'Weiterführende Schule', ageFrom: 10, ageTo: 16 },
  { id: 'uebergang-beruf', title: 'Übergang Schule–Beruf', ageFrom: 15, ageTo: 21 },
];

const position = (age: number) => {
  const { current, next } = milestonePosition(milestones, age);
  return [current?.id, next?.id];
};

describe('milestones: age from a birth date', () => {
  const today = date('2026-03-14');

  it('is a year older on the birthday, not the day before', () => {
    expect(ageOnDate(date('2022-03-14'), today)).to.include({ kind: 'born', years: 4, months: 0 });
    expect(ageOnDate(date('2022-03-15'), today)).to.include({ years: 3, months: 11 });
    expect(ageOnDate(date('2022-03-13'), today)).to.include({ years: 4, months: 0 });
  });

  it('counts months and days for babies', () => {
    expect(ageOnDate(date('2026-03-14'), today)).to.deep.equal({ kind: 'born', years: 0, months: 0, days: 0 });
    expect(ageOnDate(date('2026-02-28'), today)).to.deep.equal({ kind: 'born', years: 0, months: 0, days: 14 });
    expect(ageOnDate(date('2025-10-14'), today)).to.include({ years: 0, months: 5 });
    expect(ageOnDate(date('2025-10-15'), today)).to.include({ years: 0, months: 4 });
    // Born on 31 January: a month is complete on the last day of February.
    expect(ageOnDate(date('2026-01-31'), date('2026-02-28'))).to.include({ months: 1 });
  });

  it('has no age for a birth date in the future', () => {
    expect(ageOnDate(date('2026-03-15'), today)).to.equal(undefined);
  });

  it('born on 29 February: a year older on 1 March in a common year (BGB §188), on 29 February in a leap year', () => {
    const leapling = date('2020-02-29');
    expect(ageOnDate(leapling, date('2021-02-28'))).to.include({ years: 0, months: 11 });
    expect(ageOnDate(leapling, date('2021-03-01'))).to.include({ years: 1, months: 0 });
    expect(ageOnDate(leapling, date('2024-02-28'))).to.include({ years: 3 });
    expect(ageOnDate(leapling, date('2024-02-29'))).to.include({ years: 4, months: 0 });
    // Not the leap day: 28 February stays 28 February in every year.
    expect(ageOnDate(date('2020-02-28'), date('2021-02-28'))).to.include({ years: 1 });
  });
});

describe('milestones: due dates', () => {
  const today = date('2026-03-14');

  it('counts weeks (rounded) and days until the due date', () => {
    expect(timeUntilDueDate(date('2026-06-06'), today)).to.deep.equal({ kind: 'expected', days: 84, weeks: 12 });
    expect(timeUntilDueDate(date('2026-06-09'), today)).to.include({ days: 87, weeks: 12 });
    expect(timeUntilDueDate(date('2026-06-10'), today)).to.include({ days: 88, weeks: 13 });
    expect(timeUntilDueDate(date('2026-03-14'), today)).to.include({ days: 0, weeks: 0 });
    expect(timeUntilDueDate(date('2026-03-13'), today)).to.equal(undefined);
  });

  it('a child not yet born is before birth even on the due date', () => {
    expect(ageInYears({ kind: 'expected', days: 0, weeks: 0 })).to.be.below(0);
    expect(position(ageInYears({ kind: 'expected', days: 0, weeks: 0 }))).to.deep.equal([
      'schwangerschaft',
      'erste-jahre',
    ]);
    expect(position(ageInYears({ kind: 'expected', days: 84, weeks: 12 }))).to.deep.equal([
      'schwangerschaft',
      'erste-jahre',
    ]);
  });

  it('says what is wrong with a typed date', () => {
    expect(childAgeFromDate('', 'birth', today)).to.deep.equal({ problem: 'missing' });
    expect(childAgeFromDate('2026-02-30', 'birth', today)).to.deep.equal({ problem: 'invalid' });
    expect(childAgeFromDate('0201-05-01', 'birth', today)).to.deep.equal({ problem: 'invalid' });
    expect(childAgeFromDate('2026-04-01', 'birth', today)).to.deep.equal({ problem: 'birth-in-future' });
    expect(childAgeFromDate('2026-03-01', 'due', today)).to.deep.equal({ problem: 'due-in-past' });
    expect(childAgeFromDate('2026-06-06', 'due', today)).to.deep.equal({
      age: { kind: 'expected', days: 84, weeks: 12 },
    });
    expect(childAgeFromDate('2022-03-14', 'birth', today)).to.deep.equal({
      age: { kind: 'born', years: 4, months: 0, days: 1461 },
    });
  });
});

describe('milestones: where a child stands', () => {
  it('starts a milestone at its ageFrom and leaves it at its ageTo (exactly 3, 6 and 10)', () => {
    expect(position(2.99)).to.deep.equal(['erste-jahre', 'kita']);
    expect(position(3)).to.deep.equal(['kita', 'grundschule']);
    expect(position(5.99)).to.deep.equal(['kita', 'grundschule']);
    expect(position(6)).to.deep.equal(['grundschule', 'weiterfuehrende-schule']);
    expect(position(10)).to.deep.equal(['weiterfuehrende-schule', 'uebergang-beruf']);
    expect(position(0)).to.deep.equal(['erste-jahre', 'kita']);
  });

  it('where milestones overlap, the first is current and the later one next', () => {
    expect(position(15)).to.deep.equal(['weiterfuehrende-schule', 'uebergang-beruf']);
    expect(position(16)).to.deep.equal(['uebergang-beruf', undefined]);
  });

  it('the last milestone includes its end; beyond it there is none', () => {
    expect(position(21)).to.deep.equal(['uebergang-beruf', undefined]);
    expect(position(22)).to.deep.equal([undefined, undefined]);
  });

  it('before the first milestone and in a gap between milestones, only the next one', () => {
    expect(position(-3)).to.deep.equal([undefined, 'schwangerschaft']);
    const gappy: Milestone[] = [
      { id: 'a', title: 'A', ageFrom: 0, ageTo: 3 },
      { id: 'alle', title: 'Für alle' },
      { id: 'b', title: 'B', ageFrom: 6, ageTo: 10 },
    ];
    expect(milestonePosition(gappy, 4).current).to.equal(undefined);
    expect(milestonePosition(gappy, 4).next?.id).to.equal('b');
    // A milestone without ages is for everyone: never current, and skipped as next.
    expect(milestonePosition(gappy, 1).next?.id).to.equal('b');
  });

  it('uses the months of a birth date: 5 years 11 months is still Kita', () => {
    expect(position(ageInYears({ kind: 'born', years: 5, months: 11, days: 2160 }))).to.deep.equal([
      'kita',
      'grundschule',
    ]);
    expect(position(ageInYears({ kind: 'born', years: 4, months: 0, days: 1461 }))).to.deep.equal([
      'kita',
      'grundschule',
    ]);
  });
});

describe('milestones: what was typed into "where are we now?"', () => {
  const today = date('2031-09-02');

  it('a date as its kind says, an age in years from 0 to 99 (a decimal comma too)', () => {
    expect(childAgeFromInput('2027-09-02', 'birth', today)).to.deep.equal({
      age: { kind: 'born', years: 4, months: 0, days: 1461 },
    });
    expect(childAgeFromInput('2031-11-25', 'due', today)).to.deep.equal({
      age: { kind: 'expected', days: 84, weeks: 12 },
    });
    expect(childAgeFromInput(' 4,5 ', 'years', today)).to.deep.equal({ age: { kind: 'years', years: 4.5 } });
    expect(childAgeFromInput('0', 'years', today)).to.deep.equal({ age: { kind: 'years', years: 0 } });
  });

  it('says what is wrong: no age, one out of range, or what the date check says', () => {
    for (const typed of ['', ' ', 'vier', '-1', '100'])
      expect(childAgeFromInput(typed, 'years', today), typed).to.deep.equal({ problem: 'years' });
    expect(childAgeFromInput('', 'birth', today)).to.deep.equal({ problem: 'missing' });
    expect(childAgeFromInput('2032-01-01', 'birth', today)).to.deep.equal({ problem: 'birth-in-future' });
  });
});

describe('milestones: the search for "where are we now?"', () => {
  it('the age filter is the completed years, or expecting before birth: never the date', () => {
    expect(ageChoiceOf({ kind: 'born', years: 2, months: 11, days: 1060 })).to.equal(2);
    expect(ageChoiceOf({ kind: 'born', years: 0, months: 3, days: 95 })).to.equal(0);
    expect(ageChoiceOf({ kind: 'born', years: 0, months: 0, days: 0 })).to.equal(0);
    expect(ageChoiceOf({ kind: 'expected', days: 0, weeks: 0 })).to.equal('expecting');
    expect(ageChoiceOf({ kind: 'expected', days: 84, weeks: 12 })).to.equal('expecting');
    expect(ageChoiceOf({ kind: 'years', years: 4.5 })).to.equal(4);
    expect(ageChoiceOf({ kind: 'years', years: -0.5 })).to.equal('expecting');
  });

  it('an age filter stands where the child stands: 2 in the first years, expecting in pregnancy', () => {
    expect(position(yearsOfChoice(2))).to.deep.equal(['erste-jahre', 'kita']);
    expect(position(yearsOfChoice(3))).to.deep.equal(['kita', 'grundschule']);
    expect(position(yearsOfChoice('expecting'))).to.deep.equal(['schwangerschaft', 'erste-jahre']);
  });
});

describe('milestones: transitions and counts', () => {
  const parsed = parseCatalog(
    catalog({
      milestones: [
        { id: 'kita', title: 'Kita', ageFrom: 3, ageTo: 6 },
        { id: 'grundschule', title: 'Grundschule', ageFrom: 6, ageTo: 10 },
        { id: 'weiterfuehrend', title: 'Weiterführende Schule', ageFrom: 10, ageTo: 16 },
        { id: 'beruf', title: 'Schule–Beruf', ageFrom: 15, ageTo: 21 },
      ],
      districts: [
        { id: 'methler', title: 'Methler' },
        { id: 'derne', title: 'Derne' },
      ],
      offers: [
        offer('stadtweit', { milestones: ['kita', 'grundschule'] }),
        offer('methler', { milestones: ['kita', 'grundschule'], districts: ['methler'] }),
        offer('derne', { milestones: ['kita'], districts: ['derne'] }),
        offer('schule', { milestones: ['grundschule'], districts: ['methler', 'derne'] }),
        // Shares the first and the third milestone, not consecutive ones: no transition.
        offer('sprung', { milestones: ['kita', 'weiterfuehrend'], districts: ['derne'] }),
      ],
    }),
  ).catalog;

  it('a transition per consecutive pair, with the offers of both, gaps included', () => {
    const transitions = transitionsOf(parsed);
    expect(transitions.map((t) => [t.from.id, t.to.id, t.offers.map((o) => o.id)])).to.deep.equal([
      ['kita', 'grundschule', ['stadtweit', 'methler']],
      ['grundschule', 'weiterfuehrend', []],
      ['weiterfuehrend', 'beruf', []],
    ]);
  });

  it('transitions in a district: only its own and whole-city offers', () => {
    expect(transitionsOf(parsed, ['derne'])[0]!.offers.map((o) => o.id)).to.deep.equal(['stadtweit']);
    expect(transitionsOf(parsed, ['methler'])[0]!.offers.map((o) => o.id)).to.deep.equal(['stadtweit', 'methler']);
  });

  it('counts offers per milestone, whole-city offers in every district, and 0 for a gap', () => {
    expect(Object.fromEntries(offerCounts(parsed))).to.deep.equal({
      kita: 4,
      grundschule: 3,
      weiterfuehrend: 1,
      beruf: 0,
    });
    expect(Object.fromEntries(offerCounts(parsed, ['methler']))).to.deep.equal({
      kita: 2,
      grundschule: 3,
      weiterfuehrend: 0,
      beruf: 0,
    });
    expect(Object.fromEntries(offerCounts(parsed, ['derne']))).to.deep.equal({
      kita: 3,
      grundschule: 2,
      weiterfuehrend: 1,
      beruf: 0,
    });
    // Several districts: an offer in any of them.
    expect(offerCounts(parsed, ['methler', 'derne']).get('kita')).to.equal(4);
    // A district nobody serves: only the whole city's offers.
    expect(offerCounts(parsed, ['rottum']).get('kita')).to.equal(1);
    expect(milestoneOffers(parsed, 'kita', ['methler']).map((o) => o.id)).to.deep.equal(['stadtweit', 'methler']);
  });
});

describe('milestones: age ranges in words', () => {
  const f = localization('de').format;
  const words = (ageFrom?: number, ageTo?: number) => de.timelineAgeRange(ageRangeOf({ ageFrom, ageTo }), f);

  it('German', () => {
    expect(words(3, 6)).to.equal('3–6 Jahre');
    expect(words(-1, 0)).to.equal('Schwangerschaft');
    expect(words(0, 1)).to.equal('unter 1 Jahr');
    expect(words(0, 3)).to.equal('0–3 Jahre');
    expect(words(-1, 3)).to.equal('Schwangerschaft bis 3 Jahre');
    expect(words(18)).to.equal('ab 18 Jahren');
    expect(words(1)).to.equal('ab 1 Jahr');
    expect(words(undefined, 6)).to.equal('bis 6 Jahre');
    expect(words(1.5, 3)).to.equal('1,5–3 Jahre');
    expect(words(6, 6)).to.equal('6 Jahre');
    expect(words()).to.equal('Jedes Alter');
  });

  it('English', () => {
    const fe = localization('en').format;
    const english = (ageFrom?: number, ageTo?: number) => en.timelineAgeRange(ageRangeOf({ ageFrom, ageTo }), fe);
    expect(english(3, 6)).to.equal('3–6 years');
    expect(english(-1, 0)).to.equal('Pregnancy');
    expect(english(0, 1)).to.equal('under 1 year');
    expect(english(1.5, 3)).to.equal('1.5–3 years');
  });
});
