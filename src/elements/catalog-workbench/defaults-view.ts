/**
 * Where a record lands when the list does not say: the milestones and
 * topics of the base catalog as checkboxes, the command line's
 * `--milestones` and `--topics`. A Kita list names no milestone; its clerk
 * ticks "Kita-Zeit" once, and every record without one gets it.
 */
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';
import type { WorkbenchStrings } from './strings.js';

export interface Defaults {
  milestones: string[];
  topics: string[];
}

export function renderDefaults(
  catalog: Catalog,
  defaults: Defaults,
  change: (defaults: Defaults) => void,
  s: WorkbenchStrings,
  l: Localization,
): TemplateResult {
  const choice = (kind: keyof Defaults, records: { id: string; title: Catalog['topics'][number]['title'] }[]) => html`
    <fieldset>
      <legend>${kind === 'milestones' ? s.defaultMilestones : s.defaultTopics}</legend>
      ${records.map(
        (record) => html`<label class="check">
          <input
            type="checkbox"
            .checked=${defaults[kind].includes(record.id)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              const ids = on ? [...defaults[kind], record.id] : defaults[kind].filter((id) => id !== record.id);
              change({ ...defaults, [kind]: ids });
            }}
          />
          <span dir="auto">${l.text(record.title)}</span>
        </label>`,
      )}
    </fieldset>
  `;
  return html`
    <details class="defaults" part="defaults">
      <summary>${s.defaultsSummary(defaults.milestones.length + defaults.topics.length)}</summary>
      <p class="hint">${s.defaultsHint}</p>
      <div class="choices">${choice('milestones', catalog.milestones)} ${choice('topics', catalog.topics)}</div>
    </details>
  `;
}
