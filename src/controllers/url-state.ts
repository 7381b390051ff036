/**
 * The page's address for `<offer-search url-state>` (opt-in): the search, the
 * page of results and the list on show go into parameters of their own
 * (search-codec.ts), so that Back and Forward step through them and a link
 * reopens them; and the links the element shares, into the city's finder or
 * to this page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptySearch } from '../catalog/filter.js';
import { readUrlState, urlWithState, type UrlState } from '../catalog/search-codec.js';

/** An element that keeps its state in the URL when `urlState` is set (the parameter prefix; empty: `of`). */
export type UrlStateHost = ReactiveControllerHost & HTMLElement & { urlState?: string };

export class UrlStateController implements ReactiveController {
  /**
   * @param read Takes the state in the address (undefined when it holds none of ours): on
   *   connecting, and on Back and Forward.
   * @param current The state to write.
   */
  constructor(
    private readonly host: UrlStateHost,
    private readonly read: (state: UrlState | undefined) => void,
    private readonly current: () => UrlState,
  ) {
    host.addController(this);
  }

  private get prefix(): string {
    return this.host.urlState || 'of';
  }

  hostConnected(): void {
    if (this.host.urlState === undefined) return;
    this.onPopState();
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Puts the state into the page's address: `replace` while typing, `push` for choices that Back should undo. */
  save(mode: 'push' | 'replace'): void {
    if (this.host.urlState === undefined) return;
    void this.host.updateComplete.then(() => {
      const url = urlWithState(this.prefix, this.current(), location.href);
      if (url === location.href) return;
      if (mode === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    });
  }

  /** A link on `base` that opens `state` (a search, an offer, a list). */
  link(state: Partial<UrlState>, base: string): string {
    return urlWithState(this.prefix, { search: emptySearch, page: 1, ...state }, base);
  }

  private onPopState = () => this.read(readUrlState(this.prefix, location.href));
}
