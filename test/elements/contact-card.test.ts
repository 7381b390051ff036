// <contact-card>: from the catalog and from its attributes (job-title, and role as its old name), links,
// hostile values, errors, the vCard it downloads (through harness/downloads.ts), keyboard, languages, reflow.
import { expect, fixture, fixtureSync, html, waitUntil, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/contact-card/define.js';
import type { ContactCard, ContactSaveDetail } from '../../src/elements/contact-card/contact-card.js';
import { osmHref } from '../../src/elements/shared/links.js';
import { worker, http, HttpResponse, delay, uniqueUrl } from '../support/msw.js';
import { catalog } from '../support/catalogs.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { endpoint, sample } from '../support/endpoint.js';
import { recordDownloads, type RecordedDownloads } from './harness/downloads.js';

/**
 * What this page fetches once the imports above are in, that is, after the
 * element's own module graph (an observer, since the resource timing buffer
 * is full by then).
 */
const fetchedLater: string[] = [];
new PerformanceObserver((list) => fetchedLater.push(...list.getEntries().map((entry) => entry.name))).observe({
  type: 'resource',
});
/** The vCard writer's module (vcard.ts), which the card imports on demand. */
const vcardModule = /\/contact-card\/vcard\.(js|ts)(\?|$)/;

const root = (element: ContactCard) => element.shadowRoot!;
const part = (element: ContactCard, name: string) => root(element).querySelector<HTMLElement>(`[part="${name}"]`);
/** The text as rendered (label and value of a row apart), whitespace collapsed. */
const text = (node: Element | null | undefined) =>
  ((node as HTMLElement | null)?.innerText ?? node?.textContent)?.replace(/\s+/g, ' ').trim();
const status = (element: ContactCard) => root(element).querySelector('[role="status"]');
const alert = (element: ContactCard) => root(element).querySelector('[role="alert"]');
const link = (element: ContactCard, row: string) => part(element, row)?.querySelector('a') ?? null;
const hrefs = (element: ContactCard) => [...root(element).querySelectorAll('a')].map((a) => a.getAttribute('href'));
/** An element as its markup, for assertions: chai would walk a live DOM node for its message. */
const markup = (node: Element | null | undefined) => node?.outerHTML ?? null;

/** Waits until the card, a message or an error is shown. */
async function settled(element: ContactCard): Promise<ContactCard> {
  await waitUntil(
    () => part(element, 'card') || status(element)?.classList.contains('notice') || alert(element),
    'card or message',
    {
      timeout: 8000,
    },
  );
  await element.updateComplete;
  return element;
}

async function fromCatalog(attributes: string, src = endpoint()): Promise<ContactCard> {
  const element = await fixture<ContactCard>(html`<contact-card src=${src}></contact-card>`);
  for (const [name, value] of attributes.split(';').map((pair) => pair.split('=')))
    element.setAttribute(name!, value ?? '');
  return settled(element);
}

/**
 * A card from plain attributes, set one by one (so that any value can be tried).
 * The fixture is the card itself: for a plain wrapper `<div>` open-wc waits for
 * an animation frame, which never comes while this page is in the background
 * (other test files run in parallel).
 */
async function plain(attributes: Record<string, string>, children = ''): Promise<ContactCard> {
  const element = document.createElement('contact-card');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = children;
  return fixture<ContactCard>(html`${element}`);
}

/** Replaces `object[method]` for one test, recording the calls. */
const restores: (() => void)[] = [];
afterEach(() =>
  restores
    .splice(0)
    .reverse()
    .forEach((restore) => restore()),
);
function spy<T extends object, K extends keyof T>(object: T, method: K, replacement?: T[K]): unknown[][] {
  const calls: unknown[][] = [];
  const original = object[method] as (...args: unknown[]) => unknown;
  object[method] = function (this: unknown, ...args: unknown[]) {
    calls.push(args);
    return ((replacement ?? original) as (...args: unknown[]) => unknown).apply(this, args);
  } as T[K];
  restores.push(() => (object[method] = original as T[K]));
  return calls;
}

/** Records the download instead of writing a file; put back after the test. */
function stubDownload(): RecordedDownloads {
  const download = recordDownloads();
  restores.push(download.restore);
  return download;
}

// --- A small RFC 6350 reader (unfold, split properties, unescape), as in vcard.test.ts. ---

function readVCard(vcard: string) {
  expect(/\r(?!\n)|(?<!\r)\n/.test(vcard), 'CRLF only').to.equal(false);
  const lines = vcard.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines.pop()).to.equal('');
  const properties = lines.map((line) => {
    const colon = line.indexOf(':');
    return {
      name: line.slice(0, colon).split(';')[0]!.toUpperCase(),
      head: line.slice(0, colon),
      value: line.slice(colon + 1),
    };
  });
  const unescape = (value: string) =>
    value.replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
  const components = (value: string) => {
    const parts: string[] = [];
    let current = '';
    for (let i = 0; i < value.length; i++) {
      if (value[i] === '\\') current += value[i]! + (value[++i] ?? '');
      else if (value[i] === ';') {
        parts.push(current);
        current = '';
      } else current += value[i];
    }
    return [...parts, current].map(unescape);
  };
  const values = (name: string) => properties.filter((p) => p.name === name).map((p) => p.value);
  return {
    names: properties.map((p) => p.name),
    head: (name: string) => properties.find((p) => p.name === name)?.head,
    text: (name: string) => values(name).map(unescape)[0],
    components: (name: string) => values(name).map(components)[0],
    all: values,
  };
}

async function save(
  element: ContactCard,
): Promise<{ detail: ContactSaveDetail; download: RecordedDownloads; text: string }> {
  const download = stubDownload();
  const saved = oneEvent(element, 'contact-save');
  part(element, 'save')!.click();
  const { detail } = await saved;
  expect(download.blobs).to.have.length(1);
  return { detail, download, text: await download.blobs[0]!.text() };
}

const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
const hostileSchemes = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

describe('<contact-card>', () => {
  // The first test in this file, before any other clicks, focuses or points at a save button: until then the page has no vCard writer.
  it("loads the vCard writer only when asked, then downloads the vCard with the contact's name", async () => {
    const element = await plain({ name: 'Erika Beispiel', phone: '02307 148-0' });
    const button = part(element, 'save')!;
    expect(button.localName).to.equal('button');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kontakt speichern: Erika Beispiel');
    await aTimeout(50);
    expect(
      fetchedLater.filter((url) => vcardModule.test(url)),
      'nothing of the vCard before the click',
    ).to.deep.equal([]);

    const { detail, download, text: vcard } = await save(element);
    // Fetched for the click: so it was not part of the element's module graph.
    await waitUntil(() => fetchedLater.some((url) => vcardModule.test(url)), 'the vCard writer fetched for the click', {
      timeout: 3000,
    });
    expect(detail.filename).to.equal('Erika Beispiel.vcf');
    expect(download.links.map((a) => a.download)).to.deep.equal(['Erika Beispiel.vcf']);
    expect(readVCard(vcard).text('FN')).to.equal('Erika Beispiel');
    expect(readVCard(vcard).text('TEL')).to.equal('tel:+4923071480');
  });

  describe('from the catalog', () => {
    it('shows a person: role, organisation with networks, links, address, hours, languages', async () => {
      const element = await fromCatalog('contact=sabine-kortmann');
      expect(text(part(element, 'name'))).to.equal('Sabine Kortmann');
      expect(part(element, 'name')!.localName).to.equal('p');
      expect(part(element, 'name')!.hasAttribute('role')).to.equal(false);
      expect(text(part(element, 'role'))).to.equal('Koordinatorin Netzwerk Frühe Hilfen und Kinderschutz');
      expect(text(part(element, 'organization'))).to.equal('Jugendamt der Stadt Kamen');
      const networks = part(element, 'networks')!;
      expect(text(networks.querySelector('dt'))).to.equal('Netzwerke');
      expect([...networks.querySelectorAll('li')].map(text)).to.deep.equal([
        'Netzwerk Frühe Hilfen und Kinderschutz',
        'Präventionskette „Vom Kind aus denken“',
        'Netzwerk Übergang Schule–Beruf',
      ]);
      expect(link(element, 'phone')!.getAttribute('href')).to.equal('tel:+493023125101');
      expect(text(link(element, 'phone'))).to.equal('030 23125 101');
      expect(link(element, 'email')!.getAttribute('href')).to.equal('mailto:sabine.kortmann@jugendamt.example.org');
      expect(link(element, 'website')!.getAttribute('href')).to.equal(
        'https://jugendamt.example.org/team/sabine-kortmann',
      );
      expect(text(link(element, 'website'))).to.equal('jugendamt.example.org/team/sabine-kortmann');
      // The person has no address of her own: the organisation's, with a plain OpenStreetMap link.
      expect(text(part(element, 'address'))).to.equal('Adresse Rathausplatz 1 59174 Kamen Auf OpenStreetMap zeigen');
      const jugendamt = sample.organizations!.find((o) => o.id === 'jugendamt')!;
      expect(link(element, 'address')!.getAttribute('href')).to.equal(osmHref(jugendamt.address!));
      expect(link(element, 'address')!.getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\//);
      expect(markup(root(element).querySelector('iframe, img, embed, object'))).to.equal(null);
      // The written hours, and (she has structured hours too) whether she can be reached now: test/elements/opening-hours.test.ts pins the time.
      expect(text(part(element, 'hours'))).to.match(
        /^Sprechzeiten Mo–Do 9–12 Uhr, Di 14–17 Uhr Jetzt (geöffnet, bis|geschlossen, öffnet) /,
      );
      expect(text(part(element, 'languages'))).to.equal('Spricht Deutsch, Englisch');
      expect(part(element, 'save')!.textContent!.trim()).to.equal('Kontakt speichern: Sabine Kortmann');
      expect(status(element)!.textContent).to.equal('');
      await expect(element).to.be.accessible();
    });

    it('shows an organisation with its networks', async () => {
      const element = await fromCatalog('organization=jugendamt');
      expect(text(part(element, 'name'))).to.equal('Jugendamt der Stadt Kamen');
      expect(markup(part(element, 'role'))).to.equal(null);
      expect(markup(part(element, 'organization'))).to.equal(null);
      expect(text(part(element, 'networks'))).to.contain('Netzwerk Frühe Hilfen und Kinderschutz');
      expect(link(element, 'phone')!.getAttribute('href')).to.equal('tel:+493023125100');
      expect(link(element, 'email')!.getAttribute('href')).to.equal('mailto:jugendamt@example.org');
      expect(link(element, 'website')!.getAttribute('href')).to.equal('https://jugendamt.example.org/');
      expect(text(part(element, 'address'))).to.contain('Rathausplatz 1');
      await expect(element).to.be.accessible();

      const one = await fromCatalog('organization=fz-derne');
      expect(text(part(one, 'networks'))).to.equal('Netzwerk Arbeitskreis Familienzentren');
    });

    it('makes the name a heading only when heading-level is set', async () => {
      const element = await fromCatalog('contact=sabine-kortmann;heading-level=3');
      const name = part(element, 'name')!;
      expect(name.getAttribute('role')).to.equal('heading');
      expect(name.getAttribute('aria-level')).to.equal('3');
      expect(part(element, 'card')!.getAttribute('aria-labelledby')).to.equal(name.id);
      element.setAttribute('heading-level', '9');
      await element.updateComplete;
      expect(name.hasAttribute('role')).to.equal(false);
    });

    it('says "Kontakt nicht gefunden" calmly for an unknown id, and tells the webmaster in the console', async () => {
      const warnings = spy(console, 'warn');
      const element = await fromCatalog('contact=niemand');
      expect(text(status(element))).to.equal('Kontakt nicht gefunden. Die Angaben wurden vielleicht geändert.');
      expect(markup(alert(element))).to.equal(null);
      expect(markup(part(element, 'card'))).to.equal(null);
      expect(warnings.some(([message]) => String(message).includes('"niemand"'))).to.equal(true);
      await expect(element).to.be.accessible();

      const organization = await fromCatalog('organization=gibt-es-nicht');
      expect(text(status(organization))).to.contain('Kontakt nicht gefunden.');
      expect(warnings.some(([message]) => String(message).includes('"gibt-es-nicht"'))).to.equal(true);
    });

    it('shows a loading state with aria-busy', async () => {
      const url = uniqueUrl();
      worker.use(
        http.get(url, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const element = await fixture<ContactCard>(
        html`<contact-card src=${url} contact="sabine-kortmann"></contact-card>`,
      );
      expect(text(status(element))).to.equal('Kontakt wird geladen …');
      expect(status(element)!.getAttribute('aria-busy')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('loads the catalog once for every card on the page with the same src', async () => {
      const url = uniqueUrl();
      let requests = 0;
      worker.use(http.get(url, () => (requests++, HttpResponse.json(sample))));
      // fixtureSync: see plain().
      const container = fixtureSync<HTMLDivElement>(html`
        <div>
          <contact-card src=${url} contact="sabine-kortmann"></contact-card>
          <contact-card src=${url} organization="jugendamt"></contact-card>
        </div>
      `);
      const cards = [...container.querySelectorAll('contact-card')];
      await Promise.all(cards.map(settled));
      expect(cards.map((card) => text(part(card, 'name')))).to.deep.equal([
        'Sabine Kortmann',
        'Jugendamt der Stadt Kamen',
      ]);
      expect(requests).to.equal(1);
    });

    describe('errors', () => {
      it('404: a German message and a retry that loads again', async () => {
        const url = uniqueUrl();
        let calls = 0;
        worker.use(
          http.get(url, () => (++calls === 1 ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(sample))),
        );
        const element = await fromCatalog('contact=sabine-kortmann', url);
        expect(text(alert(element))).to.contain('Die Kontaktdaten konnten nicht geladen werden (Fehler 404).');
        await expect(element).to.be.accessible();
        const retry = alert(element)!.querySelector('button')!;
        expect(text(retry)).to.equal('Erneut versuchen');
        retry.click();
        await waitUntil(() => part(element, 'card'), 'card after retry');
        expect(markup(alert(element))).to.equal(null);
        expect(text(part(element, 'name'))).to.equal('Sabine Kortmann');
      });

      const cases: [string, () => Response, RegExp][] = [
        ['network error', () => HttpResponse.error(), /Internetverbindung/],
        ['HTML instead of JSON', () => HttpResponse.html('<h1>Wartung</h1>'), /Kontaktdaten sind gerade fehlerhaft/],
        ['wrong shape', () => HttpResponse.json({ contacts: 'none' }), /Kontaktdaten sind gerade fehlerhaft/],
        [
          '429 with a long Retry-After',
          () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '90' } }),
          /in 90 Sekunden/,
        ],
      ];
      for (const [name, respond, message] of cases) {
        it(`${name}: says so in German, with a retry button`, async () => {
          const url = uniqueUrl();
          worker.use(http.get(url, respond));
          const element = await fromCatalog('contact=sabine-kortmann', url);
          expect(text(alert(element))).to.match(message);
          expect(markup(alert(element)!.querySelector('button'))).not.to.equal(null);
        });
      }

      it('a javascript: src is a configuration error without a request or a retry', async () => {
        const fetches = spy(window, 'fetch');
        const errors = spy(console, 'error', () => {});
        const element = await fromCatalog('contact=sabine-kortmann', 'javascript:alert(1)');
        expect(text(alert(element))).to.contain('können hier gerade nicht angezeigt werden');
        expect(markup(alert(element)!.querySelector('button'))).to.equal(null);
        expect(fetches).to.have.length(0);
        // For the webmaster (from CatalogController).
        expect(errors.some(([message]) => String(message).startsWith('<contact-card>'))).to.equal(true);
      });
    });
  });

  describe('from plain attributes', () => {
    const attributes = {
      name: 'Erika Beispiel',
      'job-title': 'Familienhebamme',
      organization: 'Familienzentrum Regenbogen',
      phone: '02307 148-0',
      email: 'erika@example.org',
      url: 'https://www.example.org/team/erika',
      street: 'Ostenmauer 12',
      'postal-code': '59174',
      city: 'Kamen',
      hours: 'Mo–Fr 8–12 Uhr',
      languages: 'de tr',
    };

    it('shows the card without any request and without a console error', async () => {
      const fetches = spy(window, 'fetch');
      const errors = spy(console, 'error');
      const element = await plain(attributes);
      await aTimeout(50);
      expect(fetches).to.have.length(0);
      expect(errors).to.have.length(0);
      expect(markup(status(element))).to.equal(null);
      expect(markup(alert(element))).to.equal(null);
      expect(text(part(element, 'name'))).to.equal('Erika Beispiel');
      expect(text(part(element, 'role'))).to.equal('Familienhebamme');
      expect(text(part(element, 'organization'))).to.equal('Familienzentrum Regenbogen');
      expect(markup(part(element, 'networks'))).to.equal(null);
      expect(link(element, 'phone')!.getAttribute('href')).to.equal('tel:+4923071480');
      expect(link(element, 'email')!.getAttribute('href')).to.equal('mailto:erika@example.org');
      expect(link(element, 'website')!.getAttribute('href')).to.equal('https://www.example.org/team/erika');
      expect(link(element, 'address')!.getAttribute('href')).to.equal(
        osmHref({ street: 'Ostenmauer 12', postalCode: '59174', city: 'Kamen' }),
      );
      expect(text(part(element, 'hours'))).to.equal('Sprechzeiten Mo–Fr 8–12 Uhr');
      expect(text(part(element, 'languages'))).to.equal('Spricht Deutsch, Türkisch');
      await expect(element).to.be.accessible();
    });

    it('role, the old name of job-title: still shown, taken off the element (no ARIA role), one console note per page', async () => {
      const warnings = spy(console, 'warn');
      const element = await plain({ name: 'Erika Beispiel', role: 'Leitung main group' });
      expect(element.hasAttribute('role')).to.equal(false);
      expect(element.role).to.equal('Leitung main group');
      expect(warnings.map(([message]) => String(message))).to.deep.equal([
        '<contact-card>: the attribute role is now called job-title; role still works for now.',
      ]);
      await plain({ name: 'Max Beispiel', role: 'Beratung' });
      expect(warnings).to.have.length(1);
      const titled = await plain({ name: 'Max Beispiel', 'job-title': 'Leitung', role: 'Beratung' });
      expect(text(part(titled, 'role')), 'job-title wins').to.equal('Leitung');
      expect(text(part(element, 'role'))).to.equal('Leitung main group');
      element.setAttribute('role', 'Beraterin');
      await element.updateComplete;
      expect(element.hasAttribute('role')).to.equal(false);
      expect(text(part(element, 'role'))).to.equal('Beraterin');
      await expect(element).to.be.accessible();
    });

    it('writes tel: links in E.164 and shows the number as written', async () => {
      const cases: [string, string][] = [
        ['02307 148-0', 'tel:+4923071480'],
        ['+49 (0) 2307 1480', 'tel:+4923071480'],
        ['0049 2307 1480', 'tel:+4923071480'],
        ['tel:02307 1480', 'tel:+4923071480'],
      ];
      for (const [phone, href] of cases) {
        const element = await plain({ name: 'A B', phone });
        expect(link(element, 'phone')!.getAttribute('href'), phone).to.equal(href);
        expect(text(link(element, 'phone'))).to.equal(phone.replace(/^tel:/, ''));
      }
      // Not a number: shown as text, no link.
      const words = await plain({ name: 'A B', phone: 'über die Zentrale' });
      expect(markup(link(words, 'phone'))).to.equal(null);
      expect(text(part(words, 'phone'))).to.equal('Telefon über die Zentrale');
    });

    it('links e-mail addresses with mailto: and websites only over http(s)', async () => {
      const element = await plain({ name: 'A B', email: 'mailto:a.b@example.org' });
      expect(link(element, 'email')!.getAttribute('href')).to.equal('mailto:a.b@example.org');
      const websites: [string, string | null][] = [
        ['http://example.org/kontakt', 'http://example.org/kontakt'],
        ['https://example.org', 'https://example.org/'],
        ['www.example.org', 'https://www.example.org/'],
        ['/kontakt', new URL('/kontakt', document.baseURI).href],
        ['ftp://example.org/file', null],
        ['mailto:a@example.org', null],
      ];
      for (const [url, href] of websites) {
        const card = await plain({ name: 'A B', url });
        expect(link(card, 'website')?.getAttribute('href') ?? null, url).to.equal(href);
        if (!href) expect(markup(part(card, 'website')), url).to.equal(null);
      }
    });

    it('makes no link of a hostile scheme in url, email or phone, and does not show it', async () => {
      for (const hostile of hostileSchemes) {
        const element = await plain({ name: 'A B', url: hostile, email: hostile, phone: hostile });
        expect(hrefs(element), hostile).to.deep.equal([]);
        for (const row of ['website', 'email', 'phone'])
          expect(markup(part(element, row)), `${row}: ${hostile}`).to.equal(null);
        expect(text(part(element, 'card'))).not.to.match(/script:|data:/i);
      }
    });

    it('shows an organisation when only organization is set', async () => {
      const element = await plain({ organization: 'Jugendamt der Stadt Kamen', phone: '030 23125 100' });
      expect(text(part(element, 'name'))).to.equal('Jugendamt der Stadt Kamen');
      expect(markup(part(element, 'organization'))).to.equal(null);
      const { text: vcard } = await save(element);
      expect(readVCard(vcard).text('KIND')).to.equal('org');
      expect(readVCard(vcard).names).not.to.include('N');
    });

    it('switching from src to plain attributes makes no request and logs no error', async () => {
      const element = await fromCatalog('contact=sabine-kortmann');
      const fetches = spy(window, 'fetch');
      const errors = spy(console, 'error');
      element.removeAttribute('src');
      element.setAttribute('name', 'Erika Beispiel');
      await element.updateComplete;
      await aTimeout(50);
      expect(text(part(element, 'name'))).to.equal('Erika Beispiel');
      expect(markup(status(element))).to.equal(null);
      expect(fetches).to.have.length(0);
      expect(errors).to.have.length(0);
    });
  });

  describe('markup and hostile data', () => {
    afterEach(() => delete (window as unknown as { hacked?: number }).hacked);

    it('renders markup in every text attribute as text', async () => {
      const names = [
        'name',
        'job-title',
        'organization',
        'phone',
        'email',
        'url',
        'street',
        'postal-code',
        'city',
        'hours',
        'languages',
      ];
      const element = await plain(Object.fromEntries(names.map((name) => [name, attack])), `<p>Slot</p>`);
      await aTimeout(20);
      expect(text(part(element, 'name'))).to.equal(attack);
      expect(text(part(element, 'role'))).to.equal(attack);
      expect(text(part(element, 'organization'))).to.equal(attack);
      expect(text(part(element, 'hours'))).to.equal(`Sprechzeiten ${attack}`);
      expect(text(part(element, 'address'))).to.contain(attack);
      expect(markup(root(element).querySelector('img, script, iframe'))).to.equal(null);
      // The url attack is a relative URL: at most a link to a path on this page, never a script.
      expect(hrefs(element).every((href) => /^(https?:|mailto:|tel:)/.test(href!))).to.equal(true);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('renders markup in every catalog text as text', async () => {
      const element = await fromCatalog(
        'contact=x',
        endpoint(
          catalog({
            networks: [{ id: 'n', title: attack, description: attack }],
            organizations: [
              {
                id: 'o',
                name: attack,
                networks: ['n'],
                address: { street: attack, postalCode: '59174', city: attack },
              },
            ],
            contacts: [{ id: 'x', name: attack, role: attack, organization: 'o', hours: attack, phone: '02307 1480' }],
          }),
        ),
      );
      expect(text(part(element, 'name'))).to.equal(attack);
      expect(text(part(element, 'role'))).to.equal(attack);
      expect(text(part(element, 'organization'))).to.equal(attack);
      expect(text(part(element, 'networks'))).to.equal(`Netzwerk ${attack}`);
      expect(text(part(element, 'hours'))).to.equal(`Sprechzeiten ${attack}`);
      expect(text(part(element, 'address'))).to.contain(attack);
      expect(markup(root(element).querySelector('img, script, iframe'))).to.equal(null);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  describe('variants and slot', () => {
    it('compact shows name, role, phone and e-mail only', async () => {
      const element = await fromCatalog('contact=sabine-kortmann;variant=compact');
      for (const shown of ['name', 'role', 'phone', 'email', 'save'])
        expect(markup(part(element, shown)), shown).not.to.equal(null);
      for (const hidden of ['organization', 'networks', 'website', 'address', 'hours', 'languages'])
        expect(markup(part(element, hidden)), hidden).to.equal(null);
      await expect(element).to.be.accessible();
      element.variant = 'full';
      await element.updateComplete;
      for (const shown of ['address', 'hours']) expect(markup(part(element, shown)), shown).not.to.equal(null);
    });

    it('shows slotted content after the details', async () => {
      const element = await plain(
        { name: 'Erika Beispiel', phone: '02307 1480' },
        '<p id="extra">Termine nach Vereinbarung</p>',
      );
      const extra = element.querySelector('#extra')!;
      const slot = extra.assignedSlot!;
      expect(slot.getRootNode() === root(element), "assigned to the card's own slot").to.equal(true);
      expect(extra.getBoundingClientRect().height).to.be.greaterThan(0);
      const details = root(element).querySelector('dl')!;
      expect(details.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(extra.getBoundingClientRect().top).to.be.at.least(details.getBoundingClientRect().bottom);
    });
  });

  describe('Kontakt speichern', () => {
    it('downloads a vCard made in the browser that parses back to the values shown', async () => {
      const element = await fromCatalog('contact=sabine-kortmann');
      const fetches = spy(window, 'fetch');
      const { detail, download, text: vcard } = await save(element);
      expect(fetches, 'no request').to.have.length(0);
      expect(vcard).to.equal(detail.vcard);
      expect(detail.filename).to.equal('Sabine Kortmann.vcf');
      expect(download.blobs[0]!.type).to.equal('text/vcard;charset=utf-8');
      expect(download.links).to.have.length(1);
      expect(download.links[0]!.download).to.equal('Sabine Kortmann.vcf');
      expect(download.links[0]!.getAttribute('href')).to.equal('blob:stub-1');
      expect(download.connected, 'the link is in the document when clicked').to.deep.equal([true]);
      expect(download.links[0]!.isConnected, 'the temporary link is gone').to.equal(false);
      expect(download.revoked, 'not revoked while the download starts').to.deep.equal([]);
      download.revokeLater.forEach((revoke) => revoke());
      expect(download.revoked).to.deep.equal(['blob:stub-1']);

      const card = readVCard(vcard);
      expect(card.names.slice(0, 2)).to.deep.equal(['BEGIN', 'VERSION']);
      expect(card.text('VERSION')).to.equal('4.0');
      expect(card.text('KIND')).to.equal('individual');
      expect(card.text('FN')).to.equal('Sabine Kortmann');
      expect(card.components('N')).to.deep.equal(['Kortmann', 'Sabine', '', '', '']);
      expect(card.components('ORG')).to.deep.equal(['Jugendamt der Stadt Kamen']);
      expect(card.text('TITLE')).to.equal('Koordinatorin Netzwerk Frühe Hilfen und Kinderschutz');
      expect(card.head('TEL')).to.equal('TEL;VALUE=uri');
      expect(card.text('TEL')).to.equal('tel:+493023125101');
      expect(card.text('EMAIL')).to.equal('sabine.kortmann@jugendamt.example.org');
      expect(card.text('URL')).to.equal('https://jugendamt.example.org/team/sabine-kortmann');
      expect(card.components('ADR')).to.deep.equal(['', '', 'Rathausplatz 1', 'Kamen', '', '59174', 'Deutschland']);
      expect(card.text('NOTE')).to.equal('Sprechzeiten: Mo–Do 9–12 Uhr, Di 14–17 Uhr');
      expect(card.all('LANG')).to.deep.equal(['de', 'en']);
    });

    it('round-trips hostile values from attributes', async () => {
      const hostile = 'Müller; Sohn, \\n "x"';
      const longName = `${'Jörg-Ülrich '.repeat(16)}Äßmann-Öztürk 😀`;
      const element = await plain({
        name: longName,
        'job-title': hostile,
        organization: `${hostile} 👪`,
        street: hostile,
        'postal-code': '59174',
        city: 'Kamen, Westf.',
        hours: `Mo; Di, 9–12\nDo \\ 14–17 🕘`,
      });
      const { text: vcard, detail } = await save(element);
      for (const line of vcard.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      const card = readVCard(vcard);
      expect(card.text('FN')).to.equal(longName);
      expect(card.text('TITLE')).to.equal(hostile);
      expect(card.components('ORG')).to.deep.equal([`${hostile} 👪`]);
      expect(card.components('ADR')).to.deep.equal(['', '', hostile, 'Kamen, Westf.', '', '59174', 'Deutschland']);
      expect(card.text('NOTE')).to.equal(`Sprechzeiten: Mo; Di, 9–12\nDo \\ 14–17 🕘`);
      expect(detail.filename).to.equal(`${longName.slice(0, 80).trim()}.vcf`);
    });

    it('lets a listener take over: preventDefault() stops the download', async () => {
      const element = await plain({ name: 'Erika Beispiel' });
      const download = stubDownload();
      element.addEventListener('contact-save', (event) => event.preventDefault(), { once: true });
      const saved = oneEvent(element, 'contact-save');
      part(element, 'save')!.click();
      const event = await saved;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(download.blobs).to.have.length(0);
      expect(download.links).to.have.length(0);
    });
  });

  it('puts "Anrufen" and "E-Mail schreiben" first, under the name, and "Kontakt speichern" last and plainer', async () => {
    const element = await fromCatalog('contact=sabine-kortmann');
    const call = part(element, 'call') as HTMLAnchorElement;
    const write = part(element, 'write') as HTMLAnchorElement;
    const save = part(element, 'save')!;
    expect(call.getAttribute('href')).to.equal('tel:+493023125101');
    expect(write.getAttribute('href')).to.equal('mailto:sabine.kortmann@jugendamt.example.org');
    // The name of whom to call, for screen readers; what is written on the button comes first (WCAG 2.5.3).
    expect([call, write, save].map((action) => action.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Anrufen: Sabine Kortmann',
      'E-Mail schreiben: Sabine Kortmann',
      'Kontakt speichern: Sabine Kortmann',
    ]);
    const order = [
      ...root(element).querySelectorAll('[part="name"], [part="call"], [part="write"], dl, [part="save"]'),
    ];
    expect(order.map((node) => node.getAttribute('part') ?? node.localName)).to.deep.equal([
      'name',
      'call',
      'write',
      'dl',
      'save',
    ]);
    // Filled in the accent colour; "Kontakt speichern" only outlined, at least 44 px high as they are.
    const accent = getComputedStyle(call).backgroundColor;
    expect(getComputedStyle(write).backgroundColor).to.equal(accent);
    expect(getComputedStyle(save).backgroundColor).not.to.equal(accent);
    for (const action of [call, write, save]) expect(action.getBoundingClientRect().height).to.be.at.least(44);
    await expect(element).to.be.accessible();
  });

  it('offers no call or e-mail where there is no number or address to use', async () => {
    const element = await plain({ name: 'Erika Beispiel', phone: 'javascript:alert(1)', email: 'keine Adresse' });
    expect(part(element, 'call')).to.equal(null);
    expect(part(element, 'write')).to.equal(null);
    expect(part(element, 'save')).to.exist;
  });

  it('is usable with the keyboard: Tab reaches the links and the save button, Enter and Space save', async () => {
    // fixtureSync: see plain().
    const container = fixtureSync<HTMLDivElement>(html`
      <div>
        <button id="before">vorher</button>
        <contact-card src=${endpoint()} contact="sabine-kortmann"></contact-card>
      </div>
    `);
    const element = await settled(container.querySelector('contact-card')!);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8 && !reached.includes('save'); i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(element).activeElement;
      reached.push(active?.getAttribute('part') ?? active?.getAttribute('href') ?? String(active));
    }
    expect(reached).to.deep.equal([
      'call',
      'write',
      'tel:+493023125101',
      'mailto:sabine.kortmann@jugendamt.example.org',
      'https://jugendamt.example.org/team/sabine-kortmann',
      link(element, 'address')!.getAttribute('href'),
      'save',
    ]);

    const download = stubDownload();
    let saves = 0;
    element.addEventListener('contact-save', () => saves++);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saves === 1, 'saved with Enter');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => saves === 2, 'saved with Space');
    expect(download.links).to.have.length(2);
  });

  it('speaks English with lang="en"', async () => {
    // Languages other than German load on demand; here they must be there before the catalog.
    await loadLanguage('en');
    const element = await fromCatalog('contact=sabine-kortmann;lang=en');
    expect(text(part(element, 'role'))).to.equal('Coordinator, Early Help and Child Protection Network');
    expect(text(part(element, 'networks'))).to.contain('Early Help and Child Protection Network');
    expect(text(part(element, 'networks')!.querySelector('dt'))).to.equal('Networks');
    expect(text(part(element, 'phone')!.querySelector('dt'))).to.equal('Phone');
    expect(text(part(element, 'hours'))).to.match(
      /^Office hours Mon–Thu 9am–12pm, Tue 2–5pm (Open now, until|Closed now, opens) /,
    );
    expect(text(part(element, 'languages'))).to.equal('Speaks German, English');
    expect(text(part(element, 'address'))).to.contain('Show on OpenStreetMap');
    expect(part(element, 'save')!.textContent!.trim()).to.equal('Save contact: Sabine Kortmann');
    await expect(element).to.be.accessible();

    const { text: vcard } = await save(element);
    expect(readVCard(vcard).text('NOTE')).to.equal('Office hours: Mon–Thu 9am–12pm, Tue 2–5pm');
    expect(readVCard(vcard).components('ADR')!.at(-1)).to.equal('Germany');

    const missing = await fromCatalog('contact=nobody;lang=en');
    expect(text(status(missing))).to.contain('Contact not found.');
  });

  describe('layout', () => {
    /** Where a piece of text starts on the screen. */
    function leftOf(container: Element, substring: string): number {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(substring);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + substring.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`"${substring}" not found`);
    }

    /** Nothing visible sticks out of the card. */
    function expectNoOverflow(element: ContactCard) {
      const card = part(element, 'card')!;
      expect(card.scrollWidth, 'card scrolls').to.be.at.most(card.clientWidth);
      expect(element.scrollWidth, 'host scrolls').to.be.at.most(element.clientWidth);
      const box = card.getBoundingClientRect();
      for (const node of root(element).querySelectorAll<HTMLElement>(
        '[part="card"] *:not(.visually-hidden, .visually-hidden *)',
      )) {
        const rect = node.getBoundingClientRect();
        if (rect.width === 0) continue;
        expect(rect.left, `${node.localName} ${node.getAttribute('part') ?? ''}`).to.be.at.least(box.left - 0.5);
        expect(rect.right, `${node.localName} ${node.getAttribute('part') ?? ''}`).to.be.at.most(box.right + 0.5);
      }
    }

    const long = {
      name: `Maximiliane ${'Langenamehausen'.repeat(6)}`,
      'job-title': 'Kinder- und Jugendlichenpsychotherapeutin',
      organization: 'Familienzentrum Regenbogen',
      phone: '+49 (0) 2307 148-0',
      email: `${'sehr.lange.adresse.'.repeat(5)}person@${'abteilung.'.repeat(4)}example.org`,
      url: `https://www.example.org/${'unterseite/'.repeat(10)}kontakt`,
      street: 'Ostenmauer 12',
      'postal-code': '59174',
      city: 'Kamen',
      hours: 'Mo–Fr 8–12 Uhr',
    };

    it('reflows at 320 px: long e-mail addresses and URLs wrap, nothing scrolls sideways', async () => {
      const element = await plain(long);
      element.style.width = '320px';
      await element.updateComplete;
      expectNoOverflow(element);
    });

    it('works right to left: mirrored layout, the save button at the inline start, no overflow', async () => {
      const element = await plain(long);
      element.setAttribute('dir', 'rtl');
      element.style.width = '480px';
      await element.updateComplete;
      const card = part(element, 'card')!;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      // The accent edge is the inline start: the right in RTL.
      expect(parseFloat(getComputedStyle(card).borderRightWidth)).to.be.greaterThan(
        parseFloat(getComputedStyle(card).borderLeftWidth),
      );
      const box = card.getBoundingClientRect();
      const button = part(element, 'save')!.getBoundingClientRect();
      expect(box.right - button.right, 'save button at the right').to.be.lessThan(button.left - box.left);
      const row = part(element, 'phone')!;
      expect(row.querySelector('dt')!.getBoundingClientRect().left, 'label right of the value').to.be.greaterThan(
        row.querySelector('dd')!.getBoundingClientRect().left,
      );
      // Data keeps its own order: the phone number is not turned into "148-0 2307 (0) +49".
      expect(leftOf(row, '+49'), 'phone number reads left to right').to.be.lessThan(leftOf(row, '148-0'));
      expect(leftOf(part(element, 'address')!, '59174'), 'postal code before the city').to.be.lessThan(
        leftOf(part(element, 'address')!, 'Kamen'),
      );
      expectNoOverflow(element);
      element.style.width = '320px';
      await aTimeout(0);
      expectNoOverflow(element);
      await expect(element).to.be.accessible();
    });
  });
});
