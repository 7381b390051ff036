/**
 * The search's query and filters in the page URL (opt-in with `url-state`),
 * in parameters of their own namespace so that they never collide with the
 * host page's: `?of-q=hebamme&of-milestone=schwangerschaft,erste-jahre`.
 * Shared links use the same parameters, plus one offer to open
 * (`of-offer=familienhebammen`) or a list of offers (`of-list=a,b,c`).
 * No DOM: the element reads and writes the page's address; the HSDS export
 * writes links into the finder with the same parameters.
 */
import type { AgeChoice, OfferFilters } from './filter.js';
import { isId } from './ids.js';

export interface SearchState extends OfferFilters {
  query: string;
  page: number;
  /** An offer whose details to open: a link to one offer. */
  offer?: string;
  /** Offers to show as a list: a link to a saved list. */
  list?: string[];
  /** The Merkliste is open: a history entry of its own, so that Back closes it. */
  view?: 'saved';
}

/** The state of a page without any search: all offers, first page. */
export const emptySearchState: SearchState = {
  query: '',
  milestones: [],
  topics: [],
  districts: [],
  languages: [],
  age: undefined,
  free: false,
  wheelchair: false,
  openToday: false,
  page: 1,
};

const listKeys = ['milestones', 'topics', 'districts', 'languages'] as const;
const listParam: Record<(typeof listKeys)[number], string> = {
  milestones: 'milestone',
  topics: 'topic',
  districts: 'district',
  languages: 'language',
};

/** The state in the current URL, or undefined when the URL holds none of ours. */
export function readUrlState(prefix: string, url: string): SearchState | undefined {
  const params = new URL(url).searchParams;
  const get = (name: string) => params.get(`${prefix}-${name}`);
  if (![...params.keys()].some((key) => key.startsWith(`${prefix}-`))) return undefined;
  const ageParam = get('age');
  const age: AgeChoice | undefined =
    ageParam === 'expecting' ? 'expecting' : ageParam && /^\d{1,2}$/.test(ageParam) ? Number(ageParam) : undefined;
  const page = Number(get('page'));
  const state: SearchState = {
    query: get('q') ?? '',
    milestones: [],
    topics: [],
    districts: [],
    languages: [],
    age,
    free: get('free') === '1',
    wheelchair: get('wheelchair') === '1',
    openToday: get('open-today') === '1',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  for (const key of listKeys) state[key] = (get(listParam[key]) ?? '').split(',').filter(Boolean);
  const offer = get('offer');
  if (offer && isId(offer)) state.offer = offer;
  const list = (get('list') ?? '').split(',').filter(isId);
  if (list.length) state.list = list;
  if (get('view') === 'saved') state.view = 'saved';
  return state;
}

/** `href` with our parameters replaced by `state`'s; the page's own parameters and its fragment stay. */
export function urlWithState(prefix: string, state: SearchState, href: string): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}-`)) params.delete(key);
  const set = (name: string, value: string | undefined | false) => {
    if (value) params.set(`${prefix}-${name}`, value);
  };
  set('q', state.query.trim());
  for (const key of listKeys) set(listParam[key], state[key].join(','));
  set('age', state.age === undefined ? undefined : String(state.age));
  set('free', state.free && '1');
  set('wheelchair', state.wheelchair && '1');
  set('open-today', state.openToday && '1');
  set('page', state.page > 1 && String(state.page));
  set('offer', state.offer);
  set('list', state.list?.join(','));
  set('view', state.view);
  return url.href;
}
