/**
 * No container query here, unlike `<offer-search>`: `container-type` would
 * give the card no width of its own in a flex row or a shrink-to-fit cell of
 * the host page. The rows wrap by themselves instead: the value goes below
 * its label when the two do not fit side by side (a 320 px phone).
 * Logical properties only, so that `dir="rtl"` mirrors everything.
 */
import { css } from 'lit';

export const contactCardStyles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .role,
  .organization {
    margin: 0.15em 0 0;
  }

  .organization {
    color: var(--_muted);
  }

  .facts {
    display: grid;
    gap: 0.4em;
    margin: 0.75em 0 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }

  .row dt {
    flex: 0 0 auto;
    min-inline-size: 7.5em;
    color: var(--_muted);
    overflow-wrap: normal;
  }

  .row dd {
    flex: 1 1 14em;
    min-inline-size: 0;
    margin: 0;
  }

  .compact .row dt {
    min-inline-size: 5em;
  }

  .compact .row dd {
    flex-basis: 12em;
  }

  .row[part='hours'] dd {
    white-space: pre-line;
  }

  .networks {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .line {
    display: block;
  }

  a {
    text-underline-offset: 0.15em;
  }

  ::slotted(*) {
    margin-block: 0.75em 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-start;
    gap: 0.5em 0.75em;
    margin-block-start: 0.75em;
  }

  .button {
    position: relative;
    max-inline-size: 100%;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .status {
    margin: 0;
  }

  .status.notice {
    padding: 0.75em 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .status.notice .hint {
    display: block;
  }

  @media (forced-colors: active) {
    .card,
    .status.notice {
      border-color: CanvasText;
    }
  }
`;
