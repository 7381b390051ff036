/**
 * `<milestone-timeline>`: the milestones of growing up with their offers, the
 * transitions between them and the gaps, and "where are we now?" from a
 * birth date, a due date or an age, worked out in the browser
 * (catalog/milestones.ts). What it chooses goes into the group's search: a
 * milestone; the milestones for now and next with the age; an offer to open.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { SharedSearchController, type SharedSearchChange } from '../../controllers/shared-search.js';
import type { Localization } from '../../i18n/i18n.js';
import { calendarDateIn, formatCalendarDate } from '../../catalog/calendar.js';
import { emptySearch, type OfferFilters } from '../../catalog/filter.js';
import { catalogFallbackLanguage } from '../../catalog/localize.js';
import { attributesOf, idsFromText } from '../../catalog/search-codec.js';
import type { Catalog, LocalizedText, Milestone, Offer } from '../../catalog/schema.js';
import {
  ageChoiceOf,
  ageInYears,
  ageRangeOf,
  childAgeFromInput,
  milestoneOffers,
  milestonePosition,
  offerCounts,
  transitionsOf,
  type ChildAge,
  type MilestonePosition,
  maxYears,
  type NowKind,
  type NowProblem,
  type Transition,
} from '../../catalog/milestones.js';
import { baseStyles } from '../shared/base.styles.js';
import { boxStyles } from '../shared/box.styles.js';
import { CatalogElement } from '../shared/catalog-element.js';
import { choiceStyles } from '../shared/choice.styles.js';
import { renderTextBlocks } from '../shared/text-blocks.js';
import { milestoneTimelineStyles } from './milestone-timeline.styles.js';

export interface MilestoneSelectDetail {
  milestone: Milestone;
  /** `true` when the milestone became the selection, `false` when choosing it again cleared the selection. */
  selected: boolean;
}

/** "Where are we now?" answered: where the child stands (never the date or the age told); both empty once cleared. */
export interface MilestoneNowDetail {
  current?: Milestone | undefined;
  next?: Milestone | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'milestone-timeline': MilestoneTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'milestone-select': CustomEvent<MilestoneSelectDetail>;
    'milestone-now': CustomEvent<MilestoneNowDetail>;
  }
}

/** `age="4"` → 4; an empty or non-numeric attribute means no age (Lit's Number converter would make `""` a 0). */
const ageConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const age = Number(value.trim().replace(',', '.'));
    return Number.isFinite(age) ? age : undefined;
  },
};

/**
 * The language `l.text` takes a catalog text in (the tag asked for, its base
 * language, else German, as localize does; a catalog is written in German
 * first), for its `lang`: "Schwangerschaft" hyphenates as German in a Turkish
 * page, not anywhere.
 */
const languageOfText = (text: LocalizedText, requested: string): string =>
  (typeof text === 'object' && [requested, requested.split('-')[0]!].find((tag) => Object.hasOwn(text, tag))) ||
  catalogFallbackLanguage;

/**
 * The milestones of growing up, from pregnancy to the step from school to
 * work, with the number of offers for each and for the transitions between
 * them. A parent may enter a birth date, a due date or an age to see where
 * the child stands now and what comes next; that stays in the browser.
 *
 * @tagname milestone-timeline
 * @summary The milestones of growing up as a timeline: offers per milestone and per transition, gaps, and "where are we now?".
 *
 * @fires milestone-select - A milestone was chosen, or chosen again to clear the selection. `detail: { milestone, selected }`.
 * @fires milestone-now - "Where are we now?" was answered or cleared: the milestone the child is in and the next. `detail: { current, next }`.
 * @fires catalog-issues - The catalog had invalid records or references (for maintainers). `detail: { url, issues }`.
 *
 * @csspart now-form - The "where are we now?" form.
 * @csspart input - The field for the birth date, the due date or the age in that form.
 * @csspart status - The live region: loading, an empty catalog, and where the child stands now.
 * @csspart error - The message when the catalog cannot be loaded.
 * @csspart list - The ordered list of milestones.
 * @csspart milestone - One milestone (its title is the button that selects it).
 * @csspart gap - The note on a milestone or transition without offers.
 * @csspart transition - The offers that two consecutive milestones share.
 * @csspart offers - The offers of the selected milestone (with `expanded`).
 *
 * @cssprop --offer-finder-color-text - Text colour.
 * @cssprop --offer-finder-color-background - Background of milestones and fields.
 * @cssprop --offer-finder-color-surface - Background of the form and the selected milestone.
 * @cssprop --offer-finder-color-muted - Secondary text, gaps.
 * @cssprop --offer-finder-color-border - Borders and the lines of transitions.
 * @cssprop --offer-finder-color-accent - Links, buttons, the selected and the current milestone.
 * @cssprop --offer-finder-color-on-accent - Text on the accent colour (the "now" badge).
 * @cssprop --offer-finder-color-focus - The focus ring.
 * @cssprop --offer-finder-color-error - Error messages.
 * @cssprop --offer-finder-radius - Corner radius.
 * @cssprop --offer-finder-space - Spacing between blocks.
 * @cssprop --offer-finder-font-family - Font (default: the page's).
 * @cssprop --offer-finder-focus-width - Width of the focus ring (default 3px; never below 2px).
 */
export class MilestoneTimeline extends CatalogElement {
  static override styles = [baseStyles, boxStyles, choiceStyles, milestoneTimelineStyles];

  /**
   * Id of an `<offer-search>` in the same document or shadow root: choosing a
   * milestone filters it to that milestone, choosing it again clears the filter.
   */
  @property() for?: string;

  /**
   * Elements of one group share the search: the selected milestone filters
   * every `<offer-search>` of the group, wherever it sits on the page, and a
   * milestone filter set there shows here. Default: the elements with the same `src`.
   */
  @property() group?: string;

  /** District ids (space- or comma-separated): count only offers there or for the whole city. */
  @property() district = '';

  /** List the selected milestone's offers below the timeline. */
  @property({ type: Boolean }) expanded = false;

  /**
   * A child's age in years (negative: expecting) to mark the current and the
   * next milestone. Optional: parents can enter a birth date, a due date or an
   * age in the form instead, which is never written to an attribute.
   */
  @property({ converter: ageConverter }) age?: number;

  /** Id of the selected milestone; reflects the current selection. */
  @property({ reflect: true }) selected?: string;

  /**
   * The time "today" is taken from for the "where are we now?" form
   * (property only). Default: the current time; stories and tests pin it.
   */
  @property({ attribute: false }) now?: Date;

  /**
   * Where the child stands. Internal state on purpose: a birth date is
   * personal data, so it never becomes an attribute, a URL parameter or
   * anything stored; it lives as long as the element.
   */
  @state() private child?: ChildAge;
  @state() private nowKind: NowKind = 'birth';
  @state() private dateValue = '';
  @state() private yearsValue = '';
  @state() private problem?: NowProblem;
  @state() private openTransitions: ReadonlySet<string> = new Set();

  private readonly clock = new ClockController(this, () => this.now);
  private readonly shared = new SharedSearchController(
    this,
    // One milestone chosen in the group's search is the timeline's selection; none or several, no selection.
    ({ search }) => {
      const ids = search.filters.milestones;
      this.selected = ids.length === 1 ? ids[0] : undefined;
    },
  );
  /** Whether `child` came from the `age` attribute (removing the attribute then clears it). */
  private childFromAttribute = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('age')) {
      if (this.age !== undefined) {
        this.child = { kind: 'years', years: this.age };
        this.childFromAttribute = true;
        this.problem = undefined;
        if (this.age >= 0) {
          this.nowKind = 'years';
          this.yearsValue = String(this.age);
        }
      } else if (this.childFromAttribute) {
        this.child = undefined;
        this.childFromAttribute = false;
      }
    }
  }

  protected renderContent(l: Localization): TemplateResult {
    const catalog = this.catalog.loaded?.catalog;
    const hasMilestones = !!catalog && catalog.milestones.length > 0;
    const position = catalog && this.child ? milestonePosition(catalog.milestones, ageInYears(this.child)) : {};
    return html`
      ${this.renderLoadError(l)}
      ${hasMilestones ? this.renderNowForm(l) : nothing}
      <p class="status" role="status" part="status" aria-busy=${this.catalog.pending ? 'true' : 'false'}>${this.renderStatus(catalog, position, l)}</p>
      ${hasMilestones ? this.renderTimeline(catalog, position, l) : nothing}
      ${hasMilestones && this.expanded ? this.renderOffers(catalog, l) : nothing}
    `;
  }

  private renderStatus(catalog: Catalog | undefined, position: MilestonePosition, l: Localization) {
    const s = l.strings;
    if (!catalog) return this.catalog.pending ? s.timelineLoading : nothing;
    if (catalog.milestones.length === 0) return s.timelineEmpty;
    if (!this.child) return nothing;
    const title = (m: Milestone | undefined) => (m ? l.text(m.title) : undefined);
    return s.timelineNow(this.describeChild(this.child, l), title(position.current), title(position.next));
  }

  private describeChild(child: ChildAge, l: Localization): string {
    const s = l.strings;
    switch (child.kind) {
      case 'born':
        return s.timelineChildBorn(child.years, child.months, child.days, l.format);
      case 'expected':
        return s.timelineChildExpected(child.days, child.weeks, l.format);
      case 'years':
        return s.timelineChildYears(child.years, l.format);
    }
  }

  private renderNowForm(l: Localization) {
    const s = l.strings;
    const today = formatCalendarDate(calendarDateIn(this.clock.now));
    const problem = this.problem;
    const invalid = problem ? 'true' : 'false';
    const describedBy = problem ? 'now-hint now-problem' : 'now-hint';
    const kinds: [NowKind, string][] = [
      ['birth', s.timelineKindBirth],
      ['due', s.timelineKindDue],
      ['years', s.timelineKindYears],
    ];
    const field =
      this.nowKind === 'years'
        ? html`<label for="now-years">${s.timelineKindYears}</label>
            <input
              id="now-years"
              part="input"
              type="number"
              inputmode="numeric"
              min="0"
              max=${maxYears}
              step="1"
              autocomplete="off"
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
              .value=${live(this.yearsValue)}
              @input=${(event: Event) => (this.yearsValue = (event.target as HTMLInputElement).value)}
            />`
        : html`<label for="now-date">${this.nowKind === 'due' ? s.timelineKindDue : s.timelineKindBirth}</label>
            <input
              id="now-date"
              part="input"
              type="date"
              autocomplete="off"
              min=${this.nowKind === 'due' ? today : nothing}
              max=${this.nowKind === 'birth' ? today : nothing}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
              .value=${live(this.dateValue)}
              @input=${(event: Event) => (this.dateValue = (event.target as HTMLInputElement).value)}
            />`;
    const problemText =
      problem &&
      {
        missing: s.timelineProblemMissing,
        invalid: s.timelineProblemInvalid,
        'birth-in-future': s.timelineProblemBirthInFuture,
        'due-in-past': s.timelineProblemDueInPast,
        years: s.timelineProblemYears,
      }[problem];
    // The form is never submitted anywhere (onNowSubmit prevents it), and the date and age fields
    // have no name, so not even a submission would carry them (only the radios need one, to group).
    return html`
      <form class="now-form" part="now-form" novalidate aria-labelledby="now-title" @submit=${this.onNowSubmit}>
        <p class="now-title" id="now-title">${s.timelineNowTitle}</p>
        <p class="hint" id="now-hint">${s.timelineNowHint}</p>
        <div class="now-row">
          <fieldset>
            <legend>${s.timelineNowKind}</legend>
            <div class="choice-row">
              ${kinds.map(
                ([kind, label]) => html`
                  <label class="choice">
                    <input type="radio" name="now-kind" value=${kind} .checked=${live(this.nowKind === kind)} @change=${() => this.setNowKind(kind)} />
                    <span>${label}</span>
                  </label>
                `,
              )}
            </div>
          </fieldset>
          <div class="field">${field}</div>
          <div class="actions">
            <button class="button primary" type="submit">${this.shared.hasSearch ? s.timelineNowSubmitOffers : s.timelineNowSubmit}</button>
            ${this.child ? html`<button class="button" type="button" @click=${this.clearNow}>${s.timelineNowClear}</button>` : nothing}
          </div>
        </div>
        ${problemText ? html`<p class="problem" id="now-problem">${problemText}</p>` : nothing}
      </form>
    `;
  }

  private renderTimeline(catalog: Catalog, position: MilestonePosition, l: Localization) {
    const s = l.strings;
    const districts = idsFromText(this.district);
    const counts = offerCounts(catalog, districts);
    const transitions = transitionsOf(catalog, districts);
    const districtNames = districts.map((id) => {
      const district = catalog.districts.find((d) => d.id === id);
      return district ? l.text(district.title) : id;
    });
    return html`
      ${districts.length ? html`<p class="district-note">${s.timelineDistrictNote(districtNames.join(', '))}</p>` : nothing}
      <ol class="timeline" part="list" aria-label=${s.timelineListLabel}>
        ${catalog.milestones.map(
          (milestone, index) => html`
            <li class="item">
              ${this.renderMilestone(milestone, counts.get(milestone.id) ?? 0, position, l)}
              ${transitions[index] ? this.renderTransition(transitions[index], l) : nothing}
            </li>
          `,
        )}
      </ol>
    `;
  }

  private renderMilestone(milestone: Milestone, count: number, position: MilestonePosition, l: Localization) {
    const s = l.strings;
    const id = `milestone-${milestone.id}`;
    const pressed = this.selected === milestone.id;
    const isNow = position.current === milestone;
    const isNext = position.next === milestone;
    const describedBy = [isNow || isNext ? `${id}-badge` : '', `${id}-range`, `${id}-count`].filter(Boolean).join(' ');
    const classes = ['milestone', pressed && 'selected', isNow && 'now', isNext && 'next', count === 0 && 'empty']
      .filter(Boolean)
      .join(' ');
    // The title is a toggle button, so aria-pressed: choosing a milestone switches a filter on, choosing it again
    // switches it off, and at most one is on. aria-selected would need a listbox or tabs (with their arrow keys), which
    // this is not. aria-current keeps its meaning, the step of a process: the child's milestone ("where are we now?").
    return html`
      <div class=${classes} part="milestone" data-milestone=${milestone.id}>
        ${
          isNow || isNext
            ? html`<p class="badge" id=${`${id}-badge`}>${isNow ? s.timelineNowBadge : s.timelineNextBadge}</p>`
            : nothing
        }
        <button
          class="select"
          type="button"
          aria-pressed=${pressed ? 'true' : 'false'}
          aria-current=${isNow ? 'step' : nothing}
          aria-describedby=${describedBy}
          @click=${() => this.toggle(milestone)}
        >
          <span class="check" aria-hidden="true">${pressed ? '✓' : ''}</span><span dir="auto" lang=${languageOfText(milestone.title, l.requested)}>${l.text(milestone.title)}</span>
        </button>
        <p class="range" id=${`${id}-range`}>${s.timelineAgeRange(ageRangeOf(milestone), l.format)}</p>
        ${milestone.description ? html`<div class="description" lang=${languageOfText(milestone.description, l.requested)}>${renderTextBlocks(l.text(milestone.description))}</div>` : nothing}
        ${
          count > 0
            ? html`<p class="count" id=${`${id}-count`}>${s.timelineOfferCount(count, l.format)}</p>`
            : html`<p class="count gap" part="gap" id=${`${id}-count`}><span aria-hidden="true">○ </span>${s.timelineGap}</p>`
        }
      </div>
    `;
  }

  private renderTransition(transition: Transition, l: Localization) {
    const s = l.strings;
    const key = `${transition.from.id} ${transition.to.id}`;
    const id = `transition-${transition.from.id}`;
    const between = s.timelineTransitionBetween(l.text(transition.from.title), l.text(transition.to.title));
    const count = transition.offers.length;
    if (count === 0) {
      return html`
        <div class="transition empty" part="transition">
          <p class="gap" part="gap"><span aria-hidden="true">○ </span>${s.timelineTransitionGap}<span class="visually-hidden">, ${between}</span></p>
        </div>
      `;
    }
    const open = this.openTransitions.has(key);
    return html`
      <div class="transition" part="transition">
        <button class="transition-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this.toggleTransition(key)}>
          <span class="toggle-icon" aria-hidden="true">▸</span>
          <span>${s.timelineTransition(count, l.format)}<span class="visually-hidden">, ${between}</span></span>
        </button>
        <ul class="transition-offers" id=${id} ?hidden=${!open}>
          ${transition.offers.map((offer) => html`<li>${this.renderOffer(offer, [transition.from.id, transition.to.id], l)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderOffers(catalog: Catalog, l: Localization) {
    const milestone = catalog.milestones.find((m) => m.id === this.selected);
    if (!milestone) return nothing;
    const s = l.strings;
    const offers = milestoneOffers(catalog, milestone.id, idsFromText(this.district));
    return html`
      <section class="offers" part="offers" aria-labelledby="offers-heading">
        <h2 id="offers-heading">${s.timelineOffersHeading(l.text(milestone.title), offers.length, l.format)}</h2>
        ${
          offers.length
            ? html`<ul>
              ${offers.map((offer) => html`<li>${this.renderOffer(offer, [milestone.id], l)}</li>`)}
            </ul>`
            : html`<p class="gap" part="gap">${s.timelineGap}</p>`
        }
      </section>
    `;
  }

  /**
   * An offer in a list: with an `<offer-search>` in the group, a button that
   * opens its details there, as the search's own cards and `of-offer` links
   * do (with the search set to `milestones`, where it is sure to be found);
   * else its title, linked to its website.
   */
  private renderOffer(offer: Offer, milestones: string[], l: Localization) {
    if (!this.shared.hasSearch) return this.renderOfferTitle(offer, l);
    const show = () => this.share(milestones, { query: '', filters: emptySearch.filters, open: offer.id });
    return html`<button class="offer" type="button" dir="auto" @click=${show}>${l.text(offer.title)}</button>`;
  }

  private toggle(milestone: Milestone) {
    const selected = this.selected !== milestone.id;
    this.share(selected ? [milestone.id] : []);
    this.emit('milestone-select', { milestone, selected });
  }

  /** Puts `milestones` and the rest of `change` into the group's search and the linked one (`for`). */
  private share(milestones: string[], change: SharedSearchChange = {}) {
    this.selected = milestones.length === 1 ? milestones[0] : undefined;
    const filters: Partial<OfferFilters> = { ...change.filters, milestones };
    this.shared.publish({ ...change, filters });
    const search = this.linkedSearch(this.for, 'the timeline');
    if (search) Object.assign(search, attributesOf(filters));
  }

  /**
   * The answer of "where are we now?" as the search: the child's milestone and
   * the next, in that order (now first, see rankByFit), and the age in whole
   * years; none of them once cleared.
   */
  private chooseNow(child: ChildAge | undefined) {
    const milestones = this.catalog.loaded?.catalog.milestones ?? [];
    const { current, next } = child ? milestonePosition(milestones, ageInYears(child)) : {};
    const ids = [current, next].flatMap((milestone) => (milestone ? [milestone.id] : []));
    this.share(ids, { filters: { age: child && ageChoiceOf(child) } });
    this.emit('milestone-now', { current, next });
  }

  private toggleTransition(key: string) {
    const open = new Set(this.openTransitions);
    if (!open.delete(key)) open.add(key);
    this.openTransitions = open;
  }

  private setNowKind(kind: NowKind) {
    this.nowKind = kind;
    this.problem = undefined;
  }

  /** Works out the age in the browser; the event's default is prevented, so nothing leaves the page. */
  private onNowSubmit = (event: Event) => {
    event.preventDefault();
    const typed = this.nowKind === 'years' ? this.yearsValue : this.dateValue;
    const result = childAgeFromInput(typed, this.nowKind, calendarDateIn(this.clock.now));
    const child = 'age' in result ? result.age : undefined;
    this.problem = 'problem' in result ? result.problem : undefined;
    // A wrong entry also takes back the previous answer, which would no longer match the form.
    this.child = child;
    this.childFromAttribute = false;
    if (child) this.chooseNow(child);
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.field input')?.focus());
  };

  private clearNow = () => {
    this.child = undefined;
    this.childFromAttribute = false;
    this.dateValue = '';
    this.yearsValue = '';
    this.problem = undefined;
    this.chooseNow(undefined);
    // The button goes away with the answer; the field is where to go on.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.field input')?.focus());
  };
}
