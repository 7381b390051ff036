/**
 * A long catalog text (a description) as paragraphs and lists: the blocks of
 * ../../catalog/text-blocks.ts as Lit templates. Every line goes into a text
 * binding, never into markup, since catalog texts are untrusted.
 */
import { html, type TemplateResult } from 'lit';
import { textBlocks } from '../../catalog/text-blocks.js';

const lineBreak = html`<br />`;

/**
 * `<p dir="auto">` per paragraph, its lines separated by `<br>`, and `<ul>` or
 * `<ol>` with `<li dir="auto">` per list: each takes its direction from its
 * own letters. `renderLine` renders a line or an item (the search's
 * highlighting); by default the text as it is.
 */
export function renderTextBlocks(
  text: string,
  renderLine: (line: string) => unknown = (line) => line,
): TemplateResult[] {
  return textBlocks(text).map((block) => {
    if (block.kind === 'paragraph') {
      return html`<p dir="auto">${block.lines.map((line, i) => (i ? [lineBreak, renderLine(line)] : renderLine(line)))}</p>`;
    }
    const items = block.items.map((item) => html`<li dir="auto">${renderLine(item)}</li>`);
    return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  });
}
