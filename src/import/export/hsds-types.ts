/**
 * The part of Open Referral HSDS 3.0 that the export writes: the objects of a
 * `service_full` and the page of them that the HSDS API serves. Only the
 * fields the export fills are declared; the official JSON Schemas
 * (`test/fixtures/hsds-3.0-schema/`) are what the output is tested against.
 */

/** The `Page` of the HSDS OpenAPI description, with its `contents`. */
export interface HsdsExport {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsService[];
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  status: 'active';
  fees_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  assurer_email?: string;
  last_modified?: string;
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  organization?: HsdsOrganization;
  cost_options?: HsdsCostOption[];
  contacts?: HsdsContact[];
  attributes?: HsdsAttribute[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhone[];
  locations?: HsdsLocation[];
  attributes?: HsdsAttribute[];
}

export interface HsdsContact {
  id: string;
  organization_id?: string;
  name: string;
  title?: string;
  email?: string;
  phones?: HsdsPhone[];
  attributes?: HsdsAttribute[];
}

export interface HsdsPhone {
  id: string;
  number: string;
  description?: string;
  languages?: HsdsLanguage[];
}

export interface HsdsLanguage {
  id: string;
  name?: string;
  code: string;
  note?: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  location: HsdsLocation;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
}

export interface HsdsAddress {
  id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  description?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsSchedule {
  id: string;
  valid_from?: string;
  valid_to?: string;
  freq?: 'WEEKLY';
  byday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  notes?: string;
}

export interface HsdsServiceArea {
  id: string;
  name: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsCostOption {
  id: string;
  amount: number;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: string;
  taxonomy_term_id: string;
  value?: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  term_uri?: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}
