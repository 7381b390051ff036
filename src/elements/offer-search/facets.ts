/**
 * The filters of `<offer-search>`: the facets with their counts, the chips
 * of the filters chosen, and on narrow screens the disclosure they sit in.
 * Plain template functions (as Pagefind UI's `filters.svelte`): they show an
 * `OfferFilters` and report each change as part of one, which the element
 * applies, shares and puts into the URL.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ageChoices, catalogLanguages, type FacetCounts, type OfferFilters } from '../../catalog/filter.js';
import { ageFromText } from '../../catalog/search-codec.js';
import type { Catalog, District, LocalizedText } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';

/** The filters that hold ids. */
export type ListFilter = 'milestones' | 'topics' | 'districts' | 'languages';

export interface FilterChanges {
  /** Adds or removes one id of a list filter. */
  toggle: (key: ListFilter, id: string, on: boolean) => void;
  set: (change: Partial<OfferFilters>) => void;
  reset: () => void;
}

const openingHoursKnown = new WeakMap<Catalog, boolean>();
/** Whether any offer has structured opening hours (the "Heute geöffnet" filter), asked once per catalog, not on every keystroke. */
function hasOpeningHours(catalog: Catalog): boolean {
  let known = openingHoursKnown.get(catalog);
  if (known === undefined) openingHoursKnown.set(catalog, (known = catalog.offers.some((offer) => offer.openingHours)));
  return known;
}

/** How many filters are chosen, for the button that shows the filters on narrow screens. */
function activeFilterCount(f: OfferFilters): number {
  return (
    f.milestones.length +
    f.topics.length +
    f.districts.length +
    f.languages.length +
    (f.age !== undefined ? 1 : 0) +
    (f.free ? 1 : 0) +
    (f.wheelchair ? 1 : 0) +
    (f.openToday ? 1 : 0)
  );
}

/**
 * The filters on narrow screens (a phone): a disclosure, closed at first, so
 * that the results are not 1,500 px down the page. Its button ("Filter (2
 * aktiv)") is the first in the toolbar; "Ergebnisse anzeigen (12)" at the
 * end of the filters closes it and takes the focus to the results. On wide
 * screens the filters stand open beside the results and neither button shows.
 */
export function filterPanel(host: LitElement) {
  let open = false;
  const setOpen = (value: boolean) => {
    open = value;
    host.requestUpdate();
  };
  /** Closes the filters; the focus goes to the results' heading, whose ring goes round the results. */
  const showResults = async () => {
    setOpen(false);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#results-heading, #list-heading')?.focus();
  };
  return {
    /** The button that opens and closes the filters, saying how many are chosen. */
    toggle: (l: Localization, filters: OfferFilters) => {
      const active = activeFilterCount(filters);
      return html`<button
        class="button filters-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="facets"
        @click=${() => setOpen(!open)}
      >
        <span class="toggle-icon" aria-hidden="true">▸</span>
        ${l.strings.filters}${active ? ` (${l.strings.activeFilterCount(active, l.format)})` : ''}
      </button>`;
    },
    /** The filters, and "Ergebnisse anzeigen" with the number of results (`count`) once it is known. */
    render: (l: Localization, count: number | undefined, facets: unknown) =>
      html`<div id="facets" class="facets ${open ? '' : 'collapsed'}" part="facets">
        ${facets}
        ${
          count === undefined
            ? nothing
            : html`<button class="button primary show-results" type="button" @click=${showResults}>
              ${l.strings.showResults(count, l.format)}
            </button>`
        }
      </div>`,
  };
}

/** The facets: a fieldset per group, each choice with the number of offers it would show. */
export function renderFacets(
  catalog: Catalog,
  counts: FacetCounts,
  filters: OfferFilters,
  l: Localization,
  change: FilterChanges,
): TemplateResult {
  const s = l.strings;
  const count = (value: number | undefined) => html`<span class="count">(${l.format.number(value ?? 0)})</span>`;
  const checkboxes = (key: ListFilter, options: { id: string; label: string }[], countOf: Map<string, number>) =>
    options.map(
      ({ id, label }) => html`
        <label class="choice">
          <input
            type="checkbox"
            .checked=${live(filters[key].includes(id))}
            @change=${(event: Event) => change.toggle(key, id, (event.target as HTMLInputElement).checked)}
          />
          <span>${label} ${count(countOf.get(id))}</span>
        </label>
      `,
    );
  const titled = (items: { id: string; title: LocalizedText }[]) =>
    items.map((item) => ({ id: item.id, label: l.text(item.title) }));
  /** A group of one checkbox: free, wheelchair, open today. */
  const flag = (legend: string, key: 'free' | 'wheelchair' | 'openToday', label: string) => html`<fieldset part="facet">
    <legend>${legend}</legend>
    <label class="choice">
      <input
        type="checkbox"
        .checked=${live(filters[key])}
        @change=${(event: Event) => change.set({ [key]: (event.target as HTMLInputElement).checked })}
      />
      <span>${label} ${count(counts[key])}</span>
    </label>
  </fieldset>`;
  const group = (
    legend: string,
    key: ListFilter,
    options: { id: string; label: string }[],
    countOf: Map<string, number>,
  ) =>
    options.length
      ? html`<fieldset part="facet">
          <legend>${legend}</legend>
          ${checkboxes(key, options, countOf)}
        </fieldset>`
      : nothing;
  const languages = catalogLanguages(catalog).map((id) => ({ id, label: l.languageName(id) }));
  const places = byPlace(catalog.districts, l);
  return html`
    <fieldset part="facet">
      <legend>${s.facetMilestone}</legend>
      ${checkboxes('milestones', titled(catalog.milestones), counts.milestone)}
    </fieldset>
    <div class="facet" part="facet">
      <label class="facet-label" for="age">${s.facetAge}</label>
      <select id="age" @change=${(event: Event) => change.set({ age: ageFromText((event.target as HTMLSelectElement).value) })}>
        <option value="" ?selected=${filters.age === undefined}>${s.ageAny}</option>
        ${ageChoices(catalog).map(
          (age) => html`<option value=${String(age)} ?selected=${filters.age === age}>
            ${age === 'expecting' ? s.ageExpecting : s.ageYears(age, l.format)} (${l.format.number(counts.age.get(age) ?? 0)})
          </option>`,
        )}
      </select>
    </div>
    ${group(s.facetTopic, 'topics', titled(catalog.topics), counts.topic)}
    ${
      places.length > 1
        ? html`<fieldset part="facet">
          <legend>${s.facetDistrict}</legend>
          ${places.map(
            ([place, districts]) => html`<fieldset class="place">
              <legend>${place || s.facetDistrict}</legend>
              ${checkboxes('districts', titled(districts), counts.district)}
            </fieldset>`,
          )}
        </fieldset>`
        : group(s.facetDistrict, 'districts', titled(catalog.districts), counts.district)
    }
    ${flag(s.facetCost, 'free', s.freeOnly)}
    ${group(s.facetLanguage, 'languages', languages, counts.language)}
    ${flag(s.facetAccessibility, 'wheelchair', s.wheelchairOnly)}
    ${hasOpeningHours(catalog) ? flag(s.openingHours, 'openToday', s.openTodayOnly) : nothing}
  `;
}

/**
 * Districts by the place they belong to, when several communes' catalogs
 * are shown together (merge.ts gives each district its catalog's title):
 * "Kamen → Methler", "Unna → Massen". Districts without a place come last.
 * Each place is a `fieldset.place`, without a frame of its own inside "Stadtteil".
 */
function byPlace(districts: readonly District[], l: Localization): [string, District[]][] {
  const places = new Map<string, District[]>();
  for (const district of districts) {
    const place = l.text(district.place) ?? '';
    places.set(place, [...(places.get(place) ?? []), district]);
  }
  return [...places].sort(([a], [b]) => +!a - +!b);
}

/** A removable chip for each filter chosen, and "Alle Filter zurücksetzen". */
export function renderChips(
  catalog: Catalog,
  filters: OfferFilters,
  l: Localization,
  change: FilterChanges,
): TemplateResult | typeof nothing {
  const s = l.strings;
  const title = (items: { id: string; title: LocalizedText }[], id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? l.text(item.title) : id;
  };
  const ids = (key: ListFilter, label: (id: string) => string) =>
    filters[key].map((id) => ({ label: label(id), remove: () => change.toggle(key, id, false) }));
  const flag = (on: boolean | undefined, label: string, off: Partial<OfferFilters>) =>
    on ? [{ label, remove: () => change.set(off) }] : [];
  const age = filters.age;
  const chips: { label: string; remove: () => void }[] = [
    ...ids('milestones', (id) => title(catalog.milestones, id)),
    ...ids('topics', (id) => title(catalog.topics, id)),
    ...ids('districts', (id) => title(catalog.districts, id)),
    ...flag(age !== undefined, age === 'expecting' ? s.ageExpecting : s.ageYears(age ?? 0, l.format), {
      age: undefined,
    }),
    ...flag(filters.free, s.costFree, { free: false }),
    ...ids('languages', (id) => l.languageName(id)),
    ...flag(filters.wheelchair, s.wheelchairYes, { wheelchair: false }),
    ...flag(filters.openToday, s.openTodayOnly, { openToday: false }),
  ];
  if (chips.length === 0) return nothing;
  return html`
    <ul class="chips" aria-label=${s.activeFilters}>
      ${chips.map(
        (chip) => html`<li>
          <button class="chip" part="chip" type="button" aria-label=${s.removeFilter(chip.label)} @click=${chip.remove}>
            ${chip.label} <span aria-hidden="true">✕</span>
          </button>
        </li>`,
      )}
      <li><button class="reset" type="button" @click=${change.reset}>${s.resetFilters}</button></li>
    </ul>
  `;
}
