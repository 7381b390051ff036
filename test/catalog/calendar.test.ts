// The city's calendar (src/catalog/calendar.ts): Berlin wall-clock time and
// calendar days. Every instant is written in UTC (…Z), so the results do not
// depend on the time zone of the machine that runs the tests. Kamen is UTC+1
// in winter and UTC+2 in summer; the clocks change on 2026-03-29 and 2026-10-25.
import { expect } from '@open-wc/testing';
import {
  addDays,
  berlinTime,
  calendarDateIn,
  daysBetween,
  formatCalendarDate,
  monthsBefore,
  parseCalendarDate,
  weekdayOf,
  type CalendarDate,
} from '../../src/catalog/calendar.js';

const date = (value: string): CalendarDate => parseCalendarDate(value)!;

describe('berlinTime', () => {
  it('gives the Berlin date, weekday and clock minutes on both sides of midnight, winter and summer', () => {
    expect(berlinTime(new Date('2026-11-26T22:59:59Z'))).to.deep.equal({
      date: '2026-11-26',
      weekday: 'th',
      minutes: 23 * 60 + 59,
    });
    expect(berlinTime(new Date('2026-11-26T23:00:00Z'))).to.deep.equal({
      date: '2026-11-27',
      weekday: 'fr',
      minutes: 0,
    });
    expect(berlinTime(new Date('2026-07-01T21:59:00Z'))).to.deep.equal({
      date: '2026-07-01',
      weekday: 'we',
      minutes: 23 * 60 + 59,
    });
    expect(berlinTime(new Date('2026-07-01T22:00:00Z'))).to.deep.equal({
      date: '2026-07-02',
      weekday: 'th',
      minutes: 0,
    });
  });

  it('jumps from 01:59 to 03:00 when the clocks go forward and repeats 02:00–03:00 when they go back', () => {
    expect(berlinTime(new Date('2026-03-29T00:59:59Z'))).to.deep.equal({
      date: '2026-03-29',
      weekday: 'su',
      minutes: 60 + 59,
    });
    expect(berlinTime(new Date('2026-03-29T01:00:00Z'))).to.deep.equal({
      date: '2026-03-29',
      weekday: 'su',
      minutes: 3 * 60,
    });
    expect(berlinTime(new Date('2026-10-25T00:59:00Z'))).to.deep.equal({
      date: '2026-10-25',
      weekday: 'su',
      minutes: 2 * 60 + 59,
    });
    expect(berlinTime(new Date('2026-10-25T01:00:00Z'))).to.deep.equal({
      date: '2026-10-25',
      weekday: 'su',
      minutes: 2 * 60,
    });
  });
});

describe('calendar dates', () => {
  it('takes today in Kamen, not on the device: late evening UTC is already tomorrow in Berlin', () => {
    // 22:30 UTC on 31 Dec 2025 is 23:30 in Berlin (winter), on 30 June 2026 it is 00:30 on 1 July (summer time).
    expect(calendarDateIn(new Date('2025-12-31T22:30:00Z'))).to.deep.equal({ year: 2025, month: 12, day: 31 });
    expect(calendarDateIn(new Date('2026-06-30T22:30:00Z'))).to.deep.equal({ year: 2026, month: 7, day: 1 });
    expect(calendarDateIn(new Date('2026-03-28T23:30:00Z'))).to.deep.equal({ year: 2026, month: 3, day: 29 });
  });

  it('parses only real dates as <input type="date"> gives them', () => {
    expect(parseCalendarDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).to.equal(undefined);
    expect(parseCalendarDate('2023-13-01')).to.equal(undefined);
    expect(parseCalendarDate('14.03.2022')).to.equal(undefined);
    expect(parseCalendarDate('')).to.equal(undefined);
    expect(formatCalendarDate({ year: 2026, month: 3, day: 1 })).to.equal('2026-03-01');
  });

  it('counts days across a change of clock and a leap day', () => {
    expect(daysBetween(date('2026-03-28'), date('2026-03-30'))).to.equal(2);
    expect(daysBetween(date('2024-02-28'), date('2024-03-01'))).to.equal(2);
    expect(daysBetween(date('2026-03-01'), date('2025-03-01'))).to.equal(-365);
  });
  it('counts calendar months, the day clamped to the end of a shorter month', () => {
    expect(monthsBefore('2026-11-26', 12)).to.equal('2025-11-26');
    expect(monthsBefore('2026-03-31', 1)).to.equal('2026-02-28');
    expect(monthsBefore('2028-02-29', 12)).to.equal('2027-02-28');
    expect(monthsBefore('2026-01-15', 1)).to.equal('2025-12-15');
    expect(monthsBefore('2026-11-26', 0)).to.equal('2026-11-26');
  });

  it('counts days between dates written as text as between parsed ones, and steps through a leap day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-03-01', date('2025-03-01'))).to.equal(-365);
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
    expect(weekdayOf('2026-11-26')).to.equal('th');
  });
});
