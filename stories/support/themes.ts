// The themes the stories show and the theming tests check (test/elements/theming.test.ts):
// what a page writes, as custom properties on a wrapper and ::part() rules.

export interface Theme {
  /** The name shown in Storybook. */
  name: string;
  /** Custom properties set on the element or on any ancestor. */
  properties: Record<string, string>;
  /** The wrapper's `data-theme`, which scopes the ::part() rules (several stories share one docs page). */
  key: string;
  /** ::part() rules of the page. */
  parts: string;
  /** The page around the widget. */
  page: Record<string, string>;
}

/** The defaults: nothing to set. */
export const city: Theme = {
  name: 'Stadt Kamen',
  key: 'city',
  properties: {},
  parts: '',
  page: { background: '#ffffff', color: '#1b1b1b' },
};

/** A partner's own page: plum and cream, rounder corners, its own font, and a few ::part() rules. */
export const partner: Theme = {
  name: 'Partner: Familienbande',
  key: 'partner',
  properties: {
    '--offer-finder-color-text': '#2b1d28',
    '--offer-finder-color-background': '#ffffff',
    '--offer-finder-color-surface': '#fbf1f7',
    '--offer-finder-color-muted': '#5e4a59',
    '--offer-finder-color-border': '#8a6b80',
    '--offer-finder-color-accent': '#7a2e6e',
    '--offer-finder-color-on-accent': '#ffffff',
    '--offer-finder-color-focus': '#1f6b45',
    '--offer-finder-color-mark': '#ffe08a',
    '--offer-finder-radius': '1em',
    '--offer-finder-space': '1.25em',
    '--offer-finder-font-family': '"Trebuchet MS", "Segoe UI", system-ui, sans-serif',
  },
  parts: `
    [data-theme='partner'] offer-search::part(card),
    [data-theme='partner'] contact-card::part(card) {
      border-top: 0.35em solid #7a2e6e;
      box-shadow: 0 0.15em 0.5em rgb(43 29 40 / 0.12);
    }
    [data-theme='partner'] offer-search::part(chip) {
      border-width: 2px;
      font-weight: 700;
    }
    [data-theme='partner'] milestone-timeline::part(milestone) {
      border-start-start-radius: 0;
    }
  `,
  page: { background: '#fffaf5', color: '#2b1d28' },
};

/** High contrast: black on white, one dark blue, a thick magenta focus ring, a yellow mark. */
export const highContrast: Theme = {
  name: 'Hoher Kontrast',
  key: 'high-contrast',
  properties: {
    '--offer-finder-color-text': '#000000',
    '--offer-finder-color-background': '#ffffff',
    '--offer-finder-color-surface': '#ffffff',
    '--offer-finder-color-muted': '#000000',
    '--offer-finder-color-border': '#000000',
    '--offer-finder-color-accent': '#00008b',
    '--offer-finder-color-on-accent': '#ffffff',
    '--offer-finder-color-focus': '#c4006a',
    '--offer-finder-color-mark': '#ffff00',
    '--offer-finder-color-error': '#a00000',
    '--offer-finder-radius': '0.2em',
    '--offer-finder-focus-width': '4px',
  },
  parts: `
    [data-theme='high-contrast'] offer-search::part(card),
    [data-theme='high-contrast'] offer-search::part(facet),
    [data-theme='high-contrast'] offer-search::part(chip),
    [data-theme='high-contrast'] contact-card::part(card) {
      border-width: 2px;
    }
    [data-theme='high-contrast'] offer-search::part(contact) {
      border: 2px solid #000000;
      border-inline-start-width: 0.3em;
    }
  `,
  page: { background: '#ffffff', color: '#000000' },
};

/** A dark page that says so: the widget follows its color-scheme, no custom property needed. */
export const darkPage: Theme = {
  name: 'Dunkle Seite',
  key: 'dark',
  properties: {},
  parts: '',
  page: { 'color-scheme': 'dark', background: '#121212', color: '#eceff3' },
};

/** A page that offers both schemes (`color-scheme: light dark`): dark when the reader's system is. */
export const followsSystem: Theme = {
  name: 'Seite mit hell und dunkel',
  key: 'system',
  properties: {},
  parts: '',
  page: { 'color-scheme': 'light dark', background: 'Canvas', color: 'CanvasText' },
};

/** The style attribute of a wrapper: the page's colours and the theme's custom properties. */
export function wrapperStyle(theme: Theme): string {
  return Object.entries({ ...theme.page, ...theme.properties })
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}
