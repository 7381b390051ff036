/**
 * Shared by every element: the public theme (the `--offer-finder-*` custom
 * properties with their defaults), the reset of what a host page passes down
 * by inheritance, focus, forced colours and reduced motion.
 *
 * Sizes are in `em`, never `rem`, so that a host page with
 * `html { font-size: 62.5% }` does not shrink the widget.
 *
 * Light and dark: each colour's default is `light-dark(light, dark)`, and the
 * element never sets `color-scheme` itself, so it inherits the page's. The
 * widget is dark exactly when the page says it is dark: `color-scheme: dark`
 * on the page or any ancestor, or `color-scheme: light dark` (property or
 * `<meta name="color-scheme">`) while the reader's system prefers dark. A page
 * that says nothing is light, whatever the system prefers: a white CMS page
 * in a dark OS keeps a light widget. `color-scheme: light` or `dark` on the
 * element itself forces one. A colour set through a custom property wins over
 * both defaults; to theme both schemes, set it to `light-dark(…, …)` as well.
 *
 * All default pairs meet WCAG AA in both schemes: text 4.5:1 on background,
 * surface and the page's canvas (white, or #121212 dark); muted text, links,
 * errors 4.5:1 too; borders of fields and the focus ring 3:1 (the ring 12:1
 * and more, and its inner band 14.5:1 against the ring).
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    /* Browsers without light-dark() (before Chromium 123, Firefox 120, Safari 17.5): light colours, see below. */
    --_text: var(--offer-finder-color-text, #1b1b1b);
    --_background: var(--offer-finder-color-background, #ffffff);
    --_surface: var(--offer-finder-color-surface, #f4f6f8);
    --_muted: var(--offer-finder-color-muted, #4f5660);
    --_border: var(--offer-finder-color-border, #7d848d);
    --_accent: var(--offer-finder-color-accent, #00557f);
    --_on-accent: var(--offer-finder-color-on-accent, #ffffff);
    --_focus: var(--offer-finder-color-focus, #0b0c0c);
    --_mark: var(--offer-finder-color-mark, #fff1a8);
    --_error: var(--offer-finder-color-error, #a4000f);
    --_radius: var(--offer-finder-radius, 0.375em);
    --_space: var(--offer-finder-space, 1em);
    /* At least 2px whatever a theme sets: a thinner ring is not a visible focus. */
    --_focus-width: max(2px, var(--offer-finder-focus-width, 3px));

    display: block;
    color: var(--_text);

    /*
     * The page's font family, and its size, but never below 16px: a page with
     * html { font-size: 62.5% } that forgot to reset its body would otherwise
     * give families 10px text. A page that wants smaller text lowers the floor:
     * offer-search { --offer-finder-min-font-size: 14px; font-size: 14px }.
     */
    font-family: var(--offer-finder-font-family, inherit);
    font-size: max(1em, var(--offer-finder-min-font-size, 16px));

    /*
     * What the page passes down by inheritance and would break the layout or
     * the reading: reset here (not with all: initial, which would also drop
     * the font family, the direction and the colour scheme). Rules the page or
     * the reader set on the element itself still win over :host, as CSS means
     * for hosts: the text-spacing overrides of WCAG 1.4.12 (a user style
     * sheet's * { letter-spacing: 0.12em !important }) reach the element and
     * are inherited inside (the rest of the reset is below, shared with the
     * inner root). visibility is left alone on purpose: a page that hides a
     * container must hide the widget in it.
     */
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--offer-finder-color-text, light-dark(#1b1b1b, #eceff3));
      --_background: var(--offer-finder-color-background, light-dark(#ffffff, #1a1d21));
      --_surface: var(--offer-finder-color-surface, light-dark(#f4f6f8, #252a30));
      --_muted: var(--offer-finder-color-muted, light-dark(#4f5660, #b5bec8));
      --_border: var(--offer-finder-color-border, light-dark(#7d848d, #848e9a));
      --_accent: var(--offer-finder-color-accent, light-dark(#00557f, #8cc8f2));
      --_on-accent: var(--offer-finder-color-on-accent, light-dark(#ffffff, #0d1b26));
      --_focus: var(--offer-finder-color-focus, light-dark(#0b0c0c, #ffdd00));
      /* Only here: without light-dark() the band is left out, and the ring alone stands out from the light widget. */
      --_focus-inner: var(--offer-finder-color-focus-inner, light-dark(#ffdd00, #0b0c0c));
      --_mark: var(--offer-finder-color-mark, light-dark(#fff1a8, #5a4a00));
      --_error: var(--offer-finder-color-error, light-dark(#a4000f, #ff9ea5));
    }
  }

  @supports not (color: light-dark(#000, #fff)) {
    /* Light colours cannot follow a dark page: the widget brings its own light background, so its text stays readable. */
    :host {
      background: var(--_background);
    }
  }

  /*
   * The reset on the host, and the same again on the element's inner root,
   * which no page rule reaches: a page rule on the element itself
   * ("* { all: unset }", "body * { text-transform: uppercase }") wins over
   * :host and would pass its values down. Letter and word spacing are reset
   * on the host only and left to inherit inside, so that a reader's
   * text-spacing overrides (WCAG 1.4.12) still reach the text; line height
   * is set to the 1.5 those overrides ask for.
   */
  :host,
  .root {
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    cursor: auto;
    /* Long words and e-mail addresses break rather than widen the page (320 px reflow); German hyphenates where the browser can. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .root {
    font-size: max(1em, var(--offer-finder-min-font-size, 16px));
  }

  :host([hidden]) {
    display: none;
  }

  /* Our elements inside one another (<offer-finder>): the outer one's size holds for the whole finder. */
  offer-search,
  milestone-timeline,
  contact-card,
  offer-finder {
    font-size: 1em;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * Focus: two colours, as GOV.UK's (#0b0c0c and yellow #ffdd00), never the
   * red of errors. The ring (outline) is the one that stands out from the
   * scheme's background, the band inside it (a shadow that fills the
   * outline's offset) the other; with 14.5:1 between them, one of the two
   * stands out by 3:1 from any background (WCAG 1.4.11, technique C40).
   * Forced colours drop the band and keep the ring, in Highlight.
   */
  :focus-visible,
  /* A date field's focus is in its parts (day, month, year): :focus-visible never matches the field itself. */
  input:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
  }

  a {
    color: var(--_accent);
  }

  button,
  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
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
    text-decoration: none;
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* A native checkbox or radio button beside its label: big enough to hit, in the theme's colour. */
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
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

  /*
   * Forced colours (Windows contrast themes): the browser replaces every
   * colour with the reader's system colours and drops shadows. System colours
   * named here are kept, so borders, focus and marks take the roles that fit;
   * states are also shown by shape and text (✓, thicker borders, badges).
   */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }

    .button {
      border-color: ButtonText;
    }

    .error {
      border-color: CanvasText;
    }

    mark {
      background: Mark;
      color: MarkText;
    }
  }

  /* No motion for those who asked for none; important, so that no ::part() rule of the page brings it back. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
