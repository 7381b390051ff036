// search-codec.ts: one codec for a search as attributes of <offer-search> and
// as URL parameters (`url-state`): the same names, read by the same rules.
import { expect } from '@open-wc/testing';
import { emptySearch, type OfferFilters } from '../../src/catalog/filter.js';
import {
  attributesOf,
  filtersFromAttributes,
  readUrlState,
  urlWithState,
  type FilterAttributes,
} from '../../src/catalog/search-codec.js';

const filters: OfferFilters = {
  milestones: ['kita', 'grundschule'],
  topics: ['beratung'],
  districts: [],
  age: 'expecting',
  free: true,
  languages: ['tr'],
  wheelchair: false,
  openToday: true,
};

describe('search codec', () => {
  it('reads the attributes as <offer-search> documents them: ids by spaces or commas, an age, flags', () => {
    const attributes: FilterAttributes = {
      milestone: 'kita grundschule',
      topic: 'beratung,',
      district: '  ',
      age: 'expecting',
      free: true,
      language: 'tr',
      wheelchair: false,
      openToday: true,
    };
    expect(filtersFromAttributes(attributes)).to.deep.equal(filters);
    expect(filtersFromAttributes({ ...attributes, age: ' 4 ' }).age).to.equal(4);
    expect(filtersFromAttributes({ ...attributes, age: 'vier' }).age).to.equal(undefined);
    expect(attributesOf(filters)).to.deep.equal({ ...attributes, topic: 'beratung', district: '' });
    expect(attributesOf({ milestones: ['kita'] })).to.deep.equal({ milestone: 'kita' });
  });

  it('writes the URL parameters in a fixed order beside the page’s own, and reads back the same search', () => {
    const href = urlWithState(
      'of',
      { search: { query: ' Hebamme ', filters }, page: 3, view: 'saved' },
      'https://www.example.org/angebote?seite=2#suche',
    );
    expect(href).to.equal(
      'https://www.example.org/angebote?seite=2&of-q=Hebamme&of-milestone=kita%2Cgrundschule&of-topic=beratung' +
        '&of-language=tr&of-age=expecting&of-free=1&of-open-today=1&of-page=3&of-view=saved#suche',
    );
    expect(readUrlState('of', href)).to.deep.equal({ search: { query: 'Hebamme', filters }, page: 3, view: 'saved' });
    expect(readUrlState('of', 'https://www.example.org/?seite=2')).to.equal(undefined);
    expect(readUrlState('x', href.replaceAll('of-', 'x-'))?.search.filters).to.deep.equal(filters);
  });

  it('a parameter means what the attribute of its name means', () => {
    const url = 'https://www.example.org/?of-milestone=kita%20grundschule&of-topic=beratung,&of-age=4';
    expect(readUrlState('of', url)!.search.filters).to.deep.equal(
      filtersFromAttributes({
        ...attributesOf(emptySearch.filters),
        milestone: 'kita grundschule',
        topic: 'beratung,',
        age: '4',
      } as FilterAttributes),
    );
  });

  it('reads only well-formed ids from of-offer and of-list', () => {
    const state = readUrlState('of', 'https://www.example.org/?of-offer=%3Cscript%3E&of-list=a,%3Cimg%3E,,b.c:d');
    expect(state!.offer).to.equal(undefined);
    expect(state!.list).to.deep.equal(['a', 'b.c:d']);
  });
});
