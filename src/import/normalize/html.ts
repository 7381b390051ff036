/**
 * Texts from CMSs and feeds (descriptions with `<p>`, `<ul>`, `&nbsp;`) into
 * the plain text the catalog holds, with html-to-text. Text that is not
 * markup is left as written (trimmed, CRLF → LF, lines of nothing but
 * spaces made blank): a `<` in "Kinder < 3 Jahre" is text.
 *
 * Text structure convention (what `plainText` writes and the elements render):
 * - paragraphs are separated by one blank line (`<p>`, `<div>`, headings,
 *   lists and tables are paragraphs of their own);
 * - a single line break is kept as a line break (`<br>`, a table row);
 * - a list item is a line starting with `• `, `- ` or `1. ` (`plainText`
 *   writes `• ` and `1. `; people typing plain text write `- `).
 *
 * Links stay visible, since the catalog text has no markup: `Text (https://…)`,
 * the link's URL alone where the text is the address (`www.x.de` → `https://www.x.de/`),
 * the address of a `mailto:` link. Links that lead nowhere outside the
 * source page (`#top`, `/kontakt`, `javascript:`) and `tel:` links keep only
 * their text. Images are dropped, alt text too: in descriptions they are
 * logos and photos whose alt text ("Logo Familienbüro", "IMG_0815.jpg")
 * would only interrupt the sentences. Table cells are joined by `, `.
 */
import { compile, type DomNode, type FormatCallback } from 'html-to-text';

/**
 * A tag of an element that HTML has (a generic `<word>` would take the
 * placeholders of spreadsheets, "<bitte ergänzen>", for tags), a Word tag
 * (`<o:p>`) or a comment.
 */
const tag =
  /<\/?(?:a|abbr|address|article|aside|b|big|blockquote|body|br|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|head|header|hr|html|i|img|ins|li|main|mark|meta|nav|ol|p|pre|q|s|section|small|span|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul|wbr|o:p)(?:\s[^<>]*)?\/?>|<!--/i;
const entity = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
/** Tags that give text its lines; without them, the line breaks are the text's own. */
const lineTag = /<(?:p|br|div|li|h[1-6]|tr|blockquote|hr)\b/i;

/** The visible text of a node and its children, for links and empty cells. */
const textOf = (node: DomNode): string =>
  node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join('');

/** A URL as people write it in link text: no scheme, no `www.`, no trailing slash, any case. */
const bareUrl = (url: string) =>
  url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

const anchor: FormatCallback = (elem, walk, builder) => {
  const href = String(elem.attribs?.href ?? '').trim();
  const text = textOf(elem).replace(/\s+/g, ' ').trim();
  const mail = /^mailto:([^?]*)/i.exec(href)?.[1]?.trim();
  const target = mail ?? (/^https?:\/\//i.test(href) ? href : undefined);
  if (!target || (text && bareUrl(text) === bareUrl(target))) {
    // Text only, or the address alone when the text is the address.
    if (target && text) builder.addInline(target, { noWordTransform: true });
    else walk(elem.children, builder);
    return;
  }
  walk(elem.children, builder);
  builder.addInline(text ? ` (${target})` : target, { noWordTransform: true });
};

const isCell = (node: DomNode) => node.type === 'tag' && (node.name === 'td' || node.name === 'th');

/** A table cell: after the first non-empty one of its row, `, ` before it. */
const cell: FormatCallback = (elem, walk, builder) => {
  const before = (elem.parent?.children ?? []).slice(0, (elem.parent?.children ?? []).indexOf(elem));
  if (textOf(elem).trim() && before.some((node) => isCell(node) && textOf(node).trim()))
    builder.addInline(', ', { noWordTransform: true });
  walk(elem.children, builder);
};

/** The nearest list item or table cell around a node. */
function container(node: DomNode): string | undefined {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (parent.name === 'li' || isCell(parent)) return parent.name;
  return undefined;
}

/**
 * A paragraph (`<p>`, `<div>`, a heading): a blank line around it, but a
 * line break only in a list item, and a space only in a table cell, where
 * editors wrap the text in paragraphs (`<li><p>…</p></li>`).
 */
const paragraph: FormatCallback = (elem, walk, builder) => {
  const within = container(elem);
  if (within === 'td' || within === 'th') {
    builder.addInline(' ', { noWordTransform: true });
    walk(elem.children, builder);
    return;
  }
  const breaks = within === 'li' ? 1 : 2;
  builder.openBlock({ leadingLineBreaks: breaks });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: breaks });
};

const blankLine = { leadingLineBreaks: 2, trailingLineBreaks: 2 };

let converters: { html: (text: string) => string; lines: (text: string) => string } | undefined;

/** Compiled once: compiling the selectors costs more than converting a description. */
function convertersFor() {
  const options = {
    wordwrap: false as const,
    formatters: { anchor, cell, paragraph },
    selectors: [
      { selector: 'a', format: 'anchor' },
      { selector: 'img', format: 'skip' },
      ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'paragraph' })),
      { selector: 'ul', options: { ...blankLine, itemPrefix: '• ' } },
      { selector: 'ol', options: blankLine },
      { selector: 'table', format: 'block', options: blankLine },
      { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: 'td', format: 'cell' },
      { selector: 'th', format: 'cell' },
    ],
  };
  // Text with entities or inline tags only (`Anmeldung <b>bis 15.3.</b>` and a line break) keeps its line
  // breaks: they were written as text, not as HTML source, where a line break is a space.
  return { html: compile(options), lines: compile({ ...options, preserveNewlines: true }) };
}

/** Spaces within lines collapsed (also no-break and narrow ones), lines trimmed, at most one blank line. */
function tidy(text: string): string {
  return text
    .replace(/[\u00ad\u200b]/g, '') // soft hyphens (`Kinder&shy;garten`) and zero-width spaces
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text following the structure convention above, and whether the
 * value was markup (tags or entities) and so converted.
 */
export function plainText(value: string): { text: string; html: boolean } {
  const text = value.replace(/\r\n?/g, '\n');
  // Plain text keeps its spacing; only lines of nothing but spaces (`&nbsp;` pasted from a CMS) become the blank line they look like.
  if (!tag.test(text) && !entity.test(text))
    return {
      text: text
        .replace(/^[^\S\n]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
      html: false,
    };
  converters ??= convertersFor();
  return { text: tidy((lineTag.test(text) ? converters.html : converters.lines)(text)), html: true };
}
