import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, localization, type Localization } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its strings, and renders it again when its own `lang` or
 * the page's `<html lang>` changes (a CMS language switcher may do either).
 */
export class LocalizeController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get current(): Localization {
    return localization(languageOf(this.host));
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.observer.observe(this.host.ownerDocument.documentElement, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
