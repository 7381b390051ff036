/**
 * How current an offer's data is (its `updated`), and whom to tell when it
 * is wrong. Dates are calendar dates (`YYYY-MM-DD`); the caller says what
 * today is, so everything here is pure. No DOM.
 */
import { monthsBefore } from './calendar.js';
import type { Catalog, Offer } from './schema.js';
import { communeOf } from './sources.js';

/**
 * `fresh`: updated within the period; `stale`: longer ago; `unknown`: the
 * offer has no `updated`. Unknown is not stale: families see no warning for
 * a date nobody wrote down, but maintainers get those offers listed apart
 * (`offer-finder stats`: "Ohne Stand").
 */
export type Freshness = 'fresh' | 'stale' | 'unknown';

export const defaultStaleMonths = 12;

/**
 * Stale when `updated` lies before the same day `months` calendar months
 * before `today` (see `monthsBefore`): on 2026-11-26 with 12 months,
 * 2025-11-25 is stale and 2025-11-26 is not. A date-time counts by its date.
 */
export function freshness(updated: string | undefined, today: string, months = defaultStaleMonths): Freshness {
  if (updated === undefined) return 'unknown';
  return updated.slice(0, 10) < monthsBefore(today, months) ? 'stale' : 'fresh';
}

export function isStale(updated: string | undefined, today: string, months = defaultStaleMonths): boolean {
  return freshness(updated, today, months) === 'stale';
}

/** The stale offers of a catalog, the oldest first (equal dates in catalog order). */
export function staleOffers(catalog: Catalog, today: string, months = defaultStaleMonths): Offer[] {
  return catalog.offers
    .filter((offer) => isStale(offer.updated, today, months))
    .sort((a, b) => a.updated!.slice(0, 10).localeCompare(b.updated!.slice(0, 10)));
}

/**
 * Where a family reports a mistake in an offer ("Fehler melden"): the
 * maintainer of its catalog, who can fix the data, else the offer's organisation.
 */
export function reportAddress(offer: Offer, catalog: Catalog): string | undefined {
  const commune = communeOf(catalog, offer);
  const maintainer = commune ? commune.maintainer : catalog.maintainer;
  return maintainer?.email ?? catalog.organizations.find((o) => o.id === offer.organization)?.email;
}
