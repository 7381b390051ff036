/**
 * The clerk's choices (the classification for records without one, and the
 * mapping of columns and categories), kept for the next visit only when the
 * page sets `persist`, as the Merkliste is: under a key of the catalog's
 * URL, in `localStorage`. What is read back is checked, since storage can
 * hold anything; a blocked or full storage keeps the choices for this page.
 */
import type { Defaults } from './defaults-view.js';
import type { MappingFile } from './protocol.js';

export interface Choices {
  defaults: Defaults;
  mapping: MappingFile;
}

export const choicesStorageKey = (catalogUrl: string): string => `offer-finder:workbench:${catalogUrl}`;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const record = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      )
    : {};

export function readChoices(key: string): Choices | undefined {
  try {
    const stored = localStorage.getItem(key);
    if (stored === null) return undefined;
    const value = JSON.parse(stored) as { defaults?: Partial<Defaults>; mapping?: Partial<MappingFile> };
    return {
      defaults: { milestones: strings(value.defaults?.milestones), topics: strings(value.defaults?.topics) },
      mapping: {
        columns: record(value.mapping?.columns),
        milestones: record(value.mapping?.milestones),
        topics: record(value.mapping?.topics),
      },
    };
  } catch {
    // Storage blocked, or not JSON: nothing stored.
    return undefined;
  }
}

/** Choices that choose nothing leave no entry behind. */
export function writeChoices(key: string, choices: Choices): void {
  const empty =
    !choices.defaults.milestones.length &&
    !choices.defaults.topics.length &&
    Object.values(choices.mapping).every((section) => !Object.keys(section).length);
  try {
    if (empty) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(choices));
  } catch {
    // The choices still work for this page.
  }
}
