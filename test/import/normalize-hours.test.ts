import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { openingHoursSchema, type OpeningPeriod, type Weekday } from '../../src/catalog/schema.js';
import {
  formatOpeningHours,
  parseOpeningText,
  parseTime,
  periodsFromDayColumns,
} from '../../src/import/normalize/hours.js';

const weekdays: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const hours = (text: string) => parseOpeningText(text).hours;

describe('parseOpeningText', () => {
  it('German opening texts of Kita lists and Beratungsstellen', () => {
    expect(hours('Mo–Fr 8:00–16:00 Uhr')).to.deep.equal([{ days: weekdays, opens: '08:00', closes: '16:00' }]);
    expect(hours('Di 9–11 Uhr')).to.deep.equal([{ days: ['tu'], opens: '09:00', closes: '11:00' }]);
    expect(hours('Mo, Mi 14-16')).to.deep.equal([{ days: ['mo', 'we'], opens: '14:00', closes: '16:00' }]);
    expect(hours('Montag bis Freitag von 8 bis 12 Uhr')).to.deep.equal([
      { days: weekdays, opens: '08:00', closes: '12:00' },
    ]);
    expect(hours('täglich 10–18 Uhr')).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '10:00', closes: '18:00' },
    ]);
    expect(hours('werktags 7:30-16:30')).to.deep.equal([{ days: weekdays, opens: '07:30', closes: '16:30' }]);
    expect(hours('Sa. 10.00 - 13.00 Uhr')).to.deep.equal([{ days: ['sa'], opens: '10:00', closes: '13:00' }]);
    expect(hours('Öffnungszeiten: Mo.-Fr. 07.30 - 16.30 Uhr')).to.deep.equal([
      { days: weekdays, opens: '07:30', closes: '16:30' },
    ]);
    expect(hours('jeden Mittwoch 9 - 11 Uhr')).to.deep.equal([{ days: ['we'], opens: '09:00', closes: '11:00' }]);
  });

  it('several times and day groups in one segment', () => {
    expect(hours('Mo-Do 8-12 und 13-16 Uhr, Fr 8-12 Uhr')).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '12:00' },
      { days: ['mo', 'tu', 'we', 'th'], opens: '13:00', closes: '16:00' },
      { days: ['fr'], opens: '08:00', closes: '12:00' },
    ]);
    expect(hours('Dienstag und Donnerstag 15:00 - 17:00 Uhr\nSamstag 10-12 Uhr')).to.deep.equal([
      { days: ['tu', 'th'], opens: '15:00', closes: '17:00' },
      { days: ['sa'], opens: '10:00', closes: '12:00' },
    ]);
  });

  it('English opening texts of UK feeds, with noon and midnight right', () => {
    expect(hours('Mon-Fri 9am-5pm')).to.deep.equal([{ days: weekdays, opens: '09:00', closes: '17:00' }]);
    expect(hours('Monday to Friday 9.30am - 4.30pm')).to.deep.equal([
      { days: weekdays, opens: '09:30', closes: '16:30' },
    ]);
    expect(hours('Tuesdays 10am-12pm')).to.deep.equal([{ days: ['tu'], opens: '10:00', closes: '12:00' }]);
    expect(hours('Saturday 9 - 11am')).to.deep.equal([{ days: ['sa'], opens: '09:00', closes: '11:00' }]);
    expect(hours('Thursday 1-3pm')).to.deep.equal([{ days: ['th'], opens: '13:00', closes: '15:00' }]);
    expect(hours('Friday 9pm - 12am')).to.deep.equal([{ days: ['fr'], opens: '21:00', closes: '24:00' }]);
    expect(hours('Sat 9am - noon')).to.deep.equal([{ days: ['sa'], opens: '09:00', closes: '12:00' }]);
    expect(hours('Mon - Fri: 0900-1700')).to.deep.equal([{ days: weekdays, opens: '09:00', closes: '17:00' }]);
  });

  it('24:00 closes; past midnight needs an evening start or minutes, `9-5` is refused', () => {
    expect(hours('Sa 18–24 Uhr')).to.deep.equal([{ days: ['sa'], opens: '18:00', closes: '24:00' }]);
    expect(hours('Fr 22-6 Uhr')).to.deep.equal([{ days: ['fr'], opens: '22:00', closes: '06:00' }]);
    expect(parseOpeningText('Mon-Fri 9-5')).to.deep.equal({ unparsed: ['Mon-Fri 9-5'] });
    expect(parseOpeningText('Mo 24:00-8:00')).to.deep.equal({ unparsed: ['Mo 24:00-8:00'] });
    expect(parseOpeningText('Mo 9-9 Uhr')).to.deep.equal({ unparsed: ['Mo 9-9 Uhr'] });
  });

  it('additions without times are kept in the text and do not block; closed days give no period', () => {
    expect(parseOpeningText('Mo–Fr 8–12 Uhr\nnach Vereinbarung')).to.deep.equal({
      hours: [{ days: weekdays, opens: '08:00', closes: '12:00' }],
      unparsed: [],
    });
    expect(parseOpeningText('Mo-Fr 8-16 Uhr; Sa/So geschlossen')).to.deep.equal({
      hours: [{ days: weekdays, opens: '08:00', closes: '16:00' }],
      unparsed: [],
    });
    expect(hours('Di 9-11 Uhr und nach telefonischer Vereinbarung')).to.deep.equal([
      { days: ['tu'], opens: '09:00', closes: '11:00' },
    ]);
    expect(hours('Mo 14–16 Uhr, Mi nach Vereinbarung')).to.deep.equal([
      { days: ['mo'], opens: '14:00', closes: '16:00' },
    ]);
    expect(parseOpeningText('Termine nach Vereinbarung')).to.deep.equal({ unparsed: [] });
    expect(parseOpeningText('')).to.deep.equal({ unparsed: [] });
  });

  it('closures and exceptions without days block the hours (they would be wrong in the holidays)', () => {
    expect(parseOpeningText('Mo–Fr 7:00–16:30 Uhr\nIn den Ferien geschlossen')).to.deep.equal({
      unparsed: ['In den Ferien geschlossen'],
    });
    expect(parseOpeningText('Mon-Fri 9am-3pm; closed on bank holidays')).to.deep.equal({
      unparsed: ['closed on bank holidays'],
    });
    expect(parseOpeningText('Tuesdays 10am-12pm (term time only)')).to.deep.equal({
      unparsed: ['Tuesdays 10am-12pm (term time only)'],
    });
    expect(parseOpeningText('So. und feiertags geschlossen')).to.deep.equal({
      unparsed: ['So. und feiertags geschlossen'],
    });
  });

  it('returns the segments not understood, and no hours, when any is not', () => {
    expect(parseOpeningText('7:00 – 16:30 Uhr')).to.deep.equal({ unparsed: ['7:00 – 16:30 Uhr'] });
    expect(parseOpeningText('Mo-Fr 8-12 Uhr\nab 8 Uhr\nMo-Fr vormittags')).to.deep.equal({
      unparsed: ['ab 8 Uhr', 'Mo-Fr vormittags'],
    });
    expect(parseOpeningText('Mo-Fr 8-16 Uhr (Mittagspause 12-13 Uhr)')).to.deep.equal({
      unparsed: ['Mo-Fr 8-16 Uhr (Mittagspause 12-13 Uhr)'],
    });
  });

  it('reads a validity in parentheses for one day group', () => {
    expect(hours('Mo–Fr 08:00–16:00; Sa 10:00–13:00 (ab 01.01.2026, bis 18.12.2026)')).to.deep.equal([
      { days: weekdays, opens: '08:00', closes: '16:00' },
      { days: ['sa'], opens: '10:00', closes: '13:00', validFrom: '2026-01-01', validThrough: '2026-12-18' },
    ]);
    expect(hours('Mo-Fr 9-12 Uhr (bis 31.7.2026)')).to.deep.equal([
      { days: weekdays, opens: '09:00', closes: '12:00', validThrough: '2026-07-31' },
    ]);
    expect(parseOpeningText('Mo 9-12 (ab 18.12.2026, bis 01.01.2026)').hours).to.equal(undefined);
    expect(parseOpeningText('Mo 9-12, Di 9-10 (ab 01.01.2026)').hours).to.equal(undefined);
  });
});

describe('periodsFromDayColumns', () => {
  it('merges days with the same times into periods, in week order', () => {
    const morning = { opens: '8:00', closes: '12:00' };
    const afternoon = { opens: '13:00', closes: '16:00' };
    expect(
      periodsFromDayColumns({
        fr: [morning],
        mo: [morning, afternoon],
        tu: [morning, afternoon],
        we: [],
        sa: [{ opens: '10:00:00', closes: '13:00:00' }],
      }),
    ).to.deep.equal([
      { days: ['mo', 'tu'], opens: '08:00', closes: '12:00' },
      { days: ['mo', 'tu'], opens: '13:00', closes: '16:00' },
      { days: ['fr'], opens: '08:00', closes: '12:00' },
      { days: ['sa'], opens: '10:00', closes: '13:00' },
    ]);
  });

  it('gives no periods when a time cannot be read (half-right hours would lie)', () => {
    expect(
      periodsFromDayColumns({ mo: [{ opens: '8:00', closes: '12:00' }], tu: [{ opens: 'geschlossen', closes: '' }] }),
    ).to.deep.equal([]);
    expect(periodsFromDayColumns({ mo: [{ opens: '24:00', closes: '06:00' }] })).to.deep.equal([]);
  });

  it('reads times as spreadsheets and HSDS write them', () => {
    expect(
      [
        '9',
        '9:00',
        '09:00:00',
        '9.30',
        '0930',
        '8 Uhr',
        '9am',
        '12pm',
        '12am',
        '24:00',
        '25:00',
        '9:60',
        '13pm',
        'mittags',
      ].map(parseTime),
    ).to.deep.equal([
      '09:00',
      '09:00',
      '09:00',
      '09:30',
      '09:30',
      '08:00',
      '09:00',
      '12:00',
      '00:00',
      '24:00',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const date = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const week: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const anyDays = fc.uniqueArray(fc.constantFrom(...week), { minLength: 1, maxLength: 7 });
// Also in week order, so that runs (`Mo–Fr`) are written.
const days = fc.oneof(
  anyDays,
  anyDays.map((d) => [...d].sort((a, b) => week.indexOf(a) - week.indexOf(b))),
);
const period: fc.Arbitrary<OpeningPeriod> = fc
  .record(
    {
      days,
      opens: time,
      closes: fc.oneof(time, fc.constant('24:00')),
      validFrom: date,
      validThrough: date,
    },
    { requiredKeys: ['days', 'opens', 'closes'] },
  )
  .filter((p) => p.opens !== p.closes)
  .map((p) =>
    p.validFrom && p.validThrough && p.validFrom > p.validThrough
      ? { ...p, validFrom: p.validThrough, validThrough: p.validFrom }
      : p,
  );

describe('formatOpeningHours', () => {
  it('writes canonical German text', () => {
    expect(
      formatOpeningHours([
        { days: weekdays, opens: '08:00', closes: '12:00' },
        { days: weekdays, opens: '13:00', closes: '16:00' },
        { days: ['sa'], opens: '10:00', closes: '13:00', validFrom: '2026-01-01', validThrough: '2026-12-18' },
        { days: ['fr', 'sa', 'su', 'mo'], opens: '22:00', closes: '24:00' },
        { days: ['mo', 'we'], opens: '09:00', closes: '11:00', note: { de: 'mit Hebamme', en: 'with a midwife' } },
      ]),
    ).to.equal(
      'Mo–Fr 08:00–12:00, 13:00–16:00; Sa 10:00–13:00 (ab 01.01.2026, bis 18.12.2026); Fr–Mo 22:00–24:00; Mo, Mi 09:00–11:00 (mit Hebamme)',
    );
  });

  it('is read back exactly by parseOpeningText, for any valid opening hours without notes', () => {
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 6 }), (periods) => {
        expect(z.safeParse(openingHoursSchema, periods).success).to.equal(true);
        const text = formatOpeningHours(periods);
        expect(parseOpeningText(text), text).to.deep.equal({ hours: periods, unparsed: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
