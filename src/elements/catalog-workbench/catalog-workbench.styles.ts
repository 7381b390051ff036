/**
 * The look of `<catalog-workbench>`: the drop zone around the file field,
 * the report's groups, the downloads, and the previews below.
 */
import { css } from 'lit';

export const catalogWorkbenchStyles = css`
  .intro {
    max-width: 60em;
  }

  .base-file {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .drop {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-block: var(--_space);
    padding: 1.5em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .drop.dragging {
    border-color: var(--_accent);
  }

  /* The field stays in the page for keyboards and screen readers; its label is the button people see. */
  .drop input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }

  .drop:has(input:focus-visible) label {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .defaults {
    margin-block: var(--_space);
  }

  .defaults summary {
    min-height: 2.75em;
    cursor: pointer;
    font-weight: 700;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
  }

  .mapping fieldset {
    display: grid;
    gap: 0.5em;
    margin-block: var(--_space);
  }

  .mapping-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }

  .mapping-row label {
    flex: 1 1 16em;
  }

  .mapping-row select {
    flex: 1 1 14em;
    min-height: 2.75em;
  }

  /* Indeterminate: how long a list takes is not known until it is read. */
  progress {
    display: block;
    inline-size: min(100%, 20em);
    margin-block-end: 0.5em;
  }

  .status {
    font-weight: 700;
  }

  .sources,
  .lines {
    padding-inline-start: 1.25em;
  }

  .group {
    margin-block: 0.5em;
  }

  .group summary {
    min-height: 2.75em;
    cursor: pointer;
  }

  .severity.fatal h4,
  .severity.error h4 {
    color: var(--_error);
  }

  .values,
  .lines {
    overflow-wrap: anywhere;
  }

  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .preview {
    margin-block-start: calc(2 * var(--_space));
  }
`;
