/**
 * Tells maintainers which offers were not updated for longer than a period
 * (`stale-after`): once per catalog and period an element reports them (its
 * `catalog-stale` event), and the console names them once per page. Families
 * see the date on the card instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { staleOffers } from '../catalog/freshness.js';
import type { LoadedCatalog } from '../catalog/load.js';

export interface StaleReport {
  /** The catalog's URL. */
  url: string;
  /** The period, in months. */
  months: number;
  /** The offers not updated for longer, the oldest first. */
  offers: { id: string; updated: string }[];
}

/** Catalogs (URL and period) whose stale offers the console has named already: once per page is enough. */
const named = new Set<string>();

export class StaleReportController implements ReactiveController {
  /** The catalog and period last checked. */
  private checked?: { loaded: LoadedCatalog; months: number };

  /**
   * @param source The catalog, the period and today's Berlin date, read after each update.
   * @param report Gets the stale offers of a catalog and period checked for the first time.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly source: () => { loaded: LoadedCatalog | undefined; months: number; today: string },
    private readonly report: (report: StaleReport) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { loaded, months, today } = this.source();
    if (!loaded || (this.checked?.loaded === loaded && this.checked.months === months)) return;
    this.checked = { loaded, months };
    const offers = staleOffers(loaded.catalog, today, months).map((offer) => ({
      id: offer.id,
      updated: offer.updated!,
    }));
    if (!offers.length) return;
    this.report({ url: loaded.url, months, offers });
    const notice = `${loaded.url} ${months}`;
    if (named.has(notice)) return;
    named.add(notice);
    console.info(
      `offer-finder: ${offers.length} offer(s) in ${loaded.url} not updated for more than ${months} months:`,
      offers.map((offer) => `${offer.id} (${offer.updated.slice(0, 10)})`).join(', '),
    );
  }
}
