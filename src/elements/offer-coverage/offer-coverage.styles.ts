/**
 * The coverage table scrolls sideways on narrow containers, with the row
 * headers kept in view. Gaps and thin cells are marked three ways: the word
 * ("0 – Lücke", "1 – dünn"), a border pattern (dashed, dotted) and a
 * colour, so that none depends on seeing colour. Only logical properties,
 * so that `dir="rtl"` mirrors the table.
 */
import { css } from 'lit';

export const offerCoverageStyles = css`
  p {
    margin: 0;
  }

  .status:not(:empty) {
    margin-block-end: var(--_space);
    font-weight: 700;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
    margin-block-end: var(--_space);
  }

  .summary {
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }

  .summary .gaps {
    font-weight: 700;
  }

  /* The cells one a line, in columns where there is room. */
  .summary ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
    columns: 20em;
  }

  .note {
    margin-block-end: 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /*
   * Positioned, so that the visually hidden names of the cells (absolutely
   * positioned) stay inside the box that scrolls: otherwise they stand out to
   * the right of it, and the whole page pans sideways on a phone.
   */
  .table-wrapper {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    min-width: 100%;
    background: var(--_background);
  }

  /* The table's name: outside the table, so that it stays in view while the table scrolls sideways. */
  .caption {
    margin-block-end: 0.5em;
    font-weight: 700;
    font-size: 1.125em;
  }

  th,
  td {
    padding: 0.25em;
    border: 1px solid var(--_border);
    vertical-align: top;
    /* Columns as wide as their longest word (the table scrolls): no word broken in the middle. */
    overflow-wrap: break-word;
  }

  th {
    background: var(--_surface);
    font-weight: 700;
    text-align: start;
    line-height: 1.3;
  }

  thead th {
    min-width: 6.5em;
    vertical-align: bottom;
  }

  /* The row headers (and the corner above them) stay in view when the table scrolls sideways; a shadow draws their border, which collapsed borders lose when they stick. */
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 9em;
    max-width: 14em;
    box-shadow:
      inset 1px 0 var(--_border),
      inset -1px 0 var(--_border);
  }

  td {
    text-align: center;
  }

  .cell button,
  .cell .static {
    display: grid;
    align-content: center;
    justify-items: center;
    width: 100%;
    min-height: 2.75em;
    padding: 0.25em 0.4em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: none;
    text-align: center;
  }

  .cell button {
    color: var(--_accent);
    cursor: pointer;
  }

  .cell button:hover {
    border-color: var(--_accent);
  }

  .count {
    font-weight: 700;
    font-size: 1.125em;
  }

  /* "0 im Stadtteil": words, at the text's size. */
  .count.phrase {
    font-size: 1em;
  }

  .local {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .mark {
    font-weight: 700;
  }

  /* A gap: dashed, a hatch in the error colour behind, and the word. */
  .cell.gap .static,
  .cell.gap button {
    border: 2px dashed var(--_error);
    background: repeating-linear-gradient(
      135deg,
      transparent 0 0.4em,
      color-mix(in srgb, var(--_error) 10%, transparent) 0.4em 0.8em
    );
  }

  .cell.gap .count,
  .cell.gap .mark {
    color: var(--_error);
  }

  /* A thin cell: dotted, and the word. */
  .cell.thin .static,
  .cell.thin button {
    border: 2px dotted var(--_muted);
  }

  .cell.thin .mark {
    color: var(--_text);
  }

  /* The chosen cell: a thick solid border and a filled background, besides aria-pressed. */
  .cell.selected button {
    border: 3px solid var(--_accent);
    background: var(--_surface);
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start-width: 2px;
  }

  tfoot td {
    padding: 0.5em;
  }

  .citywide th,
  .citywide td {
    font-weight: 400;
  }

  .offers {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }

  .offers h2 {
    margin: 0;
  }

  .offers ul {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .citywide-mark {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    th,
    td,
    .offers,
    .field select {
      border-color: CanvasText;
    }

    .cell.gap .static,
    .cell.gap button,
    .cell.thin .static,
    .cell.thin button {
      border-color: CanvasText;
    }

    .cell.selected button,
    .cell button:hover {
      border-color: Highlight;
    }

    .cell.selected button {
      border-width: 0.25em;
    }
  }
`;
