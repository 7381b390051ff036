/**
 * Saves a file made in the browser (the vCard of `<contact-card>`, the CSV of
 * `<offer-coverage>`) through a temporary `<a download>` with an object URL.
 *
 * When the object URL may go: a download starts after `click()` returns, so
 * revoking it in the same task cancels the download in Firefox (bug 1282407)
 * and in Safari, which fetches the blob on a later task and, on a site's
 * first download, only after the reader allowed downloads in its prompt.
 * Chromium takes the blob at once. No event says when a download has started,
 * so the URL is revoked long after (as FileSaver.js does); the files are a few
 * kilobytes, so keeping them that long costs nothing.
 */

/** How long the object URL outlives the click: longer than Safari's "allow downloads?" prompt usually stays open. */
export const revokeAfterMs = 40_000;

/**
 * Downloads `blob` as `filename`. The link is put into `parent` (the element's
 * shadow root) for the click, for browsers that only follow connected links,
 * and taken out at once.
 */
export function downloadBlob(blob: Blob, filename: string, parent: Node): void {
  const url = URL.createObjectURL(blob);
  const link = (parent.ownerDocument ?? document).createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
