// Paragraphs and lists read from a catalog text's plain-text structure: the
// rules by example, and as properties that no text is lost on the way
// (whatever the text) and that a structured text reads back as it was written.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { textBlocks, type TextBlock } from '../../src/catalog/text-blocks.js';

const paragraph = (...lines: string[]): TextBlock => ({ kind: 'paragraph', lines });
const bullets = (...items: string[]): TextBlock => ({ kind: 'list', ordered: false, items });
const numbered = (...items: string[]): TextBlock => ({ kind: 'list', ordered: true, items });

describe('textBlocks', () => {
  it('gives nothing for an empty or blank text', () => {
    expect(textBlocks('')).to.deep.equal([]);
    expect(textBlocks(' \n\t\n ')).to.deep.equal([]);
  });

  it('splits paragraphs at blank lines and keeps single line breaks, for LF, CRLF and CR', () => {
    const expected = [paragraph('Treffpunkt für Eltern.', 'Jeden Dienstag.'), paragraph('Ohne Anmeldung.')];
    expect(textBlocks('Treffpunkt für Eltern.\nJeden Dienstag.\n\nOhne Anmeldung.')).to.deep.equal(expected);
    expect(textBlocks('Treffpunkt für Eltern.\r\nJeden Dienstag.\r\n\r\nOhne Anmeldung.\r\n')).to.deep.equal(expected);
    expect(textBlocks('Treffpunkt für Eltern.\rJeden Dienstag.\r\rOhne Anmeldung.')).to.deep.equal(expected);
    expect(textBlocks('\n\n  Treffpunkt für Eltern.  \n\tJeden Dienstag.\n \n\n\nOhne Anmeldung.\n\n')).to.deep.equal(
      expected,
    );
  });

  it('makes one unordered list of lines starting with •, - or *, without the markers', () => {
    expect(textBlocks('• Ausweis\n- Mutterpass\n*  Versichertenkarte')).to.deep.equal([
      bullets('Ausweis', 'Mutterpass', 'Versichertenkarte'),
    ]);
  });

  it('makes an ordered list of lines numbered 1. 2) 3. …', () => {
    expect(textBlocks('1. Anrufen\n2) Termin ausmachen\n3. Vorbeikommen')).to.deep.equal([
      numbered('Anrufen', 'Termin ausmachen', 'Vorbeikommen'),
    ]);
  });

  it('starts a list right after a paragraph line, and a paragraph right after a list', () => {
    expect(
      textBlocks('Bitte mitbringen:\n• Ausweis\n• Mutterpass\nDer Rest ergibt sich.\n\n1. Anrufen\n2. Kommen'),
    ).to.deep.equal([
      paragraph('Bitte mitbringen:'),
      bullets('Ausweis', 'Mutterpass'),
      paragraph('Der Rest ergibt sich.'),
      numbered('Anrufen', 'Kommen'),
    ]);
  });

  it('ends a list at a blank line or where the kind of marker changes', () => {
    expect(textBlocks('- a\n\n- b\n1. c')).to.deep.equal([bullets('a'), bullets('b'), numbered('c')]);
  });

  it('keeps a number that the list would not show as written: a list counts 1, 2, 3 …', () => {
    expect(textBlocks('3. Oktober: Tag der offenen Tür')).to.deep.equal([paragraph('3. Oktober: Tag der offenen Tür')]);
    expect(textBlocks('1. Anrufen\n3. Kommen')).to.deep.equal([numbered('Anrufen'), paragraph('3. Kommen')]);
    expect(textBlocks('1. Anrufen\n1. Kommen')).to.deep.equal([numbered('Anrufen'), numbered('Kommen')]);
    expect(textBlocks('0. Vorab')).to.deep.equal([paragraph('0. Vorab')]);
  });

  it('needs a space and some text after a marker', () => {
    expect(textBlocks('-5 °C\n•Eltern\n1.5 Stunden\n- \n*')).to.deep.equal([
      paragraph('-5 °C', '•Eltern', '1.5 Stunden', '-', '*'),
    ]);
  });

  it('leaves markup as text', () => {
    const attack = '<img src=x onerror="alert(1)"><script>alert(1)</script>';
    expect(textBlocks(`${attack}\n• ${attack}`)).to.deep.equal([paragraph(attack), bullets(attack)]);
  });

  describe('properties', () => {
    const runs = { numRuns: 500 };
    const markerCharacters = new Set([...'•-*.)0123456789']);
    const visible = (text: string) => [...text].filter((c) => !/\s/.test(c));
    const textOf = (blocks: TextBlock[]) =>
      blocks.flatMap((block) => (block.kind === 'paragraph' ? block.lines : block.items)).join('\n');

    /** Texts made mostly of what matters here: markers, digits, spaces and line breaks, with some of anything. */
    const structuredText = fc.string({
      unit: fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constantFrom(
            'a',
            'Ä',
            'ß',
            ' ',
            '\t',
            '\u00a0',
            '\n',
            '\n',
            '\r',
            '•',
            '-',
            '*',
            '1',
            '2',
            '3',
            '0',
            '.',
            ')',
            '<',
          ),
        },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      ),
      maxLength: 80,
    });

    it('loses no text: every character but whitespace and list markers is in the blocks, in order', () => {
      fc.assert(
        fc.property(structuredText, (text) => {
          const kept = visible(textOf(textBlocks(text)));
          let at = 0;
          for (const character of visible(text)) {
            if (kept[at] === character) at += 1;
            else if (!markerCharacters.has(character)) return false;
          }
          return at === kept.length;
        }),
        runs,
      );
    });

    it('gives only trimmed, non-empty lines and items without line breaks', () => {
      fc.assert(
        fc.property(structuredText, (text) =>
          textBlocks(text).every((block) => {
            const parts = block.kind === 'paragraph' ? block.lines : block.items;
            return (
              parts.length > 0 && parts.every((part) => part !== '' && part === part.trim() && !/[\r\n]/.test(part))
            );
          }),
        ),
        runs,
      );
    });

    it('reads a text written from paragraphs and lists back as those blocks', () => {
      const line = fc
        .string({ unit: fc.constantFrom('a', 'b', 'ü', ' ', '-', '1', '.', '<', '•'), minLength: 1, maxLength: 12 })
        .map((s) => s.trim());
      // A paragraph line starts with a letter, so that it cannot read as an item.
      const paragraphLine = fc
        .tuple(fc.constantFrom('W', 'ö', 'Z'), line)
        .map(([first, rest]) => `${first}${rest}`.trim());
      const item = line.filter((s) => s !== '');
      const block: fc.Arbitrary<TextBlock> = fc.oneof(
        fc
          .array(paragraphLine, { minLength: 1, maxLength: 3 })
          .map((lines): TextBlock => ({ kind: 'paragraph', lines })),
        fc.record({
          kind: fc.constant('list' as const),
          ordered: fc.boolean(),
          items: fc.array(item, { minLength: 1, maxLength: 4 }),
        }),
      );
      const write = (blocks: TextBlock[], marker: string, newline: string) =>
        blocks
          .map((b) =>
            (b.kind === 'paragraph'
              ? b.lines
              : b.items.map((text, i) => `${b.ordered ? `${i + 1}${marker === '-' ? '.' : ')'}` : marker} ${text}`)
            ).join(newline),
          )
          .join(newline + newline);
      fc.assert(
        fc.property(
          fc.array(block, { maxLength: 4 }),
          fc.constantFrom('•', '-', '*'),
          fc.constantFrom('\n', '\r\n'),
          (blocks, marker, newline) => {
            expect(textBlocks(write(blocks, marker, newline))).to.deep.equal(blocks);
          },
        ),
        runs,
      );
    });
  });
});
