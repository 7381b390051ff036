/**
 * Groups of elements that share state on a page: the search
 * (shared-search.ts) and the saved offers (saved-offers.ts). A group is the
 * elements with the same `group` attribute, else with the same catalog URL,
 * wherever they sit on the page.
 *
 * A small store of our own rather than @lit/context: context reaches only the
 * descendants of a provider, and on a CMS page the timeline and the search
 * sit in different content blocks, neither inside the other. Module state,
 * not a global: two copies of the library on a page each keep their own
 * groups.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveCatalogUrl } from '../catalog/load.js';

/** An element that joins groups: by its `group` attribute, else by its catalog. */
export type GroupHost = ReactiveControllerHost & HTMLElement & { group?: string; src?: string };

/** The state of one group and the controllers of its members. */
export interface Group<Member> {
  readonly members: Set<Member>;
}

/** The group of an element: its `group` attribute, else its catalog's absolute URL. */
export function groupKey(host: GroupHost): string | undefined {
  if (host.group?.trim()) return `group:${host.group.trim()}`;
  try {
    return `src:${resolveCatalogUrl(host.src, host.ownerDocument.baseURI)}`;
  } catch {
    return undefined;
  }
}

/** The groups of one kind of state, by key. A group is made for its first member and forgotten with its last. */
export class GroupStore<G extends Group<unknown>> {
  private readonly groups = new Map<string, G>();

  constructor(private readonly create: () => G) {}

  join(key: string, member: unknown): G {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = this.create()));
    group.members.add(member);
    return group;
  }

  leave(key: string, member: unknown): void {
    const group = this.groups.get(key);
    group?.members.delete(member);
    if (group?.members.size === 0) this.groups.delete(key);
  }
}

/**
 * Keeps the host in its group while it is on the page, and moves it to
 * another group when its `group` or `src` changes. Subclasses add the host's
 * controller last in their constructor, once their own fields are set.
 */
export abstract class GroupController<G extends Group<unknown>> implements ReactiveController {
  protected group?: G;
  private key?: string;

  constructor(
    protected readonly host: GroupHost,
    private readonly store: GroupStore<G>,
  ) {}

  hostConnected(): void {
    this.join();
  }

  hostUpdate(): void {
    if (this.moved()) this.join();
  }

  hostDisconnected(): void {
    this.leave();
  }

  /** Whether the host belongs elsewhere now. */
  protected moved(): boolean {
    return groupKey(this.host) !== this.key;
  }

  /** The host is in `group` now (called on every join). */
  protected abstract joined(group: G): void;

  /** The host leaves `group`. */
  protected left(_group: G): void {}

  private join(): void {
    this.leave();
    this.key = groupKey(this.host);
    if (!this.key) return;
    this.group = this.store.join(this.key, this);
    this.joined(this.group);
  }

  private leave(): void {
    if (this.group && this.key) {
      this.left(this.group);
      this.store.leave(this.key, this);
    }
    this.group = undefined;
    this.key = undefined;
  }
}
