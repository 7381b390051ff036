// Records the downloads an element starts (shared/download.ts) instead of
// writing files: the blob, the temporary link as it was clicked, and the
// revocation of the object URL, whose timer is held so that a test can run it
// at once instead of waiting 40 seconds.
import { revokeAfterMs } from '../../../src/elements/shared/download.js';

export interface RecordedDownloads {
  blobs: Blob[];
  links: HTMLAnchorElement[];
  /** Whether each link was in the document when clicked. */
  connected: boolean[];
  revoked: string[];
  /** The revocations scheduled, not yet run. */
  revokeLater: (() => void)[];
  /** Puts the browser's own functions back. */
  restore: () => void;
}

export function recordDownloads(): RecordedDownloads {
  const { createObjectURL, revokeObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  const { setTimeout } = window;
  const recorded: RecordedDownloads = {
    blobs: [],
    links: [],
    connected: [],
    revoked: [],
    revokeLater: [],
    restore: () => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      HTMLAnchorElement.prototype.click = click;
      window.setTimeout = setTimeout;
    },
  };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    recorded.blobs.push(blob as Blob);
    return `blob:stub-${recorded.blobs.length}`;
  };
  URL.revokeObjectURL = (url: string) => void recorded.revoked.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.hasAttribute('download')) return click.call(this);
    recorded.links.push(this);
    recorded.connected.push(this.isConnected);
  };
  window.setTimeout = ((handler: () => void, delay?: number, ...args: unknown[]) => {
    if (delay !== revokeAfterMs) return setTimeout(handler, delay, ...args);
    recorded.revokeLater.push(handler);
    return 0;
  }) as typeof window.setTimeout;
  return recorded;
}
