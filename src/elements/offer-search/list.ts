/**
 * The Merkliste of `<offer-search>` and the offers of a shared link, shown in
 * place of the results, with the toolbar above them and the confirmation of
 * a share. Plain template functions: the list's state is the
 * SavedOffersController's, the wording and focus the element's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ListView } from '../../controllers/saved-offers.js';
import type { Offer } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';

/** The confirmation of a share, beside the button that made it (`at`). */
export interface ShareNotice {
  at: string;
  url: string;
  /** On the clipboard; else shown in a field to copy by hand. */
  copied: boolean;
}

export interface ListContext {
  l: Localization;
  view: ListView;
  /** The offers of the view that the catalog has. */
  offers: Offer[];
  savedCount: number;
  /** Whether the saved list is kept on the device (`persist`). */
  stored: boolean;
  /** Whether "Liste leeren" can be undone. */
  canUndo: boolean;
  /** Whether a page reads shared links (then "Link teilen" is offered). */
  canShare: boolean;
  /** "Per E-Mail senden", made only for the saved list. */
  mailHref: () => string;
  renderCard: (offer: Offer) => TemplateResult;
  renderShareNotice: (at: string) => unknown;
  close: () => void;
  undoClear: () => void;
  saveAll: (offers: Offer[]) => void;
  /** Prints the list (the saved offers: as saved now), under `heading`. */
  print: (heading: string) => void;
  share: () => void;
  clear: () => void;
}

/** The saved offers' button, which switches the results area to them and back, and "share this search". */
export function renderToolbar(
  l: Localization,
  view: ListView | undefined,
  savedCount: number,
  shareSearch: (() => void) | undefined,
  renderShareNotice: (at: string) => unknown,
  toggleSaved: () => void,
): TemplateResult {
  const s = l.strings;
  const showingSaved = view?.kind === 'saved';
  return html`
    <div class="toolbar" part="toolbar">
      <button
        id="saved-toggle"
        class="button"
        type="button"
        aria-pressed=${showingSaved ? 'true' : 'false'}
        @click=${toggleSaved}
      >
        <span aria-hidden="true">★</span> ${s.savedList} (${l.format.number(savedCount)})
      </button>
      ${
        !view && shareSearch
          ? html`<button class="button" type="button" @click=${shareSearch}>${s.shareSearch}</button>
            ${renderShareNotice('search')}`
          : nothing
      }
    </div>
  `;
}

/** The saved offers, or the offers of a shared link, with what can be done with them. */
export function renderList(context: ListContext): TemplateResult {
  const { l, view, offers } = context;
  const s = l.strings;
  const saved = view.kind === 'saved';
  const name = saved ? s.savedList : s.linkList;
  /** The list's name after a button's text, for screen readers: `Drucken: Merkliste`. */
  const of = html`<span class="visually-hidden">: ${name}</span>`;
  return html`
    <section class="list" part="saved" aria-labelledby="list-heading">
      <div class="list-header">
        <h2 id="list-heading" tabindex="-1">${name}</h2>
        <button class="button" type="button" @click=${context.close}>${s.backToResults}</button>
      </div>
      <p class="hint">${saved ? (context.stored ? s.savedOnDevice : s.savedForPage) : s.linkListHint}</p>
      ${
        saved && context.savedCount === 0
          ? html`<p class="empty">${s.savedEmpty}</p>
            ${context.canUndo ? html`<button class="button" type="button" @click=${context.undoClear}>${s.undoClear}</button>` : nothing}`
          : html`<div class="list-actions">
            ${saved ? nothing : html`<button class="button" type="button" @click=${() => context.saveAll(offers)}>${s.saveAll}</button>`}
            <button class="button" type="button" @click=${() => context.print(name)}>
              ${s.print}${of}
            </button>
            ${saved ? html`<a class="button" href=${context.mailHref()}>${s.mail}${of}</a>` : nothing}
            ${
              saved && context.canShare
                ? html`<button class="button" type="button" @click=${context.share}>${s.shareLink}${of}</button>`
                : nothing
            }
            ${saved ? html`<button class="button" type="button" @click=${context.clear}>${s.clearList}</button>` : nothing}
            ${context.renderShareNotice('list')}
          </div>`
      }
      ${
        offers.length
          ? html`<ul class="results" aria-labelledby="list-heading">
            ${repeat(
              offers,
              (offer) => offer.id,
              (offer) => html`<li>${context.renderCard(offer)}</li>`,
            )}
          </ul>`
          : nothing
      }
    </section>
  `;
}

/** "Link kopiert", or the link in a field to copy by hand, beside the button that shared it. */
export function renderShareNotice(notice: ShareNotice | undefined, at: string, l: Localization) {
  if (notice?.at !== at) return nothing;
  return notice.copied
    ? html`<p class="confirmation"><span aria-hidden="true">✓</span> ${l.strings.linkCopied}</p>`
    : html`<p class="link-to-copy">
        <label for="link-to-copy">${l.strings.linkToCopy}</label>
        <input id="link-to-copy" type="text" readonly dir="ltr" .value=${notice.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      </p>`;
}
