/** The alert when a catalog cannot be loaded, worded per element, with a retry. */
import { html, nothing } from 'lit';
import type { CatalogError } from '../../catalog/errors.js';
import type { LoadedCatalog, MissingCatalog } from '../../catalog/load.js';
import type { Formatters } from '../../i18n/formatters.js';
import type { Localization } from '../../i18n/i18n.js';

/** What an element says for each kind of load error; each element words them for what it shows. */
export interface LoadErrorStrings {
  config: string;
  network: string;
  timeout: string;
  http: (status: number) => string;
  busy: (seconds: number, format: Formatters) => string;
  data: string;
  tooLarge: string;
  retry: string;
  showingLastGood: (date: string) => string;
}

/**
 * The alert for a failed load, shared by every element: a clear message per
 * kind, the date of the data still shown, and a retry button (not for a
 * configuration error or a catalog that CORS keeps from the page, which only
 * the webmaster can fix; families get the configuration message for both,
 * since their connection is fine).
 */
export function renderLoadError(
  error: CatalogError,
  strings: LoadErrorStrings,
  l: Localization,
  loaded: LoadedCatalog | undefined,
  retry: () => void,
) {
  const message = {
    config: strings.config,
    cors: strings.config,
    network: strings.network,
    timeout: strings.timeout,
    http: error.retryAfter !== undefined ? strings.busy(error.retryAfter, l.format) : strings.http(error.status ?? 0),
    'too-large': strings.tooLarge,
    'not-json': strings.data,
    'wrong-shape': strings.data,
  }[error.kind];
  return html`
    <div class="error" role="alert" part="error">
      <p>${message}</p>
      ${loaded ? html`<p>${strings.showingLastGood(l.date(loaded.catalog.updated ?? loaded.loadedAt))}</p>` : nothing}
      ${error.kind === 'config' || error.kind === 'cors' ? nothing : html`<button class="button" type="button" @click=${retry}>${strings.retry}</button>`}
    </div>
  `;
}

/**
 * The calm note when some of several catalogs could not be loaded: the
 * others' offers are shown, so it is a status, not an alert, and it names
 * the communes whose offers are missing, with a retry that asks only for those.
 */
export function renderMissingCatalogs(missing: readonly MissingCatalog[], l: Localization, retry: () => void) {
  const name = ({ title, url }: MissingCatalog) => l.text(title) ?? new URL(url).pathname.split('/').pop() ?? url;
  return html`
    <div class="error" role="status" part="error missing-catalogs">
      <p>${l.strings.catalogsMissing(missing.map(name).join(', '))}</p>
      <button class="button" type="button" @click=${retry}>${l.strings.retry}</button>
    </div>
  `;
}

/** The load-error strings of `<offer-search>`, also used by `<milestone-timeline>`, which shows the same offers. */
export function offerLoadErrorStrings(s: Localization['strings']): LoadErrorStrings {
  return {
    config: s.errorConfig,
    network: s.errorNetwork,
    timeout: s.errorTimeout,
    http: s.errorHttp,
    busy: s.errorBusy,
    data: s.errorData,
    tooLarge: s.errorTooLarge,
    retry: s.retry,
    showingLastGood: s.showingLastGood,
  };
}
