import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import manifest from '../custom-elements.json';

// Every data state (loading, error, empty, …) is a story with its own MSW handlers.
initialize({ onUnhandledRequest: 'bypass', quiet: true });
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mswLoader],
  parameters: {
    // Accessibility violations fail the story's test, not just a panel entry.
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
