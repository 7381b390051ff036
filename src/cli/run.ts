/// <reference types="node" />
/**
 * The command line's entry: the arguments to a command, its exit code.
 * Plain Node (20 and later), no browser and no DOM: the catalog modules it
 * uses are the same the elements use, bundled into dist/cli/main.js
 * (vite.cli.config.ts).
 */
import { parseArgs } from 'node:util';
import type { MessageLanguage } from '../import/messages.js';
import { calendarDateIn, formatCalendarDate, parseCalendarDate } from '../catalog/calendar.js';
import { CliError, type Output } from './io.js';
import { cliStrings } from './strings.js';
import { validate } from './validate.js';
import { importCommand } from './import.js';
import { exportCommand, type ExportFormat } from './export.js';
import { termsCommand } from './terms.js';
import { stats } from './stats.js';

declare const __OFFER_FINDER_VERSION__: string;

const options = {
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  base: { type: 'string' },
  mapping: { type: 'string' },
  milestones: { type: 'string' },
  topics: { type: 'string' },
  country: { type: 'string' },
  format: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  out: { type: 'string', short: 'o' },
  'keep-offers': { type: 'boolean', default: false },
  'stale-months': { type: 'string' },
  district: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Runs one command; returns the exit code: 0 fine, 1 problems in the data, 2 wrong usage or unreadable file. */
export async function run(argv: string[], output: Output): Promise<number> {
  // The language first, so that even a usage error is in it.
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue =
    langIndex < 0 ? undefined : argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1] : argv[langIndex + 1];
  const lang: MessageLanguage = langValue?.toLowerCase().startsWith('en') ? 'en' : 'de';
  const s = cliStrings[lang];
  const usageError = (message: string) => {
    output.err(`${message}\n${s.seeHelp}\n`);
    return 2;
  };

  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError(s.badOption(s.unknownOption(option)));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return usageError(s.badOption(s.optionValue(option || message)));
    return usageError(s.badOption(message));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    output.out(`${typeof __OFFER_FINDER_VERSION__ === 'string' ? __OFFER_FINDER_VERSION__ : 'dev'}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  const [file, ...rest] = files;
  if (values.help || command === 'help') {
    output.out(s.usage);
    return 0;
  }
  if (!command) {
    output.err(s.usage);
    return 2;
  }
  if (langValue !== undefined && !/^(de|en)/i.test(langValue)) return usageError(s.badOption(`--lang ${langValue}`));
  const manyFiles = ['import', 'terms', 'from-csv', 'from-hsds', 'stats'].includes(command);
  if (rest.length && !manyFiles) return usageError(s.badOption(rest.join(' ')));
  const ids = (value: string | undefined) =>
    value
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
  if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country))
    return usageError(s.badOption(`--country ${values.country}`));

  let today = formatCalendarDate(calendarDateIn(new Date()));
  if (values.today !== undefined) {
    if (!parseCalendarDate(values.today)) return usageError(s.badOption(`--today ${values.today}`));
    today = values.today;
  }
  const common = { lang, json: values.json, strict: values.strict };

  try {
    switch (command) {
      case 'validate':
        if (!file) return usageError(s.missingFile);
        return validate(file, common, output);
      case 'import':
      case 'from-csv':
      case 'from-hsds':
        if (!file) return usageError(s.missingFile);
        if (!values.base) return usageError(s.missingOption('base'));
        return await importCommand(
          files,
          {
            ...common,
            verbose: values.verbose,
            base: values.base,
            mapping: values.mapping,
            milestones: ids(values.milestones),
            topics: ids(values.topics),
            country: values.country,
            out: values.out,
            keepOffers: values['keep-offers'],
            today,
          },
          output,
        );
      case 'terms':
        if (!file) return usageError(s.missingFile);
        return await termsCommand(
          files,
          { lang, json: values.json, base: values.base, mapping: values.mapping },
          output,
        );
      case 'export': {
        if (!file) return usageError(s.missingFile);
        const format = values.format;
        if (format !== 'xlsx' && format !== 'csv' && format !== 'hsds')
          return usageError(format ? s.badOption(`--format ${format}`) : s.missingOption('format'));
        return await exportCommand(file, { format: format as ExportFormat, out: values.out, lang }, output);
      }
      case 'stats': {
        if (!file) return usageError(s.missingFile);
        const months = values['stale-months'] === undefined ? 12 : Number(values['stale-months']);
        if (!Number.isInteger(months) || months < 0)
          return usageError(s.badOption(`--stale-months ${values['stale-months']}`));
        return stats(files, { lang, json: values.json, staleMonths: months, district: values.district, today }, output);
      }
      default:
        return usageError(s.unknownCommand(command));
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    output.err(`${error.message}\n`);
    return error.exitCode;
  }
}
