/**
 * German strings of `<offer-finder>`, the source of every translation (one file
 * per language next to ../de.ts). Functions take the numbers and names to put in
 * (see ../formatters.ts).
 */
export const finderDe = {
  finderTimelineHeading: 'Angebote entlang des Aufwachsens',
  finderSearchHeading: 'Angebote suchen',
  finderContactsHeading: 'Ansprechpersonen',
  finderContactsForOffer: (title: string) => `Ansprechpersonen für „${title}“`,
  finderContactsForMilestone: (title: string) => `Ansprechpersonen für die Lebensphase „${title}“`,
};
