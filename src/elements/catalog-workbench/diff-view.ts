/**
 * What publishing the result would change, against the catalog the page
 * names in `src` (the published one): new, changed (with the fields),
 * removed and stale offers, counted, each list a disclosure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogDiff } from '../../import/diff.js';
import type { Localization } from '../../i18n/i18n.js';
import type { WorkbenchStrings } from './strings.js';

export function renderDiff(diff: CatalogDiff, s: WorkbenchStrings, l: Localization): TemplateResult {
  const list = (
    label: string,
    entries: { id: string; title: Parameters<Localization['text']>[0]; fields?: string[]; updated?: string }[],
  ) =>
    entries.length
      ? html`<details class="diff-list" part="diff-list">
          <summary>${label} (${entries.length})</summary>
          <ul>
            ${entries.map(
              (entry) =>
                html`<li>
                  <bdi>${l.text(entry.title)}</bdi> <span class="hint">(${entry.id})</span>${
                    entry.fields ? html`: <span class="hint">${entry.fields.join(', ')}</span>` : nothing
                  }${entry.updated ? html` <span class="hint">${s.diffUpdated(entry.updated)}</span>` : nothing}
                </li>`,
            )}
          </ul>
        </details>`
      : nothing;
  return html`
    <section class="diff" aria-labelledby="diff-heading">
      <h3 id="diff-heading">${s.diffHeading}</h3>
      <p>${s.diffSummary(diff.added.length, diff.changed.length, diff.removed.length, diff.unchanged)}</p>
      ${list(s.diffAdded, diff.added)} ${list(s.diffChanged, diff.changed)} ${list(s.diffRemoved, diff.removed)}
      ${list(s.diffStale, diff.stale)}
    </section>
  `;
}
