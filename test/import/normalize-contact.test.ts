import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { emailSchema, webUrlSchema } from '../../src/catalog/schema.js';
import { normalizeEmail, normalizeUrl, splitEmails } from '../../src/import/normalize/contact.js';

describe('normalizeUrl', () => {
  it('adds https:// to addresses written without it', () => {
    expect(normalizeUrl('www.kamen.de')).to.equal('https://www.kamen.de');
    expect(normalizeUrl(' kamen.de/familienbuero ')).to.equal('https://kamen.de/familienbuero');
    expect(normalizeUrl('familienzentrum-kamen.de:8080/kurse?tag=mo')).to.equal(
      'https://familienzentrum-kamen.de:8080/kurse?tag=mo',
    );
    expect(normalizeUrl('//www.kamen.de/kita')).to.equal('https://www.kamen.de/kita');
  });

  it('keeps http and https as written (scheme in lower case), without quotes or a full stop after it', () => {
    expect(normalizeUrl('http://www.kamen.de/')).to.equal('http://www.kamen.de/');
    expect(normalizeUrl('HTTPS://www.Kamen.de/Kita')).to.equal('https://www.Kamen.de/Kita');
    expect(normalizeUrl('"https://www.kamen.de/kita-navigator".')).to.equal('https://www.kamen.de/kita-navigator');
    expect(normalizeUrl('<https://www.kamen.de>')).to.equal('https://www.kamen.de');
  });

  it('refuses what is no web link', () => {
    for (const value of [
      'javascript:alert(1)',
      'mailto:info@kamen.de',
      'ftp://kamen.de/',
      'data:text/html,hi',
      'info@kamen.de',
      'Familienbüro',
      'siehe Homepage',
      'https://intranet/',
      'www.kamen.de oder www.unna.de',
      '',
    ])
      expect(normalizeUrl(value), value).to.equal(undefined);
  });

  it('gives only what the catalog schema takes', () => {
    for (const value of ['www.kamen.de', 'kamen.de/familienbuero', 'http://www.kamen.de/'])
      expect(z.safeParse(webUrlSchema, normalizeUrl(value)).success).to.equal(true);
  });
});

describe('normalizeEmail', () => {
  it('strips mailto:, angle brackets and the spam guards of council pages', () => {
    expect(normalizeEmail(' familienbuero@kamen.de ')).to.equal('familienbuero@kamen.de');
    expect(normalizeEmail('mailto:familienbuero@kamen.de?subject=Anfrage')).to.equal('familienbuero@kamen.de');
    expect(normalizeEmail('Familienbüro Kamen <familienbuero@kamen.de>')).to.equal('familienbuero@kamen.de');
    expect(normalizeEmail('familienbuero(at)kamen.de')).to.equal('familienbuero@kamen.de');
    expect(normalizeEmail('familienbuero [at] kamen [dot] de')).to.equal('familienbuero@kamen.de');
    expect(normalizeEmail('info@kamen.de.')).to.equal('info@kamen.de');
  });

  it('refuses what is no address, and gives only what the catalog schema takes', () => {
    for (const value of ['info@kamen', 'Familienbüro', 'info @ kamen.de', '@kamen.de', ''])
      expect(normalizeEmail(value), value).to.equal(undefined);
    expect(z.safeParse(emailSchema, normalizeEmail('kita.sonnenblume(at)kamen.de')).success).to.equal(true);
  });
});

describe('splitEmails', () => {
  it('gives the addresses in a cell as written, leaving labels and names out', () => {
    expect(splitEmails('info@kamen.de; kita@kamen.de')).to.deep.equal(['info@kamen.de', 'kita@kamen.de']);
    expect(splitEmails('Frau Müller: mueller (at) kamen.de\nE-Mail: kita@kamen.de')).to.deep.equal([
      'mueller(at)kamen.de',
      'kita@kamen.de',
    ]);
    expect(splitEmails('Familienbüro <familienbuero@kamen.de>, info@kamen')).to.deep.equal([
      '<familienbuero@kamen.de>',
      'info@kamen',
    ]);
    expect(splitEmails('mailto:info@kamen.de')).to.deep.equal(['info@kamen.de']);
    expect(splitEmails('keine')).to.deep.equal([]);
  });
});
