// What an import changes against the published catalog: new, changed (with the fields), removed, unchanged, stale.
import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import { readJson } from './files.js';
import { catalogDiff } from '../../src/import/diff.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput } from '../../src/catalog/schema.js';

let published: Catalog;
before(() => {
  published = parseCatalog(readJson<CatalogInput>('/demo/public/angebote.json')).catalog;
});

describe('catalogDiff', () => {
  it('the same catalog: nothing new, changed or removed', () => {
    const diff = catalogDiff(published, structuredClone(published), '2026-12-06');
    expect([diff.added, diff.changed, diff.removed]).to.deep.equal([[], [], []]);
    expect(diff.unchanged).to.equal(published.offers.length);
  });

  it('an offer added, one removed, one with a new phone number and summary: each named, with its fields', () => {
    const next = structuredClone(published);
    const [first, second] = next.offers;
    next.offers = next.offers.filter((offer) => offer.id !== second!.id);
    first!.summary = 'Neu beschrieben';
    first!.keywords = [...(first!.keywords ?? []), 'neu'];
    next.offers.push({ ...structuredClone(second!), id: 'ganz-neu', title: 'Ganz neu' });
    const diff = catalogDiff(published, next, '2026-12-06');
    expect(diff.added).to.deep.equal([{ id: 'ganz-neu', title: 'Ganz neu' }]);
    expect(diff.removed.map((entry) => entry.id)).to.deep.equal([second!.id]);
    expect(diff.changed).to.deep.equal([{ id: first!.id, title: first!.title, fields: ['keywords', 'summary'] }]);
    expect(diff.unchanged).to.equal(published.offers.length - 2);
  });

  it('the order of keys in the file is no change; stale offers of the result are listed with their date', () => {
    const next = structuredClone(published);
    const [first] = next.offers;
    next.offers[0] = Object.fromEntries(Object.entries(first!).reverse()) as typeof first & object;
    next.offers[0].updated = '2024-01-15';
    const diff = catalogDiff(published, next, '2026-12-06');
    expect(diff.changed.map((entry) => entry.fields)).to.deep.equal(
      first!.updated === '2024-01-15' ? [] : [['updated']],
    );
    expect(diff.stale.map((entry) => [entry.id, entry.updated])).to.deep.include([first!.id, '2024-01-15']);
  });
});
