/** The layout of `<offer-finder>`: its three sections and the list of contact cards; the parts style themselves. */
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

  /* The whole page printed: the results and the people to call; the timeline is for choosing on screen. */
  @media print {
    .timeline {
      display: none;
    }
  }
`;
