/** Strings of `<milestone-timeline>`. Functions take the numbers and names to put in (see ../formatters.ts). */
export const timelineDe = {};

export const timelineEn: typeof timelineDe = {};
