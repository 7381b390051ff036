/**
 * Every German string at once, the later parts' with the built-in ones: for
 * the command line and the tests. The bundles never import this: they load
 * a later part's German with the part (see de.ts).
 */
import { de, type Translation } from './de.js';
import { coverageDe } from './strings/coverage.js';
import { nearMeDe } from './strings/near-me.js';

export const deAll: Translation = { ...de, ...coverageDe, ...nearMeDe };
