/**
 * The structure of a long catalog text (an offer's or a milestone's
 * description): paragraphs and lists, read from plain text.
 *
 * The import converts the CMS's texts to plain text with structure rather
 * than keeping their HTML, since the data is untrusted: a blank line
 * separates paragraphs, a single line break is kept, and a line starting
 * with `• `, `- ` or `* ` (`1. `, `2) ` …) is a list item. This reads that
 * back as data, so that the elements and the print page can show it with
 * text nodes only, never as markup.
 */

export type TextBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; ordered: boolean; items: string[] };

/** A list item's marker and the space after it; group 1 is the number of an ordered item. */
const itemMarker = /^(?:[•*-]|(\d{1,3})[.)])\s+/;

/**
 * Paragraphs and lists of `text`. Lines are trimmed; consecutive items form
 * one list, also right after a paragraph line. A line that is no item ends a
 * list and starts a paragraph. Numbered lines are an ordered list only while
 * they count 1, 2, 3 …, since the list numbers them itself: `3. Oktober` on
 * a line of its own stays text, number and all.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  /** The block the next line may continue; a blank line closes it. */
  let open: TextBlock | undefined;
  for (const line of text.split(/\r\n?|\n/).map((raw) => raw.trim())) {
    if (!line) {
      open = undefined;
      continue;
    }
    const marker = itemMarker.exec(line);
    const number = marker?.[1] === undefined ? undefined : Number(marker[1]);
    const ordered = number !== undefined;
    const list = open?.kind === 'list' && open.ordered === ordered ? open : undefined;
    // A bullet continues a list; a number continues one only as the next number, and 1 starts a new one.
    if (marker && (!ordered || number === 1 || number === (list?.items.length ?? 0) + 1)) {
      const item = line.slice(marker[0].length);
      if (list && number !== 1) list.items.push(item);
      else blocks.push((open = { kind: 'list', ordered, items: [item] }));
    } else if (open?.kind === 'paragraph') open.lines.push(line);
    else blocks.push((open = { kind: 'paragraph', lines: [line] }));
  }
  return blocks;
}
