/**
 * Why a catalog could not be loaded. Each kind maps to its own message for
 * families in the elements, so the kinds are a closed list.
 */
export type CatalogErrorKind =
  /** `src` missing, relative without a base, or not http(s): no request was made. */
  | 'config'
  /** The connection failed (offline, refused, blocked by the page's CSP). */
  | 'network'
  /**
   * The server answered, but the browser kept the answer from this page: a
   * catalog on another origin without `Access-Control-Allow-Origin` (see
   * load.ts). Only the webmaster can fix it.
   */
  | 'cors'
  /** No complete answer within the time limit. */
  | 'timeout'
  /** The server answered with an error status; see `status`. */
  | 'http'
  /** The body is not JSON (an HTML error page, a truncated file). */
  | 'not-json'
  /** JSON, but not a catalog v1 envelope. */
  | 'wrong-shape'
  /** The body exceeds the byte cap. */
  | 'too-large';

export class CatalogError extends Error {
  override name = 'CatalogError';

  constructor(
    readonly kind: CatalogErrorKind,
    message: string,
    /** HTTP status for kind `http`. */
    readonly status?: number,
    /** Seconds the server asked us to wait (429/503 with `Retry-After`) when it was too long to wait for. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const kinds: ReadonlySet<string> = new Set<CatalogErrorKind>([
  'config',
  'network',
  'cors',
  'timeout',
  'http',
  'not-json',
  'wrong-shape',
  'too-large',
]);

/**
 * By name and kind, not `instanceof`: the parser, a file of its own in the CDN
 * build (see load.ts), has its own copy of this class, as has a second copy of
 * the library on the page.
 */
export function isCatalogError(error: unknown): error is CatalogError {
  return error instanceof Error && error.name === 'CatalogError' && kinds.has((error as CatalogError).kind);
}
