// Every instant is written in UTC (…Z), so the results do not depend on the
// time zone of the machine that runs the tests. Kamen is UTC+1 in winter and
// UTC+2 in summer; the clocks change on 2026-03-29 and 2026-10-25.
import { expect } from '@open-wc/testing';
import { openingStatus, opensOn } from '../../src/catalog/opening-hours.js';
import type { OpeningHours } from '../../src/catalog/schema.js';

const status = (hours: OpeningHours, instant: string) => openingStatus(hours, new Date(instant));

const weekdays = ['mo', 'tu', 'we', 'th', 'fr'] as const;
/** Müttercafé: Tuesdays 9 to 11. */
const cafe: OpeningHours = [{ days: ['tu'], opens: '09:00', closes: '11:00' }];
/** Beratung with a lunch break, no afternoon on Fridays. */
const counselling: OpeningHours = [
  { days: [...weekdays], opens: '09:00', closes: '12:00' },
  { days: ['mo', 'tu', 'we', 'th'], opens: '14:00', closes: '16:00' },
];
/** Friday night, past midnight into Saturday. */
const nightCafe: OpeningHours = [{ days: ['fr'], opens: '22:00', closes: '02:00' }];

describe('openingStatus', () => {
  it('is open from the opening time up to, not including, the closing time', () => {
    // Tuesday 2026-12-01, winter time.
    expect(status(cafe, '2026-12-01T07:59:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'tu', date: '2026-12-01', time: '09:00' },
    });
    expect(status(cafe, '2026-12-01T08:00:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'tu', date: '2026-12-01', time: '11:00' },
    });
    expect(status(cafe, '2026-12-01T10:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'tu', date: '2026-12-08', time: '09:00' },
    });
  });

  it('finds the next opening across the weekend, the month and the lunch break', () => {
    // Saturday 2026-11-28 → Tuesday 2026-12-01.
    expect(status(cafe, '2026-11-28T12:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'tu', date: '2026-12-01', time: '09:00' },
    });
    // Thursday 12:30, in the lunch break.
    expect(status(counselling, '2026-11-26T11:30:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'th', date: '2026-11-26', time: '14:00' },
    });
    // Friday 13:00: no afternoon on Fridays, so Monday morning.
    expect(status(counselling, '2026-11-27T12:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'mo', date: '2026-11-30', time: '09:00' },
    });
    // Sunday 23:59 → Monday 09:00.
    expect(status(counselling, '2026-11-29T22:59:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'mo', date: '2026-11-30', time: '09:00' },
    });
  });

  it('takes periods that follow on without a gap, or overlap, as one for the closing time', () => {
    const noBreak: OpeningHours = [
      { days: [...weekdays], opens: '09:00', closes: '12:00' },
      { days: [...weekdays], opens: '12:00', closes: '18:00' },
    ];
    expect(status(noBreak, '2026-11-26T09:00:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'th', date: '2026-11-26', time: '18:00' },
    });
    const overlapping: OpeningHours = [
      { days: ['th'], opens: '12:00', closes: '18:00' },
      { days: ['th'], opens: '09:00', closes: '13:00' },
    ];
    expect(status(overlapping, '2026-11-26T09:00:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'th', date: '2026-11-26', time: '18:00' },
    });
  });

  it('runs a period that closes before it opens past midnight into the next day', () => {
    // Friday 22:30 and Saturday 01:30: open until Saturday 02:00.
    const untilSaturday = { open: true, closes: { weekday: 'sa', date: '2026-11-28', time: '02:00' } };
    expect(status(nightCafe, '2026-11-27T21:30:00Z')).to.deep.equal(untilSaturday);
    expect(status(nightCafe, '2026-11-28T00:30:00Z')).to.deep.equal(untilSaturday);
    expect(status(nightCafe, '2026-11-28T01:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'fr', date: '2026-12-04', time: '22:00' },
    });
    // Thursday 23:59 is not yet Friday night.
    expect(status(nightCafe, '2026-11-26T22:59:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'fr', date: '2026-11-27', time: '22:00' },
    });
  });

  it('closes at 24:00 of the day that ends, or runs on into a period that opens at 00:00', () => {
    const midnightSports: OpeningHours = [{ days: ['fr'], opens: '21:00', closes: '24:00' }];
    expect(status(midnightSports, '2026-11-27T22:59:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'fr', date: '2026-11-27', time: '24:00' },
    });
    expect(status(midnightSports, '2026-11-27T23:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'fr', date: '2026-12-04', time: '21:00' },
    });
    const intoSaturday: OpeningHours = [...midnightSports, { days: ['sa'], opens: '00:00', closes: '01:00' }];
    expect(status(intoSaturday, '2026-11-27T22:00:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'sa', date: '2026-11-28', time: '01:00' },
    });
    expect(status(intoSaturday, '2026-11-27T23:30:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'sa', date: '2026-11-28', time: '01:00' },
    });
  });

  it('follows the clock on the day the clocks go forward (2026-03-29, 02:00 → 03:00)', () => {
    const saturdayNight: OpeningHours = [{ days: ['sa'], opens: '22:00', closes: '03:00' }];
    // 01:59 winter time: open until 03:00, which is the next minute by the clock.
    expect(status(saturdayNight, '2026-03-29T00:59:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'su', date: '2026-03-29', time: '03:00' },
    });
    expect(status(saturdayNight, '2026-03-29T01:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'sa', date: '2026-04-04', time: '22:00' },
    });
    // A period that opens in the skipped hour is open from 03:00 on.
    const skipped: OpeningHours = [{ days: ['su'], opens: '02:30', closes: '05:00' }];
    expect(status(skipped, '2026-03-29T00:59:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'su', date: '2026-03-29', time: '02:30' },
    });
    expect(status(skipped, '2026-03-29T01:00:00Z')).to.deep.equal({
      open: true,
      closes: { weekday: 'su', date: '2026-03-29', time: '05:00' },
    });
    // 08:30 UTC is 10:30 summer time (it would be 09:30 in winter time).
    const sundayMorning: OpeningHours = [{ days: ['su'], opens: '10:00', closes: '12:00' }];
    expect(status(sundayMorning, '2026-03-29T08:30:00Z').open).to.equal(true);
    expect(status(sundayMorning, '2026-03-29T07:30:00Z').open).to.equal(false);
  });

  it('follows the clock on the day the clocks go back (2026-10-25, 03:00 → 02:00)', () => {
    const saturdayNight: OpeningHours = [{ days: ['sa'], opens: '22:00', closes: '02:30' }];
    const untilSunday = { open: true, closes: { weekday: 'su', date: '2026-10-25', time: '02:30' } };
    expect(status(saturdayNight, '2026-10-25T00:15:00Z')).to.deep.equal(untilSunday); // 02:15 summer time
    expect(status(saturdayNight, '2026-10-25T00:45:00Z').open).to.equal(false); // 02:45 summer time
    expect(status(saturdayNight, '2026-10-25T01:15:00Z')).to.deep.equal(untilSunday); // 02:15 again, winter time
    expect(status(saturdayNight, '2026-10-25T01:30:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'sa', date: '2026-10-31', time: '22:00' },
    });
    // 08:30 UTC is 09:30 winter time (it would be 10:30 in summer time).
    const sundayMorning: OpeningHours = [{ days: ['su'], opens: '10:00', closes: '12:00' }];
    expect(status(sundayMorning, '2026-10-25T08:30:00Z').open).to.equal(false);
    expect(status(sundayMorning, '2026-10-25T09:30:00Z').open).to.equal(true);
  });

  it('opens only from validFrom through validThrough, judged by the date a period opens', () => {
    const winterHolidays: OpeningHours = [
      { days: [...weekdays], opens: '09:00', closes: '15:00', validFrom: '2026-12-23', validThrough: '2027-01-06' },
    ];
    // Today (Thursday 2026-11-26) the holidays are 27 days away: no opening within 14 days.
    expect(status(winterHolidays, '2026-11-26T09:00:00Z')).to.deep.equal({ open: false });
    expect(status(winterHolidays, '2026-12-20T12:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'we', date: '2026-12-23', time: '09:00' },
    });
    expect(status(winterHolidays, '2026-12-23T08:00:00Z').open).to.equal(true);
    expect(status(winterHolidays, '2027-01-06T09:00:00Z').open).to.equal(true);
    expect(status(winterHolidays, '2027-01-07T09:00:00Z')).to.deep.equal({ open: false });
    // The last Friday night runs on into Saturday.
    const lastNight: OpeningHours = [{ days: ['fr'], opens: '22:00', closes: '02:00', validThrough: '2026-11-27' }];
    expect(status(lastNight, '2026-11-28T00:30:00Z').open).to.equal(true);
    expect(status(lastNight, '2026-11-28T01:00:00Z')).to.deep.equal({ open: false });
  });

  it('looks ahead today and 14 days', () => {
    // Thursday 2026-11-26, 11:00: the next Thursday but one is 2026-12-10, 14 days ahead.
    const from = (validFrom: string): OpeningHours => [{ days: ['th'], opens: '09:00', closes: '10:00', validFrom }];
    expect(status(from('2026-12-10'), '2026-11-26T10:00:00Z')).to.deep.equal({
      open: false,
      opens: { weekday: 'th', date: '2026-12-10', time: '09:00' },
    });
    expect(status(from('2026-12-11'), '2026-11-26T10:00:00Z')).to.deep.equal({ open: false });
  });
});

describe('opensOn', () => {
  it('is true on the days a period opens, whether or not its hours are past', () => {
    expect(opensOn(cafe, '2026-12-01')).to.equal(true);
    expect(opensOn(cafe, '2026-12-02')).to.equal(false);
    expect(opensOn(counselling, '2026-11-27')).to.equal(true);
    expect(opensOn(counselling, '2026-11-28')).to.equal(false);
  });

  it('counts a period over midnight on the day it opens only', () => {
    expect(opensOn(nightCafe, '2026-11-27')).to.equal(true);
    expect(opensOn(nightCafe, '2026-11-28')).to.equal(false);
  });

  it('respects validFrom and validThrough', () => {
    const winterHolidays: OpeningHours = [
      { days: [...weekdays], opens: '09:00', closes: '15:00', validFrom: '2026-12-23', validThrough: '2027-01-06' },
    ];
    expect(opensOn(winterHolidays, '2026-12-22')).to.equal(false);
    expect(opensOn(winterHolidays, '2026-12-23')).to.equal(true);
    expect(opensOn(winterHolidays, '2026-12-26')).to.equal(false); // a Saturday
    expect(opensOn(winterHolidays, '2027-01-06')).to.equal(true);
    expect(opensOn(winterHolidays, '2027-01-07')).to.equal(false);
  });
});
