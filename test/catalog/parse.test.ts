import { expect } from '@open-wc/testing';
import { parseCatalog } from '../../src/catalog/parse.js';
import { isCatalogError } from '../../src/catalog/errors.js';
import { issueMessage } from '../../src/import/messages.js';
import { catalog, catalogWithOffers, offer } from '../support/catalogs.js';

function wrongShape(json: unknown): string {
  try {
    parseCatalog(json);
  } catch (error) {
    if (isCatalogError(error) && error.kind === 'wrong-shape') return error.message;
    throw error;
  }
  throw new Error('expected a wrong-shape error');
}

describe('parseCatalog', () => {
  it('accepts a valid catalog without issues and fills missing collections', () => {
    const { catalog: parsed, issues } = parseCatalog({
      version: 1,
      milestones: [{ id: 'kita', title: 'Kita' }],
      offers: [offer('o1')],
    });
    expect(issues).to.deep.equal([]);
    expect(parsed.offers.map((o) => o.id)).to.deep.equal(['o1']);
    expect(parsed.topics).to.deep.equal([]);
    expect(parsed.contacts).to.deep.equal([]);
  });

  it('rejects an envelope that is not a catalog v1', () => {
    expect(wrongShape([])).to.contain('expected object');
    expect(wrongShape(null)).to.contain('expected object');
    expect(wrongShape('catalog')).to.contain('expected object');
    expect(wrongShape({ ...catalog(), version: 2 })).to.match(/^version: expected 1/);
    expect(wrongShape({ ...catalog(), offers: {} })).to.match(/^offers: expected array/);
    expect(wrongShape({ version: 1, offers: [] })).to.match(/^milestones: expected array/);
  });

  it('skips 3 invalid offers of 100, keeps 97 and reports each with id and path', () => {
    const input = catalogWithOffers(100);
    input.offers[10] = { ...input.offers[10]!, title: '' };
    input.offers[50] = { ...input.offers[50]!, milestones: [] };
    (input.offers as unknown[])[99] = { id: 'o100', title: 42, milestones: ['kita'] };
    const { catalog: parsed, issues } = parseCatalog(input);
    expect(parsed.offers).to.have.length(97);
    expect(parsed.offers.map((o) => o.id)).not.to.include.members(['o11', 'o51', 'o100']);
    expect(issues.map(({ code, id, path }) => ({ code, id, path }))).to.deep.equal([
      { code: 'invalid-record', id: 'o11', path: 'offers[10].title' },
      { code: 'invalid-record', id: 'o51', path: 'offers[50].milestones' },
      { code: 'invalid-record', id: 'o100', path: 'offers[99].title' },
    ]);
    expect(issues[1]!.message).to.equal('needs at least 1 entries; the record is skipped');
  });

  it('skips records that are not objects or have no id', () => {
    const { catalog: parsed, issues } = parseCatalog(
      catalog({ offers: [null, 'x', { title: 'ohne id', milestones: ['kita'] }, offer('ok')] as never }),
    );
    expect(parsed.offers.map((o) => o.id)).to.deep.equal(['ok']);
    expect(issues.map((i) => i.path)).to.deep.equal(['offers[0]', 'offers[1]', 'offers[2].id']);
  });

  it('drops a broken optional field but keeps the record', () => {
    const { catalog: parsed, issues } = parseCatalog(
      catalog({ offers: [offer('o1', { url: 'javascript:alert(1)', cost: 'gratis' as never, summary: 'bleibt' })] }),
    );
    const [kept] = parsed.offers;
    expect(kept).to.deep.equal(offer('o1', { summary: 'bleibt' }));
    expect(issues.map(({ code, path }) => `${code} ${path}`)).to.deep.equal([
      'dropped-field offers[0].cost',
      'dropped-field offers[0].url',
    ]);
  });

  it('accepts only http(s) web links, e-mail addresses and phone numbers in their fields', () => {
    const urls = ['https://example.org/a?b=1', 'http://example.org', 'HTTPS://EXAMPLE.ORG'];
    const bad = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//example.org',
      'https://',
    ];
    for (const url of urls)
      expect(parseCatalog(catalog({ offers: [offer('o', { url })] })).catalog.offers[0]!.url, url).to.equal(url);
    for (const url of bad)
      expect(parseCatalog(catalog({ offers: [offer('o', { url })] })).catalog.offers[0]!.url, url).to.equal(undefined);
    const contact = (fields: object) =>
      parseCatalog(catalog({ contacts: [{ id: 'c1', name: 'X', ...fields }] })).catalog.contacts[0];
    expect(contact({ phone: '+49 2307 148-0', email: 'a@example.org' })).to.include({
      phone: '+49 2307 148-0',
      email: 'a@example.org',
    });
    expect(contact({ phone: 'tel:<script>', email: 'mailto:x' })).not.to.have.any.keys('phone', 'email');
  });

  it('reads texts as a string or as translations by language', () => {
    const { catalog: parsed, issues } = parseCatalog(
      catalog({
        offers: [offer('o1', { title: { de: 'Müttercafé', en: 'Mothers’ café', 'de-x-ls': 'Café für Mütter' } })],
      }),
    );
    expect(issues).to.deep.equal([]);
    expect(parsed.offers[0]!.title).to.deep.equal({
      de: 'Müttercafé',
      en: 'Mothers’ café',
      'de-x-ls': 'Café für Mütter',
    });
    const { issues: bad } = parseCatalog(
      catalog({ offers: [offer('o1', { title: {} }), offer('o2', { title: { '<b>': 'x' } })] }),
    );
    expect(bad.map((i) => i.code)).to.deep.equal(['invalid-record', 'invalid-record']);
  });

  it('rejects an age range that runs backwards', () => {
    const { catalog: parsed, issues } = parseCatalog(catalog({ offers: [offer('o1', { ageMin: 6, ageMax: 3 })] }));
    expect(parsed.offers[0]).not.to.have.property('ageMax');
    expect(issues[0]).to.include({ code: 'dropped-field', path: 'offers[0].ageMax' });
  });

  it('keeps the first of two records with the same id', () => {
    const { catalog: parsed, issues } = parseCatalog(
      catalog({ offers: [offer('o1', { summary: 'erstes' }), offer('o1', { summary: 'zweites' })] }),
    );
    expect(parsed.offers).to.have.length(1);
    expect(parsed.offers[0]!.summary).to.equal('erstes');
    expect(issues[0]).to.include({ code: 'duplicate-id', path: 'offers[1].id', id: 'o1' });
  });

  it('removes references to unknown ids and reports them', () => {
    const { catalog: parsed, issues } = parseCatalog(
      catalog({
        offers: [
          offer('o1', {
            milestones: ['kita', 'kita2'],
            topics: ['beratung', 'nope'],
            contacts: ['c9'],
            organization: 'org9',
            districts: ['mars'],
          }),
          offer('o2', { milestones: ['kita2'] }),
        ],
        contacts: [{ id: 'c1', name: 'X', organization: 'org9' }],
        networks: [{ id: 'n1', title: 'N', coordinator: 'c7' }],
        organizations: [{ id: 'jugendamt', name: 'J', networks: ['n1', 'n2'] }],
      }),
    );
    expect(parsed.offers).to.deep.equal([
      offer('o1', { milestones: ['kita'], topics: ['beratung'], contacts: [], districts: [] }),
    ]);
    expect(issues.map(({ code, path, message }) => `${code} ${path}: ${message}`)).to.deep.equal([
      "unknown-reference networks[0].coordinator: unknown contact 'c7'",
      "unknown-reference organizations[0].networks[1]: unknown network 'n2'",
      "unknown-reference contacts[0].organization: unknown organization 'org9'",
      "unknown-reference offers[0].milestones[1]: unknown milestone 'kita2'",
      "unknown-reference offers[0].topics[1]: unknown topic 'nope'",
      "unknown-reference offers[0].districts[0]: unknown district 'mars'",
      "unknown-reference offers[0].contacts[0]: unknown contact 'c9'",
      "unknown-reference offers[0].organization: unknown organization 'org9'",
      "unknown-reference offers[1].milestones[0]: unknown milestone 'kita2'",
      'invalid-record offers[1].milestones: no known milestone; the record is skipped',
    ]);
  });

  it('reports paths by the position in the source even after skipped records', () => {
    const { issues } = parseCatalog(catalog({ offers: [{ id: 'bad' } as never, offer('o2', { topics: ['nope'] })] }));
    expect(issues[1]!.path).to.equal('offers[1].topics[0]');
  });

  it('ignores prototype-pollution keys', () => {
    const json = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"milestones":[{"id":"kita","title":{"de":"Kita","__proto__":"x"}}],"offers":[{"id":"o1","title":"T","milestones":["kita"],"__proto__":{"polluted":true}}]}',
    );
    const { catalog: parsed } = parseCatalog(json);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(parsed.offers[0])).to.equal(Object.prototype);
    expect((parsed.offers[0] as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(parsed.milestones[0]!.title)).to.deep.equal(['de']);
  });

  it('reads structured opening hours of offers and contacts, and the catalog maintainer', () => {
    const openingHours = [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
      {
        days: ['fr'],
        opens: '21:00',
        closes: '24:00',
        note: { de: 'nicht in den Sommerferien', en: 'not in the summer holidays' },
      },
      { days: ['sa'], opens: '22:00', closes: '02:00', validFrom: '2026-12-23', validThrough: '2027-01-06' },
    ] as const;
    const input = {
      ...catalog({
        contacts: [
          { id: 'c1', name: 'Erika Beispiel', openingHours: [{ days: ['tu'], opens: '09:00', closes: '11:00' }] },
        ],
        offers: [offer('o1', { openingHours: structuredClone(openingHours) as never })],
      }),
      maintainer: { email: 'familienfinder@example.org', name: 'Redaktion' },
    };
    const { catalog: parsed, issues } = parseCatalog(input);
    expect(issues).to.deep.equal([]);
    expect(parsed.offers[0]!.openingHours).to.deep.equal(openingHours);
    expect(parsed.contacts[0]!.openingHours).to.deep.equal([{ days: ['tu'], opens: '09:00', closes: '11:00' }]);
    expect(parsed.maintainer).to.deep.equal({ email: 'familienfinder@example.org', name: 'Redaktion' });
  });

  it('drops broken opening hours with an issue and keeps the record', () => {
    const good = { days: ['tu'], opens: '09:00', closes: '11:00' };
    const broken: [string, object, string][] = [
      ['9:00', { ...good, opens: '9:00' }, 'openingHours[1].opens'],
      ['24:00 as an opening time', { ...good, opens: '24:00' }, 'openingHours[1].opens'],
      ['25:00', { ...good, closes: '25:00' }, 'openingHours[1].closes'],
      ['an unknown day', { ...good, days: ['di'] }, 'openingHours[1].days[0]'],
      ['no day', { ...good, days: [] }, 'openingHours[1].days'],
      ['the same time twice', { ...good, closes: '09:00' }, 'openingHours[1].closes'],
      [
        'a validity that ends before it starts',
        { ...good, validFrom: '2026-12-23', validThrough: '2026-12-01' },
        'openingHours[1].validThrough',
      ],
      ['a date that is no date', { ...good, validFrom: '23.12.2026' }, 'openingHours[1].validFrom'],
    ];
    for (const [name, period, path] of broken) {
      const { catalog: parsed, issues } = parseCatalog(
        catalog({ offers: [offer('o1', { summary: 'bleibt', openingHours: [good, period] as never })] }),
      );
      expect(parsed.offers[0], name).to.deep.equal(offer('o1', { summary: 'bleibt' }));
      expect(
        issues.map(({ code, path }) => `${code} ${path}`),
        name,
      ).to.deep.equal([`dropped-field offers[0].${path}`]);
    }
    const { catalog: parsed, issues } = parseCatalog(
      catalog({ contacts: [{ id: 'c1', name: 'X', openingHours: [] as never }] }),
    );
    expect(parsed.contacts[0]).to.deep.equal({ id: 'c1', name: 'X' });
    expect(issues.map((i) => i.path)).to.deep.equal(['contacts[0].openingHours']);
  });

  it('words opening hours problems for maintainers', () => {
    const source = catalog({
      offers: [offer('o1', { openingHours: [{ days: ['tu'], opens: '9 Uhr', closes: '11:00' }] })],
    });
    const { issues } = parseCatalog(structuredClone(source));
    expect(issues.map((issue) => `${issue.path}: ${issueMessage(issue, 'de', source)}`)).to.deep.equal([
      "offers[0].openingHours[0].opens: '9 Uhr': keine Uhrzeit (HH:MM, z. B. 09:00); das Feld wird ignoriert",
    ]);
    const reversed = parseCatalog(
      catalog({
        offers: [
          offer('o1', {
            openingHours: [
              { days: ['tu'], opens: '09:00', closes: '11:00', validFrom: '2026-12-23', validThrough: '2026-12-01' },
            ],
          }),
        ],
      }),
    );
    expect(issueMessage(reversed.issues[0]!, 'de')).to.equal(
      'validFrom liegt nach validThrough; das Feld wird ignoriert',
    );
  });

  it('drops an invalid maintainer but keeps the catalog', () => {
    const { catalog: parsed, issues } = parseCatalog({
      ...catalog(),
      maintainer: { email: 'mailto:redaktion@example.org' },
    });
    expect(parsed).not.to.have.any.keys('maintainer');
    expect(issues.map(({ code, path }) => `${code} ${path}`)).to.deep.equal(['dropped-field maintainer.email']);
  });

  it('drops an invalid catalog title or date but keeps the catalog', () => {
    const { catalog: parsed, issues } = parseCatalog({ ...catalog(), title: 5, updated: '1.3.2026' });
    expect(parsed).not.to.have.any.keys('title', 'updated');
    expect(issues.map((i) => i.path)).to.deep.equal(['title', 'updated']);
  });

  it('reads the thesaurus entry by entry: a broken entry is skipped and reported, the others kept', () => {
    const good = { terms: { de: ['Familienbüro'], tr: ['aile ofisi'], ar: ['مكتب العائلة'] } };
    const { catalog: parsed, issues } = parseCatalog({
      ...catalog(),
      thesaurus: [
        good,
        { terms: { tr: ['kreş'] } },
        { terms: { de: [] } },
        'Kita',
        { terms: { de: ['Kita'], 'x y': ['?'] } },
      ],
    });
    expect(parsed.thesaurus).to.deep.equal([good]);
    expect(issues.map(({ code, path }) => `${code} ${path}`)).to.deep.equal([
      'invalid-record thesaurus[1].terms.de',
      'invalid-record thesaurus[2].terms.de',
      'invalid-record thesaurus[3]',
      'invalid-record thesaurus[4].terms.x y',
    ]);
    expect(issueMessage(issues[0]!, 'en')).to.equal('needs German terms (de); the record is skipped');
  });

  it('drops a thesaurus that is not a list, and leaves a catalog without one as it was', () => {
    const { catalog: parsed, issues } = parseCatalog({ ...catalog(), thesaurus: { de: ['Kita'] } });
    expect(parsed).not.to.have.any.keys('thesaurus');
    expect(issues.map(({ code, path }) => `${code} ${path}`)).to.deep.equal(['dropped-field thesaurus']);
    expect(parseCatalog(catalog()).catalog).not.to.have.any.keys('thesaurus');
  });
});
