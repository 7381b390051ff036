/**
 * The printed page of saved offers (or of one offer): a document of its own
 * in a hidden frame, so that paper gets the offers and nothing of the host
 * page. Built with DOM calls and `textContent` only, since catalog texts are
 * untrusted, and styled with a constructed stylesheet, so that it works
 * under a page's strict CSP (`style-src 'self'`) and Trusted Types: no
 * `<style>` text, no `innerHTML`, no `document.write`.
 */
import type { TextBlock } from '../../catalog/text-blocks.js';
import type { Translation } from '../../i18n/de.js';

export interface PrintedContact {
  name: string;
  role?: string;
  phone?: string;
  email?: string;
  hours?: string;
}

/** An offer as printed: its texts already in the reader's language. */
export interface PrintedOffer {
  title: string;
  provider?: string;
  summary?: string;
  /**
   * The description's paragraphs and lists, read by the element (this chunk
   * loads on a click and imports nothing from the bundle; see vite.config.ts).
   */
  description?: TextBlock[];
  schedule?: string;
  /** The structured opening hours, a period a line (`Di 09:00–11:00`): paper cannot say "jetzt geöffnet". */
  openingHours?: string[];
  /** "Stand: März 2026", or the longer text of an entry not checked for long. */
  updated?: string;
  /** One line: `Musterstraße 1, 59174 Kamen`. */
  address?: string;
  website?: string;
  contacts: PrintedContact[];
}

export interface PrintedPage {
  /** The UI language and its direction, for hyphenation and reading order. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** What is printed: `Merkliste`, or the catalog's title for one offer. */
  heading: string;
  /** The catalog's title under the heading, when the heading is not it already. */
  catalogTitle?: string;
  /** The catalog's date, as the language writes it. */
  dataDate: string;
  /** The link that opens what is printed, so that paper leads back to it. */
  viewUrl: string;
  offers: PrintedOffer[];
}

/** Paper: black on white, the reader's system font, no links in colour, an offer not split across pages where it fits on one. */
const printCss = `
  @page { margin: 18mm 16mm; }
  html { color: #000; background: #fff; font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
  body { margin: 0; overflow-wrap: anywhere; hyphens: auto; }
  header { margin: 0 0 12pt; padding: 0 0 8pt; border-bottom: 1.5pt solid #000; }
  h1 { margin: 0 0 4pt; font-size: 17pt; line-height: 1.2; }
  h2 { margin: 0 0 3pt; font-size: 13.5pt; line-height: 1.25; break-after: avoid; }
  h3 { margin: 6pt 0 2pt; font-size: 11pt; break-after: avoid; }
  p { margin: 0 0 3pt; }
  header p { font-size: 10pt; }
  article { margin: 0 0 12pt; padding: 0 0 10pt; border-bottom: 0.75pt solid #777; break-inside: avoid; }
  article:last-child { border-bottom: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 4pt 0; }
  dt { font-weight: 700; }
  dd { margin: 0; white-space: pre-line; }
  ul, ol { margin: 0 0 3pt; padding: 0; }
  /* The room for a marker on each item's own side: a German list on an Arabic page keeps its bullets on the paper. */
  li { margin-inline-start: 14pt; }
  .contacts { margin: 0; list-style: none; }
  .contacts > li { margin: 0 0 4pt; }
`;

/** Fills an empty HTML document with the page. Pure DOM: every text goes in as `textContent` or a text node. */
export function fillPrintDocument(doc: Document, page: PrintedPage, s: Translation): void {
  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    text?: string,
    attributes: Record<string, string> = {},
  ) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };
  /** Catalog texts take their direction from their own letters, as in the element. */
  const auto = { dir: 'auto' };
  const line = (label: string, value: string) => element('p', `${label}: ${value}`);

  doc.documentElement.lang = page.lang;
  doc.documentElement.dir = page.dir;
  doc.title = page.heading;

  const header = element('header');
  header.append(element('h1', page.heading, auto));
  if (page.catalogTitle) header.append(element('p', page.catalogTitle, auto));
  header.append(line(s.dataDate, page.dataDate), line(s.viewLink, page.viewUrl));

  const main = element('main');
  for (const offer of page.offers) {
    const article = element('article');
    article.append(element('h2', offer.title, auto));
    if (offer.summary) article.append(element('p', offer.summary, auto));
    for (const block of offer.description ?? []) {
      if (block.kind === 'paragraph') {
        const paragraph = element('p', undefined, auto);
        paragraph.append(...block.lines.flatMap((text, i) => (i ? [element('br'), text] : [text])));
        article.append(paragraph);
      } else {
        const list = element(block.ordered ? 'ol' : 'ul');
        list.append(...block.items.map((item) => element('li', item, auto)));
        article.append(list);
      }
    }
    const facts = element('dl');
    const fact = (label: string, value: string | undefined) => {
      if (value) facts.append(element('dt', label), element('dd', value, auto));
    };
    fact(s.offeredBy, offer.provider);
    fact(s.schedule, offer.schedule);
    fact(s.openingHours, offer.openingHours?.join('\n'));
    fact(s.address, offer.address);
    fact(s.website, offer.website);
    if (facts.childElementCount) article.append(facts);
    if (offer.updated) article.append(element('p', offer.updated));
    if (offer.contacts.length) {
      article.append(element('h3', s.contacts));
      const list = element('ul', undefined, { class: 'contacts' });
      for (const contact of offer.contacts) {
        const item = element('li');
        item.append(element('p', contact.role ? `${contact.name}, ${contact.role}` : contact.name, auto));
        if (contact.phone) item.append(line(s.phone, contact.phone));
        if (contact.email) item.append(line(s.email, contact.email));
        if (contact.hours) item.append(line(s.hours, contact.hours));
        list.append(item);
      }
      article.append(list);
    }
    main.append(article);
  }
  doc.body.replaceChildren(header, main);
}

/**
 * Prints the page from a hidden same-origin frame appended to `parent`, and
 * removes the frame once printing is done (`afterprint`). A frame left over
 * from a print that never reported back is replaced.
 */
export function printPage(parent: Element | ShadowRoot, page: PrintedPage, s: Translation): void {
  parent.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = page.heading;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  parent.append(frame);
  // A frame without src holds an empty same-origin about:blank document at once.
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!view) return;
  fillPrintDocument(view.document, page, s);
  // A constructed stylesheet can only be adopted by the document of its own window.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(printCss);
  view.document.adoptedStyleSheets = [sheet];
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.print();
}
