/**
 * Vertical on narrow containers (phones, sidebars); cards side by side,
 * wrapping, where two of 16em fit; one horizontal row from 72em on, where
 * six milestones get columns wide enough that their titles need not break
 * (a German word breaks by hyphenation, in the text's own `lang`). Only
 * logical properties (inline/block), so that `dir="rtl"` on any ancestor
 * mirrors the timeline.
 */
import { css } from 'lit';

export const milestoneTimelineStyles = css`
  :host {
    container-type: inline-size;
  }

  p {
    margin: 0;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* "Where are we now?" */

  .now-form {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_space);
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .now-title {
    font-weight: 700;
    font-size: 1.125em;
  }

  .field input[type='number'] {
    width: 7em;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }

  .problem {
    color: var(--_error);
    font-weight: 700;
  }

  /* The choice, the field and the buttons side by side where they fit, one below the other where not. */
  .now-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: end;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .status {
    font-weight: 700;
  }

  .status:not(:empty) {
    margin-block-end: var(--_space);
  }

  .district-note {
    margin-block-end: 0.75em;
    color: var(--_muted);
  }


  /* The timeline: one column on phones, cards of at least 16em side by side where they fit; each transition below its card. */

  .timeline {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    column-gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    grid-template-rows: 1fr auto;
    min-width: 0;
  }

  .milestone {
    position: relative;
    display: grid;
    gap: 0.25em;
    align-content: start;
    padding: 0.75em 1em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .milestone:hover {
    border-color: var(--_accent);
  }

  /* The whole card is the button's target (its ::after covers it); the focus ring goes round the card. */
  .select {
    display: flex;
    gap: 0.3em;
    align-items: baseline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
  }

  .select::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  @supports selector(:has(*)) {
    .select:focus-visible {
      outline: none;
    }

    .milestone:has(.select:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
  }

  .check:empty {
    display: none;
  }

  .range {
    color: var(--_muted);
    font-weight: 700;
    font-size: 0.9375em;
  }

  /* Paragraphs and lists (shared/text-blocks.ts). */
  .description {
    display: grid;
    gap: 0.25em;
    font-size: 0.9375em;
  }

  .description :is(ul, ol) {
    margin: 0;
    padding: 0;
  }

  /* Discs, though the milestone sits in a list. */
  .description ul {
    list-style-type: disc;
  }

  /* The room for the marker on the item's own side (not the list's padding): a German list in an Arabic page keeps its bullets inside the card. */
  .description li {
    margin-inline-start: 1.25em;
  }

  .count {
    color: var(--_accent);
    font-weight: 700;
  }

  .gap {
    color: var(--_muted);
    font-style: italic;
    font-weight: 400;
  }

  /* States are shown by text and shape as well as colour: ✓ and a thick border, a badge, a dashed border. */

  .milestone.selected {
    border-color: var(--_accent);
    background: var(--_surface);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }

  .milestone.now,
  .milestone.next {
    border-color: var(--_accent);
    border-inline-start-width: 0.5em;
  }

  .milestone.next {
    border-inline-start-style: double;
  }

  .milestone.empty {
    border-style: dashed;
  }

  .badge {
    justify-self: start;
    padding: 0 0.6em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    font-weight: 700;
    font-size: 0.875em;
  }

  .now .badge {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .next .badge {
    background: var(--_background);
    color: var(--_accent);
  }

  /* A transition hangs between two milestones: a dashed line with the shared offers. */

  .transition {
    margin-block: 0.25em;
    margin-inline-start: 1.5em;
    padding-block: 0.25em;
    padding-inline-start: 1em;
    border-inline-start: 3px dashed var(--_border);
  }

  .transition .gap {
    padding-block: 0.6em;
  }

  .transition-toggle {
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
    min-height: 2.75em;
    padding: 0.6em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  .toggle-icon {
    display: inline-block;
  }

  @media (prefers-reduced-motion: no-preference) {
    .toggle-icon {
      transition: transform 0.15s;
    }
  }

  .toggle-icon:dir(rtl) {
    transform: scaleX(-1);
  }

  [aria-expanded='true'] > .toggle-icon {
    transform: rotate(90deg);
  }

  /* An offer in a list opens in the search: a button that reads as a link. */
  .offer {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .transition-offers,
  .offers ul {
    display: grid;
    gap: 0.25em;
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }

  .transition-offers[hidden] {
    display: none;
  }

  .transition-offers {
    font-size: 0.9375em;
  }

  /* The selected milestone's offers (expanded). */

  .offers h2 {
    margin: 0 0 0.5em;
  }

  /* Horizontal: the milestones side by side, each transition a bridge from the middle of one to the middle of the next. */

  @container (min-width: 72em) {
    .timeline {
      --_gap: 0.75em;
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      grid-template-rows: auto auto;
      column-gap: var(--_gap);
    }

    .item {
      grid-row: span 2;
      grid-template-rows: subgrid;
    }

    .milestone {
      padding-inline: 0.75em;
    }

    .select {
      font-size: 1.0625em;
    }

    /* A bracket hanging from the middle of one milestone to the middle of the next (a little apart from its neighbours). */
    .transition {
      position: relative;
      inset-inline-start: calc(50% + 0.25em);
      width: calc(100% + var(--_gap) - 0.5em);
      margin: 0;
      padding: 0.25em 0.5em;
      border: 3px dashed var(--_border);
      border-block-start: 0;
      border-end-start-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
      text-align: center;
    }

    .transition-offers {
      text-align: start;
    }
  }

  /*
   * Forced colours drop the selected milestone's inset shadow: a thicker
   * border takes its place, besides the ✓ and aria-pressed. The focus ring
   * goes round the card, as above.
   */
  @media (forced-colors: active) {
    .milestone,
    .offers,
    .now-form,
    .transition,
    .badge {
      border-color: CanvasText;
    }

    .milestone:hover,
    .milestone.selected,
    .milestone.now,
    .milestone.next {
      border-color: Highlight;
    }

    .milestone.selected {
      border-width: 0.25em;
    }

    .milestone.selected.now,
    .milestone.selected.next {
      border-inline-start-width: 0.5em;
    }

    .milestone:has(.select:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
