/**
 * A group of radio buttons or checkboxes side by side (a `<fieldset>` whose
 * `.choice-row` holds `.choice` labels, each a 44 px target) and a labelled
 * field (`.field`): the "where are we now?" form of `<milestone-timeline>`
 * and the controls of `<offer-coverage>`.
 */
import { css } from 'lit';

export const choiceStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    font-weight: 700;
  }

  .choice-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }

  .choice {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
    cursor: pointer;
  }

  .field {
    display: grid;
    gap: 0.25em;
    max-width: 100%;
  }

  .field label {
    font-weight: 700;
  }

  .field input,
  .field select {
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
`;
