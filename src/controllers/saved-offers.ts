/**
 * The offers a family saved (the "Merkliste"), shared by the elements of one
 * group like the search (see shared-search.ts): an offer saved in one
 * `<offer-search>` shows as saved in every other of the group. Only offer ids
 * are kept. And the list an element shows in place of its results: the saved
 * offers, or the offers of a shared link.
 *
 * By default the list lives in memory for as long as an element of the group
 * is on the page, and nothing is stored. Storing it in `localStorage` is an
 * opt-in of the page (`persist`): under the ePrivacy rules (TTDSG § 25)
 * writing to the reader's device needs consent, unless it is strictly
 * necessary for a service the reader asked for, and only the page knows
 * whether it offers "keep my list on this device" as such a service.
 */
import { isId, sameIds } from '../catalog/ids.js';
import { resolveCatalogUrl } from '../catalog/load.js';
import type { Offer } from '../catalog/schema.js';
import type { Localization } from '../i18n/i18n.js';
import { GroupController, GroupStore, type GroupHost } from './group-store.js';

/** The `localStorage` key of a catalog's saved list: lists of different catalogs never mix. */
export const savedOffersStorageKey = (catalogUrl: string): string => `offer-finder:saved:${catalogUrl}`;

/** Ids read from storage, which any script of the page can write: only well-formed ids count. */
function readStored(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter(isId) : [];
  } catch {
    // Storage blocked (a SecurityError with cookies switched off) or not JSON: no stored list.
    return [];
  }
}

/** An empty list leaves no entry behind. Failures (quota, storage blocked) keep the list in memory only. */
function writeStored(key: string, ids: readonly string[]): void {
  try {
    if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
    else localStorage.removeItem(key);
  } catch {
    // The list still works for this page.
  }
}

/** An element with a saved list: it stores the list when it has `persist`. */
export type SavedOffersHost = GroupHost & { persist: boolean; renderRoot: HTMLElement | DocumentFragment };

/** What the controller tells its host. */
export interface SavedListEvents {
  /** The list changed here: the host's `saved-offers-change`. */
  changed: (ids: readonly string[]) => void;
  /** Says what happened through the host's second live region. */
  announce: (text: string) => void;
  /** The list on show opened or closed: with `url-state` a history entry, so that Back closes it. */
  navigated: () => void;
}

/**
 * A list shown in the results area instead of the results: the saved offers
 * (`shown` keeps an offer removed there in view, unpressed, so that it can be
 * saved again and focus stays put), or offers opened from a shared link.
 */
export type ListView = { kind: 'saved'; shown: readonly string[] } | { kind: 'link'; ids: readonly string[] };

/** One group's list, in the order the offers were saved. */
class SavedGroup {
  ids: readonly string[] = [];
  readonly members = new Set<SavedOffersController>();

  set(ids: readonly string[], { store = true } = {}): void {
    if (sameIds(ids, this.ids)) return;
    this.ids = ids;
    if (store) for (const key of this.storageKeys()) writeStored(key, ids);
    for (const member of this.members) member.listChanged();
  }

  /** The storage keys of the members that persist. */
  storageKeys(): Set<string> {
    return new Set([...this.members].flatMap((member) => member.storageKey ?? []));
  }
}

const groups = new GroupStore(() => new SavedGroup());

/**
 * Joins the host to its group's saved list while it is on the page and
 * renders the host again when the list changes. With `persist`, the stored
 * list is merged in on joining, every change is written back, and changes
 * made in another tab arrive through the `storage` event. What the family
 * does with the list in the host (save, open, clear, undo) is announced and
 * moves focus where the next step is.
 */
export class SavedOffersController extends GroupController<SavedGroup> {
  /** Where the host keeps the list: its catalog's key when it has `persist`. */
  storageKey?: string;
  /** What the host shows in place of its results, if anything. */
  view?: ListView;
  /** The list before "Liste leeren", for undo. */
  cleared?: readonly string[];
  /** The offers and list last checked for ids the catalog no longer has. */
  private checked?: { known: ReadonlyMap<string, unknown>; ids: readonly string[] };

  constructor(
    protected override readonly host: SavedOffersHost,
    private readonly on: SavedListEvents,
  ) {
    super(host, groups);
    host.addController(this);
  }

  get ids(): readonly string[] {
    return this.group?.ids ?? [];
  }

  /** Whether the list is kept in storage: some member of the group persists. */
  get stored(): boolean {
    return (this.group?.storageKeys().size ?? 0) > 0;
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  /** "Merken" on a card: saves the offer, or removes it when it is saved. */
  toggle(offer: Offer, l: Localization): void {
    const s = l.strings;
    const saved = !this.has(offer.id);
    this.cleared = undefined;
    this.change(saved ? [...this.ids, offer.id] : this.ids.filter((id) => id !== offer.id));
    // The list view's status region says the new count itself.
    const count = this.view?.kind === 'saved' ? '' : ` ${this.countText(l)}`;
    this.on.announce(`${saved ? s.savedAdded : s.savedRemoved}: ${l.text(offer.title)}.${count}`);
  }

  /** "Alle merken" in a shared list. */
  saveAll(offers: readonly Offer[], l: Localization): void {
    this.change([...this.ids, ...offers.map((offer) => offer.id)]);
    this.on.announce(`${l.strings.savedAll} ${this.countText(l)}`);
  }

  /** "Liste leeren": the list is kept for undo. */
  clear(l: Localization): void {
    this.cleared = this.ids;
    this.change([]);
    this.show({ kind: 'saved', shown: [] });
    this.on.announce(l.strings.savedCleared);
    this.focus('#list-heading');
  }

  /** "Rückgängig machen": the cleared offers come back, before any saved since. */
  undoClear(l: Localization): void {
    const cleared = this.cleared ?? [];
    this.cleared = undefined;
    this.change([...cleared, ...this.ids]);
    this.show({ kind: 'saved', shown: this.ids });
    this.on.announce(this.countText(l));
    this.focus('#list-heading');
  }

  /** "Merkliste": the saved offers in place of the results. */
  open(): void {
    this.cleared = undefined;
    this.show({ kind: 'saved', shown: this.ids });
    this.on.navigated();
    this.focus('#list-heading');
  }

  /**
   * Back to the results; the undo of a clear goes with the list. Focus
   * returns to the saved-offers button, or for a shared list to the results.
   */
  close(): void {
    const fromLink = this.view?.kind === 'link';
    this.cleared = undefined;
    this.show(undefined);
    this.on.navigated();
    this.focus(fromLink ? '#results-heading' : '#saved-toggle');
  }

  /** Shows a list in place of the results, or (undefined) the results again. */
  show(view: ListView | undefined): void {
    this.view = view;
    this.host.requestUpdate();
  }

  /**
   * Before the host renders: saved ids that the catalog (`known`, its offers
   * by id) no longer has are dropped quietly, and offers saved meanwhile in
   * another element of the group join the saved list on show.
   */
  sync(known: ReadonlyMap<string, unknown>): void {
    if (this.checked?.known !== known || this.checked.ids !== this.ids) {
      if (!this.ids.every((id) => known.has(id))) this.change(this.ids.filter((id) => known.has(id)));
      this.checked = { known, ids: this.ids };
    }
    if (this.view?.kind === 'saved') {
      const shown = [...new Set([...this.view.shown, ...this.ids])];
      if (shown.length !== this.view.shown.length) this.view = { kind: 'saved', shown };
    }
  }

  /** Replaces the list with a change made in this host. */
  private change(ids: readonly string[]): void {
    const before = this.ids;
    this.group?.set([...new Set(ids)]);
    if (this.ids !== before) this.on.changed(this.ids);
  }

  /** "Merkliste: 3 Angebote". */
  private countText(l: Localization): string {
    return `${l.strings.savedList}: ${l.strings.resultCount(this.ids.length, l.format)}`;
  }

  /** Focuses an element of the host once it shows the change. */
  private focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** The group's list changed. */
  listChanged(): void {
    this.host.requestUpdate();
  }

  protected override moved(): boolean {
    return super.moved() || this.storageKeyOfHost() !== this.storageKey;
  }

  protected joined(group: SavedGroup): void {
    this.storageKey = this.storageKeyOfHost();
    if (this.storageKey) {
      window.addEventListener('storage', this.onStorage);
      group.set([...new Set([...group.ids, ...readStored(this.storageKey)])]);
    }
    this.host.requestUpdate();
  }

  protected override left(): void {
    window.removeEventListener('storage', this.onStorage);
    this.storageKey = undefined;
  }

  /** One list per catalog URL, and only with `persist`. */
  private storageKeyOfHost(): string | undefined {
    if (!this.host.persist) return undefined;
    try {
      return savedOffersStorageKey(resolveCatalogUrl(this.host.src, this.host.ownerDocument.baseURI));
    } catch {
      return undefined;
    }
  }

  /** The list changed in another tab of the same site: take it over without writing it back. */
  private onStorage = (event: StorageEvent) => {
    if (this.storageKey && event.key === this.storageKey && event.storageArea === localStorage) {
      this.group?.set(readStored(this.storageKey), { store: false });
    }
  };
}
