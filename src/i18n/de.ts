/**
 * German UI strings: the default, and the source every other language is
 * checked against (`Translation` is their type, so a translation that misses
 * a key or gets a function's parameters wrong does not compile). Each element
 * keeps its German strings in `strings/<element>.ts`; each other language is
 * one file next to this one (`en.ts`, `tr.ts`, …), loaded only when a page
 * asks for it (registry.ts).
 *
 * `de` is what every bundle has built in. The German of a part that loads
 * later comes with that part and is added when it arrives (`addGermanPart`
 * in registry.ts): the planners' `<offer-coverage>` (offer-coverage.js, keys
 * `coverage…`) and the panel of "In meiner Nähe" (a chunk loaded on a tap,
 * keys `nearMe…`). A family's phone downloads neither up front.
 */
import { commonDe } from './strings/common.js';
import { contactDe } from './strings/contact.js';
import type { coverageDe } from './strings/coverage.js';
import { finderDe } from './strings/finder.js';
import type { nearMeDe } from './strings/near-me.js';
import { openingDe } from './strings/opening.js';
import { searchDe } from './strings/search.js';
import { timelineDe } from './strings/timeline.js';

export type { Formatters } from './formatters.js';

/** The German built into every bundle. */
export const de = { ...commonDe, ...searchDe, ...timelineDe, ...contactDe, ...finderDe, ...openingDe };

/** Every string of every element, with the German of the parts that load later. */
export type Translation = typeof de & typeof coverageDe & typeof nearMeDe;

/** The key prefixes of the parts that bring their own German: such a key exists before its German does. */
export const laterPartPrefixes = ['coverage', 'nearMe'] as const;
