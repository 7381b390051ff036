/**
 * The Merkliste of `<offer-search>` and the offers of a shared link, shown in
 * place of the results, with the toolbar above them and the confirmation of
 * a share. Plain template functions over the element's controllers: the
 * list's state and actions are SavedOffersController's, print and share
 * ShareController's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ListView, SavedOffersController } from '../../controllers/saved-offers.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import type { Offer } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';
import { renderCard, type CardContext } from './card.js';
import type { ShareController } from './share-controller.js';
import { savedListMailto } from './share.js';

/** A list view marks no words: it is no search. */
const noTerms: ReadonlySet<string> = new Set();

/** The confirmation of a share, beside the button that made it (`at`). */
export interface ShareNotice {
  at: string;
  url: string;
  /** On the clipboard; else shown in a field to copy by hand. */
  copied: boolean;
}

/**
 * The row above the results: the filters' button on narrow screens
 * (`filtersToggle`), and once the catalog is there (`saved`) the saved
 * offers' button, which switches the results area to them and back, and
 * "Teilen", named "Link zu dieser Suche teilen" for screen readers (the
 * short word is what lets the three fit in one row on a phone; each is still
 * a 44 px target).
 */
export function renderToolbar(
  filtersToggle: TemplateResult,
  saved: SavedOffersController | undefined,
  sharing: ShareController,
  shareSearch: () => void,
  l: Localization,
): TemplateResult {
  const s = l.strings;
  const showingSaved = saved?.view?.kind === 'saved';
  return html`
    <div class="toolbar" part="toolbar">
      ${filtersToggle}
      ${
        saved
          ? html`<button
              id="saved-toggle"
              class="button"
              type="button"
              aria-pressed=${showingSaved ? 'true' : 'false'}
              @click=${() => (showingSaved ? saved.close() : saved.open())}
            >
              <span aria-hidden="true">★</span> ${s.savedList} (${l.format.number(saved.ids.length)})
            </button>`
          : nothing
      }
      ${
        saved && !saved.view && sharing.base
          ? html`<button class="button" type="button" aria-label=${s.shareSearch} @click=${shareSearch}>
              ${s.shareSearchShort}
            </button>
            ${sharing.renderNotice('search', l)}`
          : nothing
      }
    </div>
  `;
}

/**
 * The saved offers, or the offers of a shared link (`view`), with what can be
 * done with them; `offers` are those of the view that the catalog has. Its
 * heading says how many ("Merkliste: 2 Angebote"): the status line above,
 * which says the same for screen readers, is not shown meanwhile, so that
 * the list has one heading.
 */
export function renderList(view: ListView, offers: Offer[], loaded: LoadedCatalog, cards: CardContext): TemplateResult {
  const { saved, sharing, l } = cards;
  const s = l.strings;
  const isSaved = view.kind === 'saved';
  const name = isSaved ? s.savedList : s.linkList;
  /** The saved offers as saved now (without those removed while the list is open), else the link's. */
  const ids = isSaved ? [...saved.ids] : offers.map((offer) => offer.id);
  /** The list's name after a button's text, for screen readers: `Drucken: Merkliste`. */
  const of = html`<span class="visually-hidden">: ${name}</span>`;
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const mailto = () =>
    savedListMailto(
      loaded,
      ids.flatMap((id) => byId.get(id) ?? []),
      sharing.link({ list: ids }),
      l,
    );
  return html`
    <section class="list" part="saved" aria-labelledby="list-heading">
      <div class="list-header">
        <h2 id="list-heading" tabindex="-1">${name}: ${s.resultCount(isSaved ? saved.ids.length : offers.length, l.format)}</h2>
        <button class="button" type="button" @click=${() => saved.close()}>${s.backToResults}</button>
      </div>
      <p class="hint">${isSaved ? (saved.stored ? s.savedOnDevice : s.savedForPage) : s.linkListHint}</p>
      ${
        isSaved && saved.ids.length === 0
          ? html`<p class="empty">${s.savedEmpty}</p>
            ${saved.cleared ? html`<button class="button" type="button" @click=${() => saved.undoClear(l)}>${s.undoClear}</button>` : nothing}`
          : html`<div class="list-actions">
            ${isSaved ? nothing : html`<button class="button" type="button" @click=${() => saved.saveAll(offers, l)}>${s.saveAll}</button>`}
            <button class="button" type="button" @click=${() => void sharing.print(ids, name, { list: ids }, l)}>
              ${s.print}${of}
            </button>
            ${isSaved ? html`<a class="button" href=${mailto()}>${s.mail}${of}</a>` : nothing}
            ${
              isSaved && sharing.base
                ? html`<button class="button" type="button" @click=${() => void sharing.share('list', s.savedList, { list: ids }, l)}>${s.shareLink}${of}</button>`
                : nothing
            }
            ${isSaved ? html`<button class="button" type="button" @click=${() => saved.clear(l)}>${s.clearList}</button>` : nothing}
            ${sharing.renderNotice('list', l)}
          </div>`
      }
      ${
        offers.length
          ? html`<ul class="results" aria-labelledby="list-heading">
            ${repeat(
              offers,
              (offer) => offer.id,
              (offer) => html`<li>${renderCard(offer, noTerms, cards)}</li>`,
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
