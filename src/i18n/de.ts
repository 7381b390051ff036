/**
 * German UI strings: the default, built into every bundle, and the source
 * every other language is checked against (`Translation` is this object's
 * type, so a translation that misses a key or gets a function's parameters
 * wrong does not compile). Each element keeps its German strings in
 * `strings/<element>.ts`; each other language is one file next to this one
 * (`en.ts`, `tr.ts`, …), loaded only when a page asks for it (registry.ts).
 */
import { commonDe } from './strings/common.js';
import { contactDe } from './strings/contact.js';
import { coverageDe } from './strings/coverage.js';
import { finderDe } from './strings/finder.js';
import { openingDe } from './strings/opening.js';
import { searchDe } from './strings/search.js';
import { timelineDe } from './strings/timeline.js';

export type { Formatters } from './formatters.js';

export const de = { ...commonDe, ...searchDe, ...timelineDe, ...contactDe, ...finderDe, ...coverageDe, ...openingDe };

export type Translation = typeof de;
