/**
 * German strings of `<milestone-timeline>`, the source of every translation
 * (one file per language next to ../de.ts, loaded only when a page needs it).
 * Functions take the numbers and names to put in (see ../formatters.ts).
 *
 * Every key starts with `timeline`: the strings of all elements are merged
 * into one object per language (../de.ts), so a plain `loading` here would
 * silently replace `<offer-search>`'s.
 */
import type { Formatters } from '../formatters.js';
import type { AgeRange } from '../../catalog/milestones.js';

const yearsDe = (age: number, f: Formatters) => f.plural(age, { one: '1 Jahr', other: `${f.number(age)} Jahre` });
const yearsDativeDe = (age: number, f: Formatters) =>
  f.plural(age, { one: '1 Jahr', other: `${f.number(age)} Jahren` });

export const timelineDe = {
  timelineListLabel: 'Lebensphasen',
  timelineLoading: 'Lebensphasen und Angebote werden geladen …',
  timelineEmpty: 'Für diese Übersicht sind noch keine Lebensphasen eingetragen.',
  timelineOfferCount: (count: number, f: Formatters) =>
    f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` }),
  timelineGap: 'Noch keine Angebote',
  timelineDistrictNote: (districts: string) =>
    `Gezählt werden die Angebote in ${districts} und die für die ganze Stadt.`,
  timelineAgeRange: (range: AgeRange, f: Formatters): string => {
    switch (range.kind) {
      case 'any':
        return 'Jedes Alter';
      case 'pregnancy':
        return 'Schwangerschaft';
      case 'from-pregnancy':
        return 'Ab der Schwangerschaft';
      case 'pregnancy-to':
        return `Schwangerschaft bis ${yearsDe(range.to, f)}`;
      case 'under':
        return `unter ${yearsDativeDe(range.to, f)}`;
      case 'up-to':
        return `bis ${yearsDe(range.to, f)}`;
      case 'between':
        return `${f.number(range.from)}–${f.number(range.to)} Jahre`;
      case 'exactly':
        return yearsDe(range.age, f);
      case 'from':
        return `ab ${yearsDativeDe(range.from, f)}`;
    }
  },
  timelineNowBadge: 'Jetzt',
  timelineNextBadge: 'Als Nächstes',
  timelineTransition: (count: number, f: Formatters) =>
    f.plural(count, { one: 'Übergang: 1 Angebot', other: `Übergang: ${f.number(count)} Angebote` }),
  timelineTransitionGap: 'Übergang: noch keine Angebote',
  timelineTransitionBetween: (from: string, to: string) => `von ${from} zu ${to}`,
  timelineOffersHeading: (milestone: string, count: number, f: Formatters) =>
    `${milestone}: ${f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` })}`,
  timelineNowTitle: 'Wo stehen wir gerade?',
  timelineNowHint: 'Ihre Angabe bleibt auf diesem Gerät: Sie wird weder gespeichert noch gesendet.',
  timelineNowKind: 'Was möchten Sie angeben?',
  timelineKindBirth: 'Geburtsdatum',
  timelineKindDue: 'Errechneter Geburtstermin',
  timelineKindYears: 'Alter in Jahren',
  timelineNowSubmit: 'Lebensphase zeigen',
  /** The same button where a search of the group shows the offers for the answer. */
  timelineNowSubmitOffers: 'Angebote zeigen',
  timelineNowClear: 'Angabe löschen',
  timelineProblemMissing: 'Bitte geben Sie ein Datum ein.',
  timelineProblemInvalid: 'Bitte geben Sie ein gültiges Datum ein, zum Beispiel 14.03.2022.',
  timelineProblemBirthInFuture:
    'Das Geburtsdatum liegt in der Zukunft. Wenn Ihr Kind noch nicht geboren ist, wählen Sie „Errechneter Geburtstermin“.',
  timelineProblemDueInPast:
    'Der errechnete Geburtstermin liegt in der Vergangenheit. Bitte geben Sie das Geburtsdatum ein.',
  timelineProblemYears: 'Bitte geben Sie das Alter als Zahl von 0 bis 99 ein.',
  /** A child from its birth date: completed years, else months, weeks or days. */
  timelineChildBorn: (years: number, months: number, days: number, f: Formatters) => {
    if (years >= 1) return `Ihr Kind ist ${yearsDe(years, f)} alt`;
    if (months >= 1)
      return `Ihr Kind ist ${f.plural(months, { one: '1 Monat', other: `${f.number(months)} Monate` })} alt`;
    if (days >= 7)
      return `Ihr Kind ist ${f.plural(Math.floor(days / 7), { one: '1 Woche', other: `${f.number(Math.floor(days / 7))} Wochen` })} alt`;
    if (days >= 1) return `Ihr Kind ist ${f.plural(days, { one: '1 Tag', other: `${f.number(days)} Tage` })} alt`;
    return 'Ihr Kind ist heute zur Welt gekommen';
  },
  timelineChildExpected: (days: number, weeks: number, f: Formatters) => {
    if (days === 0) return 'Ihr Kind kommt voraussichtlich heute zur Welt';
    if (days === 1) return 'Ihr Kind kommt voraussichtlich morgen zur Welt';
    if (days < 14) return `Ihr Kind kommt in ${f.number(days)} Tagen zur Welt`;
    return `Ihr Kind kommt in ${f.number(weeks)} Wochen zur Welt`;
  },
  timelineChildYears: (years: number, f: Formatters) => {
    if (years < 0) return 'Sie erwarten ein Kind';
    if (years < 1) return 'Ihr Kind ist unter 1 Jahr alt';
    return `Ihr Kind ist ${yearsDe(years, f)} alt`;
  },
  /** The sentence of the live region: who, the current milestone, the next one. */
  timelineNow: (child: string, current: string | undefined, next: string | undefined) => {
    if (current && next) return `${child}: ${current}. Als Nächstes: ${next}`;
    if (current) return `${child}: ${current}. Das ist die letzte Lebensphase dieser Übersicht.`;
    if (next) return `${child}. Als Nächstes: ${next}`;
    return `${child}. Für dieses Alter zeigt diese Übersicht keine Lebensphase.`;
  },
};
