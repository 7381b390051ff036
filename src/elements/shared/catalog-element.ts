/**
 * The base of every offer-finder element, as Shoelace's `ShoelaceElement`
 * is of theirs: what each element needs and once wrote for itself. Its
 * catalog (one `CatalogController`, with the `max-bytes` policy), its
 * strings and direction (`LocalizeController`), one root that carries the
 * language's direction, a typed `emit()` for its events, `refresh()`, the
 * load error, and the two helpers elements share: an offer's title and the
 * `<offer-search>` that `for` names. One class, no mixins: every element
 * needs all of it.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { Localization } from '../../i18n/i18n.js';
import type { Translation } from '../../i18n/de.js';
import type { Catalog, Offer } from '../../catalog/schema.js';
import type { FilterAttributes } from '../../catalog/search-codec.js';
import type { CatalogError } from '../../catalog/errors.js';
import { libraryMarker } from './define.js';
import { webHref } from './links.js';
import { offerLoadErrorStrings, renderLoadError, renderMissingCatalogs, type LoadErrorStrings } from './load-error.js';

/** The detail of an event in `GlobalEventHandlersEventMap`, where each element declares its events. */
type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/** An `<offer-search>` as other elements steer it: through its filter attributes. */
export type LinkedSearch = HTMLElement & FilterAttributes;

/** Which element tells families of a CORS failure, or of catalogs missing from several (see `renderLoadError`). */
const shownBy = new WeakMap<CatalogError | Catalog, CatalogElement>();
/** Whether `element` is the first on the page to tell of `failure`: one note, not one per element that shares it. */
const firstToShow = (failure: CatalogError | Catalog, element: CatalogElement) => {
  if (!shownBy.has(failure)) shownBy.set(failure, element);
  return shownBy.get(failure) === element;
};
/** The elements that show each merged catalog with communes missing: the one note's retry reloads them all. */
const missingIn = new WeakMap<Catalog, Set<CatalogElement>>();

export abstract class CatalogElement extends LitElement {
  /** Copies of the library recognise each other's elements by it (see define.ts). */
  static readonly [libraryMarker] = true;

  /** Without a `src` the element shows its own attributes: nothing is loaded, and that is no error. */
  protected static optionalCatalog = false;

  /** Shows a large catalog's first offers while the rest loads (a list of offers does; views that count them all do not). */
  protected static showsFirstOffers = false;

  /** URL of the catalog (JSON, catalog format v1); relative URLs resolve against the page. */
  @property() src?: string;

  /**
   * This element's own wording, over the strings of its language (property
   * only): `element.strings = { searchLabel: 'Angebote der Familienbande durchsuchen' }`.
   * For every element on the page and per language, use `setStrings` instead.
   */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /**
   * Largest catalog accepted, in bytes, read when a load starts; declared as
   * the `max-bytes` attribute by the elements that have one.
   * @internal
   */
  declare maxBytes?: number;

  protected readonly catalog = new CatalogController(this, () => this.src?.trim() || undefined, {
    optional: (this.constructor as typeof CatalogElement).optionalCatalog,
    first: (this.constructor as typeof CatalogElement).showsFirstOffers,
    policy: () => (this.maxBytes && this.maxBytes > 0 ? { maxBytes: this.maxBytes } : {}),
    onIssues: (detail) => this.emit('catalog-issues', detail),
  });
  protected readonly l10n = new LocalizeController(this, { strings: () => this.strings });
  /** The `for` last warned about, so that the console hears of it once. */
  private warnedFor?: string;

  /** Loads the catalog again; if that fails (offline, say), what is shown stays, with a note and its date. */
  refresh(): void {
    this.catalog.refresh();
  }

  /**
   * Everything sits in one root that carries the language's direction:
   * `lang="ar"` renders right to left even in a left-to-right page, unless
   * the page sets `dir` itself (see LocalizeController). The host's own
   * attributes stay the page's.
   */
  override render(): TemplateResult {
    return html`<div class="root" dir=${this.l10n.dir ?? nothing}>${this.renderContent(this.l10n.current)}</div>`;
  }

  /** What the element shows, in the localization of this render. */
  protected abstract renderContent(l: Localization): unknown;

  /** Fires one of the element's events: bubbling and composed, so that a page hears it from outside the shadow root. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: DetailOf<K>,
    { cancelable = false } = {},
  ): boolean {
    /** @ignore Each element names its events in its own `@fires` tags, for the manifest. */
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * The alert for a failed load, with a retry; the note that some of several
   * catalogs are missing; or nothing. A catalog that CORS keeps from the
   * page fails alike in every element that shares its request (with the same
   * error), and catalogs missing from a shared load are missing alike: the
   * first element to show it tells families, the others stay quiet.
   */
  protected renderLoadError(l: Localization, strings: LoadErrorStrings = offerLoadErrorStrings(l.strings)) {
    const { error, loaded } = this.catalog;
    const retry = () => this.catalog.retry();
    if (error) {
      if (error.kind === 'cors' && !firstToShow(error, this)) return nothing;
      return renderLoadError(error, strings, l, loaded, retry);
    }
    if (!loaded?.missing) return nothing;
    // Keyed by the merged catalog, which the elements share (each has its own LoadedCatalog around it).
    const sharing = missingIn.get(loaded.catalog) ?? new Set();
    missingIn.set(loaded.catalog, sharing.add(this));
    const retryAll = () => sharing.forEach((element) => element.catalog.retry());
    return firstToShow(loaded.catalog, this) ? renderMissingCatalogs(loaded.missing, l, retryAll) : nothing;
  }

  /**
   * An offer's title: a link to its website when it has one (http(s) only,
   * via webHref), else plain text. Catalog texts take their direction from
   * their own letters (`dir="auto"`), so a German title reads right in a
   * right-to-left page and an Arabic one in a left-to-right page.
   */
  protected renderOfferTitle(offer: Offer, l: Localization): TemplateResult {
    const title = l.text(offer.title);
    const href = webHref(offer.url);
    return href ? html`<a href=${href} dir="auto">${title}</a>` : html`<span dir="auto">${title}</span>`;
  }

  /**
   * The `<offer-search>` with the id `id` (an element's `for`), looked up in
   * this element's own root (the document, or the shadow root it is rendered
   * into). Recognised by the library's marker and its `filters`, not by its
   * tag, so that one registered by another copy of the library, or under a
   * name of the page's choosing, counts too. Where there is none, the console
   * hears of it once, naming `where` this element sits.
   */
  protected linkedSearch(id: string | undefined, where?: string): LinkedSearch | undefined {
    if (!id) return undefined;
    const root = this.getRootNode();
    const target = (
      root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null
    ) as LinkedSearch | null;
    if (target && libraryMarker in target.constructor && 'filters' in target) return target;
    if (where && this.warnedFor !== id) {
      this.warnedFor = id;
      console.warn(`<${this.localName}>: for="${id}" names no <offer-search> next to ${where}.`);
    }
    return undefined;
  }
}
