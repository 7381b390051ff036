/**
 * The look of the panel of "In meiner Nähe" (near-me-panel.ts): the
 * location and the places, what the results are sorted by, and the map with
 * its zoom buttons and attribution. Text, not a Lit CSSResult: the panel's chunk
 * imports nothing from the bundle and adopts it itself (the build minifies
 * it as it does Lit's css literals in every styles file).
 */
const css = String.raw;

export const nearMePanelCss = css`
  .near-me-panel:not([hidden]) {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .near-me-panel label {
    font-weight: 700;
  }

  .near-me-panel select {
    max-width: 100%;
    min-height: 2.75em;
  }

  .near-me-status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0;
  }

  .map {
    position: relative;
  }

  .map-canvas {
    height: min(60vh, 24em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Above Leaflet's panes (z-index up to 700), at the map's top corner. */
  .map-zoom {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    z-index: 1000;
    display: grid;
    gap: 0.25em;
  }

  .map-zoom .button {
    min-width: 2.75em;
    font-size: 1.25em;
  }

  .map-attribution {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .of-map-marker span {
    display: grid;
    place-items: center;
    width: 28px;
    height: 28px;
    border: 2px solid var(--_background);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 14px;
  }

  .of-map-marker .of-map-origin {
    background: var(--_text);
  }

  .of-map-marker:focus-visible {
    outline: var(--_focus-width, 3px) solid var(--_focus);
    border-radius: 50%;
  }
`;
