/**
 * The bordered box on the background that holds offers, drawn alike by the
 * elements that show them: an offer's card in `<offer-search>` (`.card`) and
 * the list of offers below the timeline or the coverage table (`.offers`),
 * with the heading in it. Each element adds what differs (padding, a grid);
 * after base.styles.ts, before the element's own styles.
 */
import { css } from 'lit';

export const boxStyles = css`
  .card,
  .offers {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .offers {
    margin-block-start: var(--_space);
    padding: 0.75em 1em;
  }

  .card h3,
  .offers h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
`;
