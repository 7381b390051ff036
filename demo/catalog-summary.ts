// Shows what the loader made of a catalog: counts per milestone and the
// validation issues. The demo page and the loader stories use it until the
// elements replace it.
import { CatalogError, loadCatalog, localize, type LoadedCatalog } from '../src/index.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

function summary({ catalog, issues, url }: LoadedCatalog): Node[] {
  const count = (id: string) => catalog.offers.filter((offer) => offer.milestones.includes(id)).length;
  const rows = catalog.milestones.map((milestone) =>
    element('tr', undefined, element('th', localize(milestone.title)), element('td', String(count(milestone.id)))),
  );
  rows.forEach((row) => row.firstElementChild!.setAttribute('scope', 'row'));
  const table = element(
    'table',
    undefined,
    element('caption', 'Angebote je Meilenstein'),
    element('thead', undefined, element('tr', undefined, element('th', 'Meilenstein'), element('th', 'Angebote'))),
    element('tbody', undefined, ...rows),
  );
  const facts = element(
    'ul',
    undefined,
    element('li', `${catalog.offers.length} Angebote`),
    element('li', `${catalog.organizations.length} Organisationen, ${catalog.contacts.length} Ansprechpersonen`),
    element(
      'li',
      `${catalog.networks.length} Netzwerke, ${catalog.topics.length} Themen, ${catalog.districts.length} Stadtteile`,
    ),
    element('li', `Stand: ${catalog.updated ?? 'unbekannt'} – Quelle: ${url}`),
  );
  const issueList = issues.length
    ? element('ul', undefined, ...issues.map((issue) => element('li', `${issue.path}: ${issue.message}`)))
    : element('p', 'Keine Probleme in den Daten gefunden.');
  issueList.classList.add('issues');
  return [
    element('h2', localize(catalog.title) ?? 'Katalog'),
    facts,
    table,
    element('h2', `Hinweise für die Datenpflege (${issues.length})`),
    issueList,
  ];
}

/** Loads `src` and shows the summary (or the error) in `target`. */
export async function renderCatalogSummary(target: HTMLElement, src: string): Promise<void> {
  target.setAttribute('aria-busy', 'true');
  target.replaceChildren(element('p', 'Der Katalog wird geladen …'));
  try {
    target.replaceChildren(...summary(await loadCatalog(src, { base: document.baseURI })));
  } catch (error) {
    const kind = error instanceof CatalogError ? ` (${error.kind})` : '';
    target.replaceChildren(element('p', `Der Katalog konnte nicht geladen werden${kind}: ${(error as Error).message}`));
  } finally {
    target.setAttribute('aria-busy', 'false');
  }
}
