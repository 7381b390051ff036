/** Strings of `<offer-finder>`. Functions take the numbers and names to put in (see ../formatters.ts). */
export const finderDe = {
  finderTimelineHeading: 'Angebote entlang des Aufwachsens',
  finderSearchHeading: 'Angebote suchen',
  finderContactsHeading: 'Ansprechpersonen',
  finderContactsForOffer: (title: string) => `Ansprechpersonen für „${title}“`,
  finderContactsForMilestone: (title: string) => `Ansprechpersonen für die Lebensphase „${title}“`,
};

export const finderEn: typeof finderDe = {
  finderTimelineHeading: 'Offers along growing up',
  finderSearchHeading: 'Search offers',
  finderContactsHeading: 'Contacts',
  finderContactsForOffer: (title) => `Contacts for “${title}”`,
  finderContactsForMilestone: (title) => `Contacts for the stage “${title}”`,
};
