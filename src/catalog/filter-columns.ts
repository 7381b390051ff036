/**
 * What the facet filters ask of each offer of a list (its milestones, age
 * range, base languages, districts, organisation, …) as typed-array
 * columns. `filterOffers` runs over every hit on every keystroke, up to
 * 50,000 offers: it reads numbers from these columns, made once per list,
 * instead of each offer's fields, arrays and sets.
 */
import { opensOn } from './opening-hours.js';
import { districtsOf } from './sources.js';
import type { Catalog, Offer } from './schema.js';
import { baseLanguage } from './filter.js';

/**
 * One list field of every offer (milestones, topics, …) as numbers: the
 * offer of row `r` has `ids[values[k]]` for `k` from `start[r]` to
 * `start[r + 1]`, in its own order and with its own repetitions, so that
 * each counts as often as the offer names it.
 */
export interface ListColumn {
  /** Every value: the catalog's own first, then any other an offer names. */
  ids: string[];
  /** The number of each id: its index in `ids`. */
  numbers: Map<string, number>;
  start: Int32Array;
  values: Int32Array;
}

/** Builds a `ListColumn` row by row: push a row's values onto `values`, then `end` the row. */
class ListBuilder {
  readonly ids: string[] = [];
  readonly numbers = new Map<string, number>();
  readonly values: number[] = [];
  private readonly start: Int32Array;

  constructor(rows: number, known: readonly { id: string }[]) {
    this.start = new Int32Array(rows + 1);
    for (const { id } of known) this.number(id);
  }

  number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) this.numbers.set(id, (n = this.ids.push(id) - 1));
    return n;
  }

  /** Adds value `n` to row `row`, the one being built, unless it has it already. */
  addOnce(row: number, n: number): void {
    if (this.values.indexOf(n, this.start[row]) < 0) this.values.push(n);
  }

  /** Ends row `row`: the values added since the last row are its own. */
  end(row: number): void {
    this.start[row + 1] = this.values.length;
  }

  column(): ListColumn {
    return { ids: this.ids, numbers: this.numbers, start: this.start, values: new Int32Array(this.values) };
  }
}

/** Flags of an offer in `OfferColumns.flags`. */
export const FREE = 1;
export const WHEELCHAIR = 2;
/** No districts of its own or of its commune: the offer is in every district. */
export const EVERY_DISTRICT = 4;
export const HAS_HOURS = 8;

/** What the filters ask of the offers of a list, by row: see `buildColumns`. */
export interface OfferColumns {
  /** The row of each offer of the list, by its index there. */
  row: Int32Array;
  /** The offer of each row. */
  offers: readonly Offer[];
  milestone: ListColumn;
  topic: ListColumn;
  /** `districtsOf` where it is defined. */
  district: ListColumn;
  /** Base languages, each once. */
  language: ListColumn;
  /** For `browseRows`: the offer's first milestone, as its position in the catalog (unknown ids: last). */
  firstMilestone: Int32Array;
  /** Numbers in `district` of the catalog's districts, where an offer with `EVERY_DISTRICT` counts. */
  catalogDistricts: Int32Array;
  flags: Uint8Array;
  /** `offerAgeRange`. */
  ageFrom: Float64Array;
  ageTo: Float64Array;
  /** The offer serves age choice `k` (see `ageChoices`) for `ageLow <= k < ageHigh`. */
  ageLow: Uint8Array;
  ageHigh: Uint8Array;
  /** Index into `organizations`, -1 for none. */
  organization: Int32Array;
  organizations: string[];
  /** `opensOn` for `openDate`: 1 or 0, and -1 where nobody asked yet. */
  open: Int8Array;
  openDate?: string;
}

/** The columns of `offers`, one row each, in their order. */
function columnsOf(offers: readonly Offer[], catalog: Catalog, choices: number): Omit<OfferColumns, 'row'> {
  const rows = offers.length;
  const milestone = new ListBuilder(rows, catalog.milestones);
  const topic = new ListBuilder(rows, catalog.topics);
  const district = new ListBuilder(rows, catalog.districts);
  const language = new ListBuilder(rows, []);
  // `offerAgeRange` by milestone number: the span of the catalog's milestones with that id.
  const milestoneFrom = new Float64Array(milestone.ids.length).fill(Infinity);
  const milestoneTo = new Float64Array(milestone.ids.length).fill(-Infinity);
  for (const { id, ageFrom = -Infinity, ageTo = Infinity } of catalog.milestones) {
    const n = milestone.number(id);
    milestoneFrom[n] = Math.min(milestoneFrom[n]!, ageFrom);
    milestoneTo[n] = Math.max(milestoneTo[n]!, ageTo);
  }
  // Language tags as offers write them, by base language number: `baseLanguage` once per tag.
  const tags = new Map<string, number>();
  const organizations = new Map<string, number>();
  const columns = {
    offers,
    catalogDistricts: Int32Array.from(catalog.districts, (d) => district.number(d.id)),
    firstMilestone: new Int32Array(rows),
    flags: new Uint8Array(rows),
    ageFrom: new Float64Array(rows),
    ageTo: new Float64Array(rows),
    ageLow: new Uint8Array(rows),
    ageHigh: new Uint8Array(rows),
    organization: new Int32Array(rows).fill(-1),
    organizations: [] as string[],
    open: new Int8Array(rows),
  };

  // Indexed loops: the first time, before the optimising compiler takes over, they run faster than `for…of`.
  for (let r = 0; r < rows; r++) {
    const offer = offers[r]!;
    const { milestones, topics, languages } = offer;
    let from = Infinity;
    let to = -Infinity;
    let first = catalog.milestones.length;
    for (let k = 0; k < milestones.length; k++) {
      const n = milestone.number(milestones[k]!);
      milestone.values.push(n);
      first = Math.min(first, n);
      // Ids the catalog does not have (numbered after its own) span nothing.
      if (n < milestoneFrom.length) {
        from = Math.min(from, milestoneFrom[n]!);
        to = Math.max(to, milestoneTo[n]!);
      }
    }
    milestone.end(r);
    columns.firstMilestone[r] = first;
    from = offer.ageMin ?? from;
    to = offer.ageMax ?? to;
    columns.ageFrom[r] = from;
    columns.ageTo[r] = to;
    // The age choices that `ageMatches` the range are a run: "expecting"
    // (index 0) if it starts before birth, then each whole year `n` (index
    // `n + 1`) with `from < n + 1 && to >= n`, which is from
    // `max(0, floor(from))` to `floor(to)`.
    const low = from < 0 ? 0 : Math.min(choices, Math.max(0, Math.floor(from)) + 1);
    columns.ageLow[r] = low;
    columns.ageHigh[r] = Math.min(choices, Math.max(from < 0 ? 1 : low, Math.floor(to) + 2));

    if (topics) for (let k = 0; k < topics.length; k++) topic.values.push(topic.number(topics[k]!));
    topic.end(r);
    const districts = districtsOf(offer, catalog);
    if (districts) for (let k = 0; k < districts.length; k++) district.values.push(district.number(districts[k]!));
    district.end(r);
    if (languages)
      for (let k = 0; k < languages.length; k++) {
        let n = tags.get(languages[k]!);
        if (n === undefined) tags.set(languages[k]!, (n = language.number(baseLanguage(languages[k]!))));
        language.addOnce(r, n);
      }
    language.end(r);

    columns.flags[r] =
      (offer.cost === 'free' ? FREE : 0) |
      (offer.accessibility?.wheelchair === true ? WHEELCHAIR : 0) |
      (districts === undefined ? EVERY_DISTRICT : 0) |
      (offer.openingHours !== undefined ? HAS_HOURS : 0);
    if (offer.organization !== undefined) {
      let n = organizations.get(offer.organization);
      if (n === undefined)
        organizations.set(offer.organization, (n = columns.organizations.push(offer.organization) - 1));
      columns.organization[r] = n;
    }
  }
  return {
    ...columns,
    milestone: milestone.column(),
    topic: topic.column(),
    district: district.column(),
    language: language.column(),
  };
}

/**
 * Where `browseOrder` puts each row of the catalog's offers (`columns`
 * being theirs): by first milestone, ties in catalog order. Undefined when
 * `list` is not that order, offer for offer.
 */
function browseRows({ offers, firstMilestone }: Omit<OfferColumns, 'row'>, list: readonly Offer[], catalog: Catalog) {
  // Counting sort: `next[key]` is where the next row with that first milestone goes.
  const next = new Int32Array(catalog.milestones.length + 2);
  for (const key of firstMilestone) next[key + 1]!++;
  for (let key = 1; key < next.length; key++) next[key]! += next[key - 1]!;
  const row = new Int32Array(offers.length);
  for (let r = 0; r < offers.length; r++) {
    const i = next[firstMilestone[r]!]!++;
    if (list[i] !== offers[r]) return undefined;
    row[i] = r;
  }
  return row;
}

/**
 * Rows in the catalog's order where `list` is `browseOrder`'s (as it is on
 * the page): the offers lie in memory in catalog order, and reading 50,000
 * of them so is several times faster than in browse order. Any other list
 * has rows in its own order (built twice when it has the catalog's offers
 * in yet another order).
 */
function buildColumns(list: readonly Offer[], catalog: Catalog, choices: number): OfferColumns {
  const { offers } = catalog;
  if (list.length === offers.length && list.some((offer, i) => offer !== offers[i])) {
    const columns = columnsOf(offers, catalog, choices);
    const row = browseRows(columns, list, catalog);
    if (row) return { ...columns, row };
  }
  return { ...columnsOf(list, catalog, choices), row: Int32Array.from(list.keys()) };
}

/**
 * Columns per catalog and list of offers; a list must not change once
 * filtered (`browseOrder`'s does not). `choices`: how many age choices the
 * catalog has (`ageChoices`).
 */
const columnsCache = new WeakMap<Catalog, WeakMap<readonly Offer[], OfferColumns>>();
export function offerColumns(offers: readonly Offer[], catalog: Catalog, choices: number): OfferColumns {
  let byOffers = columnsCache.get(catalog);
  if (!byOffers) columnsCache.set(catalog, (byOffers = new WeakMap()));
  let columns = byOffers.get(offers);
  if (!columns) byOffers.set(offers, (columns = buildColumns(offers, catalog, choices)));
  return columns;
}

/**
 * `columns.open` for `date`, emptied when the date changed: the date changes
 * once a day, the filters with every keystroke. Offers without structured
 * hours are closed at once; `opensOnRow` answers for the others when asked.
 */
export function openColumn(columns: OfferColumns, date: string): Int8Array {
  if (columns.openDate !== date) {
    const { open, flags } = columns;
    for (let r = 0; r < open.length; r++) open[r] = flags[r]! & HAS_HOURS ? -1 : 0;
    columns.openDate = date;
  }
  return columns.open;
}

/** Whether the offer of row `row` opens on `date`, from `open` (see `openColumn`) or else worked out and kept there. */
export function opensOnRow(columns: OfferColumns, open: Int8Array, row: number, date: string): boolean {
  let answer = open[row]!;
  if (answer < 0) answer = open[row] = opensOn(columns.offers[row]!.openingHours!, date) ? 1 : 0;
  return answer === 1;
}
