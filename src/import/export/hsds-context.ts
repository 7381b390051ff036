/**
 * What every part of the HSDS export needs: the options, the texts in the
 * chosen language, the catalog's records by id, and links into the finder.
 */
import { localize } from '../../catalog/localize.js';
import type {
  Catalog,
  Contact,
  District,
  LocalizedText,
  Milestone,
  Network,
  Organization,
  Topic,
} from '../../catalog/schema.js';
import { emptySearch, type OfferFilters } from '../../catalog/filter.js';
import { urlWithState } from '../../catalog/search-codec.js';
import { uri } from './hsds-values.js';

export interface HsdsExportOptions {
  /** The translation of texts to write (BCP 47, default `de`); then German, then any there is. */
  language?: string;
  /**
   * The city's finder, an http(s) URL (as `finder-url` on the elements):
   * offers without a `url` of their own link to their entry there
   * (`?of-offer=…`), milestone and topic terms to the finder filtered by them.
   */
  baseUrl?: string;
  /** ISO 3166-1 country code of the addresses (default `DE`). */
  country?: string;
  /**
   * The state of the addresses (`state_province`, e.g. `Nordrhein-Westfalen`),
   * which HSDS 3.0 requires and the catalog does not hold; without it the
   * field is written empty.
   */
  stateProvince?: string;
}

export interface ExportContext {
  catalog: Catalog;
  /** The text in the chosen language. */
  text(value: LocalizedText): string;
  text(value: LocalizedText | undefined): string | undefined;
  /** The name of a language (`tr` → `Türkisch` in German), if the runtime knows it. */
  languageName(code: string): string | undefined;
  /** A link to the finder in that state, when there is a `baseUrl`. */
  link(state: { offer?: string } & Partial<OfferFilters>): string | undefined;
  country: string;
  stateProvince: string;
  byId: {
    milestones: Map<string, Milestone>;
    topics: Map<string, Topic>;
    districts: Map<string, District>;
    networks: Map<string, Network>;
    organizations: Map<string, Organization>;
    contacts: Map<string, Contact>;
  };
}

const index = <T extends { id: string }>(records: T[]) => new Map(records.map((record) => [record.id, record]));

export function exportContext(
  catalog: Catalog,
  { language = 'de', baseUrl, country = 'DE', stateProvince = '' }: HsdsExportOptions,
): ExportContext {
  const names = new Intl.DisplayNames([language, 'de'], { type: 'language', fallback: 'none' });
  function text(value: LocalizedText): string;
  function text(value: LocalizedText | undefined): string | undefined;
  function text(value: LocalizedText | undefined) {
    return localize(value, language);
  }
  return {
    catalog,
    text,
    languageName: (code) => names.of(code),
    // The finder's own share links (search-codec.ts), with its default prefix.
    link: ({ offer, ...filters }) =>
      baseUrl === undefined
        ? undefined
        : uri(
            urlWithState(
              'of',
              { search: { ...emptySearch, filters: { ...emptySearch.filters, ...filters } }, page: 1, offer },
              baseUrl,
            ),
          ),
    country,
    stateProvince,
    byId: {
      milestones: index(catalog.milestones),
      topics: index(catalog.topics),
      districts: index(catalog.districts),
      networks: index(catalog.networks),
      organizations: index(catalog.organizations),
      contacts: index(catalog.contacts),
    },
  };
}
