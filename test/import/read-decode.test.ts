import { describe, it } from 'node:test';
import { expect } from 'chai';
import { decodeText } from '../../src/import/read/decode.js';
import { sniffBytes } from '../../src/import/read/sniff.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  Uint8Array.from(text.split('').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (text: string) =>
  Uint8Array.from(text.split('').flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

describe('decodeText', () => {
  it('reads Windows-1252 as Excel writes "CSV" on German Windows: – „ “ € ä ö ü ß, and says why', () => {
    // titel;preis\r\n Kita – „Sonne“;5 €\r\n Bär;Öse üß
    const file = bytes(
      'titel;preis\r\nKita ',
      [0x96],
      ' ',
      [0x84],
      'Sonne',
      [0x93],
      ';5 ',
      [0x80],
      '\r\nB',
      [0xe4],
      'r;',
      [0xd6],
      'se ',
      [0xfc, 0xdf, 0xf6],
    );
    const decoded = decodeText(file, 'liste.csv');
    expect(decoded.encoding).to.equal('windows-1252');
    expect(decoded.text).to.equal('titel;preis\r\nKita – „Sonne“;5 €\r\nBär;Öse üßö');
    expect(decoded.notes).to.deep.equal([
      { code: 'decoded-windows-1252', file: 'liste.csv', line: 2, column: 6, count: 9, detail: '0x96 → „–“' },
    ]);
  });

  it('reads UTF-8 with and without a byte order mark, with no note', () => {
    const text = 'titel;ort\nKita „Bärenhöhle“;Münster – Süd €\n';
    for (const file of [utf8(text), bytes([0xef, 0xbb, 0xbf], text)]) {
      expect(decodeText(file, 'a.csv')).to.deep.equal({ text, encoding: 'utf-8', notes: [] });
    }
  });

  it('reads Excel\'s "Unicode-Text": UTF-16 LE with a byte order mark, tab-separated', () => {
    const text = 'titel\tort\r\nKita „Bärenhöhle“\tMünster – Süd 😀\r\n';
    const decoded = decodeText(Uint8Array.from([0xff, 0xfe, ...utf16le(text)]), 'liste.txt');
    expect(decoded.text).to.equal(text);
    expect(decoded.encoding).to.equal('utf-16le');
    expect(decoded.notes).to.deep.equal([{ code: 'decoded-utf-16', file: 'liste.txt', detail: 'UTF-16 LE' }]);
  });

  it('reads UTF-16 BE, with a byte order mark and without one (from the pattern of NUL bytes)', () => {
    const text = 'titel;ort\nKita Bärenhöhle;Münster\n';
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16be(text)]), 'a.csv')).to.include({
      text,
      encoding: 'utf-16be',
    });
    expect(decodeText(utf16be(text), 'a.csv')).to.include({ text, encoding: 'utf-16be' });
    expect(decodeText(utf16le(text), 'a.csv')).to.include({ text, encoding: 'utf-16le' });
  });

  it('keeps UTF-8 with one broken byte as UTF-8: the byte becomes U+FFFD and the note says where', () => {
    // Valid ü and ä, then a lone 0xE4 (an ä from a Windows-1252 editor) in line 3.
    const file = bytes('name\nMüller;Schäfer\nK', [0xe4], 'se\n');
    const decoded = decodeText(file, 'a.csv');
    expect(decoded.encoding).to.equal('utf-8');
    expect(decoded.text).to.equal('name\nMüller;Schäfer\nK\uFFFDse\n');
    expect(decoded.notes).to.deep.equal([
      { code: 'invalid-utf-8', file: 'a.csv', line: 3, column: 2, count: 1, detail: '0xE4' },
    ]);
  });

  it('reads a mixed file as Windows-1252 when most of its evidence says so (an umlaut followed by « is valid UTF-8)', () => {
    // 0xC4 0xAB is "Ä«" in Windows-1252 and "ī" in UTF-8; the three umlauts around it are not UTF-8.
    const file = bytes('a;b\nZitat ', [0xc4, 0xab], 'x', [0xbb], ';', [0xe4, 0xf6, 0xfc], '\n');
    const decoded = decodeText(file, 'a.csv');
    expect(decoded.encoding).to.equal('windows-1252');
    expect(decoded.text).to.equal('a;b\nZitat Ä«x»;äöü\n');
  });

  it('counts lines as the CSV reader does (CRLF, CR and LF)', () => {
    const decoded = decodeText(bytes('a\r\nb\rc\nd', [0xe9]), 'a.csv');
    expect(decoded.notes[0]).to.include({ line: 4, column: 2 });
  });
});

describe('sniffBytes', () => {
  it('tells formats by their magic numbers, not their names', () => {
    expect(sniffBytes(bytes('PK', [3, 4, 20, 0]))).to.equal('zip');
    expect(sniffBytes(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).to.equal('ole2');
    expect(sniffBytes(utf8('%PDF-1.7\n%âãÏÓ\n'))).to.equal('pdf');
    expect(sniffBytes(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).to.equal('image');
    expect(sniffBytes(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).to.equal('image');
    expect(sniffBytes(Uint8Array.of(0x1f, 0x8b, 8, 0))).to.equal('gzip');
  });

  it('tells text, UTF-16 and binary apart by their bytes', () => {
    expect(sniffBytes(utf8('titel;ort\r\nKita;Münster\r\n'))).to.equal('text');
    expect(sniffBytes(bytes('titel;ort\r\nK', [0xe4], 'se\r\n'))).to.equal('text');
    expect(sniffBytes(Uint8Array.of(0xff, 0xfe, ...utf16le('a\tb')))).to.equal('utf-16');
    expect(sniffBytes(utf16le('titel\tort\r\n'))).to.equal('utf-16');
    // NUL bytes at random places are no UTF-16 pattern.
    expect(sniffBytes(bytes('titel;ort', [0, 0, 0], 'x', [0], 'yz'))).to.equal('binary');
    expect(sniffBytes(bytes('a', [1, 2, 3, 4, 5, 6, 7], 'b'))).to.equal('binary');
  });
});
