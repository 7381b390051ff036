import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptySearch, sameSearch, type OfferFilters, type Search } from '../catalog/filter.js';
import { resolveCatalogUrl } from '../catalog/load.js';

/**
 * The search state that elements of one group share: a milestone picked in
 * `<milestone-timeline>` filters an `<offer-search>` elsewhere on the page,
 * and the offer opened in the search picks the contacts `<offer-finder>`
 * shows.
 */
export interface SharedSearchState {
  search: Search;
  /** Id of the offer whose details were opened last. */
  selectedOffer: string;
}

/** A change one member makes: the words, some filters, or the offer opened. */
export interface SharedSearchChange {
  query?: string;
  filters?: Partial<OfferFilters>;
  selectedOffer?: string;
}

const emptyState: SharedSearchState = { search: emptySearch, selectedOffer: '' };

type Listener = (state: SharedSearchState, source: object) => void;

/**
 * One group's state. A small store of our own rather than @lit/context:
 * context reaches only descendants of a provider, and on a CMS page the
 * timeline and the search sit in different content blocks.
 */
class SearchGroup {
  state: SharedSearchState = emptyState;
  /** Whether anyone changed the state yet; a new member only adopts a state someone chose. */
  changed = false;
  readonly listeners = new Set<Listener>();

  update(change: SharedSearchChange, source: object): void {
    const { search, selectedOffer } = this.state;
    const next: SharedSearchState = {
      search: { query: change.query ?? search.query, filters: { ...search.filters, ...change.filters } },
      selectedOffer: change.selectedOffer ?? selectedOffer,
    };
    if (sameSearch(next.search, search) && next.selectedOffer === selectedOffer) return;
    this.state = next;
    this.changed = true;
    for (const listener of this.listeners) listener(next, source);
  }
}

/** Module state, not a global: two copies of the library on a page each keep their own groups. */
const groups = new Map<string, SearchGroup>();

/** The group of an element: its `group` attribute, else its catalog's absolute URL. */
export function groupKey(group: string | undefined, src: string | undefined, base: string): string | undefined {
  if (group?.trim()) return `group:${group.trim()}`;
  try {
    return `src:${resolveCatalogUrl(src, base)}`;
  } catch {
    return undefined;
  }
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Joins the host to its group while it is on the page. `onChange` gets the
 * state when another member changes it (never for the host's own changes),
 * and once on joining a group whose state someone already chose. A group
 * whose last member leaves is forgotten.
 */
export class SharedSearchController implements ReactiveController {
  private key?: string;
  private group?: SearchGroup;
  private readonly listener: Listener = (state, source) => {
    if (source !== this.host) this.onChange(state);
  };

  constructor(
    private readonly host: Host,
    private readonly keyOf: () => string | undefined,
    private readonly onChange: (state: SharedSearchState) => void,
  ) {
    host.addController(this);
  }

  get state(): SharedSearchState {
    return this.group?.state ?? emptyState;
  }

  /** Shares a change the user made in the host. */
  publish(change: SharedSearchChange): void {
    this.group?.update(change, this.host);
  }

  hostConnected(): void {
    this.join();
  }

  hostUpdate(): void {
    if (this.keyOf() !== this.key) this.join();
  }

  hostDisconnected(): void {
    this.leave();
  }

  private join(): void {
    this.leave();
    this.key = this.keyOf();
    if (!this.key) return;
    let group = groups.get(this.key);
    if (!group) groups.set(this.key, (group = new SearchGroup()));
    group.listeners.add(this.listener);
    this.group = group;
    if (group.changed) this.onChange(group.state);
  }

  private leave(): void {
    if (!this.group || !this.key) return;
    this.group.listeners.delete(this.listener);
    if (this.group.listeners.size === 0) groups.delete(this.key);
    this.group = undefined;
    this.key = undefined;
  }
}
