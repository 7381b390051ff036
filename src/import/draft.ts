/**
 * One offer as a source holds it, before it is fitted into the catalog.
 *
 * Every format (a spreadsheet row, a GeoJSON feature, an HSDS or Open
 * Referral UK service, a service of the HSDS data package) is read into this
 * one shape, with the values as the source wrote them. `fit.ts` then does
 * for all of them alike what makes them catalog values: HTML to text, phone
 * numbers to international notation, language names to tags, opening texts
 * to opening hours, ages to milestones, names to ids. So a rule is written
 * once, and a Kita list and a UK feed lose nothing in different ways.
 */
import type { LocalizedText, OpeningPeriod, Weekday } from '../catalog/schema.js';

/** Where in the input something was read: a spreadsheet cell, or a path in a JSON file. */
export interface Place {
  file: string;
  sheet?: string;
  /** The row as the spreadsheet shows it. */
  row?: number;
  /** The column's header as written, or the field's JSON path below the record (`phones[0].number`). */
  column?: string;
  /** The record's JSON path in the file (`content[3]`, `features[12]`). */
  path?: string;
  /** A text file's line and the character in it (an encoding's first odd byte), where rows and columns do not apply. */
  line?: number;
  character?: number;
}

/** A value a mapping may turn into milestones and topics: a taxonomy term, a category column's value, an age band, a type flag. */
export interface Term {
  /** Where the value comes from: a taxonomy's name, or the column's header. */
  scheme: string;
  /** The term's id or code, or the cell's value (for a flag column: the column's header). */
  value: string;
  /** The term's readable name, when it has one beside its id. */
  label?: string;
  /** The term's id, when `value` is its code: a mapping may name either. */
  id?: string;
}

export interface DraftAddress {
  street?: string;
  postalCode?: string;
  city?: string;
  /** Degrees, as numbers or as written (`51,59`). */
  lat?: number | string;
  lon?: number | string;
  /** ISO 3166 alpha-2 or a country's name, as written. */
  country?: string;
  /** The district the address lies in, by id or title of the base catalog. */
  district?: string;
}

export interface DraftContact {
  id?: string;
  name?: LocalizedText;
  role?: LocalizedText;
  phones: string[];
  emails: string[];
  url?: string;
  languages: string[];
  hours?: LocalizedText;
  /** Where the contact is in the record (`contacts[0]`, or a column). */
  from: string;
}

export interface DraftOrganization {
  id?: string;
  name: string;
  url?: string;
  phones: string[];
  emails: string[];
  address?: DraftAddress;
  from: string;
}

/** The fields of a draft whose origin a note can point to. */
export type DraftField =
  | 'id'
  | 'title'
  | 'summary'
  | 'description'
  | 'milestones'
  | 'topics'
  | 'districts'
  | 'areas'
  | 'terms'
  | 'ageMin'
  | 'ageMax'
  | 'ages'
  | 'organization'
  | 'contacts'
  | 'phones'
  | 'faxes'
  | 'emails'
  | 'address'
  | 'lat'
  | 'schedule'
  | 'openingHours'
  | 'cost'
  | 'costNote'
  | 'languages'
  | 'wheelchair'
  | 'accessibility'
  | 'url'
  | 'keywords'
  | 'updated'
  | 'status';

export interface Draft {
  /** The record: its row, or its JSON path. */
  at: Place;
  /** Per field, the column or JSON path below the record it was read from. */
  from: Partial<Record<DraftField, string>>;
  id?: string;
  title?: LocalizedText;
  summary?: LocalizedText;
  description?: LocalizedText;
  /** Milestones, topics and districts the source names itself, by id or title of the base catalog. */
  milestones: string[];
  topics: string[];
  districts: string[];
  /** Areas a service covers (Open Referral `service_areas`): matched to districts by name where they match. */
  areas: string[];
  terms: Term[];
  /** Ages in years as written: `3`, `0,5`, `6 Monate`; `ages` is a band such as `0–6 Jahre`. */
  ageMin?: number | string;
  ageMax?: number | string;
  ages?: string;
  organization?: DraftOrganization;
  /** People or desks of the service (HSDS contacts, a "Ansprechperson" column). */
  contacts: DraftContact[];
  /** Contacts of the base catalog, by id or name (the `kontakte` column). */
  contactRefs: string[];
  /** The service's and its location's own phones and e-mails, as written (a cell may hold several). */
  phones: string[];
  emails: string[];
  /** Fax numbers: not for families, but said where they were left out. */
  faxes: string[];
  address?: DraftAddress;
  /** The opening text families read; parsed into opening hours unless the source has them structured. */
  schedule?: LocalizedText;
  openingHours?: OpeningPeriod[];
  /** Opening hours as a spreadsheet cell holds them after an export: canonical text, or JSON for periods with notes. */
  openingHoursCell?: string;
  /**
   * The source says the opening text is only text: no opening hours are read from it. Its rules were not plain
   * weekly ones (monthly, a number of times), or its column of structured hours is empty for this record.
   */
  scheduleIsText?: boolean;
  /** Opening and closing times per weekday, as columns (`mo_o`, `mo_c`) or Open Referral `regular_schedules` give them. */
  dayTimes?: Partial<Record<Weekday, { opens?: string; closes?: string }[]>>;
  /** Cost as written: `kostenlos`, `0,00 €`, `free`, `5 € pro Termin`. */
  cost?: string;
  costNote?: LocalizedText;
  languages: string[];
  /** Wheelchair access as written (`ja`, `teilweise`, `Yes`); a text that is no yes/no becomes the note. */
  wheelchair?: string;
  accessibility?: LocalizedText;
  url?: string;
  keywords: string[];
  /** When the entry was last checked, as written: `assured_date`, `last_modified`, a "Stand" column. */
  updated?: string;
  /** HSDS status: only `active` services become offers. */
  status?: string;
}

/** An empty draft at a place; sources fill it. */
export function newDraft(at: Place): Draft {
  return {
    at,
    from: {},
    milestones: [],
    topics: [],
    districts: [],
    areas: [],
    terms: [],
    contacts: [],
    contactRefs: [],
    phones: [],
    emails: [],
    faxes: [],
    languages: [],
    keywords: [],
  };
}
