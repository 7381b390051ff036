/**
 * The layout of `<offer-finder>`: the skip link, its sections, the milestone
 * chips and the timeline's button under the search field, and the list of
 * contact cards; the parts style themselves.
 */
import { css } from 'lit';

export const offerFinderStyles = css`
  section {
    margin-block-end: calc(var(--_space) * 2);
  }

  h2 {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    line-height: 1.3;
  }

  /* Hidden until it has the keyboard's focus, then over the top of the finder, where it was tabbed to. */
  .skip:focus {
    z-index: 1;
    width: auto;
    height: auto;
    margin: 0;
    clip-path: none;
  }

  .below-search {
    margin-block-end: var(--_space);
  }

  /* One row of toggles, wrapping on a phone: nothing scrolls sideways at 320 px, each target at least 44 px high. */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  /* A button (base.styles.ts), round and a little smaller. */
  .chip {
    /* At least 44 px: 2.75em of the finder's text in the chip's smaller one, and a little. */
    min-height: 2.95em;
    padding-inline: 0.75em;
    border-radius: 1.5em;
    font-size: 0.9375em;
    font-weight: 700;
  }

  /* Pressed: filled, and a ✓ for those who do not see the colour (forced colours too). */
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  summary {
    padding-block: 0.625em;
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }

  .now-next {
    margin: 0.5em 0 0;
    font-weight: 700;
  }

  .contacts {
    display: grid;
    /* minmax(0, …): an e-mail address must not widen the page (320 px reflow). */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contacts > li {
    min-width: 0;
  }

  /* The whole page printed: the results and the people to call; the chips and the timeline are for choosing on screen. */
  @media print {
    .skip,
    .below-search {
      display: none;
    }
  }
`;
