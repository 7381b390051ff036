import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import { renderCatalogSummary } from '../demo/catalog-summary.js';
import { endpoint, handlers, sampleCatalog } from './support/endpoints.js';

/** What the loader makes of the endpoint's answer, for every fault the elements must handle. */
const meta: Meta = {
  title: 'Foundation/Catalog loader',
  render: (_args, { id }) => {
    const section = document.createElement('section');
    section.setAttribute('aria-live', 'polite');
    void renderCatalogSummary(section, endpoint(id));
    return section;
  },
};
export default meta;

type Story = StoryObj;

export const SampleCatalog: Story = { parameters: { msw: { handlers: handlers.sample } } };

export const InvalidRecords: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/stories/:story/catalog.json', async () => {
          const catalog = await sampleCatalog();
          catalog.offers[3].milestones = ['kita2'];
          catalog.offers[7].url = 'javascript:alert(1)';
          delete catalog.offers[9].title;
          return HttpResponse.json(catalog);
        }),
      ],
    },
  },
};

export const Loading: Story = { parameters: { msw: { handlers: handlers.loading } } };
export const NotFound: Story = { parameters: { msw: { handlers: handlers.notFound } } };
export const HtmlInsteadOfJson: Story = { parameters: { msw: { handlers: handlers.html } } };
export const WrongShape: Story = { parameters: { msw: { handlers: handlers.wrongShape } } };
export const NetworkError: Story = { parameters: { msw: { handlers: handlers.networkError } } };
