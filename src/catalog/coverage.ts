/**
 * Coverage: how many offers there are for each topic (or district) in each
 * milestone, and where there are too few. Shared by `<offer-coverage>` and
 * the command line (`offer-finder stats`); no DOM.
 *
 * Counting follows the search, so that a number here is the number of
 * results a family gets there with the same filters:
 * - an offer counts in every milestone and every topic it lists;
 * - an offer without `districts` is for the whole city and counts in every
 *   district (as in the district facet of `filter.ts`).
 *
 * In the district view every cell also tells how many of its offers name the
 * district itself ("local"): the offers for the whole city are in every
 * district, so only the local ones show where a district has little of its
 * own, and that is what its gaps are about.
 */
import type { Catalog, District, LocalizedText, Milestone, Offer, Topic } from './schema.js';
import { csvField } from './csv-field.js';
import { districtsOf } from './sources.js';

// Moved to csv-field.ts, which the import's writers share; still exported here for the coverage export's callers.
export { csvField };

export type CoverageView = 'topics' | 'districts';

/** `gap`: no offer; `thin`: one offer; `ok`: two or more. */
export type CoverageLevel = 'gap' | 'thin' | 'ok';

/** Offers up to this many make a cell thin; none make it a gap. */
export const thinLimit = 1;

export function coverageLevel(count: number): CoverageLevel {
  return count === 0 ? 'gap' : count <= thinLimit ? 'thin' : 'ok';
}

export interface CoverageCell {
  /** Topic id (topic view) or district id (district view). */
  row: string;
  /** Milestone id. */
  column: string;
  /** The offers counted, in catalog order. */
  offers: Offer[];
  /** In the district view: how many of `offers` name the district (the rest are for the whole city). */
  local?: number;
  /** From `offers.length` in the topic view, from `local` in the district view. */
  level: CoverageLevel;
}

export interface CoverageRow {
  id: string;
  title: LocalizedText;
  cells: CoverageCell[];
}

export interface CoverageMatrix {
  view: CoverageView;
  /** The district the topic view is limited to (its offers and those for the whole city), if any. */
  district?: District;
  /** The milestones, in catalog order. */
  columns: Milestone[];
  /** Topics or districts, in catalog order. */
  rows: CoverageRow[];
  /** Per milestone: the offers counted at all (each once, whatever its topics or districts). */
  totals: Offer[][];
  /** Topic view: offers counted in no row since they have no topic. District view: offers for the whole city, per milestone. */
  outside: Offer[][];
}

export interface CoverageOptions {
  /** Topic view only: count only offers in this district or for the whole city. */
  district?: string | undefined;
}

/** Whether an offer is available in a district: it names it, or it is for the whole city. */
const inDistrict = (offer: Offer, district: string, catalog: Catalog) =>
  districtsOf(offer, catalog)?.includes(district) ?? true;

/** Milestones × topics (or × districts): the matrix the element shows and the command line prints. */
export function coverageMatrix(
  catalog: Catalog,
  view: CoverageView = 'topics',
  options: CoverageOptions = {},
): CoverageMatrix {
  return view === 'districts' ? districtCoverage(catalog) : topicCoverage(catalog, options.district);
}

function topicCoverage(catalog: Catalog, districtId: string | undefined): CoverageMatrix {
  const district = districtId ? catalog.districts.find((d) => d.id === districtId) : undefined;
  const offers = district ? catalog.offers.filter((offer) => inDistrict(offer, district.id, catalog)) : catalog.offers;
  const columns = catalog.milestones;
  const inColumn = columns.map((m) => offers.filter((offer) => offer.milestones.includes(m.id)));
  const rows = catalog.topics.map((topic: Topic) => ({
    id: topic.id,
    title: topic.title,
    cells: columns.map((milestone, index) => {
      const cellOffers = inColumn[index]!.filter((offer) => offer.topics?.includes(topic.id));
      return { row: topic.id, column: milestone.id, offers: cellOffers, level: coverageLevel(cellOffers.length) };
    }),
  }));
  const outside = inColumn.map((list) => list.filter((offer) => !offer.topics?.length));
  return { view: 'topics', ...(district && { district }), columns, rows, totals: inColumn, outside };
}

function districtCoverage(catalog: Catalog): CoverageMatrix {
  const columns = catalog.milestones;
  const inColumn = columns.map((m) => catalog.offers.filter((offer) => offer.milestones.includes(m.id)));
  const rows = catalog.districts.map((district: District) => ({
    id: district.id,
    title: district.title,
    cells: columns.map((milestone, index) => {
      const cellOffers = inColumn[index]!.filter((offer) => inDistrict(offer, district.id, catalog));
      const local = cellOffers.filter((offer) => offer.districts).length;
      return { row: district.id, column: milestone.id, offers: cellOffers, local, level: coverageLevel(local) };
    }),
  }));
  const outside = inColumn.map((list) => list.filter((offer) => !offer.districts));
  return { view: 'districts', columns, rows, totals: inColumn, outside };
}

export interface CoverageGaps {
  /** Cells without any offer (district view: without any offer of the district's own). */
  gaps: CoverageCell[];
  /** Cells with one offer (district view: one of its own). */
  thin: CoverageCell[];
}

/**
 * The gaps and thin cells of a matrix. The topic view lists them along the
 * milestones (what is missing in pregnancy, then in the first years, …), the
 * district view district by district (what Derne lacks).
 */
export function coverageGaps(matrix: CoverageMatrix): CoverageGaps {
  const cells =
    matrix.view === 'districts'
      ? matrix.rows.flatMap((row) => row.cells)
      : matrix.columns.flatMap((_, column) => matrix.rows.map((row) => row.cells[column]!));
  return { gaps: cells.filter((c) => c.level === 'gap'), thin: cells.filter((c) => c.level === 'thin') };
}

export interface CoverageCsvLabels {
  /** Header of the first column: "Thema" or "Stadtteil". */
  corner: string;
  /** Title of a row, column or district, in the language of the file. */
  text: (text: LocalizedText) => string;
  /** Header of the row of totals ("Angebote insgesamt"). */
  total: string;
  /** District view: header suffix of the columns with the local counts, e.g. "im Stadtteil" → "Kita-Zeit (im Stadtteil)". */
  local: (milestone: string) => string;
  /** District view: the row of offers for the whole city. */
  citywide: string;
}

/**
 * The matrix as CSV for a spreadsheet: `;`-separated (what German Excel
 * opens by a double click), CRLF line ends, plain numbers. The district view
 * has two columns per milestone: all offers, and those of the district.
 * Add a BOM when saving, so that Excel reads UTF-8.
 */
export function coverageCsv(matrix: CoverageMatrix, labels: CoverageCsvLabels): string {
  const districts = matrix.view === 'districts';
  const header = [labels.corner];
  for (const milestone of matrix.columns) {
    const title = labels.text(milestone.title);
    header.push(title);
    if (districts) header.push(labels.local(title));
  }
  const lines = [header];
  for (const row of matrix.rows) {
    const line = [labels.text(row.title)];
    for (const cell of row.cells) {
      line.push(String(cell.offers.length));
      if (districts) line.push(String(cell.local ?? 0));
    }
    lines.push(line);
  }
  if (districts) lines.push([labels.citywide, ...matrix.outside.flatMap((list) => [String(list.length), ''])]);
  lines.push([
    labels.total,
    ...matrix.totals.flatMap((list) => (districts ? [String(list.length), ''] : [String(list.length)])),
  ]);
  return lines.map((line) => line.map(csvField).join(';')).join('\r\n') + '\r\n';
}
