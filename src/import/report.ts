/**
 * The report of an import as people read it: the summary first (how many
 * records were read, converted and skipped), then what could not be read,
 * the skipped records, and the warnings and hints grouped by kind, each
 * group with its count and three examples. `--verbose` lists every note;
 * `--json` gives the same as data. No per-record lines by default: a feed
 * of 700 services must not bury its one fatal error.
 */
import type { MessageLanguage } from './messages.js';
import { noteExample, noteLine, noteTitle } from './note-messages.js';
import type { ImportNote, NoteSeverity } from './notes.js';

export interface NoteGroup {
  severity: NoteSeverity;
  code: ImportNote['code'];
  title: string;
  count: number;
  /** Up to three worded examples (place and value). */
  examples: string[];
  /** For groups whose values are what matters (unknown columns, unused fields): each distinct value with its count. */
  values?: { value: string; count: number }[];
  notes: ImportNote[];
}

const severityOrder: NoteSeverity[] = ['fatal', 'error', 'warning', 'info'];
/** Groups where the values are the news: the report lists them all, with counts. */
const listValues = new Set<ImportNote['code']>([
  'unknown-column',
  'unused-field',
  'unmapped-term',
  'unused-mapping-key',
  'unknown-area',
  'html-converted',
]);

export function groupNotes(notes: ImportNote[], lang: MessageLanguage, withFile: boolean): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const note of notes) {
    const title = noteTitle(note, lang);
    const key = `${note.severity}\u0000${note.code}\u0000${title}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { severity: note.severity, code: note.code, title, count: 0, examples: [], notes: [] }));
    group.count++;
    group.notes.push(note);
    if (group.examples.length < 3) group.examples.push(noteExample(note, lang, withFile));
  }
  for (const group of groups.values()) {
    if (!listValues.has(group.code)) continue;
    const counts = new Map<string, number>();
    for (const note of group.notes) counts.set(note.value ?? '', (counts.get(note.value ?? '') ?? 0) + 1);
    group.values = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return [...groups.values()].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || b.count - a.count,
  );
}

export interface ImportSummary {
  /** Records read from all inputs (rows, features, services, offers of a catalog). */
  records: number;
  converted: number;
  /** The same record again (several pages or files): taken once, not lost. */
  merged: number;
  skipped: number;
  fatal: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(records: number, converted: number, notes: ImportNote[]): ImportSummary {
  const count = (severity: NoteSeverity) => notes.filter((n) => n.severity === severity).length;
  const merged = notes.filter((n) => n.code === 'duplicate-record').length;
  return {
    records,
    converted,
    merged,
    skipped: Math.max(0, records - converted - merged),
    fatal: count('fatal'),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(summary: ImportSummary, lang: MessageLanguage): string {
  const { records, converted, merged, skipped, warnings, infos } = summary;
  return lang === 'de'
    ? `${converted} von ${plural(records, 'Eintrag', 'Einträgen')} übernommen, ${merged ? `${merged} doppelt (zusammengeführt), ` : ''}${skipped} übersprungen, ${plural(warnings, 'Warnung', 'Warnungen')}, ${plural(infos, 'Hinweis', 'Hinweise')}.`
    : `${converted} of ${plural(records, 'record', 'records')} converted, ${merged ? `${merged} duplicate (merged), ` : ''}${skipped} skipped, ${plural(warnings, 'warning', 'warnings')}, ${plural(infos, 'note', 'notes')}.`;
}

const headings: Record<MessageLanguage, Record<NoteSeverity, string>> = {
  de: {
    fatal: 'Nicht lesbar:',
    error: 'Übersprungen (fehlen im Katalog):',
    warning: 'Warnungen (weggelassen oder ungeprüft übernommen):',
    info: 'Hinweise:',
  },
  en: {
    fatal: 'Not readable:',
    error: 'Skipped (missing from the catalog):',
    warning: 'Warnings (left out or kept unchecked):',
    info: 'Notes:',
  },
};
const marks: Record<NoteSeverity, string> = { fatal: '✗', error: '✗', warning: '!', info: '·' };

/** The grouped report, after the summary line. `withFile` names the file in places (more than one input). */
export function reportText(
  notes: ImportNote[],
  lang: MessageLanguage,
  options: { verbose: boolean; withFile: boolean },
): string {
  const out: string[] = [];
  const groups = groupNotes(notes, lang, options.withFile);
  for (const severity of severityOrder) {
    const ofSeverity = groups.filter((g) => g.severity === severity);
    if (!ofSeverity.length) continue;
    out.push('', headings[lang][severity]);
    for (const group of ofSeverity) {
      out.push(`  ${marks[severity]} ${group.title} (${group.count}×)`);
      if (options.verbose) for (const note of group.notes) out.push(`      ${noteLine(note, lang, options.withFile)}`);
      else if (group.values)
        out.push(`      ${group.values.map((v) => (v.count > 1 ? `${v.value} (${v.count}×)` : v.value)).join(', ')}`);
      else for (const example of group.examples) out.push(`      ${example}`);
      if (!options.verbose && !group.values && group.count > group.examples.length) {
        out.push(
          lang === 'de'
            ? `      … und ${group.count - group.examples.length} weitere (--verbose listet alle)`
            : `      … and ${group.count - group.examples.length} more (--verbose lists all)`,
        );
      }
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
