/**
 * The search's query and filters in the page URL (opt-in with `url-state`),
 * in parameters of their own namespace so that they never collide with the
 * host page's: `?of-q=hebamme&of-milestone=schwangerschaft,erste-jahre`.
 */
import type { AgeChoice, OfferFilters } from '../../catalog/filter.js';

export interface SearchState extends OfferFilters {
  query: string;
  page: number;
}

const listKeys = ['milestones', 'topics', 'districts', 'languages'] as const;
const listParam: Record<(typeof listKeys)[number], string> = {
  milestones: 'milestone',
  topics: 'topic',
  districts: 'district',
  languages: 'language',
};

/** The state in the current URL, or undefined when the URL holds none of ours. */
export function readUrlState(prefix: string, url = location.href): SearchState | undefined {
  const params = new URL(url).searchParams;
  const get = (name: string) => params.get(`${prefix}-${name}`);
  if (![...params.keys()].some((key) => key.startsWith(`${prefix}-`))) return undefined;
  const ageParam = get('age');
  const age: AgeChoice | undefined = ageParam === 'expecting' ? 'expecting' : ageParam && /^\d{1,2}$/.test(ageParam) ? Number(ageParam) : undefined;
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
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  for (const key of listKeys) state[key] = (get(listParam[key]) ?? '').split(',').filter(Boolean);
  return state;
}

/** Puts the state into the URL: `replace` while typing, `push` for choices that back/forward should undo. */
export function writeUrlState(prefix: string, state: SearchState, mode: 'push' | 'replace'): void {
  const url = new URL(location.href);
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
  set('page', state.page > 1 && String(state.page));
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
