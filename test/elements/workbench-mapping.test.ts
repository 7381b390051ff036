// The workbench's mapping choices (mapping-view.ts): each unknown column to a field or "nicht lesen", each category
// to a milestone and a topic; a choice becomes the mapping file's entry, "nicht zugeordnet" takes it out.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput } from '../../src/catalog/schema.js';
import { localization } from '../../src/i18n/i18n.js';
import { renderMapping } from '../../src/elements/catalog-workbench/mapping-view.js';
import type { ImportOutcome, MappingFile } from '../../src/elements/catalog-workbench/protocol.js';
import { workbenchDe } from '../../src/elements/catalog-workbench/strings.js';

let catalog: Catalog;
before(async () => {
  catalog = parseCatalog((await (await fetch('/demo/public/angebote.json')).json()) as CatalogInput).catalog;
});

const outcome = (unknownColumns: string[], terms: ImportOutcome['terms']) =>
  ({ unknownColumns, terms }) as ImportOutcome;

function show(result: ImportOutcome, mapping: MappingFile) {
  const changes: MappingFile[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  render(
    renderMapping(result, catalog, mapping, (next) => changes.push(next), workbenchDe, localization('de')),
    container,
  );
  return { container, changes };
}

const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

describe('<catalog-workbench> mapping choices', () => {
  const none: MappingFile = { columns: {}, milestones: {}, topics: {} };
  const list = outcome(['Plätze'], [{ key: 'Art:Kita', label: 'Art: Kita', count: 3 }]);

  it('names each select by its column or category, and offers the fields, the milestones and the topics', async () => {
    const { container } = show(list, none);
    const labels = [...container.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Spalte „Plätze“', 'Art: Kita (3×): Lebensphase', 'Art: Kita: Thema']);
    const [column, milestone, topic] = [...container.querySelectorAll('select')];
    expect([...column!.options].map((o) => o.value)).to.include.members([
      '',
      'ignore',
      'titel',
      'telefon',
      'kategorie',
    ]);
    expect([...milestone!.options].map((o) => o.value).slice(1)).to.deep.equal(catalog.milestones.map((m) => m.id));
    expect([...topic!.options].map((o) => o.value).slice(1)).to.deep.equal(catalog.topics.map((t) => t.id));
    await expect(container).to.be.accessible();
    container.remove();
  });

  it('a choice becomes the mapping file’s entry, and "nicht zugeordnet" takes it out', () => {
    const { container, changes } = show(list, { ...none, columns: { Plätze: 'ignore' } });
    const [column, milestone] = [...container.querySelectorAll('select')];
    expect(column!.value).to.equal('ignore');
    choose(milestone!, 'kita');
    expect(changes.at(-1)).to.deep.equal({
      columns: { Plätze: 'ignore' },
      milestones: { 'Art:Kita': 'kita' },
      topics: {},
    });
    choose(column!, '');
    expect(changes.at(-1)).to.deep.equal({ columns: {}, milestones: {}, topics: {} });
    container.remove();
  });

  it('nothing to assign: no section; a column assigned earlier stays on offer', () => {
    expect(show(outcome([], []), none).container.querySelector('section')).to.equal(null);
    const { container } = show(outcome([], []), { ...none, columns: { Trägerart: 'kategorie' } });
    expect(container.querySelector('label')!.textContent).to.equal('Spalte „Trägerart“');
    container.remove();
  });
});
