/**
 * "In meiner Nähe" in `<offer-search>`, up front: its button, shown when
 * the catalog has coordinates, and what the results ask of it (their order,
 * a card's distance). Everything else (the location, the places, the
 * sorting, the map) is the panel, a chunk loaded on the first tap
 * (near-me-panel.ts): most visits never need it, and a parent's phone should
 * not download it up front.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { Results } from '../../controllers/search-results.js';
import type { Catalog, Offer } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';
import { addGermanPart } from '../../i18n/registry.js';
import type { NearMePanel, NearMePanelOptions } from './near-me-panel.js';

/** What near-me needs of the element. */
export interface NearMeHost extends LitElement {
  /** The page's tile URL template; without it there is no map. */
  mapTiles?: string;
  /** The tile server's attribution, shown as text under the map. */
  mapAttribution?: string;
}

/** Whether a catalog has any coordinates to measure from, once per catalog. */
const withCoordinates = new WeakMap<Catalog, boolean>();
const hasCoordinates = (catalog: Catalog) => {
  let has = withCoordinates.get(catalog);
  if (has === undefined) {
    has = [...catalog.offers, ...catalog.organizations].some((record) => record.address?.lat !== undefined);
    withCoordinates.set(catalog, has);
  }
  return has;
};

export class NearMe {
  private panel?: NearMePanel;
  private open = false;
  /** The panel could not be loaded (offline since the page came, say). */
  private failed = false;

  constructor(private readonly options: Omit<NearMePanelOptions, 'lit' | 'loadMap'>) {}

  /** The results nearest first while a place is chosen; else as they are. */
  order(view: Results | undefined, catalog: Catalog): Results | undefined {
    return this.panel ? this.panel.order(view, catalog) : view;
  }

  /** An offer's distance in km from the chosen place, while one is chosen. */
  distance = (offer: Offer): number | undefined => this.panel?.distance(offer);

  /** The button, and the panel once loaded; `shown` gives the offers on show (for the map). */
  render(catalog: Catalog, shown: () => readonly Offer[], l: Localization): TemplateResult | typeof nothing {
    if (!hasCoordinates(catalog)) return nothing;
    const s = l.strings;
    return html`
      <div class="near-me" part="near-me">
        <div class="near-me-buttons">
          <button
            class="button"
            type="button"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls=${this.panel ? 'near-me-panel' : nothing}
            @click=${this.toggle}
          >
            <span aria-hidden="true">⌖</span> ${s.nearMe}
          </button>
          ${this.panel?.renderMapButton(l) ?? nothing}
        </div>
        ${this.failed ? html`<p class="near-me-message">${s.nearMeFailed}</p>` : nothing}
        ${this.panel?.render(catalog, shown, this.open, l) ?? nothing}
      </div>
    `;
  }

  /** Opens at once (the panel follows as soon as its chunk is here), or closes. */
  private toggle = async () => {
    const { host } = this.options;
    this.open = !this.open;
    host.requestUpdate();
    if (this.panel || !this.open) return;
    try {
      const { NearMePanel, nearMeDe } = await import('./near-me-panel.js');
      addGermanPart(nearMeDe);
      const lit: NearMePanelOptions['lit'] = { html, nothing };
      this.panel ??= new NearMePanel({ ...this.options, lit, loadMap: () => import('./map.js') });
      this.failed = false;
    } catch {
      this.open = false;
      this.failed = true;
    }
    host.requestUpdate();
  };
}
