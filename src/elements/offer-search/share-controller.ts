/**
 * Passing offers on from `<offer-search>`: the links that reopen a search, an
 * offer or a list (in the city's finder with `finder-url`, else on this page
 * with `url-state`, else none), the share sheet or clipboard with its
 * confirmation beside the button that shared, and the printed page. Beside
 * the element rather than in src/controllers, since it works with the
 * element's own share.ts and print.ts.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { UrlStateController } from '../../controllers/url-state.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import type { Offer } from '../../catalog/schema.js';
import type { UrlState } from '../../catalog/search-codec.js';
import type { Localization } from '../../i18n/i18n.js';
import { webHref } from '../shared/links.js';
import { renderShareNotice, type ShareNotice } from './list.js';
import { printedPage, shareLink } from './share.js';

export type ShareHost = ReactiveElement & { finderUrl?: string; urlState?: string };

/** What the printed page is made of, read at the click. */
export interface PrintSource {
  loaded: LoadedCatalog | undefined;
  /** The offers of these ids that the catalog has. */
  offersOf: (ids: readonly string[]) => Offer[];
  /** The Berlin date and `stale-after`, for the date of each entry. */
  today: string;
  staleAfter: number;
}

export class ShareController implements ReactiveController {
  /** The confirmation of the last share. */
  private notice?: ShareNotice;
  /** Set in the update that shows the confirmation, which must not take it away again. */
  private noticeNew = false;

  constructor(
    private readonly host: ShareHost,
    private readonly url: UrlStateController,
    private readonly announce: (text: string) => void,
    private readonly source: () => PrintSource,
  ) {
    host.addController(this);
  }

  /** Where shared links lead: the city's finder (`finder-url`), else this page when it reads them (`url-state`); else nowhere. */
  get base(): string | undefined {
    return (
      webHref(this.host.finderUrl, this.host.ownerDocument.baseURI) ??
      (this.host.urlState !== undefined ? location.href : undefined)
    );
  }

  /** A link that opens `state` (a search, an offer, a list), or undefined where no page would read it. */
  link(state: Partial<UrlState>): string | undefined {
    const base = this.base;
    return base && this.url.link(state, base);
  }

  /**
   * Shares the link that opens `state`: the system's share sheet, else the
   * clipboard with "Link kopiert", else the link in a field, focused and
   * selected; the confirmation beside the button `at`.
   */
  async share(at: string, title: string, state: Partial<UrlState>, l: Localization): Promise<void> {
    const url = this.link(state);
    if (!url) return;
    this.show(undefined);
    const result = await shareLink({ title, url });
    if (result === 'copied') {
      this.show({ at, url, copied: true });
      this.announce(l.strings.linkCopied);
    } else if (result === 'failed') {
      this.show({ at, url, copied: false });
      this.announce(l.strings.linkCopyHint);
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('#link-to-copy')?.focus();
    }
  }

  /** "Link kopiert" or the link to copy, beside the button that shared (`at`). */
  renderNotice(at: string, l: Localization): unknown {
    return renderShareNotice(this.notice, at, l);
  }

  /** The view changed: a confirmation belongs to the view it shared. */
  viewChanged(): void {
    if (!this.noticeNew) this.notice = undefined;
  }

  hostUpdated(): void {
    this.noticeNew = false;
  }

  /**
   * Prints the offers of `ids` as a page of their own, with the catalog's date
   * and the link that opens `state` (the list, the offer). print.ts is loaded
   * on the first click: few visitors print.
   */
  async print(ids: readonly string[], heading: string, state: Partial<UrlState>, l: Localization): Promise<void> {
    const { loaded, offersOf, today, staleAfter } = this.source();
    if (!loaded) return;
    const { printPage } = await import('./print.js');
    const page = { heading, viewUrl: this.link(state) ?? location.href };
    printPage(
      this.host.renderRoot as ShadowRoot,
      printedPage(loaded, offersOf(ids), page, l, today, staleAfter),
      l.strings,
    );
  }

  private show(notice: ShareNotice | undefined): void {
    this.notice = notice;
    this.noticeNew = true;
    this.host.requestUpdate();
  }
}
