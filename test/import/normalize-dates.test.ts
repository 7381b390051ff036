import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDate } from '../../src/import/normalize/dates.js';

const dates = (values: string[]) => Object.fromEntries(values.map((value) => [value, parseDate(value)]));

describe('parseDate', () => {
  it('ISO dates and date-times, the date as written whatever the offset (HSDS last_modified)', () => {
    expect(
      dates([
        '2026-03-01',
        '2024-05-07T10:00:00Z',
        '2024-05-07 10:00:00',
        '2024-05-07T23:30:00-05:00',
        '2024/05/07',
        '2026-03',
      ]),
    ).to.deep.equal({
      '2026-03-01': '2026-03-01',
      '2024-05-07T10:00:00Z': '2024-05-07',
      '2024-05-07 10:00:00': '2024-05-07',
      '2024-05-07T23:30:00-05:00': '2024-05-07',
      '2024/05/07': '2024-05-07',
      '2026-03': '2026-03-01',
    });
  });

  it('German dates of a Jugendamt list, with a label or a time', () => {
    expect(
      dates([
        '1.3.2026',
        '01.03.26',
        'Stand: 12.03.2026',
        'Stand 03/2026',
        'zuletzt aktualisiert am 1.3.2026',
        '12.03.2026, 14:30 Uhr',
        '1. März 2026',
      ]),
    ).to.deep.equal({
      '1.3.2026': '2026-03-01',
      '01.03.26': '2026-03-01',
      'Stand: 12.03.2026': '2026-03-12',
      'Stand 03/2026': '2026-03-01',
      'zuletzt aktualisiert am 1.3.2026': '2026-03-01',
      '12.03.2026, 14:30 Uhr': '2026-03-12',
      '1. März 2026': '2026-03-01',
    });
  });

  it('a month alone is its first day', () => {
    expect(dates(['März 2026', 'Maerz 2026', 'Sept. 2025', 'Jänner 2026', '03/2026', 'December 2025'])).to.deep.equal({
      'März 2026': '2026-03-01',
      'Maerz 2026': '2026-03-01',
      'Sept. 2025': '2025-09-01',
      'Jänner 2026': '2026-01-01',
      '03/2026': '2026-03-01',
      'December 2025': '2025-12-01',
    });
  });

  it('English dates of UK and US feeds, when the month is a name', () => {
    expect(dates(['7 May 2024', '7th May 2024', 'May 7, 2024', 'Last updated: 21 October 2025'])).to.deep.equal({
      '7 May 2024': '2024-05-07',
      '7th May 2024': '2024-05-07',
      'May 7, 2024': '2024-05-07',
      'Last updated: 21 October 2025': '2025-10-21',
    });
  });

  it('refuses impossible dates, ambiguous US/UK dates and what is no date', () => {
    for (const value of [
      '31.02.2026',
      '29.02.2025',
      '2026-13-01',
      '00.03.2026',
      '5/7/2024',
      '07/05/2024',
      'März',
      '13/2026',
      'Frühjahr 2026',
      '',
      'Mitte 2026',
    ])
      expect(parseDate(value), value).to.equal(undefined);
    expect(parseDate('29.02.2024')).to.equal('2024-02-29');
  });
});
