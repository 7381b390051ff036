/**
 * An offer to open among the results: from a link (`of-offer`), from the
 * group (an offer another element shows) or from a marker on the map. Its
 * page is found once the results are known; after the next render its
 * details are open, it is in view, and its summary has the focus, as after
 * following a `#fragment`. An offer not among the results is let go.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Results } from '../../controllers/search-results.js';
import { pageSize } from './results.js';

export class OpenOfferController implements ReactiveController {
  private toFind?: string;
  private toOpen?: string;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Opens this offer once the results are known (none: forget the one asked for). */
  request(id: string | undefined): void {
    this.toFind = id;
    this.host.requestUpdate();
  }

  /** The page of the offer asked for among `view`'s results, when there is one. */
  pageIn(view: Results | undefined): number | undefined {
    if (!this.toFind || !view) return undefined;
    const id = this.toFind;
    this.toFind = undefined;
    const position = view.filtered.offers.findIndex((offer) => view.offers[offer]!.id === id);
    if (position < 0) return undefined;
    this.toOpen = id;
    return Math.floor(position / pageSize) + 1;
  }

  hostUpdated(): void {
    if (!this.toOpen) return;
    const root = this.host.renderRoot as ShadowRoot;
    const card = root.querySelector(`#${CSS.escape(`offer-${this.toOpen}`)}`)?.closest('article');
    this.toOpen = undefined;
    const details = card?.querySelector('details');
    if (details) details.open = true;
    card?.scrollIntoView({ block: 'start' });
    details?.querySelector('summary')?.focus({ preventScroll: true });
  }
}
