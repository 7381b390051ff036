/**
 * Drafts of every source into one validated catalog: each draft becomes an
 * offer with its values normalised (`fit-values.ts`), classified
 * (`fit-classify.ts`) and its people found or added (`fit-contacts.ts`);
 * then the offers join the base catalog and the parser the finder uses
 * checks the whole, so what is written is what families will see. What the
 * parser still repairs is reported at the place in the input it came from.
 */
import type { CatalogIssue } from '../catalog/parse.js';
import type { Catalog, Offer } from '../catalog/schema.js';
import { idPattern } from '../catalog/ids.js';
import { assemble, offerPath } from './assemble.js';
import { slugify } from './references.js';
import type { Draft, DraftField, Place } from './draft.js';
import { classify, fitAges } from './fit-classify.js';
import { noteOn, placeOf, type FitContext } from './fit-context.js';
import { People } from './fit-contacts.js';
import {
  fitAccessibility,
  fitAddress,
  fitCost,
  fitLanguages,
  fitOpeningHours,
  fitText,
  fitUpdated,
  fitUrl,
} from './fit-values.js';
import { maxCatalogBytes } from './limits.js';
import type { ImportNote } from './notes.js';

export interface FitOptions extends Omit<FitContext, 'notes'> {
  /** Keep the base catalog's offers (new ones with the same id replace them); default: the drafts are the offers. */
  keepOffers?: boolean;
  /** The catalog's `updated` (YYYY-MM-DD). */
  today?: string;
}

export interface FitResult {
  /** The validated catalog; undefined when it could not be made (nothing readable, or too large). */
  catalog?: Catalog;
  notes: ImportNote[];
  /** Records read, and those that became offers. */
  records: number;
  converted: number;
}

/** The catalog field of a parser issue's path (`offers[3].address.postalCode`) to the draft field it came from. */
const fieldOfPath: [RegExp, DraftField][] = [
  [/^title/, 'title'],
  [/^summary/, 'summary'],
  [/^description/, 'description'],
  [/^milestones/, 'milestones'],
  [/^topics/, 'topics'],
  [/^districts/, 'districts'],
  [/^ageMin/, 'ageMin'],
  [/^ageMax/, 'ageMax'],
  [/^organization/, 'organization'],
  [/^contacts/, 'contacts'],
  [/^address\.(lat|lon)/, 'lat'],
  [/^address/, 'address'],
  [/^costNote/, 'costNote'],
  [/^cost/, 'cost'],
  [/^languages/, 'languages'],
  [/^accessibility/, 'accessibility'],
  [/^schedule/, 'schedule'],
  [/^openingHours/, 'openingHours'],
  [/^url/, 'url'],
  [/^keywords/, 'keywords'],
  [/^updated/, 'updated'],
  [/^id/, 'id'],
];

/** A draft without its places, to tell the same record on two pages from two records with one id. */
const content = ({ at: _at, from: _from, ...rest }: Draft) => JSON.stringify(rest);

const isEmpty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * The drafts once each, by the source's id. The same record twice (a page
 * fetched twice) is taken once. Another file's record with the same id and
 * the same name is the same service seen twice (a feed's list and its
 * detail page): merged, the first file's values first. Another file's
 * record with the same id but another name is another record (two lists
 * both counting from 1): renamed after its file. Within one file, an id
 * twice with other content is an error: the first counts.
 */
function distinct(context: FitContext, drafts: Draft[]): Draft[] {
  const kept = new Map<string, Draft>();
  const out: Draft[] = [];
  const nameOf = (draft: Draft) => JSON.stringify(draft.title);
  for (const draft of drafts) {
    const first = draft.id === undefined ? undefined : kept.get(draft.id);
    if (!first) {
      if (draft.id !== undefined) kept.set(draft.id, draft);
      out.push(draft);
    } else if (content(first) === content(draft))
      noteOn(context, draft, 'id', 'info', 'duplicate-record', { value: draft.id });
    else if (first.at.file === draft.at.file)
      noteOn(context, draft, 'id', 'error', 'duplicate-id', { value: draft.id });
    else if (nameOf(first) === nameOf(draft)) {
      const target = first as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(draft))
        if (isEmpty(target[key]) && !isEmpty(value)) target[key] = value;
      first.from = { ...draft.from, ...first.from };
      noteOn(context, draft, 'id', 'info', 'duplicate-record', { value: draft.id });
    } else {
      const renamed = `${slugify(draft.at.file.replace(/^.*\//, '').replace(/\.[^.]*$/, ''))}-${draft.id}`;
      noteOn(context, draft, 'id', 'info', 'renamed-id', { value: draft.id, id: renamed });
      out.push({ ...draft, id: renamed });
    }
  }
  return out;
}

function fitOffer(
  context: FitContext,
  people: People,
  draft: Draft,
  id: string,
  title: NonNullable<Offer['title']>,
): Offer | undefined {
  const ages = fitAges(context, draft);
  const { milestones, topics, districts, addressDistrict } = classify(context, draft, ages);
  if (milestones.length === 0) {
    // What the record did say, so that the clerk sees which term or value to map.
    const said = draft.milestones.length ? draft.milestones : draft.terms.map((t) => t.label ?? t.value);
    noteOn(
      context,
      draft,
      draft.milestones.length ? 'milestones' : 'terms',
      'error',
      'no-milestone',
      said.length ? { value: said.join(', ') } : {},
    );
    return undefined;
  }
  const offer: Offer = { id, title, milestones };
  for (const fax of draft.faxes) noteOn(context, draft, 'faxes', 'info', 'fax-left-out', { value: fax });
  const summary = fitText(context, draft, 'summary', draft.summary);
  if (summary) offer.summary = summary;
  const description = fitText(context, draft, 'description', draft.description);
  if (description) offer.description = description;
  if (topics.length) offer.topics = topics;
  if (districts.length) offer.districts = districts;
  Object.assign(offer, ages);

  const organization = draft.organization && people.organization(draft, draft.organization);
  if (organization) offer.organization = organization;
  const named = [
    ...people.references(draft),
    ...draft.contacts.flatMap((contact) => people.contact(draft, contact, title, organization)),
  ];
  const own = people.contact(
    draft,
    { phones: draft.phones, emails: draft.emails, languages: [], from: draft.from.phones ?? draft.from.emails ?? '' },
    title,
    organization,
    named,
  );
  const contacts = [...named, ...own];
  if (contacts.length) offer.contacts = [...new Set(contacts)];

  const address = fitAddress(context, draft, draft.address);
  if (address) offer.address = addressDistrict ? { ...address, district: addressDistrict } : address;
  fitCost(context, draft, offer);
  const costNote = fitText(context, draft, 'costNote', draft.costNote);
  if (costNote) offer.costNote = costNote;
  const languages = fitLanguages(context, draft, draft.languages);
  if (languages.length) offer.languages = languages;
  fitAccessibility(context, draft, offer);
  const schedule = fitText(context, draft, 'schedule', draft.schedule);
  if (schedule) offer.schedule = schedule;
  const openingHours = fitOpeningHours(context, draft, schedule);
  if (openingHours) offer.openingHours = openingHours;
  const url = fitUrl(context, draft, draft.url);
  if (url) offer.url = url;
  const keywords = [...new Set(draft.keywords.map((k) => k.trim()).filter(Boolean))];
  if (keywords.length) offer.keywords = keywords;
  const updated = fitUpdated(context, draft);
  if (updated) offer.updated = updated;
  return offer;
}

export function fitDrafts(drafts: Draft[], options: FitOptions): FitResult {
  const { keepOffers, today, ...shared } = options;
  const context: FitContext = { ...shared, notes: [] };
  const people = new People(context);
  const offers: Offer[] = [];
  const draftOfOffer: Draft[] = [];
  const ids = new Set<string>();

  for (const draft of distinct(context, drafts)) {
    const status = draft.status?.trim().toLowerCase();
    if (status && status !== 'active' && status !== 'aktiv') {
      noteOn(context, draft, 'status', 'info', 'inactive', { value: draft.status });
      continue;
    }
    const title = fitText(context, draft, 'title', draft.title);
    if (!title) {
      noteOn(context, draft, 'title', 'error', 'missing-value');
      continue;
    }
    let id: string;
    if (draft.id && idPattern.test(draft.id)) id = draft.id;
    else {
      const start = slugify(draft.id ?? (typeof title === 'string' ? title : Object.values(title)[0]!));
      id = start;
      for (let n = 2; ids.has(id); n++) id = `${start.slice(0, 95)}-${n}`;
      if (draft.id) noteOn(context, draft, 'id', 'warning', 'invalid-id', { value: draft.id, id });
      else noteOn(context, draft, 'title', 'info', 'generated-id', { id });
    }
    if (ids.has(id)) {
      noteOn(context, draft, 'id', 'error', 'duplicate-id', { value: id });
      continue;
    }
    const offer = fitOffer(context, people, draft, id, title);
    if (!offer) continue;
    ids.add(id);
    offers.push(offer);
    draftOfOffer.push(draft);
  }

  const assembled = assemble({
    base: options.base,
    offers,
    organizations: people.organizations,
    contacts: people.contacts,
    keepOffers,
    ...(today && { today }),
  });
  for (const issue of assembled.issues)
    context.notes.push(issueNote(issue, assembled.firstNew, draftOfOffer, people, context.basePlace));
  const newIds = new Set(offers.map((o) => o.id));
  const converted = assembled.catalog.offers.filter((o) => newIds.has(o.id)).length;
  // In the order of the input, as a clerk goes through the file.
  const order = (note: ImportNote) =>
    `${note.at?.file ?? ''}\u0000${String(note.at?.row ?? 0).padStart(9, '0')}\u0000${note.at?.path ?? ''}`;
  context.notes.sort((a, b) => order(a).localeCompare(order(b), 'en', { numeric: true }));
  const result: FitResult = { notes: context.notes, records: drafts.length, converted };
  const bytes = new TextEncoder().encode(JSON.stringify(assembled.catalog, null, 2)).length;
  if (bytes > maxCatalogBytes)
    context.notes.push({
      severity: 'fatal',
      code: 'too-large',
      detail: `${(bytes / 2 ** 20).toFixed(1)} MiB > ${maxCatalogBytes / 2 ** 20} MiB`,
    });
  else result.catalog = assembled.catalog;
  return result;
}

/** A parser issue at the input's place: the draft's row and column, or the path in the base catalog. */
function issueNote(
  issue: CatalogIssue,
  firstNew: number,
  draftOfOffer: Draft[],
  people: People,
  basePlace: (path: string) => Place,
): ImportNote {
  const severity = issue.code === 'invalid-record' || issue.code === 'duplicate-id' ? 'error' : 'warning';
  const at = offerPath(issue.path);
  const draft = at && at.index >= firstNew ? draftOfOffer[at.index - firstNew] : undefined;
  if (!draft) {
    const added = issue.id && people.places.get(`${issue.path.split('[')[0]}:${issue.id}`);
    return { severity, code: 'catalog-issue', issue, at: added || basePlace(issue.path) };
  }
  const field = fieldOfPath.find(([pattern]) => pattern.test(at!.field))?.[1];
  return { severity, code: 'catalog-issue', issue, at: placeOf(draft, field) };
}
