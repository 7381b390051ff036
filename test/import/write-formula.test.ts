import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { neutralizeFormula, restoreFormula } from '../../src/import/write/formula.js';
import { csvField, startsLikeFormula } from '../../src/catalog/csv-field.js';

describe('neutralizeFormula and restoreFormula', () => {
  it('protects what a spreadsheet would run, as the coverage export does, but not plain numbers', () => {
    for (const text of ['=SUMME(A1)', '+49 2307 1234', '-Leerzeile', '@cmd', '\tx', '\rx', '-1e-7'])
      expect(neutralizeFormula(text)).to.equal(`'${text}`);
    for (const text of ['Kita', '-0.75', '-0,5', '-3', '59174', '', "'=x", ' =x'])
      expect(neutralizeFormula(text)).to.equal(text);
    // The same rule as csvField, which quotes on top.
    expect(csvField('=SUMME(A1;A2)')).to.equal(`"'=SUMME(A1;A2)"`);
  });

  it('removes one apostrophe, only where neutralizeFormula put one', () => {
    expect(restoreFormula("'=SUMME(A1)")).to.equal('=SUMME(A1)');
    expect(restoreFormula("''=x")).to.equal("''=x");
    expect(restoreFormula("'Kita")).to.equal("'Kita");
    expect(restoreFormula("'-0,5")).to.equal("'-0,5");
  });

  it('gives back every text that does not itself start with an apostrophe before =, +, -, @, tab or CR', () => {
    // Such a text ('=A1) is the one ambiguity: it reads as the formula text =A1 (see formula.ts).
    const start = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '', '-1', "'=", 'a');
    const text = fc.tuple(start, fc.string({ unit: 'grapheme-composite' })).map(([head, tail]) => head + tail);
    fc.assert(
      fc.property(
        text.filter((s) => !(s.startsWith("'") && startsLikeFormula(s.slice(1)))),
        (s) => restoreFormula(neutralizeFormula(s)) === s,
      ),
      { numRuns: 2000 },
    );
  });
});
