import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isId } from '../catalog/ids.js';

/**
 * The offers a family saved (the "Merkliste"), shared by the elements of one
 * group like the search (see shared-search.ts): an offer saved in one
 * `<offer-search>` shows as saved in every other of the group. Only offer ids
 * are kept.
 *
 * By default the list lives in memory for as long as an element of the group
 * is on the page, and nothing is stored. Storing it in `localStorage` is an
 * opt-in of the page (`persist`): under the ePrivacy rules (TTDSG § 25)
 * writing to the reader's device needs consent, unless it is strictly
 * necessary for a service the reader asked for, and only the page knows
 * whether it offers "keep my list on this device" as such a service.
 */

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

type Host = ReactiveControllerHost & HTMLElement;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** One group's list, in the order the offers were saved. */
class SavedGroup {
  ids: readonly string[] = [];
  /** Each member element with its storage key, if it persists. */
  readonly members = new Map<Host, string | undefined>();

  set(ids: readonly string[], { store = true } = {}): void {
    if (sameIds(ids, this.ids)) return;
    this.ids = ids;
    if (store) for (const key of this.storageKeys()) writeStored(key, ids);
    for (const member of this.members.keys()) member.requestUpdate();
  }

  storageKeys(): Set<string> {
    return new Set([...this.members.values()].filter((key): key is string => key !== undefined));
  }
}

/** Module state, not a global: two copies of the library on a page each keep their own lists. */
const groups = new Map<string, SavedGroup>();

/**
 * Joins the host to its group's saved list while it is on the page and
 * renders the host again when the list changes. With a storage key (the
 * host's `persist`), the stored list is merged in on joining, every change is
 * written back, and changes made in another tab arrive through the `storage`
 * event. A group whose last member leaves is forgotten.
 */
export class SavedOffersController implements ReactiveController {
  private key?: string;
  private storageKey?: string;
  private group?: SavedGroup;

  constructor(
    private readonly host: Host,
    private readonly keyOf: () => string | undefined,
    private readonly storageKeyOf: () => string | undefined,
  ) {
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

  /** Saves the offer, or removes it when it is saved; returns whether it is saved now. */
  toggle(id: string): boolean {
    const saved = !this.has(id);
    this.set(saved ? [...this.ids, id] : this.ids.filter((other) => other !== id));
    return saved;
  }

  /** Replaces the list (to add several, to clear it, to undo a clear). */
  set(ids: readonly string[]): void {
    this.group?.set([...new Set(ids)]);
  }

  /** Drops, quietly, the saved ids that the catalog no longer has. */
  retain(known: (id: string) => boolean): void {
    if (this.ids.every(known)) return;
    this.set(this.ids.filter(known));
  }

  hostConnected(): void {
    this.join();
  }

  hostUpdate(): void {
    if (this.keyOf() !== this.key || this.storageKeyOf() !== this.storageKey) this.join();
  }

  hostDisconnected(): void {
    this.leave();
  }

  private join(): void {
    this.leave();
    this.key = this.keyOf();
    if (!this.key) return;
    let group = groups.get(this.key);
    if (!group) groups.set(this.key, (group = new SavedGroup()));
    this.group = group;
    this.storageKey = this.storageKeyOf();
    group.members.set(this.host, this.storageKey);
    if (this.storageKey) {
      window.addEventListener('storage', this.onStorage);
      group.set([...new Set([...group.ids, ...readStored(this.storageKey)])]);
    }
    this.host.requestUpdate();
  }

  private leave(): void {
    window.removeEventListener('storage', this.onStorage);
    if (!this.group || !this.key) return;
    this.group.members.delete(this.host);
    if (this.group.members.size === 0) groups.delete(this.key);
    this.group = undefined;
    this.key = undefined;
    this.storageKey = undefined;
  }

  /** The list changed in another tab of the same site: take it over without writing it back. */
  private onStorage = (event: StorageEvent) => {
    if (this.storageKey && event.key === this.storageKey && event.storageArea === localStorage) {
      this.group?.set(readStored(this.storageKey), { store: false });
    }
  };
}
