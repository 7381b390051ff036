// The three engines behind one small interface, so that every measure runs
// the same code path for each: build(catalog) → state, search(state, query),
// top(state, result, n) → offer ids.
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';

/** Weights of title > keywords > summary > organisation > description, as in ours. */
const boosts = { title: 5, keywords: 4, summary: 3, organization: 2, description: 1 };

/** All languages of a localized text in one string. */
const flatten = (text) => (text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' '));

/** The text of one field of an offer, flattened, for the peers. */
function fieldText(offer, field, organizationNames) {
  switch (field) {
    case 'keywords':
      return (offer.keywords ?? []).join(' ');
    case 'organization':
      return flatten(offer.organization && organizationNames.get(offer.organization));
    default:
      return flatten(offer[field]);
  }
}

const organizationNamesOf = (catalog) => new Map(catalog.organizations.map((o) => [o.id, o.name]));

export function createEngines({ SearchIndex, fold, stopwords }) {
  const ours = {
    name: 'ours (SearchIndex)',
    build: (catalog) => new SearchIndex(catalog),
    search: (index, query) => index.search(query),
    top: (index, result, n) => [...result.offers.subarray(0, n)].map((offer) => index.offers[offer].id),
    // The index caches the matches of recent query words. The bench types
    // every query as in a fresh page, so that the timings are not cache hits
    // of an earlier identical query (typing within one query still uses it).
    // `cache` is private in TypeScript, but a plain field at run time.
    resetCache: (index) => index.cache?.clear(),
  };

  // Folded and without function words, so that umlauts, ae/oe/ue and ß are
  // handled exactly as in ours: the comparison is about the engines.
  const processTerm = (term) => {
    const folded = fold(term.toLowerCase());
    return stopwords.has(folded) ? null : folded;
  };

  const minisearch = {
    name: 'MiniSearch',
    build: (catalog) => {
      const organizationNames = organizationNamesOf(catalog);
      const index = new MiniSearch({
        idField: 'id',
        fields: Object.keys(boosts),
        extractField: (offer, field) => (field === 'id' ? offer.id : fieldText(offer, field, organizationNames)),
        processTerm,
        searchOptions: { boost: boosts, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
      });
      index.addAll(catalog.offers);
      return index;
    },
    search: (index, query) => {
      const results = index.search(query);
      // Like ours: when no offer has every word, show those with some of them.
      return results.length === 0 && /\S\s+\S/.test(query) ? index.search(query, { combineWith: 'OR' }) : results;
    },
    top: (_, results, n) => results.slice(0, n).map((r) => r.id),
  };

  const fuse = {
    name: 'Fuse.js',
    build: (catalog) => {
      const organizationNames = organizationNamesOf(catalog);
      const keys = Object.entries(boosts).map(([name, weight]) => ({
        name,
        weight,
        getFn: (offer) => fold(fieldText(offer, name, organizationNames).toLowerCase()),
      }));
      // Fuse keeps the documents and their (folded) field texts; there is no
      // term index, so every query scans every offer.
      return new Fuse(catalog.offers, { keys, ignoreLocation: true, threshold: 0.3 });
    },
    search: (index, query) => index.search(fold(query.toLowerCase())),
    top: (_, results, n) => results.slice(0, n).map((r) => r.item.id),
  };

  return [ours, minisearch, fuse];
}
