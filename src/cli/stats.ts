/// <reference types="node" />
/**
 * `offer-finder stats catalog.json [more.json …]`: offers per milestone,
 * topic and district, stale entries, and the gap list (the same as
 * `<offer-coverage>` shows, from `coverage.ts` and worded by the element's
 * strings). Several catalogs (one per commune) are counted as one, merged as
 * the finder merges them.
 */
import { pathToFileURL } from 'node:url';
import { parseCatalog } from '../catalog/parse.js';
import { mergeCatalogs } from '../catalog/merge.js';
import { localize } from '../catalog/localize.js';
import { coverageGaps, coverageMatrix, type CoverageCell, type CoverageMatrix } from '../catalog/coverage.js';
import { monthsBefore } from '../catalog/calendar.js';
import { freshness, staleOffers } from '../catalog/freshness.js';
import type { Catalog, LocalizedText } from '../catalog/schema.js';
import type { MessageLanguage } from '../import/messages.js';
import type { Formatters, PluralForms } from '../i18n/formatters.js';
import { deAll } from '../i18n/de-all.js';
import { en } from '../i18n/en.js';
import { envelopeProblems } from './validate.js';
import { CliError, readJson, type Output } from './io.js';
import { cliStrings } from './strings.js';
import { problemText, valueAt } from '../import/messages.js';

export interface StatsOptions {
  lang: MessageLanguage;
  json: boolean;
  staleMonths: number;
  district?: string | undefined;
  today: string;
}

export function formattersFor(lang: MessageLanguage): Formatters {
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  return {
    number: (n) => numbers.format(n),
    plural: (count: number, forms: PluralForms) => forms[plurals.select(count)] ?? forms.other,
  };
}

export interface GapReport {
  /** `7 Lücken: Freizeit & Sport in „Schwangerschaft & Geburt“, …` */
  gaps: string;
  thin: string;
  gapCells: { row: string; column: string; count: number; local?: number }[];
  thinCells: { row: string; column: string; count: number; local?: number }[];
}

/** The gap list of a matrix in words, as the element's summary says it. */
export function gapReport(matrix: CoverageMatrix, lang: MessageLanguage): GapReport {
  const s = lang === 'de' ? deAll : en;
  const f = formattersFor(lang);
  const text = (t: LocalizedText) => localize(t, lang);
  const titles = new Map([...matrix.rows.map((r) => [r.id, text(r.title)] as const)]);
  const columns = new Map(matrix.columns.map((m) => [m.id, text(m.title)] as const));
  const name = (cell: CoverageCell) => s.coverageCell(titles.get(cell.row)!, columns.get(cell.column)!);
  const data = (cell: CoverageCell) => ({
    row: cell.row,
    column: cell.column,
    count: cell.offers.length,
    ...(cell.local !== undefined && { local: cell.local }),
  });
  const { gaps, thin } = coverageGaps(matrix);
  return {
    gaps: s.coverageGaps(gaps.map(name), f),
    thin: s.coverageThinList(thin.map(name), f),
    gapCells: gaps.map(data),
    thinCells: thin.map(data),
  };
}

export function stats(files: string[], options: StatsOptions, output: Output): number {
  const s = cliStrings[options.lang];
  const sources = files.map((file) => {
    const json = readJson(file, options.lang);
    const problems = envelopeProblems(json);
    if (problems.length) {
      const lines = problems.map(
        ({ path, problem }) => `  ${path}: ${problemText(problem, path, options.lang, { value: valueAt(json, path) })}`,
      );
      throw new CliError(`${s.envelope(file)}\n${lines.join('\n')}`, 1);
    }
    return { url: pathToFileURL(file).href, catalog: parseCatalog(json).catalog };
  });
  const catalog = mergeCatalogs(sources);
  const file = files.join(', ');
  const text = (t: LocalizedText) => localize(t, options.lang);
  if (options.district && !catalog.districts.some((d) => d.id === options.district))
    throw new CliError(s.unknownDistrict(options.district), 2);

  const report = statistics(catalog, options);
  if (options.json) {
    output.out(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
    return 0;
  }

  const pad = (label: string, width: number) => label + ' '.repeat(Math.max(1, width - [...label].length));
  const table = (rows: [string, ...(string | number)[]][]) => {
    const width = Math.max(...rows.map(([label]) => [...label].length)) + 2;
    return rows
      .map(([label, ...values]) => `  ${pad(label, width)}${values.map((v) => String(v).padStart(4)).join('  ')}\n`)
      .join('');
  };
  output.out(`${s.statsTitle(file, catalog.offers.length, catalog.updated)}\n\n`);
  output.out(`${s.perMilestone}\n${table(report.milestones.map((m) => [m.title, m.offers]))}\n`);
  output.out(
    `${s.perTopic}\n${table([...report.topics.map((t): [string, number] => [t.title, t.offers]), ...(report.withoutTopic ? [[s.withoutTopic, report.withoutTopic] as [string, number]] : [])])}\n`,
  );
  output.out(
    `${s.perDistrict}\n${table([...report.districts.map((d): [string, number, number] => [d.title, d.local, d.offers]), [s.citywide, report.citywide]])}\n`,
  );
  output.out(`${s.stale(options.staleMonths, report.stale.before, report.stale.offers.length)}\n`);
  for (const offer of report.stale.offers) output.out(`  ${offer.updated}  ${offer.id}  ${offer.title}\n`);
  output.out(`${s.undated(report.undated.length)}\n`);
  for (const offer of report.undated) output.out(`  ${offer.id}  ${offer.title}\n`);
  const district = options.district ? catalog.districts.find((d) => d.id === options.district) : undefined;
  output.out(
    `\n${s.gapsTopics(district && text(district.title))}\n  ${report.gaps.topics.gaps}\n  ${report.gaps.topics.thin}\n`,
  );
  output.out(`\n${s.gapsDistricts}\n  ${report.gaps.districts.gaps}\n  ${report.gaps.districts.thin}\n`);
  return 0;
}

/** Everything `stats` reports, as data (the `--json` output). */
export function statistics(catalog: Catalog, options: StatsOptions) {
  const text = (t: LocalizedText) => localize(t, options.lang);
  const title = (t: LocalizedText) => text(t);
  const before = monthsBefore(options.today, options.staleMonths);
  const topicMatrix = coverageMatrix(catalog, 'topics', { district: options.district });
  const districtMatrix = coverageMatrix(catalog, 'districts');
  return {
    updated: catalog.updated,
    offers: catalog.offers.length,
    milestones: catalog.milestones.map((m) => ({
      id: m.id,
      title: title(m.title),
      offers: catalog.offers.filter((o) => o.milestones.includes(m.id)).length,
    })),
    topics: catalog.topics.map((t) => ({
      id: t.id,
      title: title(t.title),
      offers: catalog.offers.filter((o) => o.topics?.includes(t.id)).length,
    })),
    withoutTopic: catalog.offers.filter((o) => !o.topics?.length).length,
    districts: catalog.districts.map((d) => ({
      id: d.id,
      // With several communes: "Unna: Massen".
      title: d.place ? `${title(d.place)}: ${title(d.title)}` : title(d.title),
      /** Offers that name the district. */
      local: catalog.offers.filter((o) => o.districts?.includes(d.id)).length,
      /** With the offers for the whole city: what a family there finds. */
      offers: catalog.offers.filter((o) => !o.districts || o.districts.includes(d.id)).length,
    })),
    citywide: catalog.offers.filter((o) => !o.districts).length,
    stale: {
      months: options.staleMonths,
      before,
      offers: staleOffers(catalog, options.today, options.staleMonths).map((o) => ({
        id: o.id,
        title: title(o.title),
        updated: o.updated!.slice(0, 10),
      })),
    },
    undated: catalog.offers
      .filter((o) => freshness(o.updated, options.today, options.staleMonths) === 'unknown')
      .map((o) => ({ id: o.id, title: title(o.title) })),
    gaps: {
      topics: { ...(options.district && { district: options.district }), ...gapReport(topicMatrix, options.lang) },
      districts: gapReport(districtMatrix, options.lang),
    },
  };
}
