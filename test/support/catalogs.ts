// Small catalogs built in code, so that each test shows the data it depends on.
import type { CatalogInput, Offer } from '../../src/catalog/schema.js';

export function offer(id: string, fields: Partial<Offer> = {}): Offer {
  return { id, title: `Angebot ${id}`, milestones: ['kita'], ...fields };
}

export function catalog(fields: Partial<CatalogInput> = {}): CatalogInput {
  return {
    version: 1,
    title: 'Testkatalog',
    milestones: [
      { id: 'schwangerschaft', title: 'Schwangerschaft & Geburt', ageFrom: -1, ageTo: 0 },
      { id: 'kita', title: { de: 'Kita-Zeit', en: 'Nursery years' }, ageFrom: 3, ageTo: 6 },
    ],
    topics: [{ id: 'beratung', title: 'Beratung' }],
    districts: [{ id: 'methler', title: 'Methler' }],
    networks: [{ id: 'fruehe-hilfen', title: 'Netzwerk Frühe Hilfen und Kinderschutz', coordinator: 'c1' }],
    organizations: [{ id: 'jugendamt', name: 'Jugendamt', networks: ['fruehe-hilfen'] }],
    contacts: [{ id: 'c1', name: 'Erika Beispiel', organization: 'jugendamt', phone: '030 23125 401' }],
    offers: [offer('o1')],
    ...fields,
  };
}

export function catalogWithOffers(count: number): CatalogInput {
  return catalog({ offers: Array.from({ length: count }, (_, i) => offer(`o${i + 1}`)) });
}
