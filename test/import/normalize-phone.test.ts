import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { phoneSchema } from '../../src/catalog/schema.js';
import { countryOfNumbers, normalizePhone, splitPhones } from '../../src/import/normalize/phone.js';

describe('normalizePhone', () => {
  it('writes German numbers internationally; the part after a dash is the direct-dial end of the number', () => {
    expect(normalizePhone('02307 148-0', 'DE')).to.deep.equal({ phone: '+49 2307 1480' });
    expect(normalizePhone('(02307) 92 33-0', 'DE')).to.deep.equal({ phone: '+49 2307 92330' });
    expect(normalizePhone('02307/148-12', 'DE')).to.deep.equal({ phone: '+49 2307 14812' });
    expect(normalizePhone('0171 1234567', 'DE')).to.deep.equal({ phone: '+49 171 1234567' });
    expect(normalizePhone('+49 (0) 2307 148-0', 'DE')).to.deep.equal({ phone: '+49 2307 1480' });
    expect(normalizePhone('0049 2307 1480', 'DE')).to.deep.equal({ phone: '+49 2307 1480' });
    expect(normalizePhone('0800 1110111', 'DE')).to.deep.equal({ phone: '+49 800 1110111' });
  });

  it('takes a written `Durchwahl` as digits of the number', () => {
    expect(normalizePhone('02307 148 Durchwahl 12', 'DE')).to.deep.equal({ phone: '+49 2307 14812' });
    expect(normalizePhone('02307 148 (DW -12)', 'DE')).to.deep.equal({ phone: '+49 2307 14812' });
  });

  it('gives the switchboard number and the extension apart for English extensions', () => {
    expect(normalizePhone('020 7946 0000 ext. 12', 'GB')).to.deep.equal({ phone: '+44 20 7946 0000', extension: '12' });
    expect(normalizePhone('(212) 555-0100 x3', 'US')).to.deep.equal({ phone: '+1 212 555 0100', extension: '3' });
  });

  it('reads UK numbers of council feeds', () => {
    expect(normalizePhone('0800 123 4567', 'GB')).to.deep.equal({ phone: '+44 800 123 4567' });
    expect(normalizePhone('01234 567890', 'GB')).to.deep.equal({ phone: '+44 1234 567890' });
    expect(normalizePhone('07911 123456', 'GB')).to.deep.equal({ phone: '+44 7911 123456' });
  });

  it('keeps the EU-harmonised short numbers (Nummer gegen Kummer) as written', () => {
    expect(normalizePhone('116 111', 'DE')).to.deep.equal({ phone: '116 111' });
    expect(normalizePhone('116123', 'GB')).to.deep.equal({ phone: '116 123' });
  });

  it('says what is wrong: not a number, too short, invalid', () => {
    expect(normalizePhone('auf Anfrage', 'DE')).to.deep.equal({ problem: 'not-a-number', raw: 'auf Anfrage' });
    expect(normalizePhone('110', 'DE')).to.deep.equal({ problem: 'too-short', raw: '110' });
    expect(normalizePhone('148-0', 'DE')).to.deep.equal({ problem: 'invalid', raw: '148-0' });
    expect(normalizePhone('0228 12345678901234', 'DE')).to.deep.equal({
      problem: 'invalid',
      raw: '0228 12345678901234',
    });
  });

  it('writes only what the catalog schema takes', () => {
    for (const [raw, country] of [
      ['02307 148-0', 'DE'],
      ['0800 123 4567', 'GB'],
      ['(212) 555-0100', 'US'],
      ['116 111', 'DE'],
    ] as const) {
      const result = normalizePhone(raw, country);
      expect('phone' in result && z.safeParse(phoneSchema, result.phone).success, raw).to.equal(true);
    }
  });
});

describe('splitPhones', () => {
  it('separates numbers a GIS export set side by side: a run of spaces, or two that are too long to be one (Chemnitz open data)', () => {
    expect(splitPhones('0371 6004814           0371 4334132')).to.deep.equal([
      { number: '0371 6004814' },
      { number: '0371 4334132' },
    ]);
    expect(splitPhones('0371 533450 0371 369230')).to.deep.equal([
      { number: '0371 533450' },
      { number: '0371 369230' },
    ]);
    expect(splitPhones('0159 06501248 037200 88291')).to.deep.equal([
      { number: '0159 06501248' },
      { number: '037200 88291' },
    ]);
    // One number in old notation stays one.
    expect(splitPhones('0231 / 7 7 1')).to.deep.equal([{ number: '0231 / 7 7 1' }]);
    expect(splitPhones('02307 92 33 0')).to.deep.equal([{ number: '02307 92 33 0' }]);
  });

  it('splits a cell at labels, separators and `or`, labelling faxes and mobiles', () => {
    expect(splitPhones('Tel. 02307 148-0 / Fax 02307 148-99')).to.deep.equal([
      { number: '02307 148-0', label: 'phone' },
      { number: '02307 148-99', label: 'fax' },
    ]);
    expect(splitPhones('0800 123 4567 or 01234 567890')).to.deep.equal([
      { number: '0800 123 4567' },
      { number: '01234 567890' },
    ]);
    expect(splitPhones('(02307) 92 33-0; 0171 1234567')).to.deep.equal([
      { number: '(02307) 92 33-0' },
      { number: '0171 1234567' },
    ]);
    expect(splitPhones('Telefon: 02307 148-0\nTelefax: 02307 148-99\nMobil: 0171 1234567')).to.deep.equal([
      { number: '02307 148-0', label: 'phone' },
      { number: '02307 148-99', label: 'fax' },
      { number: '0171 1234567', label: 'mobile' },
    ]);
    expect(splitPhones('T: 01234 567890, F: 01234 567891, M: 07911 123456')).to.deep.equal([
      { number: '01234 567890', label: 'phone' },
      { number: '01234 567891', label: 'fax' },
      { number: '07911 123456', label: 'mobile' },
    ]);
  });

  it('keeps old German notation with a slash as one number, but splits two complete numbers at ` / `', () => {
    expect(splitPhones('02307/148-0')).to.deep.equal([{ number: '02307/148-0' }]);
    expect(splitPhones('Tel.: 02307 / 148-0')).to.deep.equal([{ number: '02307 / 148-0', label: 'phone' }]);
    expect(splitPhones('0171 1234567 / 0172 7654321')).to.deep.equal([
      { number: '0171 1234567' },
      { number: '0172 7654321' },
    ]);
  });

  it('takes a number shared with the fax as a phone, names and words around a number as no part of it', () => {
    expect(splitPhones('Tel./Fax: 02307 148-0')).to.deep.equal([{ number: '02307 148-0', label: 'phone' }]);
    expect(splitPhones('Frau Müller: 02307 148-12 (vormittags)')).to.deep.equal([{ number: '02307 148-12' }]);
    expect(splitPhones('Handy 0171 1234567 und Festnetz 02307 148-0')).to.deep.equal([
      { number: '0171 1234567', label: 'mobile' },
      { number: '02307 148-0' },
    ]);
    expect(splitPhones('020 7946 0000 ext. 12')).to.deep.equal([{ number: '020 7946 0000 ext. 12' }]);
  });
});

describe('countryOfNumbers', () => {
  it('is the country most internationally written numbers belong to', () => {
    expect(countryOfNumbers(['+49 2307 1480', '0049 2307 92330', '02307 148-0', '+44 20 7946 0000'])).to.equal('DE');
    expect(countryOfNumbers(['+44 1234 567890', '+44 800 123 4567'])).to.equal('GB');
  });

  it('is undefined without international numbers or on a tie', () => {
    expect(countryOfNumbers(['02307 148-0', '0171 1234567'])).to.equal(undefined);
    expect(countryOfNumbers(['+49 2307 1480', '+44 1234 567890'])).to.equal(undefined);
    expect(countryOfNumbers([])).to.equal(undefined);
  });
});
