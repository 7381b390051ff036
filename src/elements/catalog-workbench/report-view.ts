/**
 * What `<catalog-workbench>` shows of an import: the files read (with the
 * format each was read as), then the report grouped as the command line
 * groups it (what could not be read, skipped records, warnings, hints), each
 * group a disclosure with its notes at their row and column or JSON path.
 * Plain template functions over the outcome.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportOutcome, ReportGroup } from './protocol.js';
import type { WorkbenchStrings } from './strings.js';

/** Notes listed per group before "und N weitere": a list of 2,900 lines helps nobody. */
const shownLines = 50;

const severities = ['fatal', 'error', 'warning', 'info'] as const;

export function renderSources(outcome: ImportOutcome, s: WorkbenchStrings): TemplateResult {
  return html`
    <h3>${s.filesRead}</h3>
    <ul class="sources">
      ${outcome.sources.map(
        (source) =>
          html`<li><bdi>${s.sourceLine(source.file, source.format ?? s.unknownFormat, source.records)}</bdi></li>`,
      )}
    </ul>
  `;
}

export function renderReport(
  outcome: ImportOutcome,
  s: WorkbenchStrings,
  expanded: ReadonlySet<string>,
  expand: (key: string) => void,
) {
  if (!outcome.groups.length) return nothing;
  return html`
    <h3>${s.reportHeading}</h3>
    ${severities.map((severity) => {
      const groups = outcome.groups.filter((group) => group.severity === severity);
      if (!groups.length) return nothing;
      return html`
        <section class="severity ${severity}" aria-labelledby=${`severity-${severity}`}>
          <h4 id=${`severity-${severity}`}>${s.severity[severity]}</h4>
          ${groups.map((group, index) => renderGroup(group, `${severity}-${index}`, s, expanded.has(`${severity}-${index}`), expand))}
        </section>
      `;
    })}
  `;
}

function renderGroup(
  group: ReportGroup,
  key: string,
  s: WorkbenchStrings,
  all: boolean,
  expand: (key: string) => void,
) {
  const lines = all ? group.lines : group.lines.slice(0, shownLines);
  const rest = group.lines.length - lines.length;
  return html`
    <details class="group" part="report-group">
      <summary><span dir="auto">${group.title}</span> (${group.count}×)</summary>
      ${
        group.values
          ? html`<p class="values" dir="auto">${group.values.map((v) => (v.count > 1 ? `${v.value} (${v.count}×)` : v.value)).join(', ')}</p>`
          : nothing
      }
      <ul class="lines">
        ${lines.map((line) => html`<li dir="auto">${line}</li>`)}
      </ul>
      ${rest > 0 ? html`<button class="button" type="button" @click=${() => expand(key)}>${s.more(rest)}</button>` : nothing}
    </details>
  `;
}
