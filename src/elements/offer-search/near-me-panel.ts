/**
 * "In meiner Nähe", loaded on the first tap of its button (near-me.ts): the
 * choice between the device's location (NearMeController, asked for only
 * on the tap) and the catalog's own places, the results nearest first with
 * each card's distance, and the optional map of the results on show (a
 * chunk of its own, map.ts, offered only when the page names its tile
 * server in `map-tiles`). Distances are computed here from the catalog's
 * coordinates (catalog/places.ts); nothing leaves the browser.
 *
 * A chunk that imports nothing from the bundle (see `vite.config.ts`): Lit's
 * `html` and `nothing` come from the element, and so does the import of the
 * map (a dynamic import here would import Vite's loader from the bundle);
 * its styles are adopted here.
 */
import type { html as litHtml, nothing as litNothing, ReactiveController, TemplateResult } from 'lit';
import { NearMeController, type NearMeState } from '../../controllers/near-me.js';
import type { Results } from '../../controllers/search-results.js';
import { catalogPlaces, distancesFrom, nearestFirst, offerPoint, type Place } from '../../catalog/places.js';
import type { Catalog, Offer } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';
import type { MapOffer, ResultsMap } from './map.js';
import type { NearMeHost } from './near-me.js';
import { nearMePanelCss } from './near-me-panel.styles.js';

/** The panel's German, which the element adds to the built-in German before it renders the panel (de.ts). */
export { nearMeDe } from '../../i18n/strings/near-me.js';

export interface NearMePanelOptions {
  host: NearMeHost;
  /** The element's templates: Lit of the bundle. */
  lit: { html: typeof litHtml; nothing: typeof litNothing };
  l10n: () => Localization;
  announce: (text: string) => void;
  /** A marker was chosen on the map: the element opens that offer. */
  select: (id: string) => void;
  /** Loads the map's chunk. */
  loadMap: () => Promise<typeof import('./map.js')>;
}

export class NearMePanel implements ReactiveController {
  private readonly location: NearMeController;
  /** The distances of the last offers from the last origin. */
  private distances?: { offers: readonly Offer[]; origin: Place; km: Map<Offer, number> };
  private places?: { catalog: Catalog; lang: string; list: Place[] };
  private mapOpen = false;
  private mapFailed = false;
  private map?: Promise<ResultsMap>;
  /** The offers of the results on show that have coordinates, for the map, … */
  private mapOffers: MapOffer[] = [];
  /** … and what the map marks now. */
  private mapShows = '';

  constructor(private readonly options: NearMePanelOptions) {
    const { host, l10n, announce } = options;
    adoptStyles(host.renderRoot as ShadowRoot, nearMePanelCss);
    host.addController(this);
    this.location = new NearMeController(
      host,
      () => l10n().strings.nearMeDevice,
      (state) => {
        const text = this.stateText(state);
        if (text) announce(text);
      },
    );
  }

  /** The results nearest first while a place is chosen; else as they are. */
  order(view: Results | undefined, catalog: Catalog): Results | undefined {
    const state = this.location.state;
    if (!view || state.status !== 'on') return view;
    if (this.distances?.offers !== view.offers || this.distances.origin !== state.origin)
      this.distances = {
        offers: view.offers,
        origin: state.origin,
        km: distancesFrom(state.origin, view.offers, catalog),
      };
    return {
      ...view,
      filtered: { ...view.filtered, offers: nearestFirst(view.filtered.offers, view.offers, this.distances.km) },
    };
  }

  /** An offer's distance in km from the chosen place, while one is chosen. */
  distance(offer: Offer): number | undefined {
    return this.location.state.status === 'on' ? this.distances?.km.get(offer) : undefined;
  }

  /** "Karte zeigen" beside the button of near-me, when the page has a tile server. */
  renderMapButton(l: Localization): TemplateResult | symbol {
    const { html, nothing } = this.options.lit;
    if (!this.options.host.mapTiles) return nothing;
    return html`<button class="button" type="button" aria-expanded=${this.mapOpen ? 'true' : 'false'} aria-controls="map" @click=${() => this.toggleMap()}>
      ${this.mapOpen ? l.strings.nearMeMapHide : l.strings.nearMeMapShow}
    </button>`;
  }

  /**
   * The panel (when `open`) with the location and the places, what the
   * results are sorted by, and the map of the offers on show (`shown`).
   */
  render(catalog: Catalog, shown: () => readonly Offer[], open: boolean, l: Localization): TemplateResult {
    const { html, nothing } = this.options.lit;
    const s = l.strings;
    const places = this.placesOf(catalog, l.requested);
    const state = this.location.state;
    const chosen = state.status === 'on' ? state.origin.id : '';
    const option = (place: Place) =>
      html`<option value=${place.id} ?selected=${place.id === chosen}>${place.label}</option>`;
    const group = (label: string, kind: string) => {
      const list = places.filter((place) => place.id.startsWith(kind));
      return list.length ? html`<optgroup label=${label}>${list.map(option)}</optgroup>` : nothing;
    };
    const message = state.status === 'on' ? '' : this.stateText(state);
    this.mapOffers = this.mapOpen ? mapOffersOf(shown(), catalog, l) : [];
    return html`
      <div id="near-me-panel" class="near-me-panel" ?hidden=${!open}>
        <p class="hint">${s.nearMeHint}</p>
        <button class="button primary" type="button" ?disabled=${state.status === 'locating'} @click=${() => this.location.locate()}>
          ${s.nearMeLocate}
        </button>
        ${message ? html`<p class="near-me-message">${message}</p>` : nothing}
        ${
          places.length
            ? html`<label for="near-me-place">${s.nearMePlace}</label>
              <select id="near-me-place" @change=${this.onPlaceChange}>
                <option value="" ?selected=${chosen === '' || chosen === 'device'}>${s.nearMeNoPlace}</option>
                ${group(s.nearMeDistricts, 'district:')} ${group(s.nearMeAddresses, 'address:')}
              </select>`
            : nothing
        }
      </div>
      ${
        state.status === 'on'
          ? html`<p class="near-me-status">
            <span dir="auto">${s.nearMeSorted(state.origin.label)}</span>
            <button class="button" type="button" @click=${() => this.location.choose(undefined)}>${s.nearMeOff}</button>
          </p>`
          : nothing
      }
      ${this.mapOpen ? this.renderMap(l) : nothing}
    `;
  }

  hostUpdated(): void {
    const container = this.options.host.renderRoot.querySelector<HTMLElement>('.map-canvas');
    if (!this.mapOpen || !container) return;
    const state = this.location.state;
    const origin = state.status === 'on' ? state.origin : undefined;
    const offers = this.mapOffers;
    // Marked again only when the offers or the place change: an update for anything else keeps the family's view.
    const shown = JSON.stringify([offers.map((offer) => offer.id), origin?.id]);
    if (this.map && shown === this.mapShows) return;
    this.mapShows = shown;
    this.map ??= this.loadMap(container);
    void this.map.then((map) => map.show(offers, origin)).catch(() => undefined);
  }

  hostDisconnected(): void {
    this.closeMap();
  }

  private renderMap(l: Localization) {
    const { html, nothing } = this.options.lit;
    const s = l.strings;
    if (this.mapFailed) return html`<p id="map" class="near-me-message">${s.nearMeFailed}</p>`;
    const zoom = (by: 1 | -1) => void this.map?.then((map) => map.zoom(by));
    const attribution = this.options.host.mapAttribution;
    // The canvas is Leaflet's: Lit renders nothing inside it.
    return html`<div id="map" class="map" part="map">
      <div class="map-canvas" role="region" aria-label=${s.nearMeMapLabel}></div>
      <div class="map-zoom">
        <button class="button" type="button" aria-label=${s.nearMeMapZoomIn} @click=${() => zoom(1)}>+</button>
        <button class="button" type="button" aria-label=${s.nearMeMapZoomOut} @click=${() => zoom(-1)}>−</button>
      </div>
      ${attribution ? html`<p class="map-attribution" dir="auto">${attribution}</p>` : nothing}
    </div>`;
  }

  private async loadMap(container: HTMLElement): Promise<ResultsMap> {
    const { host, select, loadMap } = this.options;
    try {
      const { createMap, leafletCss } = await loadMap();
      adoptStyles(host.renderRoot as ShadowRoot, leafletCss);
      return createMap(container, { tiles: host.mapTiles!, select });
    } catch (error) {
      this.mapFailed = true;
      this.map = undefined;
      host.requestUpdate();
      throw error;
    }
  }

  private toggleMap() {
    this.mapOpen = !this.mapOpen;
    this.mapFailed = false;
    if (!this.mapOpen) this.closeMap();
    this.options.host.requestUpdate();
  }

  private closeMap() {
    void this.map?.then((map) => map.destroy()).catch(() => undefined);
    this.map = undefined;
  }

  private onPlaceChange = (event: Event) => {
    const id = (event.target as HTMLSelectElement).value;
    this.location.choose(this.places?.list.find((place) => place.id === id));
  };

  /** What the family is told of a state: sorted by what, or why not. */
  private stateText(state: NearMeState): string {
    const s = this.options.l10n().strings;
    switch (state.status) {
      case 'on':
        return s.nearMeSorted(state.origin.label);
      case 'locating':
        return s.nearMeLocating;
      case 'denied':
        return s.nearMeDenied;
      case 'unavailable':
        return s.nearMeUnavailable;
      case 'off':
        return '';
    }
  }

  private placesOf(catalog: Catalog, lang: string): Place[] {
    if (this.places?.catalog !== catalog || this.places.lang !== lang)
      this.places = { catalog, lang, list: catalogPlaces(catalog, lang) };
    return this.places.list;
  }
}

/** The offers that have coordinates, as the map marks them. */
function mapOffersOf(offers: readonly Offer[], catalog: Catalog, l: Localization): MapOffer[] {
  return offers.flatMap((offer) => {
    const point = offerPoint(offer, catalog);
    return point ? [{ id: offer.id, title: l.text(offer.title), ...point }] : [];
  });
}

const sheets = new Map<string, CSSStyleSheet>();

/** Styles into the element's shadow root, once (a constructed sheet: no inline style, CSP-safe). */
function adoptStyles(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
