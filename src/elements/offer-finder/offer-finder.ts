/**
 * `<offer-finder>`: the whole finder in one tag, made of the other elements
 * (timeline, search, contact cards), which it takes from a registry of its
 * own where the browser has scoped registries. Search first, for a parent on
 * a phone: the search box and one row of milestone chips open it, the whole
 * timeline with "where are we now?" is one tap away, and a choice in either
 * brings the results into view, its count spoken, and into the address.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SharedSearchController } from '../../controllers/shared-search.js';
import { UrlStateController } from '../../controllers/url-state.js';
import type { Localization } from '../../i18n/i18n.js';
import { emptySearch, sameSearch } from '../../catalog/filter.js';
import { milestonePosition, yearsOfChoice } from '../../catalog/milestones.js';
import type { Catalog } from '../../catalog/schema.js';
import { readUrlState } from '../../catalog/search-codec.js';
import { baseStyles } from '../shared/base.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { scopedRegistry } from '../shared/define.js';
import { ContactCard } from '../contact-card/contact-card.js';
import {
  MilestoneTimeline,
  type MilestoneNowDetail,
  type MilestoneSelectDetail,
} from '../milestone-timeline/milestone-timeline.js';
import { OfferSearch, type OfferSearchChangeDetail } from '../offer-search/offer-search.js';
import { offerFinderStyles } from './offer-finder.styles.js';

/** Contact cards shown at once: the people to call, not a directory. */
const maxContacts = 3;

/**
 * The parts, in a registry of the finder's own where the browser has scoped
 * registries: another library's `<contact-card>` on the page cannot take the
 * place of the finder's.
 */
const parts = scopedRegistry({
  'offer-search': OfferSearch,
  'milestone-timeline': MilestoneTimeline,
  'contact-card': ContactCard,
});

/**
 * The whole finder in one tag, for the city's main page: the search with a
 * row of the milestones of growing up under its field, the whole timeline
 * with "where are we now?" behind a button, filters and results, and the
 * contact cards for the offer or milestone chosen. The parts share one
 * catalog and one search with every element of the same group on the page.
 * Its children are shown until it has offers to show (a link to a list of
 * all offers, say): before the script runs, while the catalog loads and
 * when it cannot be loaded.
 *
 * @tagname offer-finder
 * @summary The complete offer finder: timeline, search and contacts.
 *
 * @fires offer-search-change - From the search inside. `detail: { query, filters, count }`.
 * @fires offer-select - An offer's details were opened. `detail: { offer }`.
 * @fires saved-offers-change - From the search inside: the saved offers changed. `detail: { ids }`.
 * @fires catalog-stale - From the search inside: offers not updated for longer than `stale-after` months (for maintainers). `detail: { url, months, offers }`.
 * @fires milestone-select - A milestone was chosen in the timeline. `detail: { milestone, selected }`.
 * @fires milestone-now - "Where are we now?" was answered or cleared in the timeline. `detail: { current, next }`.
 * @fires contact-save - A contact was saved as a vCard. `detail: { vcard, filename }`.
 * @fires catalog-issues - The catalog had invalid records or references (for maintainers). `detail: { url, issues }`.
 *
 * @slot - Fallback content, shown until there are offers to show (before the script runs, while loading, when the catalog cannot be loaded).
 *
 * @csspart milestone-chips - The row of milestone toggles under the search field.
 * @csspart now-next - The line under it, once an age is chosen: where the child stands, now and next.
 * @csspart timeline - The `<milestone-timeline>`, behind the button under the chips.
 * @csspart search - The `<offer-search>`.
 * @csspart contacts - The list of contact cards.
 * @csspart contact - One `<contact-card>`.
 * @csspart milestone - Exported from the timeline, as are `list`, `transition` and `gap`.
 * @csspart card - Exported from the search (an offer), as are `form`, `input`, `facet`, `chip`, `toolbar`, `status`, `results`, `details`, `save`, `saved`, `updated`, `near-me`, `map`.
 * @csspart contact-card - A contact card's box (its `card` part).
 *
 * @cssprop --offer-finder-color-text - Text colour (all parts use the same custom properties).
 */
export class OfferFinder extends CatalogElement {
  static override styles = [baseStyles, offerFinderStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, customElementRegistry: parts };

  /** Share the search with other elements of this group on the page (default: those with the same `src`). */
  @property() group?: string;

  /** District ids: the timeline counts offers there (and for the whole city). */
  @property() district = '';

  /** Show only this organisation's offers (a partner's own page). */
  @property() organization?: string;

  /** Show only the offers of this network's organisations. */
  @property() network?: string;

  /** Link to the city's complete finder, shown when `organization` or `network` limits the offers. */
  @property({ attribute: 'finder-url' }) finderUrl?: string;

  /** Keep query and filters in the page URL; the value is the parameter prefix (default `of`). */
  @property({ attribute: 'url-state' }) urlState?: string;

  /** Keep the saved offers in `localStorage` for the next visit (opt-in; see `<offer-search persist>`). */
  @property({ type: Boolean }) persist = false;

  /** Months without an update after which an offer is dated visibly and reported (default 12; see `<offer-search stale-after>`). */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter?: number;

  /** Largest catalog accepted, in bytes (default 10 MiB). */
  @property({ attribute: 'max-bytes', type: Number }) override maxBytes?: number;

  /** The page's own tile server for a map of the results (see `<offer-search map-tiles>`). */
  @property({ attribute: 'map-tiles' }) mapTiles?: string;

  /** The tile server's attribution, shown under the map. */
  @property({ attribute: 'map-attribution' }) mapAttribution?: string;

  private readonly shared = new SharedSearchController(this, () => this.requestUpdate());
  /** The page's address (`url-state`), for what the search does not write itself: a choice in the chips or the timeline. */
  private readonly url = new UrlStateController(
    this,
    () => {},
    () => ({ search: this.shared.state.search, page: 1 }),
  );

  /** Loads the catalog again for every part; if that fails, what is shown stays, with a note and its date. */
  override refresh(): void {
    super.refresh();
    for (const part of this.renderRoot.querySelectorAll('offer-search, milestone-timeline, contact-card')) {
      (part as CatalogElement).refresh();
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Lit clones its templates with importNode: the parts are made from the finder's registry.
    if (parts)
      this.renderOptions.creationScope = {
        importNode: (node) => document.importNode(node, { customElementRegistry: parts }),
      };
    return root;
  }

  protected renderContent(l: Localization): TemplateResult {
    const s = l.strings;
    const group = this.group || nothing;
    const catalog = this.catalog.loaded?.catalog;
    // The chips, the timeline and the line on now and next go under the search field (the search's slot).
    return html`
      <a class="skip button visually-hidden" href="#" @click=${this.skipToResults}>${s.finderSkipToResults}</a>
      ${catalog?.offers.length ? nothing : html`<slot></slot>`}
      <section aria-labelledby="search-heading">
        <h2 id="search-heading">${s.finderSearchHeading}</h2>
        <offer-search
          part="search"
          exportparts="form, input, facet, chip, toolbar, status, results, card, details, save, saved, updated, near-me, map"
          src=${this.src ?? nothing}
          group=${group}
          organization=${this.organization ?? nothing}
          network=${this.network ?? nothing}
          finder-url=${this.finderUrl ?? nothing}
          url-state=${this.urlState ?? nothing}
          ?persist=${this.persist}
          stale-after=${this.staleAfter ?? nothing}
          max-bytes=${this.maxBytes ?? nothing}
          map-tiles=${this.mapTiles ?? nothing}
          map-attribution=${this.mapAttribution ?? nothing}
          .strings=${this.strings}
          @offer-search-change=${this.onSearchChange}
        >
          <div slot="below-search" class="below-search">
            ${catalog ? this.renderChips(catalog, l) : nothing}
            <details class="timeline">
              <summary>${s.finderTimelineToggle}</summary>
              <milestone-timeline
                part="timeline"
                exportparts="list, milestone, transition, gap"
                src=${this.src ?? nothing}
                group=${group}
                district=${this.district}
                .strings=${this.strings}
                @milestone-select=${this.onTimelineChoice}
                @milestone-now=${this.onTimelineChoice}
              ></milestone-timeline>
            </details>
            ${catalog ? this.renderNowNext(catalog, l) : nothing}
          </div>
        </offer-search>
      </section>
      ${this.renderContacts(l)}
    `;
  }

  /** One toggle per milestone: a chip chooses that milestone alone, the same again takes it away. */
  private renderChips(catalog: Catalog, l: Localization) {
    const chosen = this.shared.state.search.filters.milestones;
    return html`
      <div class="chips" part="milestone-chips" role="group" aria-label=${l.strings.timelineListLabel}>
        ${catalog.milestones.map((milestone) => {
          const pressed = chosen.includes(milestone.id);
          const choose = () => {
            this.shared.publish({
              filters: { milestones: pressed ? chosen.filter((id) => id !== milestone.id) : [milestone.id] },
            });
            this.requestUpdate();
            if (!pressed) void this.showResults();
          };
          return html`<button class="button chip" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${choose}>
            ${pressed ? html`<span aria-hidden="true">✓</span>` : nothing}<span dir="auto">${l.text(milestone.title)}</span>
          </button>`;
        })}
      </div>
    `;
  }

  /**
   * Once an age is chosen (by "where are we now?" or the age filter) and the
   * child's milestone with it: the timeline's sentence on where the child
   * stands, now and next, over the results.
   */
  private renderNowNext(catalog: Catalog, l: Localization) {
    const { milestones, age } = this.shared.state.search.filters;
    if (age === undefined) return nothing;
    const { current, next } = milestonePosition(catalog.milestones, yearsOfChoice(age));
    if (!current || !milestones.includes(current.id)) return nothing;
    const s = l.strings;
    const child = s.timelineChildYears(age === 'expecting' ? -1 : age, l.format);
    return html`<p class="now-next" part="now-next">${s.timelineNow(child, l.text(current.title), next && l.text(next.title))}</p>`;
  }

  /**
   * The search shows another search: the group hears of it (after Back, say,
   * which the search takes from the address alone), and the address gets it
   * when the search did not write it itself (a choice in the chips or the
   * timeline; the words, which the search writes as they are typed, aside).
   */
  private onSearchChange = ({ detail: { query, filters } }: CustomEvent<OfferSearchChangeDetail>) => {
    this.shared.publish({ query, filters });
    this.requestUpdate();
    if (this.urlState === undefined) return;
    const written = readUrlState(this.urlState || 'of', location.href)?.search ?? emptySearch;
    if (!sameSearch({ ...written, query }, { query, filters })) this.url.save('push');
  };

  /** A milestone chosen in the timeline (not taken away), or "where are we now?" answered (not cleared): the results. */
  private onTimelineChoice = ({ detail }: CustomEvent<Partial<MilestoneSelectDetail & MilestoneNowDetail>>) =>
    (detail.selected ?? detail.current ?? detail.next) && this.showResults();

  private skipToResults = (event: Event) => {
    event.preventDefault();
    void this.showResults();
  };

  /**
   * Brings the results into view once the search shows the choice: the line
   * on now and next, else the count at the top, and the focus on the results'
   * heading. The count is spoken by the search's own live region.
   */
  private async showResults() {
    const search = this.renderRoot.querySelector('offer-search');
    await search?.updateComplete;
    await this.updateComplete;
    const root = search?.shadowRoot;
    const start = this.renderRoot.querySelector('.now-next') ?? root?.querySelector('[part="status"]');
    start?.scrollIntoView({ block: 'start' });
    root?.querySelector<HTMLElement>('#results-heading')?.focus({ preventScroll: true });
  }

  private renderContacts(l: Localization) {
    const catalog = this.catalog.loaded?.catalog;
    if (!catalog) return nothing;
    const { heading, ids } = this.contactsToShow(catalog, l);
    if (ids.length === 0) return nothing;
    return html`
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">${heading}</h2>
        <ul class="contacts" part="contacts">
          ${ids.map(
            (id) => html`<li><contact-card
                part="contact"
                exportparts="card: contact-card"
                src=${this.src ?? nothing}
                contact=${id}
                variant="compact"
                .strings=${this.strings}
              ></contact-card></li>`,
          )}
        </ul>
      </section>
    `;
  }

  /**
   * The offer's own contacts when one is open; else the coordinators of the
   * networks that serve the chosen milestone; else of every network — the
   * people who know all offers.
   */
  private contactsToShow(catalog: Catalog, l: Localization): { heading: string; ids: string[] } {
    const s = l.strings;
    const offer = catalog.offers.find((o) => o.id === this.shared.state.selectedOffer);
    if (offer?.contacts?.length) {
      return {
        heading: s.finderContactsForOffer(l.text(offer.title)),
        ids: offer.contacts.slice(0, maxContacts),
      };
    }
    const [chosen, ...more] = this.shared.state.search.filters.milestones;
    const milestone = more.length ? undefined : catalog.milestones.find((m) => m.id === chosen);
    const organizations = milestone
      ? new Set(catalog.offers.filter((o) => o.milestones.includes(milestone.id)).map((o) => o.organization))
      : undefined;
    const coordinators = catalog.networks
      .filter(
        (network) =>
          !organizations ||
          catalog.organizations.some((o) => organizations.has(o.id) && o.networks?.includes(network.id)),
      )
      .map((network) => network.coordinator)
      .filter((id): id is string => !!id);
    const ids = [...new Set(coordinators)].slice(0, maxContacts);
    return {
      heading: milestone ? s.finderContactsForMilestone(l.text(milestone.title)) : s.finderContactsHeading,
      ids,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'offer-finder': OfferFinder;
  }
}
