import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse, delay } from 'msw';
import { renderCatalogSummary } from '../demo/catalog-summary.js';

/**
 * What the loader makes of the endpoint's answer, for every fault the
 * elements must handle. Each story mocks `/stories/catalog.json` with MSW;
 * the story id goes into the query because the loader keeps one result per
 * URL for the page, and Storybook switches stories without a reload.
 */
const endpoint = '/stories/catalog.json';

const sample = async () => (await fetch('/angebote.json')).json();

const meta: Meta = {
  title: 'Foundation/Catalog loader',
  render: (_args, { id }) => {
    const section = document.createElement('section');
    section.setAttribute('aria-live', 'polite');
    void renderCatalogSummary(section, `${endpoint}?story=${id}`);
    return section;
  },
};
export default meta;

type Story = StoryObj;

export const SampleCatalog: Story = {
  parameters: { msw: { handlers: [http.get(endpoint, async () => HttpResponse.json(await sample()))] } },
};

export const InvalidRecords: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(endpoint, async () => {
          const catalog = await sample();
          catalog.offers[3].milestones = ['kita2'];
          catalog.offers[7].url = 'javascript:alert(1)';
          delete catalog.offers[9].title;
          return HttpResponse.json(catalog);
        }),
      ],
    },
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(endpoint, async () => { await delay('infinite'); return HttpResponse.json({}); })] } },
};

export const NotFound: Story = {
  parameters: { msw: { handlers: [http.get(endpoint, () => new HttpResponse('Not found', { status: 404 }))] } },
};

export const HtmlInsteadOfJson: Story = {
  parameters: { msw: { handlers: [http.get(endpoint, () => HttpResponse.html('<!doctype html><h1>Wartungsarbeiten</h1>'))] } },
};

export const WrongShape: Story = {
  parameters: { msw: { handlers: [http.get(endpoint, () => HttpResponse.json({ angebote: [] }))] } },
};

export const NetworkError: Story = {
  parameters: { msw: { handlers: [http.get(endpoint, () => HttpResponse.error())] } },
};
