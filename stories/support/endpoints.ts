// MSW handlers shared by the stories: the sample catalog, each fault, and
// hostile data. The story id goes into each URL because the loader keeps one
// result per URL for the page and Storybook switches stories without a reload.
import { http, HttpResponse, delay } from 'msw';

export const sampleCatalog = async () => (await fetch('/angebote.json')).json();

export const endpoint = (story: string) => `/stories/${story}/catalog.json`;

const path = '/stories/:story/catalog.json';

export const handlers = {
  sample: [http.get(path, async () => HttpResponse.json(await sampleCatalog()))],
  loading: [
    http.get(path, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  ],
  notFound: [http.get(path, () => new HttpResponse('Not found', { status: 404 }))],
  serverError: [http.get(path, () => new HttpResponse(null, { status: 500 }))],
  busy: [http.get(path, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }))],
  networkError: [http.get(path, () => HttpResponse.error())],
  html: [http.get(path, () => HttpResponse.html('<!doctype html><h1>Wartungsarbeiten</h1>'))],
  wrongShape: [http.get(path, () => HttpResponse.json({ angebote: [] }))],
  /** A valid catalog without a single offer yet (a new partner's page). */
  noOffers: [http.get(path, async () => HttpResponse.json({ ...(await sampleCatalog()), offers: [] }))],
  longTexts: [
    http.get(path, async () => {
      const catalog = await sampleCatalog();
      const word = 'Kinder'.repeat(1700);
      catalog.offers[0].title = `Sehr langer Titel ${word}`;
      catalog.offers[0].summary = `https://example.org/${'a'.repeat(5000)} ${word}`;
      catalog.offers[1].title = '<img src=x onerror="alert(1)"> Titel mit Markup, der als Text erscheint';
      return HttpResponse.json(catalog);
    }),
  ],
};
