/// <reference types="node" />
/**
 * `offer-finder terms <file|folder>… [--base <catalog.json>] [--mapping <file>]`:
 * what a maintainer needs to write a mapping file (see `src/import/terms.ts`).
 */
import { emptyMapping, parseMapping } from '../import/mapping.js';
import type { MessageLanguage } from '../import/messages.js';
import { noteExample, noteTitle } from '../import/note-messages.js';
import { describeTerms, type Counted } from '../import/terms.js';
import { defaultImportLimits } from '../import/limits.js';
import { readBase } from './import.js';
import { readInputs } from './inputs.js';
import { readJson, type Output } from './io.js';
import { cliStrings } from './strings.js';

const counted = (values: Counted[]) => values.map((v) => `${v.value} (${v.count})`).join(', ');

export async function termsCommand(
  paths: string[],
  options: { lang: MessageLanguage; json: boolean; base?: string | undefined; mapping?: string | undefined },
  output: Output,
): Promise<number> {
  const s = cliStrings[options.lang];
  const base = options.base
    ? readBase(options.base, options.lang)
    : { version: 1 as const, milestones: [], offers: [] };
  const parsed = options.mapping
    ? parseMapping(readJson(options.mapping, options.lang), options.mapping)
    : { mapping: emptyMapping(), notes: [] };
  const { sources, all } = readInputs(
    paths,
    defaultImportLimits,
    options.lang,
    [options.base, options.mapping].filter((f): f is string => !!f),
  );
  const report = await describeTerms(
    sources,
    { base, mapping: parsed.mapping, ...(options.mapping && { mappingFile: options.mapping }), lang: options.lang },
    all,
  );
  report.notes.unshift(...parsed.notes);
  const failed = report.notes.some((n) => n.severity === 'fatal');
  if (options.json) {
    output.out(
      `${JSON.stringify({ ...report, notes: report.notes.map((n) => ({ ...n, title: noteTitle(n, options.lang), example: noteExample(n, options.lang) })) }, null, 2)}\n`,
    );
    return failed ? 2 : 0;
  }
  const lines: string[] = [s.sources(report.sources), ''];
  if (report.columns.length) {
    lines.push(s.termsColumns);
    for (const c of report.columns)
      lines.push(
        `  ${c.header}${c.sheet ? ` (${c.sheet})` : ''} → ${c.field === 'unknown' ? s.termsUnknown : c.field}`,
      );
    lines.push('');
  }
  if (report.terms.length) {
    lines.push(s.termsTerms);
    for (const t of report.terms) {
      const target = [
        t.milestones && `milestones: ${t.milestones.join(', ')}`,
        t.topics && `topics: ${t.topics.join(', ')}`,
      ]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `  ${t.scheme}: ${t.value}${t.label && t.label !== t.value ? ` „${t.label}“` : ''} (${t.count})${target ? ` → ${target}` : ''}`,
      );
    }
    lines.push('');
  }
  if (report.categories.length) {
    lines.push(s.termsCategories);
    for (const c of report.categories) lines.push(`  ${c.header}: ${counted(c.values)}`);
    lines.push('');
  }
  for (const kind of ['milestones', 'topics', 'districts'] as const) {
    if (report.unknown[kind].length) lines.push(s.termsUnknownNames(kind), `  ${counted(report.unknown[kind])}`, '');
  }
  for (const note of report.notes) lines.push(`${noteTitle(note, options.lang)}: ${noteExample(note, options.lang)}`);
  output.out(`${lines.join('\n').trimEnd()}\n`);
  return failed ? 2 : 0;
}
