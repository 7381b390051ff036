/** The strings and the direction of an element, following `lang` and `dir` anywhere above it and `setStrings`. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from './de.js';
import { languageOf, localization, rootDirection, type Localization } from './i18n.js';
import { checked, onStringsChange, stringsVersion, type Direction } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface LocalizeOptions {
  /** The element's own strings (its `strings` property), put over those of its language. */
  strings?: () => Partial<Translation> | undefined;
}

/**
 * Gives an element its strings and its direction, and renders it again when
 * they change: a `lang` or `dir` attribute on it or on any ancestor (a CMS
 * language switcher may set either anywhere), the strings of its language
 * arriving, or a partner's `setStrings`.
 *
 * The element renders `dir` on its inner root (`<div class="root"
 * dir=${this.l10n.dir ?? nothing}>`), not on itself: the host's attributes
 * belong to the page.
 */
export class LocalizeController implements ReactiveController {
  /** What the last render used, to tell whether an attribute change anywhere concerns this element. */
  private rendered?: { requested: string; dir: Direction | undefined; version: number };
  private unwatch?: () => void;
  private merged?: { base: Localization; own: Partial<Translation>; result: Localization };

  constructor(
    private readonly host: Host,
    private readonly options: LocalizeOptions = {},
  ) {
    host.addController(this);
  }

  get current(): Localization {
    const base = localization(languageOf(this.host));
    const own = this.options.strings?.();
    if (!own) return base;
    if (this.merged?.base !== base || this.merged.own !== own) {
      const strings = { ...base.strings, ...checked(own, `<${this.host.localName}>.strings`) };
      // Leichte Sprache is named by a string, which the element may have changed too.
      const languageName = (code: string) =>
        code.toLowerCase() === 'de-x-ls' ? strings.languagePlainGerman : base.languageName(code);
      this.merged = { base, own, result: { ...base, strings, languageName } };
    }
    return this.merged.result;
  }

  /**
   * The `dir` for the element's inner root: its language's direction where
   * that is not the direction it inherits, `undefined` where the page's
   * `dir` applies or where no attribute is needed (see `rootDirection`).
   */
  get dir(): Direction | undefined {
    return rootDirection(this.host, this.current.dir);
  }

  hostConnected(): void {
    const check = () => this.check();
    const stops = [onStringsChange(check)];
    // Attribute changes inside a shadow root reach no observer of the document, so watch each root up to it.
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      stops.push(watch(root, check));
      root = root.host.getRootNode();
    }
    stops.push(watch(root, check));
    this.unwatch = () => stops.forEach((stop) => stop());
    // Moved while disconnected, or strings arrived meanwhile.
    this.check();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostUpdate(): void {
    this.rendered = { requested: languageOf(this.host), dir: this.dir, version: stringsVersion() };
  }

  private check(): void {
    const rendered = this.rendered;
    if (!rendered) return;
    if (
      rendered.version !== stringsVersion() ||
      rendered.requested !== languageOf(this.host) ||
      rendered.dir !== this.dir
    ) {
      this.host.requestUpdate();
    }
  }
}

/**
 * One observer per document or shadow root for all elements in it, however
 * many there are: `lang` and `dir` change rarely, and each change costs a
 * walk up the tree per element.
 */
const watchers = new Map<Node, { observer: MutationObserver; callbacks: Set<() => void> }>();

function watch(root: Node, callback: () => void): () => void {
  let watcher = watchers.get(root);
  if (!watcher) {
    const callbacks = new Set<() => void>();
    const observer = new MutationObserver(() => callbacks.forEach((call) => call()));
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] });
    watcher = { observer, callbacks };
    watchers.set(root, watcher);
  }
  const current = watcher;
  current.callbacks.add(callback);
  return () => {
    current.callbacks.delete(callback);
    if (current.callbacks.size === 0) {
      current.observer.disconnect();
      watchers.delete(root);
    }
  };
}
