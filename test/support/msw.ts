// One MSW service worker for a test file; each test adds its handlers with
// `worker.use(...)` and they are reset after it.
import { setupWorker } from 'msw/browser';

export { http, HttpResponse, delay } from 'msw';

export const worker = setupWorker();
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });

afterEach(() => worker.resetHandlers());

let counter = 0;
/** A fresh endpoint URL per test, since the loader shares requests per URL for the whole page. */
export function uniqueUrl(name = 'catalog'): string {
  counter++;
  return `https://catalog.test/${name}-${counter}-${Math.random().toString(36).slice(2)}.json`;
}
