/**
 * German UI strings: the source every other language is checked against
 * (`Translation` is this object's type). Each element keeps its strings in
 * `strings/<element>.ts`; functions take the numbers and names to put in.
 */
import { contactDe } from './strings/contact.js';
import { finderDe } from './strings/finder.js';
import { searchDe } from './strings/search.js';
import { timelineDe } from './strings/timeline.js';

export type { Formatters } from './formatters.js';

export const de = { ...searchDe, ...timelineDe, ...contactDe, ...finderDe };

export type Translation = typeof de;
