/**
 * One offer as `<offer-search>` shows it, in the results and in the saved
 * list: title, facts, the date of the entry, "Anrufen" and "E-Mail" (a
 * parent on a phone calls in one tap, without opening the details),
 * "Merken", and the details with contacts, print, share and "Fehler
 * melden". Plain template functions (as
 * Pagefind UI's `result.svelte`): the element passes in what a card needs,
 * and the card hands what the family does to the element's controllers.
 *
 * Catalog texts take their direction from their own letters (`dir="auto"`,
 * `<bdi>`): a German text shown in an Arabic UI keeps its full stop and
 * brackets where they belong. Phone numbers and e-mail addresses are always
 * left to right.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { reportAddress } from '../../catalog/freshness.js';
import { communeOf } from '../../catalog/sources.js';
import type { SavedOffersController } from '../../controllers/saved-offers.js';
import type { Catalog, Contact, Offer } from '../../catalog/schema.js';
import type { highlight } from '../../catalog/text.js';
import type { Localization } from '../../i18n/i18n.js';
import { mailtoHref, osmHref, telHref, webHref } from '../shared/links.js';
import { openingPeriodLines, openingStatusText, updatedText } from '../shared/opening-hours.js';
import { renderTextBlocks } from '../shared/text-blocks.js';
import type { ShareController } from './share-controller.js';
import { contactsOf, reportHref } from './share.js';

/** What every card of one render shares. */
export interface CardContext {
  catalog: Catalog;
  l: Localization;
  /** Marks the searched words in a text; undefined until the search module is there. */
  highlight: typeof highlight | undefined;
  /** The time opening hours are shown for, and the Berlin date of it. */
  now: Date;
  today: string;
  /** Months after which an entry is dated visibly (`stale-after`). */
  staleAfter: number;
  /** "Merken". */
  saved: SavedOffersController;
  /** Print, "Link teilen", and the links that open an offer. */
  sharing: ShareController;
  /** An offer's distance in km from the place "In meiner Nähe" measures from, while there is one. */
  distance: (offer: Offer) => number | undefined;
  /** The details were opened or closed. */
  onToggle: (event: Event, offer: Offer) => void;
}

/** An offer's card; `terms` are the words to mark. */
export function renderCard(offer: Offer, terms: ReadonlySet<string>, context: CardContext): TemplateResult {
  const { catalog, l, highlight, sharing } = context;
  const s = l.strings;
  const text = l.text;
  const marked = (value: string | undefined) =>
    value === undefined
      ? nothing
      : !highlight || terms.size === 0
        ? value
        : highlight(value, terms).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
  const organization = catalog.organizations.find((o) => o.id === offer.organization);
  const milestones = catalog.milestones.filter((m) => offer.milestones.includes(m.id)).map((m) => text(m.title));
  // Among several communes, "Stadtweit" says which town: "Stadtweit (Unna)".
  const town = text(communeOf(catalog, offer)?.place);
  const districts = offer.districts?.length
    ? catalog.districts.filter((d) => offer.districts!.includes(d.id)).map((d) => text(d.title))
    : [town ? `${s.wholeCity} (${town})` : s.wholeCity];
  const cost = offer.cost && { free: s.costFree, reduced: s.costReduced, paid: s.costPaid }[offer.cost];
  const wheelchair = offer.accessibility?.wheelchair;
  const contacts = contactsOf(catalog, offer);
  // The first number and address to reach the offer by: its contacts', else its organisation's.
  const reach = [...contacts, organization];
  const phone = reach.find((c) => telHref(c?.phone))?.phone;
  const email = reach.find((c) => mailtoHref(c?.email))?.email;
  const website = webHref(offer.url);
  const headingId = `offer-${offer.id}`;
  const saved = context.saved.has(offer.id);
  const title = text(offer.title);
  const km = context.distance(offer);
  const opening = offer.openingHours && openingStatusText(offer.openingHours, context.now, l);
  const updated = updatedText(offer.updated, context.today, context.staleAfter, l);
  const report = reportHref(
    reportAddress(offer, catalog),
    { id: offer.id, title },
    sharing.link({ offer: offer.id }) ?? location.href,
    s,
  );
  /** The offer's title after a button's text, for screen readers: `Merken: Familienhebammen`. */
  const of = html`<span class="visually-hidden">: ${title}</span>`;
  /** Print and share open the offer by its link. */
  const link = { offer: offer.id };
  return html`
    <article class="card" part="card" aria-labelledby=${headingId}>
      <h3 id=${headingId} dir="auto">${marked(title)}</h3>
      ${offer.summary ? html`<p dir="auto">${marked(text(offer.summary))}</p>` : nothing}
      <dl class="facts">
        ${organization ? html`<dt>${s.offeredBy}</dt><dd dir="auto">${marked(text(organization.name))}</dd>` : nothing}
        <dt>${s.milestones}</dt><dd dir="auto">${milestones.join(', ')}</dd>
        <dt>${s.district}</dt><dd dir="auto">${districts.join(', ')}</dd>
        ${km !== undefined ? html`<dt>${s.nearMeDistance}</dt><dd>${s.nearMeKilometres(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), l.format)}</dd>` : nothing}
        ${cost ? html`<dt>${s.cost}</dt><dd>${cost}</dd>` : nothing}
        ${offer.languages?.length ? html`<dt>${s.languages}</dt><dd>${offer.languages.map((code) => l.languageName(code)).join(', ')}</dd>` : nothing}
        ${wheelchair !== undefined ? html`<dt>${s.accessibility}</dt><dd>${wheelchair ? s.wheelchairYes : s.wheelchairNo}</dd>` : nothing}
        ${opening ? html`<dt>${s.openingHours}</dt><dd class=${opening.open ? 'open' : 'closed'}>${opening.text}</dd>` : nothing}
      </dl>
      ${
        updated
          ? html`<p class=${updated.stale ? 'updated stale' : 'updated'} part="updated">
            ${updated.stale ? html`<span aria-hidden="true">⚠</span> ` : nothing}${updated.text}
          </p>`
          : nothing
      }
      <div class="card-actions">
        ${phone ? html`<a class="button primary" part="call" href=${telHref(phone)!}>${s.call} <span dir="ltr">${phone}</span>${of}</a>` : nothing}
        ${email ? html`<a class="button" part="mail" href=${mailtoHref(email)!}>${s.email}${of}</a>` : nothing}
        <button
          class="button"
          part="save"
          type="button"
          aria-pressed=${saved ? 'true' : 'false'}
          @click=${() => context.saved.toggle(offer, l)}
        >
          <span aria-hidden="true">${saved ? '★' : '☆'}</span> ${saved ? s.saved : s.save}${of}
        </button>
      </div>
      <details part="details" @toggle=${(event: Event) => context.onToggle(event, offer)}>
        <summary>${s.details}<span class="visually-hidden">: ${title}</span></summary>
        <div class="details-body">
          ${offer.description ? html`<div class="description">${renderTextBlocks(text(offer.description), marked)}</div>` : nothing}
          <dl class="facts">
            ${
              offer.schedule
                ? html`<dt>${s.schedule}</dt><dd dir="auto">${text(offer.schedule)}</dd>`
                : offer.openingHours
                  ? html`<dt>${s.openingHours}</dt><dd>${openingPeriodLines(offer.openingHours, l).map((line) => html`<span class="line" dir="auto">${line}</span>`)}</dd>`
                  : nothing
            }
            ${offer.costNote ? html`<dt>${s.cost}</dt><dd dir="auto">${text(offer.costNote)}</dd>` : nothing}
            ${offer.accessibility?.note ? html`<dt>${s.accessibility}</dt><dd dir="auto">${text(offer.accessibility.note)}</dd>` : nothing}
            ${
              offer.address
                ? html`<dt>${s.address}</dt>
                  <dd>
                    <bdi>${offer.address.street}, ${offer.address.postalCode} ${offer.address.city}</bdi><br />
                    <a href=${osmHref(offer.address)}>${s.mapLink}</a>
                  </dd>`
                : nothing
            }
            ${website ? html`<dt>${s.website}</dt><dd><a href=${website}>${new URL(website).hostname}</a></dd>` : nothing}
          </dl>
          ${
            contacts.length
              ? html`<h4>${s.contacts}</h4>
                <ul class="contacts">
                  ${contacts.map((contact) => renderContact(contact, context))}
                </ul>`
              : nothing
          }
          <div class="offer-actions">
            <button class="button" type="button" @click=${() => void sharing.print([offer.id], text(catalog.title) ?? title, link, l)}>${s.print}${of}</button>
            ${
              sharing.base
                ? html`<button class="button" type="button" @click=${() => void sharing.share(`offer:${offer.id}`, title, link, l)}>${s.shareLink}${of}</button>`
                : nothing
            }
            ${report ? html`<a class="button" href=${report}>${s.reportError}${of}</a>` : nothing}
            ${sharing.renderNotice(`offer:${offer.id}`, l)}
          </div>
        </div>
      </details>
    </article>
  `;
}

/** A contact in an offer's details. */
function renderContact(contact: Contact, { catalog, l, now }: CardContext): TemplateResult {
  const s = l.strings;
  const tel = telHref(contact.phone);
  const mail = mailtoHref(contact.email);
  const organization = catalog.organizations.find((o) => o.id === contact.organization);
  return html`
    <li class="contact" part="contact">
      <p dir="auto"><strong>${l.text(contact.name)}</strong>${contact.role ? html`, ${l.text(contact.role)}` : nothing}</p>
      ${organization ? html`<p dir="auto">${l.text(organization.name)}</p>` : nothing}
      ${tel ? html`<p>${s.phone}: <a href=${tel} dir="ltr">${contact.phone}</a></p>` : nothing}
      ${mail ? html`<p>${s.email}: <a href=${mail} dir="ltr">${contact.email}</a></p>` : nothing}
      ${contact.hours ? html`<p>${s.hours}: <bdi>${l.text(contact.hours)}</bdi></p>` : nothing}
      ${contact.openingHours ? html`<p>${openingStatusText(contact.openingHours, now, l).text}</p>` : nothing}
      ${
        contact.languages?.length
          ? html`<p>${s.spokenLanguages}: ${contact.languages.map((code) => l.languageName(code)).join(', ')}</p>`
          : nothing
      }
    </li>
  `;
}
