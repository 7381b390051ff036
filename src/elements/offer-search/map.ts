/**
 * The optional map of the results, with Leaflet. Loaded on demand, and only
 * when the page names its own tile server (`map-tiles`): the map requests
 * tiles from that server and from nowhere else. A chunk of its own that
 * imports nothing from the bundle (see `vite.config.ts`); its styles are
 * Leaflet's, adopted by the panel (near-me-panel.ts).
 *
 * Leaflet is told to write no markup: no attribution or zoom control (both
 * set `innerHTML`; the element shows the attribution as text and its own zoom
 * buttons), and markers are elements made here. Its module still probes SVG
 * support with `innerHTML` once when it loads, so a page that enforces
 * Trusted Types needs a default policy for the map (docs/elements.md).
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';

/** Leaflet's styles, which the panel adopts into the element's shadow root with its own. */
export { leafletCss };

export interface MapOffer {
  id: string;
  title: string;
  lat: number;
  lon: number;
}

export interface MapOptions {
  /** The page's tile URL template: `https://tiles.example.org/{z}/{x}/{y}.png`. */
  tiles: string;
  /** A marker was chosen: the element opens that offer in the list. */
  select: (id: string) => void;
}

/** Where the family measures from, shown as a point of its own. */
export interface MapOrigin {
  lat: number;
  lon: number;
  label: string;
}

export interface ResultsMap {
  /** Marks these offers (numbered as listed) and the origin, and fits the view to them. */
  show(offers: MapOffer[], origin?: MapOrigin): void;
  zoom(by: 1 | -1): void;
  destroy(): void;
}

function markerIcon(className: string, label: string): L.DivIcon {
  const dot = document.createElement('span');
  dot.className = className;
  dot.textContent = label;
  // The marker's name is its title (the offer's); the number is only what the eye finds.
  dot.setAttribute('aria-hidden', 'true');
  return L.divIcon({ html: dot, className: 'of-map-marker', iconSize: [28, 28], iconAnchor: [14, 14] });
}

export function createMap(container: HTMLElement, options: MapOptions): ResultsMap {
  const map = L.map(container, { attributionControl: false, zoomControl: false, keyboard: true });
  L.tileLayer(options.tiles, { maxZoom: 19 }).addTo(map);
  const layer = L.layerGroup().addTo(map);

  const show: ResultsMap['show'] = (offers, origin) => {
    layer.clearLayers();
    offers.forEach((offer, index) => {
      const marker = L.marker([offer.lat, offer.lon], {
        icon: markerIcon('of-map-dot', String(index + 1)),
        title: offer.title,
        alt: offer.title,
        keyboard: true,
      });
      marker.on('click', () => options.select(offer.id));
      // A marker is a button (Leaflet gives it the role and a tab stop), but Leaflet answers its keys only for popups.
      marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
        if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') options.select(offer.id);
      });
      marker.addTo(layer);
    });
    if (origin)
      L.marker([origin.lat, origin.lon], {
        icon: markerIcon('of-map-origin', ''),
        title: origin.label,
        keyboard: false,
        interactive: false,
      }).addTo(layer);
    const points = [
      ...offers.map((o): L.LatLngTuple => [o.lat, o.lon]),
      ...(origin ? [[origin.lat, origin.lon] as L.LatLngTuple] : []),
    ];
    if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 16 });
  };
  return {
    show,
    zoom: (by) => (by > 0 ? map.zoomIn() : map.zoomOut()),
    destroy: () => map.remove(),
  };
}
