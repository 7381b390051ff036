import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  escapeText,
  foldLine,
  splitName,
  toVCard,
  vcardFilename,
  type VCardContact,
} from '../../src/elements/contact-card/vcard.js';

// --- A small RFC 6350 reader, written from the RFC, independent of the generator. ---

interface VCardProperty {
  name: string;
  params: string[];
  /** The raw (still escaped) value. */
  value: string;
}

/** §3.2: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** §3.3: `name *(";" param) ":" value`, one per CRLF line. */
function parseVCard(text: string): VCardProperty[] {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const lines = unfold(text).split('\r\n').slice(0, -1);
  return lines.map((line) => {
    const colon = line.indexOf(':');
    expect(colon, `a property line: ${line}`).to.be.greaterThan(0);
    const [name, ...params] = line.slice(0, colon).split(';');
    return { name: name!.toUpperCase(), params, value: line.slice(colon + 1) };
  });
}

/** Splits at separators that are not escaped (`;` between components, `,` between list items). */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      current += char + value[++i];
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** §3.4: `\\`, `\,`, `\;`, `\n` / `\N`. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Values by property name: text properties unescaped, compound ones as components. */
function read(text: string) {
  const properties = parseVCard(text);
  const one = (name: string) => {
    const found = properties.filter((p) => p.name === name);
    expect(found.length, `${name} at most once`).to.be.at.most(1);
    return found[0];
  };
  const textOf = (name: string) => {
    const property = one(name);
    return property && unescapeText(property.value);
  };
  const components = (name: string) => {
    const property = one(name);
    return property && splitUnescaped(property.value, ';').map(unescapeText);
  };
  return {
    properties,
    names: properties.map((p) => p.name),
    text: textOf,
    components,
    /** N's fields with their comma lists. */
    n: () => {
      const property = one('N');
      return (
        property && splitUnescaped(property.value, ';').map((field) => splitUnescaped(field, ',').map(unescapeText))
      );
    },
    all: (name: string) => properties.filter((p) => p.name === name).map((p) => p.value),
  };
}

const sabine: VCardContact = {
  kind: 'individual',
  name: 'Sabine Kortmann',
  role: 'Koordinatorin Netzwerk Frühe Hilfen und Kinderschutz',
  organization: 'Jugendamt der Stadt Kamen',
  phone: '030 23125 101',
  email: 'sabine.kortmann@jugendamt.example.org',
  url: 'https://jugendamt.example.org/team/sabine-kortmann',
  address: { street: 'Rathausplatz 1', postalCode: '59174', city: 'Kamen', country: 'Deutschland' },
  note: 'Sprechzeiten: Mo–Do 9–12 Uhr, Di 14–17 Uhr',
  languages: ['de', 'en'],
};

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The physical lines as bytes, split at CRLF. */
function physicalLines(text: string): Uint8Array[] {
  const bytes = utf8.encode(text);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  expect(start, 'nothing after the last CRLF').to.equal(bytes.length);
  return lines;
}

function expectWellFormed(text: string) {
  expect(/\r(?!\n)|(?<!\r)\n/.test(text), 'only CRLF line breaks').to.equal(false);
  for (const [index, line] of physicalLines(text).entries()) {
    expect(line.length, `line ${index} has at most 75 octets`).to.be.at.most(75);
    // Each physical line on its own is valid UTF-8: no sequence was split by folding.
    expect(() => strictUtf8.decode(line), `line ${index} is valid UTF-8 on its own`).not.to.throw();
  }
}

describe('vCard 4.0 generator', () => {
  it('writes the exact vCard for a person, with CRLF line endings', () => {
    expect(toVCard(sabine)).to.equal(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:individual',
        'FN:Sabine Kortmann',
        'N:Kortmann;Sabine;;;',
        'ORG:Jugendamt der Stadt Kamen',
        'TITLE:Koordinatorin Netzwerk Frühe Hilfen und Kinderschutz',
        'TEL;VALUE=uri:tel:+493023125101',
        'EMAIL:sabine.kortmann@jugendamt.example.org',
        'URL:https://jugendamt.example.org/team/sabine-kortmann',
        'ADR:;;Rathausplatz 1;Kamen;;59174;Deutschland',
        'NOTE:Sprechzeiten: Mo–Do 9–12 Uhr\\, Di 14–17 Uhr',
        'LANG:de',
        'LANG:en',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('writes an organisation as KIND:org with ORG and without N', () => {
    expect(
      toVCard({
        kind: 'org',
        name: 'Jugendamt der Stadt Kamen',
        phone: '030 23125 100',
        email: 'jugendamt@example.org',
        url: 'https://jugendamt.example.org',
        address: { street: 'Rathausplatz 1', postalCode: '59174', city: 'Kamen' },
      }),
    ).to.equal(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:org',
        'FN:Jugendamt der Stadt Kamen',
        'ORG:Jugendamt der Stadt Kamen',
        'TEL;VALUE=uri:tel:+493023125100',
        'EMAIL:jugendamt@example.org',
        'URL:https://jugendamt.example.org/',
        'ADR:;;Rathausplatz 1;Kamen;;59174;',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes backslash, comma, semicolon and newline (RFC 6350 §3.4), nothing else', () => {
    expect(escapeText('a\\b,c;d\ne:f"g')).to.equal('a\\\\b\\,c\\;d\\ne:f"g');
    expect(escapeText('https://example.org')).to.equal('https://example.org');
  });

  it('writes phone numbers as E.164 tel: URIs from every German notation', () => {
    for (const phone of ['02307 148-0', '+49 (0) 2307 1480', '0049 2307 1480', '+49 2307 1480']) {
      expect(read(toVCard({ kind: 'individual', name: 'A B', phone })).all('TEL')).to.deep.equal(['tel:+4923071480']);
      expect(toVCard({ kind: 'individual', name: 'A B', phone })).to.contain('\r\nTEL;VALUE=uri:tel:+4923071480\r\n');
    }
  });

  it('leaves out what is not a phone number, e-mail address or web link', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const vcard = toVCard({ kind: 'individual', name: 'A B', phone: hostile, email: hostile, url: hostile });
      expect(read(vcard).names).to.deep.equal(['BEGIN', 'VERSION', 'KIND', 'FN', 'N', 'END']);
    }
    const vcard = toVCard({
      kind: 'individual',
      name: 'A B',
      url: 'ftp://example.org',
      languages: ['de', 'not a tag', 'x;y'],
    });
    expect(read(vcard).names).not.to.include('URL');
    expect(read(vcard).all('LANG')).to.deep.equal(['de']);
  });

  it('percent-encodes comma, semicolon and backslash in a URL instead of escaping them', () => {
    const vcard = toVCard({ kind: 'individual', name: 'A B', url: 'https://example.org/a,b;c?x=1,2' });
    expect(read(vcard).all('URL')).to.deep.equal(['https://example.org/a%2Cb%3Bc?x=1%2C2']);
  });

  it('splits names sensibly for N: last word family name, titles as prefixes, particles with the family name', () => {
    expect(splitName('Sabine Kortmann')).to.deep.equal({
      family: 'Kortmann',
      given: 'Sabine',
      additional: [],
      prefixes: [],
    });
    expect(splitName('Dr. Ute Albers')).to.deep.equal({
      family: 'Albers',
      given: 'Ute',
      additional: [],
      prefixes: ['Dr.'],
    });
    expect(splitName('Prof. Dr. Anna Maria Luise Schulte-Hoppe')).to.deep.equal({
      family: 'Schulte-Hoppe',
      given: 'Anna',
      additional: ['Maria', 'Luise'],
      prefixes: ['Prof.', 'Dr.'],
    });
    expect(splitName('Ursula von der Leyen').family).to.equal('von der Leyen');
    expect(splitName('Mehmet Yıldırım')).to.deep.equal({
      family: 'Yıldırım',
      given: 'Mehmet',
      additional: [],
      prefixes: [],
    });
    expect(splitName('Cher')).to.deep.equal({ family: 'Cher', given: '', additional: [], prefixes: [] });
    expect(read(toVCard({ kind: 'individual', name: 'Prof. Dr. Anna Maria Luise Schulte-Hoppe' })).n()).to.deep.equal([
      ['Schulte-Hoppe'],
      ['Anna'],
      ['Maria', 'Luise'],
      ['Prof.', 'Dr.'],
      [''],
    ]);
  });

  it('round-trips hostile values through an RFC 6350 reader', () => {
    const hostile = 'Müller; Sohn, \\n "x"\nzweite Zeile \\ ; , 😀';
    const longName = `${'Ä'.repeat(100)}ö ${'Üß'.repeat(50)}`;
    const contact: VCardContact = {
      kind: 'individual',
      name: `${hostile} ${longName}`,
      role: hostile,
      organization: hostile,
      address: { street: hostile, postalCode: '59174', city: 'Kamen; Westf., 👪', country: 'Deutschland' },
      note: `${hostile}\r\nMo–Fr 👍🏽 9–12 Uhr`,
    };
    const vcard = toVCard(contact);
    expectWellFormed(vcard);
    const card = read(vcard);
    expect(card.text('FN')).to.equal(contact.name);
    expect(card.text('TITLE')).to.equal(hostile);
    expect(card.components('ORG')).to.deep.equal([hostile]);
    expect(card.components('ADR')).to.deep.equal(['', '', hostile, 'Kamen; Westf., 👪', '', '59174', 'Deutschland']);
    expect(card.text('NOTE')).to.equal(`${hostile}\nMo–Fr 👍🏽 9–12 Uhr`);
    // N keeps every word: the family name is the last one.
    expect(card.n()![0]).to.deep.equal(['Üß'.repeat(50)]);
  });

  it('folds at 75 octets without splitting a UTF-8 sequence, at any offset', () => {
    for (const filler of ['ä', '€', '😀', 'x']) {
      for (let offset = 0; offset < 8; offset++) {
        const name = `${'a'.repeat(offset)}${filler.repeat(120)} Müller`;
        const vcard = toVCard({ kind: 'individual', name, note: `${'b'.repeat(offset)}${filler.repeat(200)}` });
        expectWellFormed(vcard);
        const card = read(vcard);
        expect(card.text('FN')).to.equal(name);
        expect(card.text('NOTE')).to.equal(`${'b'.repeat(offset)}${filler.repeat(200)}`);
      }
    }
  });

  it('folds a long line into lines of exactly 75 octets, continuation lines starting with one space', () => {
    const folded = foldLine(`NOTE:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).to.have.length(75);
    expect(lines[1]).to.equal(` ${'x'.repeat(74)}`);
    expect(lines.slice(1).every((line) => line.startsWith(' ') && !line.startsWith('  '))).to.equal(true);
    expect(unfold(folded)).to.equal(`NOTE:${'x'.repeat(200)}`);
    expect(foldLine('FN:short')).to.equal('FN:short');
  });

  it('does not fold between a backslash and the character it escapes', () => {
    for (let offset = 0; offset < 4; offset++) {
      const folded = foldLine(`NOTE:${'x'.repeat(69 + offset)}${'\\,'.repeat(40)}`);
      for (const line of folded.split('\r\n').slice(0, -1)) {
        expect(/(^|[^\\])(\\\\)*\\$/.test(line), `no line ends inside an escape: ${line}`).to.equal(false);
      }
    }
  });

  it('drops control characters and replaces lone surrogates, so the file is valid UTF-8', () => {
    const vcard = toVCard({ kind: 'individual', name: 'A\u0000B\u0007C\tD \uD800 E', note: 'x\u001by' });
    expectWellFormed(vcard);
    expect(read(vcard).text('FN')).to.equal('ABC D \uFFFD E');
    expect(read(vcard).text('NOTE')).to.equal('xy');
  });

  it('round-trips any text (property test)', () => {
    // What the generator promises to keep: the text, with CRLF/CR as LF, tabs as spaces,
    // other control characters dropped and the ends trimmed.
    const expected = (value: string) =>
      value
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, ' ')
        // eslint-disable-next-line no-control-regex -- the control characters the writer must remove
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
        .trim();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (a, b) => {
          const vcard = toVCard({ kind: 'individual', name: `N ${b}`, role: a, organization: b, note: `${a}\n${b}` });
          expectWellFormed(vcard);
          const card = read(vcard);
          expect(card.text('FN')).to.equal(expected(`N ${b}`));
          expect(card.text('TITLE')).to.equal(expected(a) || undefined);
          expect(card.components('ORG')).to.deep.equal(expected(b) ? [expected(b)] : undefined);
          expect(card.text('NOTE')).to.equal(expected(`${a}\n${b}`) || undefined);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes a safe file name', () => {
    expect(vcardFilename('Sabine Kortmann')).to.equal('Sabine Kortmann.vcf');
    expect(vcardFilename('Dr. Hakan Çelik')).to.equal('Dr. Hakan Çelik.vcf');
    expect(vcardFilename('../../etc/passwd')).to.equal('etc passwd.vcf');
    expect(vcardFilename('a<b>c:d"e|f?g*h\\i\nj')).to.equal('a b c d e f g h i j.vcf');
    expect(vcardFilename('   ', 'Kontakt')).to.equal('Kontakt.vcf');
    expect([...vcardFilename('Ä'.repeat(200)).replace(/\.vcf$/, '')]).to.have.length(80);
  });
});
