/**
 * Single values of a draft as catalog values: texts without HTML, costs,
 * wheelchair access, languages, web address, date, opening hours and the
 * address. What cannot be taken is reported with its place, never dropped
 * silently; what is taken differently from how it was written (HTML, a
 * cost in words) is counted.
 */
import { isoDateSchema } from '../catalog/schema.js';
import type { Address, Cost, LocalizedText, Offer, OpeningPeriod } from '../catalog/schema.js';
import type { Draft, DraftAddress } from './draft.js';
import { noteOn, type FitContext, type Where } from './fit-context.js';
import { normalizeUrl } from './normalize/contact.js';
import { parseDate } from './normalize/dates.js';
import { formatOpeningHours, parseOpeningText, periodsFromDayColumns } from './normalize/hours.js';
import { plainText } from './normalize/html.js';
import { languageTag, splitLanguages } from './normalize/language.js';

/** A text in every language it has, as plain text; HTML is converted and counted. */
export function fitText(
  context: FitContext,
  draft: Draft,
  field: Where,
  value: LocalizedText | undefined,
): LocalizedText | undefined {
  if (value === undefined) return undefined;
  let converted = false;
  const plain = (text: string) => {
    const result = plainText(text);
    converted ||= result.html;
    return result.text;
  };
  let result: LocalizedText | undefined;
  if (typeof value === 'string') result = plain(value) || undefined;
  else {
    const entries = Object.entries(value)
      .map(([lang, text]) => [lang, plain(text)] as const)
      .filter(([, text]) => text);
    result = entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (converted)
    noteOn(context, draft, field, 'info', 'html-converted', {
      value: typeof field === 'string' ? field : field.column,
    });
  return result;
}

/** A number of years as written: `3`, `0,5`, `6 Monate`, `18 months`, `3 Jahre`. */
export function parseAge(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(jahre?n?|j\.?|years?|yrs?|monate?n?|months?|mon\.?)?\s*$/i.exec(value);
  if (!match) return undefined;
  const number = Number(match[1]!.replace(',', '.'));
  return /^mon/i.test(match[2] ?? '') ? Math.round((number / 12) * 100) / 100 : number;
}

/** An age band as written: `0–6 Jahre`, `3 bis 6`, `ab 3`, `bis 6 Jahre`, `U3`, `10+`, `0-99`. */
export function parseAgeBand(value: string): { min?: number; max?: number } | undefined {
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  const age = String.raw`(\d+(?:[.,]\d+)?)\s*(?:jahre?n?|j\.?|years?|yrs?)?`;
  const unit = String.raw`(?:\s*(jahre?n?|years?|yrs?|monate?n?|months?))?`;
  let match = new RegExp(`^${age}\\s*(?:-|–|—|bis|to)\\s*${age}${unit}$`).exec(text);
  if (match) {
    const months = /^mon/.test(match[3] ?? '');
    const scale = (n: string) =>
      months ? Math.round((Number(n.replace(',', '.')) / 12) * 100) / 100 : Number(n.replace(',', '.'));
    return { min: scale(match[1]!), max: scale(match[2]!) };
  }
  if ((match = new RegExp(`^(?:ab|from|über|ueber|over)\\s*${age}${unit}$|^${age}\\s*\\+$`).exec(text))) {
    const min = parseAge(`${match[1] ?? match[3]} ${match[2] ?? ''}`);
    return min === undefined ? undefined : { min };
  }
  if ((match = new RegExp(`^(?:bis|unter|under|up to|u)\\s*${age}${unit}$`).exec(text))) {
    const max = parseAge(`${match[1]} ${match[2] ?? ''}`);
    return max === undefined ? undefined : { max };
  }
  return undefined;
}

const costWords: Record<string, Cost> = {
  kostenlos: 'free',
  kostenfrei: 'free',
  gratis: 'free',
  umsonst: 'free',
  gebührenfrei: 'free',
  'ohne kosten': 'free',
  'keine kosten': 'free',
  keine: 'free',
  free: 'free',
  'free of charge': 'free',
  'no charge': 'free',
  'no cost': 'free',
  none: 'free',
  ermäßigt: 'reduced',
  ermaessigt: 'reduced',
  'geringe kosten': 'reduced',
  gering: 'reduced',
  'nach einkommen': 'reduced',
  einkommensabhängig: 'reduced',
  reduced: 'reduced',
  'low cost': 'reduced',
  'sliding scale': 'reduced',
  kostenpflichtig: 'paid',
  paid: 'paid',
  'fee applies': 'paid',
  'charges apply': 'paid',
};

/** Cost from words or an amount; what is more than a word stays as the cost note. */
export function fitCost(context: FitContext, draft: Draft, offer: Offer): void {
  const written = draft.cost?.trim();
  if (!written) return;
  const word = costWords[written.toLowerCase().replace(/[.!]$/, '')];
  const amount = /^(?:[€£$]\s*)?(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur|euro|£|gbp|\$|usd)?$/i.exec(written);
  if (word) offer.cost = word;
  else if (amount) offer.cost = Number(amount[1]!.replace(',', '.')) === 0 ? 'free' : 'paid';
  else if (/^(kostenlos|kostenfrei|free)\b/i.test(written)) offer.cost = 'free';
  // "5 € pro Termin", "nach Einkommen gestaffelt": the words are worth keeping, as the cost note.
  if (!word && offer.cost !== 'free' && !draft.costNote) {
    offer.costNote = written;
    if (offer.cost === undefined)
      noteOn(context, draft, 'cost', 'info', 'kept-as-note', { value: written, expected: 'cost' });
  }
}

const yes = /^(ja|j|yes|y|true|wahr|x|1|vorhanden|rollstuhlgerecht|barrierefrei)$/i;
const no = /^(nein|n|no|false|falsch|0|-|nicht vorhanden|nicht barrierefrei)$/i;

/** Wheelchair access: yes or no; any other text (`teilweise, Aufzug im Nebeneingang`) is the accessibility note. */
export function fitAccessibility(context: FitContext, draft: Draft, offer: Offer): void {
  const note = fitText(context, draft, 'accessibility', draft.accessibility);
  const written = draft.wheelchair?.trim();
  const accessibility: NonNullable<Offer['accessibility']> = {};
  if (written && yes.test(written)) accessibility.wheelchair = true;
  else if (written && no.test(written)) accessibility.wheelchair = false;
  if (note) accessibility.note = note;
  else if (written && accessibility.wheelchair === undefined) {
    accessibility.note = written;
    noteOn(context, draft, 'wheelchair', 'info', 'kept-as-note', { value: written, expected: 'yes-no' });
  }
  if (Object.keys(accessibility).length) offer.accessibility = accessibility;
}

/** Language names or codes to tags; "all" is no language, an unknown name a warning. */
export function fitLanguages(
  context: FitContext,
  draft: Draft,
  written: string[],
  field: Where = 'languages',
): string[] {
  const tags: string[] = [];
  for (const value of written.flatMap(splitLanguages)) {
    const result = languageTag(value);
    if (result.kind === 'tag') {
      if (!tags.includes(result.tag)) tags.push(result.tag);
    } else if (result.kind === 'all') noteOn(context, draft, field, 'info', 'all-languages', { value });
    else noteOn(context, draft, field, 'warning', 'invalid-value', { value, expected: 'language' });
  }
  return tags;
}

/** A web address with `https://` where it lacks one; `javascript:` and other schemes are no address. */
export function fitUrl(context: FitContext, draft: Draft, written?: string, field: Where = 'url'): string | undefined {
  if (!written) return undefined;
  const url = normalizeUrl(written);
  if (!url) noteOn(context, draft, field, 'warning', 'invalid-value', { value: written, expected: 'url' });
  return url;
}

/** When the entry was last checked: a date-time stays as written (the catalog takes it), anything else becomes a date. */
export function fitUpdated(context: FitContext, draft: Draft): string | undefined {
  const written = draft.updated?.trim();
  if (!written) return undefined;
  if (isoDateSchema.safeParse(written).success) return written;
  const date = parseDate(written);
  if (!date) noteOn(context, draft, 'updated', 'warning', 'invalid-value', { value: written, expected: 'date' });
  return date;
}

/**
 * Opening hours: structured from the source, else the exported cell
 * (canonical text, or JSON for periods with notes), else per-weekday times,
 * else read from the opening text. A text only partly understood gives no
 * hours: half-right hours would make "jetzt geöffnet" lie.
 */
export function fitOpeningHours(
  context: FitContext,
  draft: Draft,
  schedule: LocalizedText | undefined,
): OpeningPeriod[] | undefined {
  if (draft.openingHours?.length) return draft.openingHours;
  const cell = draft.openingHoursCell?.trim();
  if (cell) {
    if (cell.startsWith('[')) {
      try {
        return JSON.parse(cell) as OpeningPeriod[];
      } catch {
        // Not JSON after all: read as text below.
      }
    }
    const parsed = parseOpeningText(cell);
    if (parsed.hours && !parsed.unparsed.length) return parsed.hours;
    noteOn(context, draft, 'openingHours', 'warning', 'hours-not-understood', { value: cell });
    return undefined;
  }
  if (draft.dayTimes) {
    const complete = Object.fromEntries(
      Object.entries(draft.dayTimes).map(([day, times]) => [
        day,
        times.filter((t): t is { opens: string; closes: string } => !!t.opens && !!t.closes),
      ]),
    );
    const periods = periodsFromDayColumns(complete);
    if (periods.length) return periods;
  }
  const text =
    typeof schedule === 'string' ? schedule : schedule && (schedule.de ?? schedule.en ?? Object.values(schedule)[0]);
  if (!text || draft.scheduleIsText) return undefined;
  const parsed = parseOpeningText(text);
  if (parsed.hours && !parsed.unparsed.length) return parsed.hours;
  if (parsed.unparsed.length)
    noteOn(context, draft, 'schedule', 'warning', 'hours-not-understood', { value: parsed.unparsed.join(' · ') });
  return undefined;
}

/** The canonical cell of opening hours for a spreadsheet: text, or JSON when a period has a note (which the text cannot carry). */
export const openingHoursCell = (hours: OpeningPeriod[]) =>
  hours.some((p) => p.note !== undefined) ? JSON.stringify(hours) : formatOpeningHours(hours);

const coordinate = (value: number | string | undefined) =>
  value === undefined ? undefined : typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));

/** Street, postal code and city together, with the coordinates; `Markt 1, 59174 Kamen` in one cell is split. */
export function fitAddress(
  context: FitContext,
  draft: Draft,
  written?: DraftAddress,
  field: Where = 'address',
): Address | undefined {
  if (!written) return undefined;
  let { street, postalCode, city } = written;
  const combined =
    street && !postalCode ? /^(.*?),?\s+(\d{5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?:\s+(.+))?$/.exec(street) : null;
  if (combined && (combined[3] || city))
    [street, postalCode, city] = [combined[1]!, combined[2]!, city ?? combined[3]!];
  const [lat, lon] = [coordinate(written.lat), coordinate(written.lon)];
  const hasCoordinates = lat !== undefined || lon !== undefined;
  // Both or none: a latitude without its longitude points nowhere.
  const validCoordinates =
    lat !== undefined &&
    lon !== undefined &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0);
  if (hasCoordinates && !validCoordinates)
    noteOn(context, draft, field === 'address' ? 'lat' : field, 'warning', 'invalid-value', {
      value: `${written.lat}, ${written.lon}`,
      expected: 'coordinates',
    });
  if (!street || !postalCode || !city) {
    if (street || postalCode || city || validCoordinates) {
      noteOn(context, draft, field, 'warning', 'incomplete-address', {
        value: [street, postalCode, city].filter(Boolean).join(', ') || `${lat}, ${lon}`,
      });
    }
    return undefined;
  }
  return { street, postalCode, city, ...(validCoordinates && { lat, lon }) };
}
