/**
 * The UI languages and where their strings come from. German is built in;
 * every other language is a module of its own, imported the first time an
 * element asks for it (3.4 to 4.7 kB gzip each; together more than twice
 * German, so a German page downloads none of them). Partners can change any string of any language (`setStrings`)
 * and add languages (`registerLanguage`); elements render again when strings
 * arrive or change (`onStringsChange`).
 */
import { de, laterPartPrefixes, type Translation } from './de.js';

/** The writing direction of a language. */
export type Direction = 'ltr' | 'rtl';

/** A language's strings, or a function that loads them (a dynamic `import()`). */
export type TranslationSource = Translation | (() => Promise<Translation>);

/** The language of the built-in strings and the fallback for every other. */
export const defaultLanguage = 'de';

interface Entry {
  dir: Direction;
  source: TranslationSource;
  /** The complete strings once they are here. */
  strings?: Translation;
  loading?: Promise<Translation>;
  failed?: boolean;
}

/**
 * The German strings: those built in, and those of the parts loaded later
 * once they are here (`addGermanPart`). No element asks for a later part's
 * key before its part has loaded, so the type can promise them all.
 */
const german = { ...de } as Translation;

const entries = new Map<string, Entry>([
  [defaultLanguage, { dir: 'ltr', source: german, strings: german }],
  ['en', { dir: 'ltr', source: () => import('./en.js').then((module) => module.en) }],
  ['tr', { dir: 'ltr', source: () => import('./tr.js').then((module) => module.tr) }],
  ['ar', { dir: 'rtl', source: () => import('./ar.js').then((module) => module.ar) }],
  ['uk', { dir: 'ltr', source: () => import('./uk.js').then((module) => module.uk) }],
  ['de-x-ls', { dir: 'ltr', source: () => import('./de-x-ls.js').then((module) => module.deXLs) }],
]);

const overrides = new Map<string, Partial<Translation>>();
const listeners = new Set<() => void>();
let version = 0;

/** Counts every change of strings: a language arrived, was registered, or got overrides. */
export function stringsVersion(): number {
  return version;
}

/** Calls `listener` after every change of strings; returns the function that stops it. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  version++;
  for (const listener of [...listeners]) listener();
}

/** `EN_gb` → `en-gb`: registry keys are lower case, and a webmaster may type an underscore. */
const normalize = (tag: string) => tag.trim().toLowerCase().replaceAll('_', '-');

/**
 * The UI language for a language tag: the tag itself when it has strings
 * (`de-x-ls`), else its base language (`en` for `en-GB`), else German
 * (`fr`, or anything that is no language tag at all).
 */
export function uiLanguageOf(tag: string): string {
  const normalized = normalize(tag);
  if (entries.has(normalized)) return normalized;
  const base = normalized.split('-')[0]!;
  return entries.has(base) ? base : defaultLanguage;
}

/** The UI languages: the built-in ones and those added with `registerLanguage`. */
export function availableLanguages(): string[] {
  return [...entries.keys()];
}

/** The writing direction of a UI language. */
export function directionOf(language: string): Direction {
  return entries.get(language)?.dir ?? 'ltr';
}

/**
 * The strings of a UI language with the partner's overrides, or `undefined`
 * while they load (which this starts; the caller shows German meanwhile).
 */
export function translationOf(language: string): Translation | undefined {
  const entry = entries.get(language);
  if (!entry) return undefined;
  if (!entry.strings) {
    load(language, entry, false).catch(() => {});
    return undefined;
  }
  const own = overrides.get(language);
  return own ? { ...entry.strings, ...own } : entry.strings;
}

/**
 * Loads the strings for a language tag now, before any element asks for
 * them (a page that knows its language can so skip the German first
 * render). Resolves when they are here; for a tag without strings of its
 * own, at once (German). Rejects when the module cannot be loaded (the
 * elements then stay German); calling it again tries again.
 */
export async function loadLanguage(tag: string): Promise<void> {
  const language = uiLanguageOf(tag);
  await load(language, entries.get(language)!, true);
}

function load(language: string, entry: Entry, retry: boolean): Promise<Translation> {
  if (entry.strings) return Promise.resolve(entry.strings);
  if (entry.loading && !(retry && entry.failed)) return entry.loading;
  entry.failed = false;
  const source = entry.source;
  entry.loading = (typeof source === 'function' ? source() : Promise.resolve(source)).then(
    (strings) => {
      // A language registered again meanwhile has its own entry; this one is gone.
      if (entries.get(language) === entry) {
        entry.strings = complete(language, strings);
        changed();
      }
      return strings;
    },
    (error: unknown) => {
      entry.failed = true;
      console.warn(`offer-finder: the strings for "${language}" could not be loaded, so German is shown.`, error);
      throw error;
    },
  );
  return entry.loading;
}

/**
 * The strings checked at run time, where the type check does not reach
 * (a module loaded on demand, a partner's plain JavaScript): a missing key,
 * or one of the wrong kind (a text where German has a function), takes
 * German's, with a warning for whoever maintains the translation.
 */
function complete(language: string, strings: Partial<Translation>): Translation {
  const valid = checked(strings, `the strings for "${language}"`);
  const missing = Object.keys(german).filter((key) => !Object.hasOwn(valid, key));
  if (missing.length)
    console.warn(`offer-finder: the strings for "${language}" have no ${missing.join(', ')}; German is shown there.`);
  return { ...german, ...valid };
}

/**
 * The German of a part that loads later (the panel of "In meiner Nähe", the
 * planners' table), added when its module arrives; a language that has no
 * strings of its own for the part (a partner's) shows these.
 */
export function addGermanPart(part: Partial<Translation>): void {
  if (Object.keys(part).every((key) => Object.hasOwn(german, key))) return;
  Object.assign(german, part);
  for (const entry of entries.values())
    if (entry.strings && entry.strings !== german) entry.strings = { ...part, ...entry.strings };
  changed();
}

/** A key of a part whose German has not loaded yet: it is known by its prefix (`coverage…`, `nearMe…`). */
const laterKey = (key: string) =>
  !Object.hasOwn(german, key) && laterPartPrefixes.some((prefix) => key.startsWith(prefix));

/**
 * The keys of `strings` that German has, with a value of the same kind
 * (text or function), and those of parts not loaded yet; the others are
 * left out with a warning, so that a typo in a partner's override cannot
 * break an element.
 */
export function checked(strings: Partial<Translation>, where: string): Partial<Translation> {
  const valid: Record<string, unknown> = {};
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(strings)) {
    const known = Object.hasOwn(german, key) && typeof value === typeof german[key as keyof Translation];
    if (known || laterKey(key)) valid[key] = value;
    else wrong.push(key);
  }
  if (wrong.length) {
    console.warn(
      `offer-finder: ${where}: ${wrong.join(', ')} left out (no such key, or text where a function is needed or the other way round).`,
    );
  }
  return valid as Partial<Translation>;
}

/**
 * Changes strings of a UI language for every element on the page, e.g.
 * `setStrings('de', { searchLabel: 'Angebote der Familienbande durchsuchen' })`.
 * Calls add up (a later value for a key wins); the elements render again.
 * Functions take the same arguments as German's (see `Translation`).
 */
export function setStrings(language: string, strings: Partial<Translation>): void {
  const tag = normalize(language);
  if (!entries.has(tag)) {
    console.warn(
      `offer-finder: setStrings("${language}"): no UI language "${tag}" (there are ${availableLanguages().join(', ')}). The strings apply once it is registered.`,
    );
  }
  overrides.set(tag, { ...overrides.get(tag), ...checked(strings, `setStrings("${language}")`) });
  changed();
}

/** Takes back the overrides of `setStrings` for one language, or for all. */
export function resetStrings(language?: string): void {
  if (language === undefined) overrides.clear();
  else overrides.delete(normalize(language));
  changed();
}

/** Languages written right to left, for `registerLanguage` without a `dir`. */
const rightToLeft = /^(ar|arc|ckb|dv|fa|he|ks|ku-arab|pa-arab|ps|sd|ug|ur|yi)(-|$)/;

/**
 * Adds a UI language, or replaces one of the built-in translations (not
 * German: change its strings with `setStrings`). The strings must be a
 * complete `Translation`; a function that loads them (`() =>
 * import('./ru.js').then((m) => m.ru)`) is called the first time an element
 * needs them. `dir` defaults to `rtl` for Arabic, Persian, Hebrew, Urdu and
 * the like, else `ltr`.
 */
export function registerLanguage(tag: string, strings: TranslationSource, options: { dir?: Direction } = {}): void {
  const language = normalize(tag);
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(language))
    throw new RangeError(`offer-finder: "${tag}" is no language tag.`);
  if (language === defaultLanguage)
    throw new RangeError('offer-finder: German is built in; change its strings with setStrings("de", …).');
  const dir = options.dir ?? (rightToLeft.test(language) ? 'rtl' : 'ltr');
  entries.set(
    language,
    typeof strings === 'function'
      ? { dir, source: strings }
      : { dir, source: strings, strings: complete(language, strings) },
  );
  changed();
}
