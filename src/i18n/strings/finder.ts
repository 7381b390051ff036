/**
 * German strings of `<offer-finder>`, the source of every translation (one file
 * per language next to ../de.ts). Functions take the numbers and names to put in
 * (see ../formatters.ts).
 */
export const finderDe = {
  finderSkipToResults: 'Zu den Ergebnissen',
  finderSearchHeading: 'Angebote suchen',
  /** The button that shows the whole timeline with "Wo stehen wir gerade?" (closed, the chips of the milestones stand in for it). */
  finderTimelineToggle: 'Alter angeben, alle Lebensphasen',
  finderContactsHeading: 'Ansprechpersonen',
  finderContactsForOffer: (title: string) => `Ansprechpersonen für „${title}“`,
  finderContactsForMilestone: (title: string) => `Ansprechpersonen für die Lebensphase „${title}“`,
};
