/**
 * Loads a catalog from the configured endpoint: one request per URL for the
 * whole page, with a timeout per attempt, an overall deadline, retries only
 * where a retry can help, a cap on the body size, and a catalog that CORS
 * keeps from the page told apart from a network failure. No DOM: elements
 * pass their `AbortSignal` and the base URL for a relative `src`.
 */
import { maxCatalogBytes } from './limits.js';
import { CatalogError, isCatalogError } from './errors.js';
import { pause } from './pause.js';
import type { CatalogIssue } from './parse.js';
import type { Catalog, CatalogIndex, LocalizedText } from './schema.js';

export interface LoadedCatalog {
  /** The absolute URL the catalog came from; for several catalogs, theirs separated by spaces. */
  url: string;
  catalog: Catalog;
  /** Repairs made while validating, for maintainers (for several catalogs, in each of `sources`). */
  issues: CatalogIssue[];
  loadedAt: Date;
  /** For several catalogs: each one as loaded. */
  sources?: LoadedCatalog[];
  /** For several catalogs: those that failed to load; the others' offers are shown without them. */
  missing?: MissingCatalog[];
  /** Only the first offers of a large catalog, shown while the rest is validated (`LoadOptions.onFirst`). */
  first?: true;
}

export interface MissingCatalog {
  url: string;
  /** The commune's name, from the catalog index. */
  title?: LocalizedText;
  error: CatalogError;
}

/** An index file that lists catalogs (see `catalogIndexSchema`). */
export interface LoadedCatalogIndex {
  url: string;
  index: CatalogIndex;
  loadedAt: Date;
}

export type LoadedDocument = LoadedCatalog | LoadedCatalogIndex;

/** The page's loader, as federation.ts is handed it (a chunk that does not import the bundle). */
export interface DocumentLoader {
  loadDocument: typeof loadDocument;
  resolveCatalogUrl: typeof resolveCatalogUrl;
}

export interface LoadPolicy {
  /** Per attempt, from request to the last byte of the body. */
  attemptTimeoutMs: number;
  /** For all attempts and waits together. */
  deadlineMs: number;
  maxAttempts: number;
  /** First retry delay; doubles per attempt up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Bodies larger than this are refused (decoded bytes). */
  maxBytes: number;
}

export const defaultLoadPolicy: LoadPolicy = {
  attemptTimeoutMs: 10_000,
  deadlineMs: 30_000,
  maxAttempts: 4,
  backoffMs: 500,
  maxBackoffMs: 5_000,
  maxBytes: maxCatalogBytes,
};

export interface LoadOptions {
  /** Stops waiting; the request itself is aborted once every waiting caller has aborted. */
  signal?: AbortSignal;
  /** Base for a relative `src`; elements pass `document.baseURI`. */
  base?: string;
  /**
   * Load again even though the page has the catalog already. Until the new
   * one arrives, and for good if it fails, the page keeps the one it had.
   */
  reload?: boolean;
  /**
   * Used by the first caller for a URL, since the request is shared; a later
   * caller can only raise `maxBytes` of a request still running.
   */
  policy?: Partial<LoadPolicy>;
  /**
   * Gets a large catalog's first offers (a catalog of those only, with
   * `first: true`) as soon as the JSON is parsed, while the rest is still
   * being validated: a page paints them at once.
   */
  onFirst?: (first: LoadedCatalog) => void;
}

interface SharedRequest {
  promise: Promise<LoadedDocument>;
  policy: LoadPolicy;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  /** A large catalog's first offers, once parsed, and who waits for them. */
  first?: LoadedCatalog;
  onFirst: Set<(first: LoadedCatalog) => void>;
  /** Drops this request from the page's cache, putting back the catalog it was to replace. */
  forget: () => void;
}

/** One entry per URL: every element on the page that shows the same catalog shares it. */
const requests = new Map<string, SharedRequest>();

/**
 * Resolves `src` to an absolute http(s) or blob: URL, or throws a `config` error
 * before any request is made.
 */
export function resolveCatalogUrl(src: string | null | undefined, base?: string): string {
  if (!src || !src.trim()) throw new CatalogError('config', 'no catalog URL (src) is set');
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    throw new CatalogError('config', `catalog URL is not valid: ${src.slice(0, 200)}`);
  }
  // blob: is a catalog the page made itself (the workbench's preview); it never leaves the browser.
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'blob:') {
    throw new CatalogError('config', `catalog URL must use http or https, not ${url.protocol.slice(0, 20)}`);
  }
  return url.href;
}

/**
 * Loads and validates the catalog, or catalog index, at `src` (one URL; see
 * `loadCatalog` in catalogs.ts for several). Concurrent and later calls for
 * the same URL share one request and its result; a failed load is
 * forgotten, so the next call tries again.
 */
export function loadDocument(src: string | null | undefined, options: LoadOptions = {}): Promise<LoadedDocument> {
  let url: string;
  try {
    url = resolveCatalogUrl(src, options.base);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);

  let request = requests.get(url);
  if (!request || (options.reload && request.settled)) {
    // A settled request in the cache is a success: failures are forgotten at once.
    const previous = request;
    const controller = new AbortController();
    const policy = { ...defaultLoadPolicy, ...options.policy };
    const onFirst = new Set<(first: LoadedCatalog) => void>();
    const created: SharedRequest = {
      policy,
      promise: fetchCatalog(url, policy, controller.signal, (first) => {
        created.first = first;
        for (const listener of onFirst) listener(first);
      }),
      controller,
      waiting: 0,
      settled: false,
      onFirst,
      forget: () => {
        if (requests.get(url) !== created) return;
        if (previous) requests.set(url, previous);
        else requests.delete(url);
      },
    };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        created.forget();
      },
    );
    requests.set(url, created);
    request = created;
  } else if (options.policy?.maxBytes && options.policy.maxBytes > request.policy.maxBytes) {
    request.policy.maxBytes = options.policy.maxBytes;
  }
  return waitFor(request, signal, options.onFirst);
}

function waitFor(
  request: SharedRequest,
  signal: AbortSignal | undefined,
  onFirst: ((first: LoadedCatalog) => void) | undefined,
): Promise<LoadedDocument> {
  request.waiting++;
  if (onFirst && !request.settled) {
    if (request.first) onFirst(request.first);
    request.onFirst.add(onFirst);
    const stop = () => request.onFirst.delete(onFirst);
    request.promise.then(stop, stop);
    signal?.addEventListener('abort', stop, { once: true });
  }
  if (!signal) return request.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      request.waiting--;
      if (request.waiting === 0 && !request.settled) {
        request.controller.abort(signal.reason);
        request.forget();
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (loaded) => {
        signal.removeEventListener('abort', onAbort);
        resolve(loaded);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The parser and zod, a module of their own: requested together with the
 * catalog, so that the script a page includes is that much smaller and the
 * request for the catalog starts sooner. The browser loads a module once;
 * one that failed to load (offline) is requested again by the next attempt.
 */
const loadParser = () => import('./parse.js');

async function fetchCatalog(
  url: string,
  policy: LoadPolicy,
  signal: AbortSignal,
  onFirst: (first: LoadedCatalog) => void,
): Promise<LoadedDocument> {
  void loadParser().catch(() => undefined);
  const deadline = Date.now() + policy.deadlineMs;
  let previous: CatalogError | undefined;
  for (let attempt = 1; ; attempt++) {
    const cutByDeadline = deadline - Date.now() < policy.attemptTimeoutMs;
    const timeout = AbortSignal.timeout(Math.max(0, Math.min(policy.attemptTimeoutMs, deadline - Date.now())));
    const attemptSignal = AbortSignal.any([signal, timeout]);
    let failure: CatalogError;
    let delay = backoff(policy, attempt);
    let response: Response | undefined;
    try {
      response = await fetch(url, {
        signal: attemptSignal,
        // The catalog is public data: no cookies, so that the endpoint cannot
        // recognise a family across the partner sites that embed the finder.
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
      if (response.ok) {
        const text = await readBody(response, policy, attemptSignal);
        const { parseInSlices } = await loadParser();
        const loadedAt = new Date();
        const parsed = await parseInSlices(parseJson(text), {
          // A page that no longer waits (the element left) stops the work too.
          pause: async () => {
            await pause();
            if (signal.aborted) throw signal.reason;
          },
          onFirst: (first) => onFirst({ url, ...first, loadedAt, first: true }),
        });
        return { url, ...parsed, loadedAt };
      }
      void response.body?.cancel().catch(() => {});
      failure = new CatalogError('http', `the server answered ${response.status}`, response.status);
      if (!isRetryableStatus(response.status)) throw failure;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      if (retryAfter !== undefined) {
        delay = retryAfter * 1000;
        failure = new CatalogError('http', failure.message, response.status, retryAfter);
      }
    } catch (error) {
      if (isCatalogError(error)) throw error;
      if (signal.aborted) throw signal.reason;
      if (timeout.aborted) {
        // A retry that the overall deadline cut short says no more than the failure before it.
        if (cutByDeadline && previous) throw previous;
        // Not retried: a server that let us wait the whole time is unlikely to
        // answer the next attempt faster, and the family has waited enough.
        throw new CatalogError('timeout', `no complete answer within ${policy.attemptTimeoutMs} ms`);
      }
      // fetch() itself failed (not the body or the parser's module): CORS or the network? Asked once per load.
      if (!response && attempt === 1 && (await blockedByCors(url, attemptSignal))) {
        failure = new CatalogError('cors', `no Access-Control-Allow-Origin header on ${url} for ${location.origin}`);
        // For the webmaster, once for every element that shares this request; families get a short message.
        console.error(`offer-finder: ${failure.message}`);
        throw failure;
      }
      failure = new CatalogError('network', 'the catalog could not be reached');
    }
    if (attempt >= policy.maxAttempts || Date.now() + delay >= deadline) throw failure;
    previous = failure;
    await sleep(delay, signal);
  }
}

/**
 * Whether a request to `url` that failed with a TypeError was kept from the
 * page by CORS rather than lost on the network. The browser does not say
 * which; a catalog on another origin, a browser that believes itself online,
 * and a second request to the same endpoint in `no-cors` mode (HEAD, so no
 * body) that gets an answer tell it: the server is there, so the missing
 * header is what failed. Same origin, offline or outside a browser (Node has
 * no `location`): never CORS.
 */
async function blockedByCors(url: string, signal: AbortSignal): Promise<boolean> {
  const page = globalThis.location?.origin;
  if (!page || new URL(url).origin === page || !navigator.onLine) return false;
  try {
    // Cross-origin, so without cookies, as the catalog's own request.
    await fetch(url, { method: 'HEAD', mode: 'no-cors', signal });
    return true;
  } catch {
    return false;
  }
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Exponential with jitter, so that many pages do not retry in step. */
function backoff(policy: LoadPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** `Retry-After` as delta seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Reads the body up to `policy.maxBytes`, read anew per chunk since a caller
 * may raise it meanwhile. The chunks are decoded together by a Blob, which
 * the browser does without the page's main thread: decoding chunk by chunk
 * and joining strings cost as much as parsing the JSON.
 */
async function readBody(response: Response, policy: LoadPolicy, signal: AbortSignal): Promise<string> {
  const tooLarge = () => new CatalogError('too-large', `the catalog is larger than ${policy.maxBytes} bytes`);
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > policy.maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const onAbort = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      size += value.byteLength;
      if (size > policy.maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return new Blob(chunks).text();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const hint = /^\s*</.test(text) ? ' (it looks like HTML)' : text.trim() ? '' : ' (empty body)';
    throw new CatalogError('not-json', `the answer is not valid JSON${hint}`);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
