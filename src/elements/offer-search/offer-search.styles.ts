/**
 * The look of `<offer-search>`: the form, the filters beside or above the
 * results (by the width of its container; above them, a disclosure opened
 * from the toolbar), the cards, the saved list and print; the boxes of
 * offers come from box.styles.ts.
 */
import { css } from 'lit';

export const offerSearchStyles = css`
  :host {
    container-type: inline-size;
  }

  .search {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }

  label.query-label {
    font-weight: 700;
    font-size: 1.125em;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  input[type='search'],
  .link-to-copy input,
  select {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .scope {
    margin: 0 0 var(--_space);
  }

  .layout {
    display: grid;
    /* minmax(0, …): a long word must not widen the column beyond the screen (320 px reflow). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .filters-toggle[aria-expanded='true'] .toggle-icon {
    transform: rotate(90deg);
  }

  .toggle-icon {
    display: inline-block;
  }

  @media (prefers-reduced-motion: no-preference) {
    .toggle-icon {
      transition: transform 0.15s;
    }
  }

  .facets {
    display: grid;
    gap: 0.75em;
    align-content: start;
  }

  .facets.collapsed {
    display: none;
  }

  /* "Ergebnisse anzeigen (12)": the filters' width, the last thing in them. */
  .show-results {
    justify-content: center;
  }

  fieldset,
  .facet {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }

  fieldset.place {
    border: 0;
    padding: 0.25em 0 0;
  }

  .facet-label {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 700;
  }

  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.2em 0;
  }

  /* Level with the first line of a label that wraps. */
  .choice input {
    margin-block-start: 0.15em;
  }

  .count {
    color: var(--_muted);
  }

  select {
    padding: 0.25em 0.5em;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }

  .chip {
    min-height: 2.25em;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .reset {
    min-height: 2.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  /* "In meiner Nähe" (near-me.ts); its panel brings its own styles. */
  .near-me {
    display: grid;
    gap: 0.5em;
    margin: 0 0 0.75em;
  }

  .near-me-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .near-me-message {
    margin: 0;
  }

  .status {
    margin: 0 0 0.75em;
    font-weight: 700;
  }

  .status .hint {
    font-weight: 400;
  }

  /* After paging, focus moves to the hidden heading of the results; the ring goes round the results, so that it stays visible. */
  h2.visually-hidden:focus-visible {
    outline: none;
  }

  h2.visually-hidden:focus-visible + .results {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
  }

  .results {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    padding: var(--_space);
  }

  .card h3 {
    margin: 0 0 0.25em;
  }

  .card p {
    margin: 0 0 0.5em;
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.15em 0.75em;
    margin: 0 0 0.5em;
    font-size: 0.9375em;
  }

  .facts dt {
    color: var(--_muted);
  }

  .facts dd {
    margin: 0;
  }

  /* Open now: in bold, not in colour alone (the text says it). */
  .facts dd.open {
    font-weight: 700;
  }

  /* One period of structured opening hours a line. */
  .facts .line {
    display: block;
  }

  /* "Stand: März 2026"; an entry not checked for long stands out by its sign and words, and a border. */
  .updated {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .updated.stale {
    padding: 0.25em 0.5em;
    border-inline-start: 3px solid var(--_error);
    color: var(--_text);
  }

  details summary {
    min-height: 2.75em;
    display: flex;
    align-items: center;
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }

  .details-body {
    padding-block: 0.5em;
  }

  /* The description's lists (shared/text-blocks.ts); its paragraphs are the card's. */
  .description :is(ul, ol) {
    margin: 0 0 0.5em;
    padding: 0;
  }

  /* Discs, though the card sits in a list. */
  .description ul {
    list-style-type: disc;
  }

  /* The room for the marker on the item's own side (not the list's padding): a German list in an Arabic page keeps its bullets inside the card. */
  .description li {
    margin-inline-start: 1.25em;
  }

  .details-body h4 {
    margin: 0.75em 0 0.25em;
  }

  .contacts {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contact {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
  }

  .contact p {
    margin: 0;
  }

  /* Rows of actions: they wrap on a phone, each target at least 44 px high (.button). */
  .toolbar,
  .card-actions,
  .offer-actions,
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  /* One row on a phone: the filters' button, the Merkliste and "Teilen", with less padding; the grid's gap spaces it. */
  .toolbar .button {
    padding-inline: 0.6em;
  }

  .card-actions {
    margin: 0 0 0.25em;
  }

  .offer-actions {
    margin-block-start: 0.75em;
  }

  .list-actions {
    margin: 0 0 var(--_space);
  }

  /* Pressed: filled, and the star and the text say it too (forced colours drop the fill). */
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .list-header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }

  .list-header h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .list .hint {
    margin: 0.25em 0 0.75em;
  }

  .list .empty {
    margin: 0 0 0.75em;
  }

  .list .results {
    margin-block-start: var(--_space);
  }

  .confirmation {
    margin: 0;
    font-weight: 700;
  }

  /* The link to copy by hand takes a row of its own. */
  .link-to-copy {
    display: grid;
    gap: 0.25em;
    flex-basis: 100%;
    margin: 0;
  }

  .link-to-copy input {
    padding: 0.25em 0.5em;
  }

  /* The frame that prints the saved offers (print.ts): laid out, but never seen. */
  .print-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 0;
    height: 0;
    border: 0;
    visibility: hidden;
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
    margin-block-start: var(--_space);
  }

  .pagination .button[disabled] {
    visibility: hidden;
  }

  /* Wide: the filters open in a column of their own; the toolbar above the results, without the filters' buttons. */
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(14em, 1fr) minmax(0, 3fr);
      /* The toolbar's row as high as the toolbar, however long the filters beside it are. */
      grid-template-rows: auto 1fr;
      align-items: start;
    }

    .toolbar,
    .main {
      grid-column: 2;
    }

    .facets {
      grid-column: 1;
      grid-row: 1 / span 2;
    }

    .filters-toggle,
    .show-results {
      display: none;
    }

    .facets.collapsed {
      display: grid;
    }
  }

  /*
   * The whole page printed (Ctrl+P): the results as text, without the search,
   * the filters and the buttons. "Drucken" prints a page of its own instead.
   */
  @media print {
    .search,
    .layout .facets,
    .toolbar,
    .chips,
    .near-me,
    .card-actions,
    .offer-actions,
    .list-actions,
    .list-header button,
    .list .hint,
    .pagination,
    .error button {
      display: none;
    }

    .layout {
      display: block;
    }

    .card {
      break-inside: avoid;
      border-color: currentColor;
    }

    mark {
      background: none;
      color: inherit;
      font-weight: 700;
    }

    /* Closed details print too where the browser can show their content (Chromium 131+). */
    @supports selector(::details-content) {
      details::details-content {
        content-visibility: visible;
        display: block;
      }

      details summary {
        display: none;
      }
    }
  }

  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      border-width: 4px;
    }

    .card,
    fieldset,
    .facet,
    .contact {
      border-color: CanvasText;
    }

    .chip {
      border-color: ButtonText;
    }

    h2.visually-hidden:focus-visible + .results {
      outline-color: Highlight;
    }
  }
`;
