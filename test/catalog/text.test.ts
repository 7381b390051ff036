import { expect } from '@open-wc/testing';
import { fold, highlight, stem, tokenize, words } from '../../src/catalog/text.js';

describe('German text analysis', () => {
  it('folds umlauts, ß and their typewriter spellings together', () => {
    expect(fold('mütter')).to.equal('mutter');
    expect(fold('muetter')).to.equal('mutter');
    expect(fold('mutter')).to.equal('mutter');
    expect(fold('straße')).to.equal(fold('strasse'));
    expect(fold('frühe')).to.equal(fold('fruehe'));
    expect(fold('förderung')).to.equal(fold('foerderung'));
    expect(fold('café')).to.equal('cafe');
    expect(fold('işbirliği')).to.equal('isbirligi');
  });

  it('leaves letters of other scripts alone', () => {
    expect(fold('привіт')).to.equal('привіт');
    expect(fold('йод')).to.equal('йод');
    expect(fold('مرحبا')).to.equal('مرحبا');
  });

  it('gives inflected forms one stem', () => {
    const same = (a: string, b: string) => expect(stem(fold(a)), `${a} ~ ${b}`).to.equal(stem(fold(b)));
    same('hebamme', 'hebammen');
    same('familie', 'familien');
    same('kinder', 'kindern');
    same('kind', 'kinder');
    same('schule', 'schulen');
    same('beratung', 'beratungen');
    same('kita', 'kitas');
    same('kurs', 'kurse');
    same('mütter', 'mutter');
  });

  it('splits words at hyphens, slashes and punctuation, keeping positions', () => {
    expect(words('Schlaf- und Schreiambulanz, 33-Cent-Projekt/Kamen')).to.deep.equal([
      'schlaf',
      'und',
      'schreiambulanz',
      '33',
      'cent',
      'projekt',
      'kamen',
    ]);
    const [first] = tokenize('  Müttercafé');
    expect(first).to.deep.equal({ surface: 'müttercafé', start: 2, end: 12 });
  });

  it('normalises decomposed umlauts (as some editors save them)', () => {
    expect(words('Mu\u0308tter')).to.deep.equal(['mütter']);
  });

  it('highlights matched words as data, not markup', () => {
    expect(highlight('Die <b>Familienhebammen</b> kommen', new Set(['familienhebammen']))).to.deep.equal([
      { text: 'Die <b>', match: false },
      { text: 'Familienhebammen', match: true },
      { text: '</b> kommen', match: false },
    ]);
    expect(highlight('Kein Treffer', new Set())).to.deep.equal([{ text: 'Kein Treffer', match: false }]);
  });
});
