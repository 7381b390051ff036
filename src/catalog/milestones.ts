/**
 * The milestones of growing up, worked out without a DOM: a child's age from
 * a birth date or a due date in the city's calendar, where that age stands
 * among the milestones, the transitions between consecutive milestones, and
 * the number of offers per milestone (optionally for some districts).
 *
 * Dates are calendar dates (`2026-03-01`, as `<input type="date">` gives
 * them), never instants: a birthday is a day in Kamen, whatever the clock of
 * the device says, so "today" is the date in Europe/Berlin.
 */
import { daysBetween, daysInMonth, parseCalendarDate, type CalendarDate } from './calendar.js';
import type { AgeChoice } from './filter.js';
import type { Catalog, Milestone, Offer } from './schema.js';
import { districtsOf } from './sources.js';

/**
 * A child's age, as far as the parent told it:
 * - `born`: from a birth date: completed years, months since the last
 *   birthday (0–11), and days since birth;
 * - `expected`: from a due date: days and (rounded) weeks until it;
 * - `years`: an age in years, typed in or set by the `age` attribute
 *   (negative: before birth).
 */
export type ChildAge =
  | { kind: 'born'; years: number; months: number; days: number }
  | { kind: 'expected'; days: number; weeks: number }
  | { kind: 'years'; years: number };

/**
 * Age on `today` of a child born on `birth`, or undefined if `birth` is
 * after `today`.
 *
 * As German law counts it (BGB §187 (2), §188 (2) and (3)), a year of life is
 * complete at the end of the day before the birthday; for a child born on
 * 29 February it is complete at the end of 28 February in a common year, so
 * the child is a year older on 1 March. Comparing month and day with 29
 * February gives exactly that: 28 February is before it, 1 March after it.
 */
export function ageOnDate(birth: CalendarDate, today: CalendarDate): Extract<ChildAge, { kind: 'born' }> | undefined {
  const days = daysBetween(birth, today);
  if (days < 0) return undefined;
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  const years = today.year - birth.year - (beforeBirthday ? 1 : 0);
  // A month is complete on the same day of a later month, or on its last day if that month is shorter.
  let totalMonths = (today.year - birth.year) * 12 + (today.month - birth.month);
  if (today.day < Math.min(birth.day, daysInMonth(today.year, today.month))) totalMonths--;
  const months = Math.max(0, Math.min(11, totalMonths - years * 12));
  return { kind: 'born', years, months, days };
}

/** Days and weeks until a due date (weeks rounded: "in 12 weeks" for 81 to 87 days), or undefined once it has passed. */
export function timeUntilDueDate(
  due: CalendarDate,
  today: CalendarDate,
): Extract<ChildAge, { kind: 'expected' }> | undefined {
  const days = daysBetween(today, due);
  return days < 0 ? undefined : { kind: 'expected', days, weeks: Math.round(days / 7) };
}

export type DateKind = 'birth' | 'due';

/** Why a date the parent typed gives no age. */
export type DateProblem = 'missing' | 'invalid' | 'birth-in-future' | 'due-in-past';

/** The oldest birth date accepted, in years before today: anything older is a typo (`0201` for `2021`). */
const oldestBirthYears = 100;

/**
 * The age for a date typed into the form: a birth date (not in the future)
 * or a due date (not in the past; on the day itself the child counts as not
 * yet born).
 */
export function childAgeFromDate(
  value: string,
  kind: DateKind,
  today: CalendarDate,
): { age: ChildAge } | { problem: DateProblem } {
  if (!value.trim()) return { problem: 'missing' };
  const date = parseCalendarDate(value);
  if (!date || date.year < today.year - oldestBirthYears || date.year > today.year + oldestBirthYears)
    return { problem: 'invalid' };
  if (kind === 'birth') {
    const age = ageOnDate(date, today);
    return age ? { age } : { problem: 'birth-in-future' };
  }
  const age = timeUntilDueDate(date, today);
  return age ? { age } : { problem: 'due-in-past' };
}

/** What a parent tells in "where are we now?": a birth date, a due date, or an age in years. */
export type NowKind = DateKind | 'years';
/** Why what was typed gives no age (`years`: no age from 0 to maxYears). */
export type NowProblem = DateProblem | 'years';

/** The oldest age "where are we now?" takes; the milestones end long before. */
export const maxYears = 99;

/** The age for what was typed into "where are we now?": a date of `kind`, or an age in years (a decimal comma too). */
export function childAgeFromInput(
  value: string,
  kind: NowKind,
  today: CalendarDate,
): { age: ChildAge } | { problem: NowProblem } {
  if (kind !== 'years') return childAgeFromDate(value, kind, today);
  const text = value.trim().replace(',', '.');
  const years = Number(text);
  return text === '' || !Number.isFinite(years) || years < 0 || years > maxYears
    ? { problem: 'years' }
    : { age: { kind: 'years', years } };
}

/**
 * The age in (fractional) years that is compared with the milestones'
 * `ageFrom`/`ageTo`. A child not yet born is always below 0, even on the
 * due date.
 */
export function ageInYears(age: ChildAge): number {
  switch (age.kind) {
    case 'born':
      return age.years + age.months / 12;
    case 'expected':
      return -Math.max(age.days, 1) / 365.25;
    case 'years':
      return age.years;
  }
}

/**
 * The search's age filter for a child: `expecting` before birth, else the
 * completed years (a child of 2 years and 11 months is 2). Only this leaves
 * "where are we now?", never the date.
 */
export function ageChoiceOf(age: ChildAge): AgeChoice {
  const years = ageInYears(age);
  return years < 0 ? 'expecting' : Math.floor(years);
}

/** The years an age filter stands for: `expecting` is the day before birth, as a due date is (see ageInYears). */
export const yearsOfChoice = (age: AgeChoice): number => (age === 'expecting' ? -1 / 365.25 : age);

/** Whether a milestone says anything about age; one without `ageFrom` and `ageTo` is for every age. */
const hasAges = (m: Milestone) => m.ageFrom !== undefined || m.ageTo !== undefined;

/**
 * Whether `age` lies in a milestone's range. Ranges include their start and
 * exclude their end, so at exactly 6 a child is in "Grundschule (6–10)" and
 * no longer in "Kita (3–6)"; with `inclusiveEnd` the end counts too (for the
 * last milestone a child is in: "15–21" includes 21-year-olds).
 */
export function milestoneContains(m: Milestone, age: number, inclusiveEnd = false): boolean {
  const from = m.ageFrom ?? -Infinity;
  const to = m.ageTo ?? Infinity;
  return from <= age && (age < to || (inclusiveEnd && age === to));
}

export interface MilestonePosition {
  /** The milestone the child is in now. */
  current?: Milestone;
  /** The milestone that comes after it (or, if the child is in none, the first that starts later). */
  next?: Milestone;
}

/**
 * Where a child of `age` years stands in the milestones (in their order).
 * The current milestone is the first whose range holds the age; where two
 * overlap (secondary school 10–16, school to work 15–21), a 15-year-old is
 * in the first and the second is next. Milestones without any age are for
 * every age and never current or next.
 */
export function milestonePosition(milestones: readonly Milestone[], age: number): MilestonePosition {
  const aged = milestones.filter(hasAges);
  const current = aged.find((m) => milestoneContains(m, age)) ?? aged.find((m) => milestoneContains(m, age, true));
  if (current) {
    const index = milestones.indexOf(current);
    const next = milestones.slice(index + 1).find(hasAges);
    return next ? { current, next } : { current };
  }
  const next = aged.find((m) => m.ageFrom !== undefined && m.ageFrom > age);
  return next ? { next } : {};
}

/**
 * Whether an offer is available to families in any of `districts`: offers
 * without districts are for the whole city and count everywhere. No
 * districts means no limit.
 */
export function offerInDistricts(offer: Offer, districts: readonly string[], catalog: Catalog): boolean {
  const own = districtsOf(offer, catalog);
  return districts.length === 0 || !own || own.some((id) => districts.includes(id));
}

/** The offers of a milestone (in catalog order), limited to `districts` when given. */
export function milestoneOffers(catalog: Catalog, milestoneId: string, districts: readonly string[] = []): Offer[] {
  return catalog.offers.filter(
    (offer) => offer.milestones.includes(milestoneId) && offerInDistricts(offer, districts, catalog),
  );
}

/** Number of offers per milestone id (every milestone of the catalog has an entry, gaps count 0). */
export function offerCounts(catalog: Catalog, districts: readonly string[] = []): Map<string, number> {
  const counts = new Map(catalog.milestones.map((m) => [m.id, 0]));
  for (const offer of catalog.offers) {
    if (!offerInDistricts(offer, districts, catalog)) continue;
    for (const id of new Set(offer.milestones)) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  }
  return counts;
}

/** The step from one milestone to the next, and the offers that belong to both. */
export interface Transition {
  from: Milestone;
  to: Milestone;
  offers: Offer[];
}

/**
 * One transition per pair of consecutive milestones, in order (so
 * `transitions[i]` leads from milestone `i` to `i + 1`), even when no offer
 * bridges it: those are the gaps families fall through.
 */
export function transitionsOf(catalog: Catalog, districts: readonly string[] = []): Transition[] {
  return catalog.milestones.slice(1).map((to, index) => {
    const from = catalog.milestones[index]!;
    const offers = catalog.offers.filter(
      (offer) =>
        offer.milestones.includes(from.id) &&
        offer.milestones.includes(to.id) &&
        offerInDistricts(offer, districts, catalog),
    );
    return { from, to, offers };
  });
}

/**
 * A milestone's age range, classified for the UI strings (which word it):
 * `pregnancy` for ranges before birth, `under` for "under 1 year", and so on.
 */
export type AgeRange =
  | { kind: 'any' }
  | { kind: 'pregnancy' }
  | { kind: 'from-pregnancy' }
  | { kind: 'pregnancy-to'; to: number }
  | { kind: 'under'; to: number }
  | { kind: 'up-to'; to: number }
  | { kind: 'between'; from: number; to: number }
  | { kind: 'exactly'; age: number }
  | { kind: 'from'; from: number };

export function ageRangeOf({ ageFrom: from, ageTo: to }: Pick<Milestone, 'ageFrom' | 'ageTo'>): AgeRange {
  if (from === undefined && to === undefined) return { kind: 'any' };
  if (to !== undefined && to <= 0) return { kind: 'pregnancy' };
  if (from !== undefined && from < 0)
    return to === undefined ? { kind: 'from-pregnancy' } : { kind: 'pregnancy-to', to };
  if (from === undefined) return { kind: 'up-to', to: to! };
  if (to === undefined) return { kind: 'from', from };
  if (from === 0 && to <= 1) return { kind: 'under', to };
  if (from === to) return { kind: 'exactly', age: from };
  return { kind: 'between', from, to };
}
