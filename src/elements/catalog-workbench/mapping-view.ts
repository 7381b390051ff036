/**
 * What the import did not read or could not place, for the clerk to
 * assign: each unknown column to a field of the list (or "nicht lesen"),
 * each category value and taxonomy term (as `offer-finder terms` finds
 * them) to a milestone and a topic of the base catalog. The choices are the
 * command line's mapping file (`columns`, `milestones`, `topics`): read
 * again with them, or save them as that file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../catalog/schema.js';
import { tabularFields } from '../../import/sources/columns.js';
import type { Localization } from '../../i18n/i18n.js';
import type { ImportOutcome, MappingFile } from './protocol.js';
import type { WorkbenchStrings } from './strings.js';

/** Rows offered per kind: a list with hundreds of distinct values is a case for the mapping file. */
const maxRows = 40;

export function renderMapping(
  outcome: ImportOutcome,
  catalog: Catalog,
  mapping: MappingFile,
  change: (mapping: MappingFile) => void,
  s: WorkbenchStrings,
  l: Localization,
): TemplateResult | typeof nothing {
  // Columns assigned earlier stay on offer (to change the choice), with those the import does not read.
  const columns = [...new Set([...Object.keys(mapping.columns), ...outcome.unknownColumns])].slice(0, maxRows);
  const terms = outcome.terms.slice(0, maxRows);
  if (!columns.length && !terms.length) return nothing;
  const set = (section: keyof MappingFile, key: string, target: string) => {
    const next = { ...mapping[section] };
    if (target) next[key] = target;
    else delete next[key];
    change({ ...mapping, [section]: next });
  };
  let row = 0;
  const select = (section: keyof MappingFile, key: string, label: string, options: [string, string][]) => {
    const id = `map-${row++}`;
    return html`<div class="mapping-row">
      <label for=${id}><bdi>${label}</bdi></label>
      <select id=${id} @change=${(event: Event) => set(section, key, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!mapping[section][key]}>${s.mapNothing}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${mapping[section][key] === value}>${text}</option>`)}
      </select>
    </div>`;
  };
  const fields: [string, string][] = [
    ['ignore', s.mapIgnore],
    ...tabularFields.map((field): [string, string] => [field, field]),
  ];
  const milestones = catalog.milestones.map((m): [string, string] => [m.id, l.text(m.title)]);
  const topics = catalog.topics.map((t): [string, string] => [t.id, l.text(t.title)]);
  return html`
    <section class="mapping" aria-labelledby="mapping-heading">
      <h3 id="mapping-heading">${s.mapHeading}</h3>
      <p class="hint">${s.mapHint}</p>
      ${
        columns.length
          ? html`<fieldset>
            <legend>${s.mapColumns}</legend>
            ${columns.map((column) => select('columns', column, s.mapColumn(column), fields))}
          </fieldset>`
          : nothing
      }
      ${
        terms.length
          ? html`<fieldset>
            <legend>${s.mapTerms}</legend>
            ${terms.map(
              (term) => html`<div class="mapping-term">
                ${select('milestones', term.key, s.mapTermMilestone(term.label, term.count), milestones)}
                ${select('topics', term.key, s.mapTermTopic(term.label), topics)}
              </div>`,
            )}
          </fieldset>`
          : nothing
      }
    </section>
  `;
}
