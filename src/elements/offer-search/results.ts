/**
 * The results area of `<offer-search>`: the status line (how many offers,
 * and when none, why) and the results a page at a time with the page
 * navigation. Plain template functions, like the card and the filters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Results } from '../../controllers/search-results.js';
import type { Offer } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';

/** Results per page: the DOM stays small however large the catalog is. */
export const pageSize = 20;

/** What the status region says, kept apart from the results so that it can lag behind typing. */
export interface StatusSnapshot {
  loading: boolean;
  count?: number;
  partial?: boolean;
  words?: string[];
  /** German words searched besides the query (a concept it named), shown as "auch gesucht". */
  expansions?: string[];
  /** Counting the offers of a list view rather than results. */
  list?: 'saved' | 'link';
}

/**
 * What the status says: the count of the list on show (`list`), else of the
 * results, else whether they are still `loading`.
 */
export function statusOf(
  view: Results | undefined,
  list: { kind: 'saved' | 'link'; count: number } | undefined,
  loading: boolean,
): StatusSnapshot {
  if (view && list) return { loading: false, count: list.count, list: list.kind };
  if (view)
    return {
      loading: false,
      count: view.filtered.offers.length,
      partial: view.result.partial,
      words: view.result.words,
      expansions: view.result.expansions ?? [],
    };
  return { loading };
}

/** The status line; `catalogEmpty` when the catalog has no offers at all. */
export function renderStatus(status: StatusSnapshot, catalogEmpty: boolean, l: Localization) {
  const s = l.strings;
  const { loading, count, partial, words, expansions, list } = status;
  if (count === undefined) return loading ? s.loading : '';
  if (list) return `${list === 'saved' ? s.savedList : s.linkList}: ${s.resultCount(count, l.format)}`;
  if (count === 0 && catalogEmpty) return s.catalogEmpty;
  if (count === 0) return html`${s.noResults} <span class="hint">${s.noResultsHint}</span>`;
  const text = s.resultCount(count, l.format);
  // The words are the catalog's German, whatever the interface's language: marked so, and isolated in right-to-left text.
  const also = expansions?.length
    ? html` · <span class="hint">${s.alsoSearched}: <bdi lang="de">${expansions.join(', ')}</bdi></span>`
    : nothing;
  return partial
    ? html`${text}${also}. <span class="hint">${s.partialResults((words ?? []).join(', '))}</span>`
    : html`${text}${also}`;
}

/** The indices of the offers on page `page` (from 1; past the last page, the last), which it is, and how many there are. */
export function pageOf(view: Results, page: number): { shown: number[]; current: number; pages: number } {
  const found = view.filtered.offers;
  const pages = Math.max(1, Math.ceil(found.length / pageSize));
  const current = Math.min(page, pages);
  return { shown: [...found.subarray((current - 1) * pageSize, current * pageSize)], current, pages };
}

/** The offers on page `page`. */
export const offersOnPage = (view: Results, page: number): Offer[] =>
  pageOf(view, page).shown.map((index) => view.offers[index]!);

/** The results on page `page` (from 1; past the last page, the last), each by `renderCard`. */
export function renderResults(
  view: Results,
  page: number,
  l: Localization,
  renderCard: (offer: Offer, terms: ReadonlySet<string>) => TemplateResult,
  goToPage: (page: number) => void,
): TemplateResult {
  const s = l.strings;
  const { shown, current, pages } = pageOf(view, page);
  return html`
    <h2 id="results-heading" class="visually-hidden" tabindex="-1">${s.resultsHeading}</h2>
    <ul class="results" part="results" aria-labelledby="results-heading">
      ${repeat(
        shown,
        (offer) => offer,
        (offer) => html`<li>${renderCard(view.offers[offer]!, view.result.matchedTerms)}</li>`,
      )}
    </ul>
    ${
      pages > 1
        ? html`<nav class="pagination" part="pagination" aria-label=${s.pagination}>
          <button class="button" type="button" ?disabled=${current === 1} @click=${() => goToPage(current - 1)}>${s.previousPage}</button>
          <span>${s.page(current, pages, l.format)}</span>
          <button class="button" type="button" ?disabled=${current === pages} @click=${() => goToPage(current + 1)}>${s.nextPage}</button>
        </nav>`
        : nothing
    }
  `;
}
