import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { endpoint, handlers } from './support/endpoints.js';
import { city, darkPage, followsSystem, highContrast, partner, wrapperStyle, type Theme } from './support/themes.js';

/**
 * The three elements together, as a page would theme them: custom
 * properties (`--offer-finder-*`) on any ancestor, and `::part()` rules. The
 * wrapper stands for the host page; its `style` is what the page writes.
 */
function themedPage(theme: Theme, story: string) {
  const src = endpoint(story);
  return html`
    <style>
      ${theme.parts}
    </style>
    <div data-theme=${theme.key} style="${wrapperStyle(theme)}; padding: 1.5em; display: grid; gap: 2em;">
      <milestone-timeline src=${src} age="1"></milestone-timeline>
      <offer-search src=${src} query="Hebamme" free></offer-search>
      <contact-card src=${src} contact="sabine-kortmann"></contact-card>
    </div>
  `;
}

const meta: Meta = {
  title: 'Themes/All elements',
  parameters: {
    layout: 'fullscreen',
    msw: { handlers: handlers.sample },
    docs: {
      description: {
        component:
          'The timeline, the search and a contact card in the themes of the city, of a partner and in high contrast, and on dark pages. ' +
          'Forced colours (Windows contrast themes) and reduced motion can be tried with the browser’s DevTools: Rendering → Emulate CSS media feature.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const CityOfKamen: Story = {
  name: 'Stadt Kamen',
  render: (_args, { id }) => themedPage(city, id),
  parameters: { docs: { description: { story: 'The defaults: no custom property set. The font is the page’s.' } } },
};

export const PartnerFamilienbande: Story = {
  name: 'Partner: Familienbande',
  render: (_args, { id }) => themedPage(partner, id),
  parameters: {
    docs: {
      description: {
        story:
          'A partner’s colours, radius, spacing and font through custom properties, and a few `::part()` rules: a coloured top edge and a shadow on cards, bolder chips.',
      },
    },
  },
};

export const HighContrast: Story = {
  name: 'Hoher Kontrast',
  render: (_args, { id }) => themedPage(highContrast, id),
  parameters: {
    docs: {
      description: { story: 'Black on white, one dark blue, a 4 px focus ring, thicker borders through `::part()`.' },
    },
  },
};

export const DarkPage: Story = {
  name: 'Dunkle Seite',
  render: (_args, { id }) => themedPage(darkPage, id),
  parameters: {
    docs: {
      description: {
        story:
          'A dark page that says so with `color-scheme: dark`: the elements use their dark defaults. No custom property is needed.',
      },
    },
  },
};

export const PageWithBothSchemes: Story = {
  name: 'Seite mit hell und dunkel',
  render: (_args, { id }) => themedPage(followsSystem, id),
  parameters: {
    docs: {
      description: {
        story:
          'A page with `color-scheme: light dark`: dark when the reader’s system is (try DevTools: Rendering → prefers-color-scheme: dark), light otherwise. ' +
          'A page that says nothing stays light, whatever the system prefers.',
      },
    },
  },
};
