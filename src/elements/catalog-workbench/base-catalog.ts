/**
 * Where the catalog an import maps to (its milestones, topics, districts and
 * providers) comes from when it is not the published one in `src`: a file
 * the clerk chooses, or, without `src`, the structure of the sample catalog
 * (its milestones of growing up and its topics, without Kamen's districts,
 * providers and offers). Either becomes a `blob:` URL that the element loads
 * as it loads `src`, through the finder's own loader and parser: the
 * workbench imports no parser of its own, so the families' bundle stays as
 * it is.
 */
import { milestones, topics } from '../../../demo/public/angebote.json';

/** A catalog's text as a URL the loader takes (revoke it when done). */
export const catalogBlobUrl = (text: string): string =>
  URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** The sample's structure, as catalog JSON. */
export const starterJson = (): string => JSON.stringify({ version: 1, milestones, topics, offers: [] });
