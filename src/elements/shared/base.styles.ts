import { css } from 'lit';

/**
 * Shared by every element: the public theme properties with their defaults,
 * focus, and helpers. Sizes are in `em`, never `rem`, so that a host page
 * with `html { font-size: 62.5% }` does not shrink the widget.
 */
export const baseStyles = css`
  :host {
    --_text: var(--offer-finder-color-text, #1b1b1b);
    --_background: var(--offer-finder-color-background, #ffffff);
    --_surface: var(--offer-finder-color-surface, #f4f6f8);
    --_muted: var(--offer-finder-color-muted, #4f5660);
    --_border: var(--offer-finder-color-border, #8a9099);
    --_accent: var(--offer-finder-color-accent, #00557f);
    --_on-accent: var(--offer-finder-color-on-accent, #ffffff);
    --_focus: var(--offer-finder-color-focus, #b3001b);
    --_mark: var(--offer-finder-color-mark, #fff1a8);
    --_error: var(--offer-finder-color-error, #a4000f);
    --_radius: var(--offer-finder-radius, 0.375em);
    --_space: var(--offer-finder-space, 1em);
    display: block;
    color: var(--_text);
    font-family: var(--offer-finder-font-family, inherit);
    line-height: 1.5;
    /* Long words and e-mail addresses break rather than widen the page (320 px reflow); German hyphenates where the browser can. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* The alert of a failed load (shared/load-error.ts). */
  .error {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
  }

  .error p {
    margin: 0;
  }

  mark {
    background: var(--_mark);
    color: inherit;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    mark {
      background: Highlight;
      color: HighlightText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
