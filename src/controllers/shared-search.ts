/**
 * The search that the elements of one group share (see group-store.ts): a
 * milestone picked in `<milestone-timeline>` filters an `<offer-search>`
 * elsewhere on the page, a cell chosen in `<offer-coverage>` does the same,
 * the offer opened in the search picks the contacts `<offer-finder>` shows,
 * and an offer chosen in the timeline opens in the search.
 */
import { emptySearch, sameSearch, type OfferFilters, type Search } from '../catalog/filter.js';
import { GroupController, GroupStore, type GroupHost } from './group-store.js';

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
  /** An offer to show: the group's searches open its details and scroll to it, as a link with `of-offer` does. Not kept. */
  open?: string;
}

const emptyState: SharedSearchState = { search: emptySearch, selectedOffer: '' };

class SearchGroup {
  state = emptyState;
  /** Whether anyone changed the state yet; a new member only adopts a state someone chose. */
  changed = false;
  readonly members = new Set<SharedSearchController>();

  update(change: SharedSearchChange, source: SharedSearchController): void {
    const { search, selectedOffer } = this.state;
    const next: SharedSearchState = {
      search: { query: change.query ?? search.query, filters: { ...search.filters, ...change.filters } },
      selectedOffer: change.selectedOffer ?? selectedOffer,
    };
    if (sameSearch(next.search, search) && next.selectedOffer === selectedOffer && !change.open) return;
    this.state = next;
    this.changed = true;
    for (const member of this.members) if (member !== source) member.onChange(next, change.open);
  }
}

const groups = new GroupStore(() => new SearchGroup());

/**
 * Joins the host to its group while it is on the page. `onChange` gets the
 * state when another member changes it (never for the host's own changes),
 * with the offer to show when the change names one, and once on joining a
 * group whose state someone already chose.
 */
export class SharedSearchController extends GroupController<SearchGroup> {
  constructor(
    host: GroupHost,
    readonly onChange: (state: SharedSearchState, open?: string) => void,
  ) {
    super(host, groups);
    host.addController(this);
  }

  get state(): SharedSearchState {
    return this.group?.state ?? emptyState;
  }

  /** Whether the group has an `<offer-search>` (known by its `filters`), which can show an offer. */
  get hasSearch(): boolean {
    return [...(this.group?.members ?? [])].some((member) => 'filters' in member.host);
  }

  /** Shares a change the user made in the host. */
  publish(change: SharedSearchChange): void {
    this.group?.update(change, this);
  }

  protected joined(group: SearchGroup): void {
    if (group.changed) this.onChange(group.state);
  }
}
