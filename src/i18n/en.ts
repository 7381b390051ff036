/**
 * English UI strings. One object with every key of the German source
 * (../de.ts and strings/*.ts, where the keys are explained); loaded on demand
 * by registry.ts, so that pages in German do not download it.
 */
import type { Translation } from './de.js';
import type { Formatters } from './formatters.js';

const yearsEn = (age: number, f: Formatters) => f.plural(age, { one: '1 year', other: `${f.number(age)} years` });

export const en: Translation = {
  // Everywhere
  languagePlainGerman: 'Easy-to-read German',

  // <offer-search>
  searchLabel: 'Search offers',
  searchHint: 'A keyword, for example midwife, nursery or counselling',
  filters: 'Filters',
  activeFilterCount: (count, f) => `${f.number(count)} active`,
  showResults: (count, f) => `Show results (${f.number(count)})`,
  facetMilestone: 'Stage of life',
  facetTopic: 'Topic',
  facetDistrict: 'District',
  facetAge: "Child's age",
  facetCost: 'Cost',
  facetLanguage: 'Language',
  facetAccessibility: 'Accessibility',
  ageAny: 'Any age',
  ageExpecting: 'We are expecting a baby',
  ageYears: (age, f) =>
    age === 0 ? 'under 1 year' : f.plural(age, { one: '1 year', other: `${f.number(age)} years` }),
  freeOnly: 'Free offers only',
  wheelchairOnly: 'Wheelchair accessible only',
  activeFilters: 'Active filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  resetFilters: 'Reset all filters',
  loading: 'Loading offers …',
  resultCount: (count, f) => f.plural(count, { one: '1 offer', other: `${f.number(count)} offers` }),
  noResults: 'No offers found.',
  noResultsHint: 'Try another keyword or remove filters.',
  catalogEmpty: 'No offers have been entered here yet.',
  partialResults: (words) => `No offer matches all words (${words}). Offers that match some of them:`,
  alsoSearched: 'also searched for',
  resultsHeading: 'Results',
  page: (page, pages, f) => `Page ${f.number(page)} of ${f.number(pages)}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pagination: 'Result pages',
  errorConfig: 'The offers cannot be shown here at the moment.',
  errorNetwork: 'The offers could not be loaded. Please check your internet connection.',
  errorTimeout: 'The server is not responding at the moment.',
  errorHttp: (status) => `The offers could not be loaded (error ${status}).`,
  errorBusy: (seconds, f) =>
    `There are very many requests right now. Please try again in ${f.plural(seconds, { one: 'one second', other: `${f.number(seconds)} seconds` })}.`,
  errorData: 'The offer data is faulty at the moment. Please try again later.',
  errorTooLarge: 'The offer data is too large to show here.',
  retry: 'Try again',
  catalogsMissing: (places) => `The offers from ${places} cannot be loaded right now. All other offers are shown here.`,
  showingLastGood: (date) => `Showing the offers loaded last (as of ${date}).`,
  wholeCity: 'Citywide',
  costFree: 'free',
  costReduced: 'low cost',
  costPaid: 'paid',
  wheelchairYes: 'wheelchair accessible',
  wheelchairNo: 'not wheelchair accessible',
  offeredBy: 'Provider',
  milestones: 'Stage of life',
  district: 'District',
  cost: 'Cost',
  languages: 'Languages',
  accessibility: 'Accessibility',
  details: 'Details',
  schedule: 'Times',
  address: 'Address',
  mapLink: 'Show on OpenStreetMap',
  website: 'Website',
  contacts: 'Contacts',
  phone: 'Phone',
  call: 'Call',
  email: 'Email',
  hours: 'Office hours',
  spokenLanguages: 'Speaks',
  allOffers: 'See all offers in the city',
  save: 'Save',
  saved: 'Saved',
  savedList: 'Saved offers',
  savedAdded: 'Added to saved offers',
  savedRemoved: 'Removed from saved offers',
  savedEmpty: 'You have not saved any offers yet. Use “Save” on an offer to add it to this list.',
  savedForPage: 'Your saved offers are kept only while this page is open. They are not stored.',
  savedOnDevice: 'Your saved offers are stored on this device only. They are not sent anywhere.',
  clearList: 'Clear list',
  savedCleared: 'Your list of saved offers is now empty.',
  undoClear: 'Undo',
  backToResults: 'Back to results',
  linkList: 'Offers from a link',
  linkListHint: 'These offers were shared as a link. Use “Save” to add them to your saved offers.',
  saveAll: 'Save all',
  savedAll: 'All offers of this list are in your saved offers.',
  print: 'Print',
  mail: 'Send by email',
  shareLink: 'Share link',
  shareSearch: 'Share a link to this search',
  shareSearchShort: 'Share',
  linkCopied: 'Link copied',
  linkToCopy: 'Link to copy',
  linkCopyHint: 'The link is selected in the field. Please copy it.',
  dataDate: 'Data as of',
  viewLink: 'Link to this view',
  mailShortened: 'Not all offers fit into this email.',
  wholeList: 'The whole list',

  // "Near me" and the map.
  nearMe: 'Near me',
  nearMeHint: 'Sorts the offers by distance. Your location stays on this device: it is not sent and not stored.',
  nearMeLocate: 'Use my location',
  nearMePlace: 'Or choose a place',
  nearMeNoPlace: 'No place chosen',
  nearMeDistricts: 'Districts',
  nearMeAddresses: 'Addresses',
  nearMeDevice: 'your location',
  nearMeLocating: 'Finding your location …',
  nearMeDenied: 'Your location is not shared. You can choose a place instead.',
  nearMeUnavailable: 'Your location is not available right now. You can choose a place instead.',
  nearMeSorted: (place) => `Sorted by distance from ${place}`,
  nearMeOff: 'Stop sorting by distance',
  nearMeDistance: 'Distance',
  nearMeKilometres: (km, f) => `${f.number(km)} km`,
  nearMeMapShow: 'Show map',
  nearMeMapHide: 'Hide map',
  nearMeMapLabel: 'Map of the offers on this page',
  nearMeMapZoomIn: 'Zoom in',
  nearMeMapZoomOut: 'Zoom out',
  nearMeFailed: 'This cannot be loaded right now. Please try again.',

  // <milestone-timeline>
  timelineListLabel: 'Stages of life',
  timelineLoading: 'Loading stages of life and offers …',
  timelineEmpty: 'No stages of life have been entered for this overview yet.',
  timelineOfferCount: (count, f) => f.plural(count, { one: '1 offer', other: `${f.number(count)} offers` }),
  timelineGap: 'No offers yet',
  timelineDistrictNote: (districts) => `Counting the offers in ${districts} and those for the whole city.`,
  timelineAgeRange: (range, f) => {
    switch (range.kind) {
      case 'any':
        return 'Any age';
      case 'pregnancy':
        return 'Pregnancy';
      case 'from-pregnancy':
        return 'From pregnancy';
      case 'pregnancy-to':
        return `Pregnancy to ${yearsEn(range.to, f)}`;
      case 'under':
        return `under ${yearsEn(range.to, f)}`;
      case 'up-to':
        return `up to ${yearsEn(range.to, f)}`;
      case 'between':
        return `${f.number(range.from)}–${f.number(range.to)} years`;
      case 'exactly':
        return yearsEn(range.age, f);
      case 'from':
        return `from ${yearsEn(range.from, f)}`;
    }
  },
  timelineNowBadge: 'Now',
  timelineNextBadge: 'Next',
  timelineTransition: (count, f) =>
    f.plural(count, { one: 'Transition: 1 offer', other: `Transition: ${f.number(count)} offers` }),
  timelineTransitionGap: 'Transition: no offers yet',
  timelineTransitionBetween: (from, to) => `from ${from} to ${to}`,
  timelineOffersHeading: (milestone, count, f) =>
    `${milestone}: ${f.plural(count, { one: '1 offer', other: `${f.number(count)} offers` })}`,
  timelineNowTitle: 'Where are we now?',
  timelineNowHint: 'What you enter stays on this device: it is neither stored nor sent.',
  timelineNowKind: 'What would you like to enter?',
  timelineKindBirth: 'Date of birth',
  timelineKindDue: 'Due date',
  timelineKindYears: 'Age in years',
  timelineNowSubmit: 'Show stage of life',
  timelineNowSubmitOffers: 'Show offers',
  timelineNowClear: 'Clear',
  timelineProblemMissing: 'Please enter a date.',
  timelineProblemInvalid: 'Please enter a valid date, for example 14/03/2022.',
  timelineProblemBirthInFuture: 'The date of birth is in the future. If your child is not born yet, choose “Due date”.',
  timelineProblemDueInPast: 'The due date is in the past. Please enter the date of birth.',
  timelineProblemYears: 'Please enter the age as a number from 0 to 99.',
  timelineChildBorn: (years, months, days, f) => {
    if (years >= 1) return `Your child is ${yearsEn(years, f)} old`;
    if (months >= 1)
      return `Your child is ${f.plural(months, { one: '1 month', other: `${f.number(months)} months` })} old`;
    if (days >= 7)
      return `Your child is ${f.plural(Math.floor(days / 7), { one: '1 week', other: `${f.number(Math.floor(days / 7))} weeks` })} old`;
    if (days >= 1) return `Your child is ${f.plural(days, { one: '1 day', other: `${f.number(days)} days` })} old`;
    return 'Your child was born today';
  },
  timelineChildExpected: (days, weeks, f) => {
    if (days === 0) return 'Your child is due today';
    if (days === 1) return 'Your child is due tomorrow';
    if (days < 14) return `Your child is due in ${f.number(days)} days`;
    return `Your child is due in ${f.number(weeks)} weeks`;
  },
  timelineChildYears: (years, f) => {
    if (years < 0) return 'You are expecting a child';
    if (years < 1) return 'Your child is under 1 year old';
    return `Your child is ${yearsEn(years, f)} old`;
  },
  timelineNow: (child, current, next) => {
    if (current && next) return `${child}: ${current}. Next: ${next}`;
    if (current) return `${child}: ${current}. This is the last stage of life in this overview.`;
    if (next) return `${child}. Next: ${next}`;
    return `${child}. This overview shows no stage of life for this age.`;
  },

  // <contact-card>
  contactLoading: 'Loading contact …',
  contactNotFound: 'Contact not found.',
  contactNotFoundHint: 'The details may have changed.',
  contactNetworks: (count, f) => f.plural(count, { one: 'Network', other: 'Networks' }),
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWebsite: 'Website',
  contactAddress: 'Address',
  contactMapLink: 'Show on OpenStreetMap',
  contactHours: 'Office hours',
  contactSpeaks: 'Speaks',
  contactLanguages: 'Languages',
  contactWrite: 'Write an email',
  contactSave: 'Save contact',
  contactSaveHint: 'as a file for your address book (vCard)',
  contactCountry: 'Germany',
  contactFileName: 'Contact',
  contactErrorConfig: 'The contact details cannot be shown here at the moment.',
  contactSaveFailed: 'The contact could not be saved. Please check your internet connection and try again.',
  contactErrorNetwork: 'The contact details could not be loaded. Please check your internet connection.',
  contactErrorTimeout: 'The server is not responding at the moment.',
  contactErrorHttp: (status) => `The contact details could not be loaded (error ${status}).`,
  contactErrorBusy: (seconds, f) =>
    `There are very many requests right now. Please try again in ${f.plural(seconds, { one: 'one second', other: `${f.number(seconds)} seconds` })}.`,
  contactErrorData: 'The contact data is faulty at the moment. Please try again later.',
  contactErrorTooLarge: 'The contact data is too large to show here.',
  contactRetry: 'Try again',
  contactShowingLastGood: (date) => `Showing the contact details loaded last (as of ${date}).`,

  // <offer-finder>
  finderSkipToResults: 'Skip to results',
  finderTimelineToggle: 'Enter an age, all stages of life',
  finderSearchHeading: 'Search offers',
  finderContactsHeading: 'Contacts',
  finderContactsForOffer: (title) => `Contacts for “${title}”`,
  finderContactsForMilestone: (title) => `Contacts for the stage “${title}”`,

  // <offer-coverage>
  coverageLoading: 'Loading the overview …',
  coverageEmpty: 'No stages of life have been entered for this overview yet.',
  coverageViewLabel: 'View',
  coverageViewTopics: 'Topics per stage of life',
  coverageViewDistricts: 'Districts per stage of life',
  coverageAllDistricts: 'All districts',
  coverageCaption: (view, district) =>
    view === 'districts'
      ? 'Offers by district and stage of life'
      : district
        ? `Offers by topic and stage of life in ${district}`
        : 'Offers by topic and stage of life in all districts',
  coverageTopicsNote:
    'An offer counts for every topic and every stage of life it names. Gap: no offer. Thin: only one offer.',
  coverageDistrictsNote:
    'Counting the offers in the district and those for the whole city. Gap: no offer in the district itself. Thin: only one.',
  coverageTotal: 'All offers',
  coverageGap: 'gap',
  coverageThin: 'thin',
  coverageLocal: (count, f) => `${f.number(count)} in the district`,
  coverageLocalColumn: (milestone) => `${milestone}: in the district`,
  coverageCell: (row, column) => `${row} in “${column}”`,
  coverageGaps: (cells, f) =>
    cells.length
      ? `${f.plural(cells.length, { one: '1 gap', other: `${f.number(cells.length)} gaps` })}: ${cells.join(', ')}.`
      : 'No gaps.',
  coverageThinList: (cells, f) =>
    cells.length
      ? `${f.plural(cells.length, { one: '1 cell is thin', other: `${f.number(cells.length)} cells are thin` })}: ${cells.join(', ')}.`
      : 'No cell is thin.',
  coverageGapsHeading: (count, f) =>
    count ? `${f.plural(count, { one: '1 gap', other: `${f.number(count)} gaps` })}:` : 'No gaps.',
  coverageThinHeading: (count, f) =>
    count
      ? `${f.plural(count, { one: '1 cell is thin', other: `${f.number(count)} cells are thin` })}:`
      : 'No cell is thin.',
  coverageWithCitywide: (count, f) => `${f.number(count)} with the citywide ones`,
  coverageWithoutTopic: (count, f) =>
    f.plural(count, {
      one: '1 offer has no topic and is in no row.',
      other: `${f.number(count)} offers have no topic and are in no row.`,
    }),
  coverageOffersHeading: (cell, count, f) =>
    `${cell}: ${f.plural(count, { one: '1 offer', other: `${f.number(count)} offers` })}`,
  coverageClose: 'Close the list',
  coverageDownload: 'Download the table as CSV',
  coverageFileName: 'offer-coverage',

  // Opening hours, the date of an entry, "report an error"
  openNow: (until) => `Open now, until ${until}`,
  closedNow: (next) => `Closed now, opens ${next}`,
  closedForNow: 'Closed for now',
  today: 'today',
  tomorrow: 'tomorrow',
  dayAndTime: (day, time) => `${day} ${time}`,
  openingHours: 'Opening hours',
  openTodayOnly: 'Open today',
  openingPeriod: (days, opens, closes) => `${days} ${opens}–${closes}`,
  openingValidFrom: (date) => `from ${date}`,
  openingValidThrough: (date) => `until ${date}`,
  updatedOn: (month) => `Last checked: ${month}`,
  updatedLongAgo: (month, months, f) =>
    `Last checked: ${month}. Not checked for more than ${f.plural(months, { one: 'a month', other: `${f.number(months)} months` })} – please ask whether it still applies.`,
  reportError: 'Report an error',
  reportSubject: (title, id) => `Error in the entry “${title}” (${id})`,
  reportBody: (title, id, link) =>
    `Hello,\n\nsomething is wrong in the entry “${title}” (ID ${id}):\n\n\n\nThe entry: ${link}`,
};
