/**
 * The "where are we now?" form of `<milestone-timeline>`, as a template
 * function (like the search's card and filters): what the parent tells (a
 * birth date, a due date or an age), the field for it and the buttons. The
 * element keeps what was typed and works the answer out.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DateProblem } from '../../catalog/milestones.js';
import type { Localization } from '../../i18n/i18n.js';

/** What the parent tells in the form. */
export type NowKind = 'birth' | 'due' | 'years';
export type NowProblem = DateProblem | 'years';

/** The oldest age the form takes; the milestones end long before. */
export const maxYears = 99;

/** What the form shows. */
export interface NowForm {
  kind: NowKind;
  /** What was typed into the date field, and into the age field. */
  date: string;
  years: string;
  problem?: NowProblem | undefined;
  /** Today in Berlin (`YYYY-MM-DD`): the latest birth date and the earliest due date. */
  today: string;
  /** Whether there is an answer to clear. */
  answered: boolean;
  /** Whether a search of the group shows the offers the answer chooses ("Angebote zeigen"). */
  showsOffers: boolean;
}

/** How the form reports what the parent does. */
export interface NowFormEvents {
  kind: (kind: NowKind) => void;
  /** Typed into the field of the kind shown. */
  input: (value: string) => void;
  submit: (event: Event) => void;
  clear: () => void;
}

export function renderNowForm(form: NowForm, on: NowFormEvents, l: Localization) {
  const s = l.strings;
  const { kind: nowKind, problem, today } = form;
  const invalid = problem ? 'true' : 'false';
  const describedBy = problem ? 'now-hint now-problem' : 'now-hint';
  const onInput = (event: Event) => on.input((event.target as HTMLInputElement).value);
  const kinds: [NowKind, string][] = [
    ['birth', s.timelineKindBirth],
    ['due', s.timelineKindDue],
    ['years', s.timelineKindYears],
  ];
  const field =
    nowKind === 'years'
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
            .value=${live(form.years)}
            @input=${onInput}
          />`
      : html`<label for="now-date">${nowKind === 'due' ? s.timelineKindDue : s.timelineKindBirth}</label>
          <input
            id="now-date"
            part="input"
            type="date"
            autocomplete="off"
            min=${nowKind === 'due' ? today : nothing}
            max=${nowKind === 'birth' ? today : nothing}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            .value=${live(form.date)}
            @input=${onInput}
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
  // The form is never submitted anywhere (the element prevents it), and the date and age fields
  // have no name, so not even a submission would carry them (only the radios need one, to group).
  return html`
    <form class="now-form" part="now-form" novalidate aria-labelledby="now-title" @submit=${on.submit}>
      <p class="now-title" id="now-title">${s.timelineNowTitle}</p>
      <p class="hint" id="now-hint">${s.timelineNowHint}</p>
      <div class="now-row">
        <fieldset>
          <legend>${s.timelineNowKind}</legend>
          <div class="choice-row">
            ${kinds.map(
              ([kind, label]) => html`
                <label class="choice">
                  <input type="radio" name="now-kind" value=${kind} .checked=${live(nowKind === kind)} @change=${() => on.kind(kind)} />
                  <span>${label}</span>
                </label>
              `,
            )}
          </div>
        </fieldset>
        <div class="field">${field}</div>
        <div class="actions">
          <button class="button primary" type="submit">${form.showsOffers ? s.timelineNowSubmitOffers : s.timelineNowSubmit}</button>
          ${form.answered ? html`<button class="button" type="button" @click=${on.clear}>${s.timelineNowClear}</button>` : nothing}
        </div>
      </div>
      ${problemText ? html`<p class="problem" id="now-problem">${problemText}</p>` : nothing}
    </form>
  `;
}
