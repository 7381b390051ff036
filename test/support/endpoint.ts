// The sample catalog, and a fresh endpoint per test that serves it (or any
// catalog), for the element tests.
import type { CatalogInput } from '../../src/catalog/schema.js';
import { worker, http, HttpResponse, uniqueUrl } from './msw.js';

/** The demo's sample catalog (demo/public/angebote.json), as the endpoint serves it. */
export const sample: CatalogInput = await (await fetch('/demo/public/angebote.json')).json();

/** Serves `body` (default: the sample) at a fresh URL: the loader shares one result per URL for the whole page. */
export function endpoint(body: object = sample, status = 200): string {
  const url = uniqueUrl();
  worker.use(http.get(url, () => HttpResponse.json(body, { status })));
  return url;
}
