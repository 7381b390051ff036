/**
 * German strings of `<offer-coverage>`, the source of every translation (one
 * file per language next to ../de.ts). The command line (`offer-finder
 * stats`) uses the same gap list, so both name gaps alike.
 *
 * Every key starts with `coverage` (all elements' strings are merged into
 * one object per language). Where `<offer-search>` or `<milestone-timeline>`
 * already has the word (Thema, Stadtteil, Stadtweit, the district note, the
 * load errors), the element uses theirs.
 */
import type { Formatters } from '../formatters.js';

const offersDe = (count: number, f: Formatters) =>
  f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` });

/** How many gaps and thin cells, as the heading of their list in the element and in front of it on the command line. */
const gapsDe = (count: number, f: Formatters) =>
  count ? `${f.plural(count, { one: '1 Lücke', other: `${f.number(count)} Lücken` })}:` : 'Keine Lücken.';
const thinDe = (count: number, f: Formatters) =>
  count
    ? `${f.plural(count, { one: '1 Feld ist dünn besetzt', other: `${f.number(count)} Felder sind dünn besetzt` })}:`
    : 'Kein Feld ist dünn besetzt.';
/** The command line's one line: the heading and the cells. */
const listDe = (heading: typeof gapsDe) => (cells: string[], f: Formatters) =>
  cells.length ? `${heading(cells.length, f)} ${cells.join(', ')}.` : heading(0, f);

export const coverageDe = {
  coverageLoading: 'Die Übersicht wird geladen …',
  coverageEmpty: 'Für diese Übersicht sind noch keine Lebensphasen eingetragen.',
  coverageViewLabel: 'Ansicht',
  coverageViewTopics: 'Themen je Lebensphase',
  coverageViewDistricts: 'Stadtteile je Lebensphase',
  coverageAllDistricts: 'Alle Stadtteile',
  /** The table's caption; `district` is the district the topic view is limited to. */
  coverageCaption: (view: 'topics' | 'districts', district: string | undefined) =>
    view === 'districts'
      ? 'Angebote nach Stadtteil und Lebensphase'
      : district
        ? `Angebote nach Thema und Lebensphase in ${district}`
        : 'Angebote nach Thema und Lebensphase in allen Stadtteilen',
  coverageTopicsNote:
    'Ein Angebot zählt bei jedem Thema und jeder Lebensphase, die es nennt. Lücke: kein Angebot. Dünn: nur ein Angebot.',
  coverageDistrictsNote:
    'Gezählt werden die Angebote im Stadtteil und die für die ganze Stadt. Lücke: kein Angebot im Stadtteil selbst. Dünn: nur eines.',
  coverageTotal: 'Angebote insgesamt',
  /** The mark of a cell without offers, written next to its 0. */
  coverageGap: 'Lücke',
  /** The mark of a cell with one offer. */
  coverageThin: 'dünn',
  /** District view: how many of a cell's offers are in the district itself (what its gap or thin mark is about) … */
  coverageLocal: (count: number, f: Formatters) => `${f.number(count)} im Stadtteil`,
  /** … and how many a family there finds, with those for the whole city. */
  coverageWithCitywide: (count: number, f: Formatters) => `${f.number(count)} mit den stadtweiten`,
  /** District view: the header of the CSV column with those counts. */
  coverageLocalColumn: (milestone: string) => `${milestone}: im Stadtteil`,
  /** A cell by its row (topic or district) and column (milestone): in the summary, the list heading, the buttons. */
  coverageCell: (row: string, column: string) => `${row} in „${column}“`,
  /** The gaps and thin cells in one line each (the command line). */
  coverageGaps: listDe(gapsDe),
  coverageThinList: listDe(thinDe),
  /** The element lists them, under these. */
  coverageGapsHeading: gapsDe,
  coverageThinHeading: thinDe,
  coverageWithoutTopic: (count: number, f: Formatters) =>
    f.plural(count, {
      one: '1 Angebot hat kein Thema und steht in keiner Zeile.',
      other: `${f.number(count)} Angebote haben kein Thema und stehen in keiner Zeile.`,
    }),
  coverageOffersHeading: (cell: string, count: number, f: Formatters) => `${cell}: ${offersDe(count, f)}`,
  coverageClose: 'Liste schließen',
  coverageDownload: 'Tabelle als CSV herunterladen',
  /** The name of the downloaded file, without `.csv`. */
  coverageFileName: 'angebote-abdeckung',
};
