/**
 * One codec for a search written as text. The filter attributes of
 * `<offer-search>` (`milestone="kita grundschule"`, `free`) and the URL
 * parameters (`?of-q=hebamme&of-milestone=kita,grundschule&of-free=1`,
 * opt-in with `url-state`) have the same names and are read by the same
 * rules, so a parameter `of-x` means what the attribute `x` means.
 *
 * The URL also says where in the results a link leads: the page, an offer to
 * open (`of-offer=familienhebammen`), offers to show as a list
 * (`of-list=a,b,c`), or the Merkliste (`of-view=saved`). The parameters have
 * a namespace of their own (the prefix), so they never collide with the host
 * page's. No DOM: the element reads and writes the page's address, and the
 * HSDS export writes links into the finder with the same parameters.
 */
import type { AgeChoice, OfferFilters, Search } from './filter.js';
import { isId } from './ids.js';

/** The filters as `<offer-search>` holds them in its properties: the values of its attributes. */
export interface FilterAttributes {
  milestone: string;
  topic: string;
  district: string;
  age: string;
  free: boolean;
  language: string;
  wheelchair: boolean;
  openToday: boolean;
}

/** A search and where in its results the page is, as the page's address holds them. */
export interface UrlState {
  search: Search;
  /** The page of results, from 1. */
  page: number;
  /** An offer whose details to open: a link to one offer. */
  offer?: string;
  /** Offers to show as a list: a link to a saved list. */
  list?: string[];
  /** The Merkliste is open: a history entry of its own, so that Back closes it. */
  view?: 'saved';
}

/** Each filter with its name as attribute and as URL parameter, in the order the URL lists them. */
const fields = [
  ['milestones', 'milestone', 'ids'],
  ['topics', 'topic', 'ids'],
  ['districts', 'district', 'ids'],
  ['languages', 'language', 'ids'],
  ['age', 'age', 'age'],
  ['free', 'free', 'flag'],
  ['wheelchair', 'wheelchair', 'flag'],
  ['openToday', 'open-today', 'flag'],
] as const satisfies readonly (readonly [keyof OfferFilters, string, 'ids' | 'age' | 'flag'])[];

type FieldName = (typeof fields)[number][1];
/** An attribute's value (a boolean for a flag) or a URL parameter's (`1` for a flag). */
type Text = string | boolean | null | undefined;

/** The property of an attribute, as Lit names it: `open-today` → `openToday`. */
const propertyOf = (name: FieldName) =>
  name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof FilterAttributes;

/** Ids (or codes) as an attribute lists them: `kita grundschule` or `kita,grundschule`. */
export const idsFromText = (text: Text): string[] =>
  typeof text === 'string' ? text.split(/[\s,]+/).filter(Boolean) : [];

/** `expecting`, or a child's age in years; anything else is no age. */
export function ageFromText(text: Text): AgeChoice | undefined {
  const value = typeof text === 'string' ? text.trim() : '';
  if (value === 'expecting') return value;
  const years = value === '' ? NaN : Number(value);
  return Number.isFinite(years) ? years : undefined;
}

function decode(read: (name: FieldName) => Text): OfferFilters {
  const filters: Record<string, unknown> = {};
  for (const [key, name, kind] of fields) {
    const text = read(name);
    filters[key] =
      kind === 'ids' ? idsFromText(text) : kind === 'age' ? ageFromText(text) : text === true || text === '1';
  }
  return filters as unknown as OfferFilters;
}

/** The filters given as text by name: ids joined by `separator`, the age as written, flags as booleans. */
function encode(filters: Partial<OfferFilters>, separator: string): [FieldName, string | boolean][] {
  return fields
    .filter(([key]) => key in filters)
    .map(([key, name, kind]) => {
      const value = filters[key];
      return [
        name,
        kind === 'flag'
          ? value === true
          : kind === 'age'
            ? (value ?? '').toString()
            : (value as string[]).join(separator),
      ];
    });
}

/** The filters that `<offer-search>`'s attributes (or properties) ask for. */
export function filtersFromAttributes(attributes: FilterAttributes): OfferFilters {
  return decode((name) => attributes[propertyOf(name)]);
}

/** The attribute values that ask for `filters` (for the filters given only). */
export function attributesOf(filters: Partial<OfferFilters>): Partial<FilterAttributes> {
  return Object.fromEntries(encode(filters, ' ').map(([name, value]) => [propertyOf(name), value])) as never;
}

/** The state in a URL, or undefined when the URL holds none of ours. */
export function readUrlState(prefix: string, url: string): UrlState | undefined {
  const params = new URL(url).searchParams;
  if (![...params.keys()].some((key) => key.startsWith(`${prefix}-`))) return undefined;
  const get = (name: string) => params.get(`${prefix}-${name}`);
  const page = Number(get('page'));
  const state: UrlState = {
    search: { query: get('q') ?? '', filters: decode(get) },
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const offer = get('offer');
  if (offer && isId(offer)) state.offer = offer;
  const list = (get('list') ?? '').split(',').filter(isId);
  if (list.length) state.list = list;
  if (get('view') === 'saved') state.view = 'saved';
  return state;
}

/** `href` with our parameters replaced by `state`'s; the page's own parameters and its fragment stay. */
export function urlWithState(prefix: string, state: UrlState, href: string): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}-`)) params.delete(key);
  const set = (name: string, value: string | boolean | undefined) => {
    if (value) params.set(`${prefix}-${name}`, value === true ? '1' : value);
  };
  set('q', state.search.query.trim());
  for (const [name, value] of encode(state.search.filters, ',')) set(name, value);
  set('page', state.page > 1 && String(state.page));
  set('offer', state.offer);
  set('list', state.list?.join(','));
  set('view', state.view);
  return url.href;
}
