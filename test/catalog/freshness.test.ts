import { expect } from '@open-wc/testing';
import { freshness, isStale, reportAddress, staleOffers } from '../../src/catalog/freshness.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import { catalog, offer } from '../support/catalogs.js';

const today = '2026-11-26';

describe('freshness', () => {
  it('is stale when updated longer ago than the period (12 calendar months by default)', () => {
    expect(freshness('2025-11-26', today)).to.equal('fresh');
    expect(freshness('2025-11-25', today)).to.equal('stale');
    expect(freshness('2026-11-26', today)).to.equal('fresh');
    expect(freshness('2026-05-25', today, 6)).to.equal('stale');
    expect(freshness('2026-05-26', today, 6)).to.equal('fresh');
    // A date-time counts by its date.
    expect(freshness('2025-11-25T23:30:00+01:00', today)).to.equal('stale');
    expect(isStale('2025-11-25', today)).to.equal(true);
    expect(isStale('2025-11-26', today)).to.equal(false);
  });

  it('is unknown, and not stale, without an updated date', () => {
    expect(freshness(undefined, today)).to.equal('unknown');
    expect(isStale(undefined, today)).to.equal(false);
  });

  it('lists the stale offers of a catalog, the oldest first, without the undated ones', () => {
    const { catalog: parsed } = parseCatalog(
      catalog({
        offers: [
          offer('fresh', { updated: '2026-10-01' }),
          offer('old', { updated: '2025-03-01' }),
          offer('undated'),
          offer('older', { updated: '2024-06-20' }),
          offer('old-too', { updated: '2025-03-01' }),
        ],
      }),
    );
    expect(staleOffers(parsed, today).map((o) => o.id)).to.deep.equal(['older', 'old', 'old-too']);
    expect(staleOffers(parsed, today, 24).map((o) => o.id)).to.deep.equal(['older']);
  });
});

describe('reportAddress', () => {
  const organizations = [
    { id: 'awo', name: 'AWO', email: 'info@awo.example.org' },
    { id: 'verein', name: 'Sportverein' },
  ];
  const offers = [offer('o1', { organization: 'awo' }), offer('o2', { organization: 'verein' }), offer('o3')];

  it("is the catalog maintainer's address when there is one", () => {
    const { catalog: parsed } = parseCatalog({
      ...catalog({ organizations, offers }),
      maintainer: { email: 'familienfinder@example.org' },
    });
    expect(parsed.offers.map((o) => reportAddress(o, parsed))).to.deep.equal([
      'familienfinder@example.org',
      'familienfinder@example.org',
      'familienfinder@example.org',
    ]);
  });

  it("is else the offer's organisation's address, if it has one", () => {
    const { catalog: parsed } = parseCatalog(catalog({ organizations, offers }));
    expect(parsed.offers.map((o) => reportAddress(o, parsed))).to.deep.equal([
      'info@awo.example.org',
      undefined,
      undefined,
    ]);
  });
});
