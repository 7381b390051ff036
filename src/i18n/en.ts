import type { Translation } from './de.js';
import { contactEn } from './strings/contact.js';
import { finderEn } from './strings/finder.js';
import { searchEn } from './strings/search.js';
import { timelineEn } from './strings/timeline.js';

export const en: Translation = { ...searchEn, ...timelineEn, ...contactEn, ...finderEn };
