import { describe, it } from 'node:test';
import { expect } from 'chai';
import { strToU8, zipSync } from 'fflate';
import { unzipGuarded, declaresEntities } from '../../src/import/read/zip.js';
import { readErrorMessage } from '../../src/import/read/errors.js';
import { limits, readError, setU32, zipHeaders } from './read-fixtures.js';

const MiB = 1024 * 1024;

/** A small zip whose one entry inflates to `size` zero bytes. */
const bomb = (size: number) =>
  zipSync(
    { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(size) },
    { level: 9 },
  );

describe('unzipGuarded', () => {
  it('gives the entries of a zip by name, directories left out', () => {
    const zip = zipSync({
      'a.xml': strToU8('<a/>'),
      'dir/': new Uint8Array(0),
      'dir/b.txt': [strToU8('stored'), { level: 0 }],
    });
    const entries = unzipGuarded(zip, 'a.zip', limits());
    expect([...entries.keys()]).to.deep.equal(['a.xml', 'dir/b.txt']);
    expect(new TextDecoder().decode(entries.get('dir/b.txt'))).to.equal('stored');
  });

  it('stops a zip bomb: one small entry inflating past the cap', async () => {
    const zip = bomb(8 * MiB);
    expect(zip.length).to.be.below(20_000);
    const error = await readError(() => unzipGuarded(zip, 'bombe.xlsx', limits({ zipBytes: MiB })), 'zip-too-large');
    expect(readErrorMessage(error)).to.equal(
      'bombe.xlsx: entpackt mehr als 1 MiB, mehr liest der Import nicht. Bitte Bilder und nicht benötigte Blätter entfernen oder die Datei aufteilen.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'bombe.xlsx: unpacked more than 1 MiB, the import reads no more. Please remove pictures and sheets not needed, or split the file.',
    );
  });

  it('counts the bytes actually inflated, whatever sizes the headers declare', async () => {
    const zip = bomb(8 * MiB);
    const { local, central } = zipHeaders(zip);
    // Each header says the entries inflate to 100 bytes.
    for (const at of local) setU32(zip, at + 22, 100);
    for (const at of central) setU32(zip, at + 24, 100);
    await readError(() => unzipGuarded(zip, 'bombe.xlsx', limits({ zipBytes: MiB })), 'zip-too-large');
  });

  it('counts every entry of the central directory, also entries pointing at the same data', async () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(600 * 1024), 'b.xml': strToU8('<b/>') }, { level: 9 });
    const { central } = zipHeaders(zip);
    // b.xml's directory entry points at a.xml's data: together over 1 MiB.
    const view = new DataView(zip.buffer);
    view.setUint32(central[1]! + 42, view.getUint32(central[0]! + 42, true), true);
    view.setUint32(central[1]! + 20, view.getUint32(central[0]! + 20, true), true);
    expect(() => unzipGuarded(zip, 'a.xlsx', limits())).not.to.throw();
    await readError(() => unzipGuarded(zip, 'a.xlsx', limits({ zipBytes: MiB })), 'zip-too-large');
  });

  it('refuses a zip with too many entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`xl/media/image${i}.png`, strToU8('x')]));
    const error = await readError(
      () => unzipGuarded(zipSync(files), 'a.xlsx', limits({ zipEntries: 10 })),
      'zip-too-many-entries',
    );
    expect(readErrorMessage(error)).to.equal(
      'a.xlsx: mehr als 10 Teile, mehr liest der Import nicht. Bitte Bilder und nicht benötigte Blätter entfernen.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'a.xlsx: more than 10 parts, the import reads no more. Please remove pictures and sheets not needed.',
    );
  });

  it('refuses an encrypted entry', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    const { local, central } = zipHeaders(zip);
    zip[local[0]! + 6]! |= 1;
    zip[central[0]! + 8]! |= 1;
    const error = await readError(() => unzipGuarded(zip, 'geheim.xlsx', limits()), 'encrypted');
    expect(readErrorMessage(error)).to.equal('geheim.xlsx: mit Kennwort verschlüsselt. Bitte ohne Kennwort speichern.');
    expect(readErrorMessage(error, 'en')).to.equal(
      'geheim.xlsx: encrypted with a password. Please save it without a password.',
    );
  });

  it('refuses XML parts that declare a DOCTYPE or entities, also in .rels and in UTF-16', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet>&lol2;</worksheet>';
    const error = await readError(
      () => unzipGuarded(zipSync({ 'xl/worksheets/sheet1.xml': strToU8(laughs) }), 'a.xlsx', limits()),
      'xml-entities',
    );
    expect(error.detail).to.equal('xl/worksheets/sheet1.xml');
    await readError(
      () =>
        unzipGuarded(
          zipSync({ '_rels/.rels': strToU8('<!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>') }),
          'a.xlsx',
          limits(),
        ),
      'xml-entities',
    );
    const utf16 = Uint8Array.from([0xff, 0xfe, ...laughs.split('').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(declaresEntities(utf16)).to.equal(true);
    // A text that mentions a DOCTYPE is escaped in XML and harmless.
    expect(declaresEntities(strToU8('<t>&lt;!DOCTYPE html&gt;</t>'))).to.equal(false);
  });

  it('calls a broken zip corrupt', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook>'.repeat(100)) });
    await readError(() => unzipGuarded(zip.subarray(0, 60), 'a.xlsx', limits()), 'corrupt');
    const { local } = zipHeaders(zip);
    // Compressed data overwritten: inflating fails.
    zip.fill(0xff, local[0]! + 30 + 'xl/workbook.xml'.length, local[0]! + 40 + 'xl/workbook.xml'.length);
    const error = await readError(() => unzipGuarded(zip, 'a.xlsx', limits()), 'corrupt');
    expect(readErrorMessage(error)).to.match(
      /^a\.xlsx: beschädigt oder keine Arbeitsmappe \(zip entry xl\/workbook\.xml broken\)\. Bitte/,
    );
  });
});
