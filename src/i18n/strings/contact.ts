/** Strings of `<contact-card>`. Functions take the numbers and names to put in (see ../formatters.ts). */
export const contactDe = {};

export const contactEn: typeof contactDe = {};
