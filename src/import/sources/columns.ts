/**
 * The columns of a spreadsheet of offers, and the many ways people head
 * them. A Jugendamt's list says "Einrichtung", "Tel.", "Homepage"; a city's
 * open-data file says "NAME", "TELEFON", "INTERNET"; an English feed says
 * "Service name", "Phone". Built-in German and English aliases read these
 * without a converter script; the mapping file's `columns` covers the rest.
 *
 * The canonical names are the ones `offer-finder export` writes, so that a
 * catalog round-trips through a spreadsheet.
 */
import type { Weekday } from '../../catalog/schema.js';

export const tabularFields = [
  'id',
  'titel',
  'zusammenfassung',
  'beschreibung',
  'meilensteine',
  'themen',
  'stadtteile',
  'kategorie',
  'alter',
  'alter_von',
  'alter_bis',
  'traeger',
  'kontakte',
  'ansprechperson',
  'telefon',
  'mobil',
  'fax',
  'email',
  'url',
  'strasse',
  'hausnummer',
  'plz',
  'ort',
  'adresse_stadtteil',
  'lat',
  'lon',
  'zeiten',
  'zeiten_strukturiert',
  'kosten',
  'kosten_hinweis',
  'sprachen',
  'rollstuhlgerecht',
  'barrierefreiheit',
  'stichworte',
  'stand',
  'status',
] as const;

export type TabularField = (typeof tabularFields)[number];

/** Fields whose cells are texts families read: a column may carry a language (`Titel (en)`, `titel_en`). */
export const textFields: ReadonlySet<TabularField> = new Set([
  'titel',
  'zusammenfassung',
  'beschreibung',
  'kosten_hinweis',
  'zeiten',
  'barrierefreiheit',
]);

/** Header words, compared without case, umlauts, punctuation and spaces (see `headerKey`); separated by spaces. */
const aliases: Record<TabularField, string> = {
  id: 'id kennung einrichtungsnummer angebotsid serviceid',
  titel:
    'titel title name bezeichnung einrichtung einrichtungsname namedereinrichtung angebot angebotsname servicename kitaname einrichtungsbezeichnung',
  zusammenfassung: 'zusammenfassung kurzbeschreibung summary teaser kurztext',
  beschreibung: 'beschreibung description angebotsbeschreibung details informationen info text langtext',
  meilensteine: 'meilensteine meilenstein lebensphasen lebensphase milestones',
  themen: 'themen thema topics topic',
  stadtteile: 'stadtteile stadtteil ortsteil ortsteile bezirk stadtbezirk betreuungsbezirk quartier districts district',
  kategorie:
    'kategorie kategorien art typ angebotsart einrichtungsart einrichtungstyp zielgruppe category categories type servicetype',
  alter: 'alter altersgruppe altersspanne age ages agerange agegroup',
  alter_von: 'altervon mindestalter abalter agemin minage minimumage agefrom altermin',
  alter_bis: 'alterbis hoechstalter hochstalter agemax maxage maximumage ageto altermax',
  traeger:
    'traeger organisation organization anbieter provider traegername traegerdereinrichtung traegerschaft organisationname organizationname',
  kontakte: 'kontakte contacts',
  ansprechperson:
    'ansprechperson ansprechpartner ansprechpartnerin ansprechpartnerinnen kontaktperson contactname contactperson leitung',
  telefon: 'telefon tel telefonnummer phone phonenumber fon rufnummer telephone telefon1',
  mobil: 'mobil handy mobilnummer mobile telefon2',
  fax: 'fax telefax faxnummer',
  email: 'email mail emailadresse emailaddress',
  url: 'url internet homepage website webseite web link internetadresse www',
  strasse:
    'strasse str adresse anschrift einrichtungsadresse street address strasseundhausnummer strassehausnummer address1',
  hausnummer: 'hausnummer hausnr hnr housenumber hausbez hausbezeichnung',
  plz: 'plz postleitzahl postalcode postcode zip zipcode',
  ort: 'ort stadt gemeinde city town ortsname',
  adresse_stadtteil: 'adressestadtteil addressdistrict',
  lat: 'lat latitude breite breitengrad geolat ykoordinate',
  lon: 'lon lng long longitude laenge laengengrad geolon geolng xkoordinate',
  zeiten: 'zeiten oeffnungszeiten oeffnungszeit sprechzeiten betreuungszeiten openinghours hours schedule times',
  zeiten_strukturiert: 'zeitenstrukturiert openinghoursstructured',
  kosten: 'kosten cost costs gebuehr gebuehren preis price fees fee kostenbeitrag entgelt',
  kosten_hinweis: 'kostenhinweis costnote hinweisekosten feesdescription',
  sprachen: 'sprachen sprache languages language fremdsprachen sprachangebot languagesspoken',
  rollstuhlgerecht: 'rollstuhlgerecht rollstuhl barrierefrei wheelchair wheelchairaccessible rollstuhlzugang',
  barrierefreiheit: 'barrierefreiheit accessibility zugaenglichkeit hinweisebarrierefreiheit',
  stichworte: 'stichworte stichwoerter schlagworte schlagwoerter keywords tags suchbegriffe',
  stand:
    'stand aktualisiert zuletztgeaendert letzteaenderung updated lastupdated lastmodified geprueftam assureddate standderdaten',
  status: 'status',
};

/** A header reduced to what matters for matching: `Straße & Hausnr.` → `strasseundhausnr`, `E-Mail` → `email`. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/&/g, 'und')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '');
}

const aliasIndex = new Map<string, TabularField>();
for (const field of tabularFields) {
  aliasIndex.set(headerKey(field), field);
  for (const alias of aliases[field].split(' ').filter(Boolean)) aliasIndex.set(alias, field);
}

/** Opening hours in one column per weekday and time: `mo_o`/`mo_c`, `Montag von`/`Montag bis`, `Mon open`. */
export interface DayColumn {
  day: Weekday;
  edge: 'opens' | 'closes';
}

const dayWords: Record<string, Weekday> = {
  mo: 'mo',
  montag: 'mo',
  mon: 'mo',
  monday: 'mo',
  di: 'tu',
  dienstag: 'tu',
  tue: 'tu',
  tues: 'tu',
  tuesday: 'tu',
  mi: 'we',
  mittwoch: 'we',
  wed: 'we',
  wednesday: 'we',
  do: 'th',
  donnerstag: 'th',
  thu: 'th',
  thur: 'th',
  thurs: 'th',
  thursday: 'th',
  fr: 'fr',
  freitag: 'fr',
  fri: 'fr',
  friday: 'fr',
  sa: 'sa',
  samstag: 'sa',
  sonnabend: 'sa',
  sat: 'sa',
  saturday: 'sa',
  so: 'su',
  sonntag: 'su',
  sun: 'su',
  sunday: 'su',
};
const opensWords = new Set(['o', 'von', 'ab', 'auf', 'open', 'opens', 'beginn', 'start', 'from']);
const closesWords = new Set(['c', 'bis', 'zu', 'close', 'closes', 'ende', 'end', 'to', 'until']);

function dayColumn(header: string): DayColumn | undefined {
  const words = header
    .toLowerCase()
    .split(/[^a-zäöüß]+/)
    .filter(Boolean);
  if (words.length !== 2) return undefined;
  const day = dayWords[words[0]!];
  const edge = opensWords.has(words[1]!) ? 'opens' : closesWords.has(words[1]!) ? 'closes' : undefined;
  return day && edge ? { day, edge } : undefined;
}

/** What a header is: a field (with the language of a text column), a weekday time, or nothing known. */
export type ColumnMeaning = { field: TabularField; lang?: string } | { day: DayColumn } | { unknown: true };

/**
 * A header to its meanings. `mapped` is the mapping file's `columns`
 * (header as written, without case → fields); it wins over the built-in
 * aliases, and may give a column several meanings (`"LEISTUNGEN": ["titel",
 * "kategorie"]`). No meaning: an empty header, or one mapped to `ignore`.
 */
export function columnMeanings(
  header: string,
  mapped: ReadonlyMap<string, readonly (TabularField | 'ignore')[]>,
): ColumnMeaning[] {
  const own = mapped.get(header.trim().toLowerCase());
  if (own) return own.filter((field): field is TabularField => field !== 'ignore').map((field) => ({ field }));
  const meaning = builtInMeaning(header, mapped);
  return meaning ? [meaning] : [];
}

function builtInMeaning(
  header: string,
  mapped: ReadonlyMap<string, readonly (TabularField | 'ignore')[]>,
): ColumnMeaning | undefined {
  const written = header.trim();
  if (!written) return undefined;
  const field = aliasIndex.get(headerKey(written));
  if (field) return { field };
  const day = dayColumn(written);
  if (day) return { day };
  // A text column in another language: `Titel (en)`, `titel_en`, `Beschreibung [tr]`.
  const translated = /^(.*?)[\s_]*[([]?\s*([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\s*[)\]]?$/i.exec(written);
  if (translated?.[1] && /[(_[]/.test(written.slice(translated[1].length))) {
    const base = mapped.get(translated[1].trim().toLowerCase())?.[0] ?? aliasIndex.get(headerKey(translated[1]));
    if (base && base !== 'ignore' && textFields.has(base)) return { field: base, lang: translated[2]!.toLowerCase() };
  }
  return { unknown: true };
}
