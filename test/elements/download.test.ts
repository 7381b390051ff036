// shared/download.ts: the one way elements save a file made in the browser.
import { expect } from '@open-wc/testing';
import { downloadBlob, revokeAfterMs } from '../../src/elements/shared/download.js';
import { recordDownloads } from './harness/downloads.js';

describe('downloadBlob', () => {
  it('clicks a hidden link inside the parent, takes it out at once, and revokes the URL only much later', async () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const download = recordDownloads();
    let revokedBeforeTimer: string[];
    try {
      downloadBlob(new Blob(['x'], { type: 'text/plain' }), 'datei.txt', parent);
      await new Promise((resolve) => setTimeout(resolve, 0));
      revokedBeforeTimer = [...download.revoked];
      download.revokeLater.forEach((revoke) => revoke());
    } finally {
      download.restore();
      parent.remove();
    }
    expect(download.links.map((link) => [link.download, link.getAttribute('href'), link.hidden])).to.deep.equal([
      ['datei.txt', 'blob:stub-1', true],
    ]);
    expect(download.connected).to.deep.equal([true]);
    expect(parent.childNodes).to.have.length(0);
    // Not in the task of the click, nor in the next one (Firefox, Safari): only on its own timer.
    expect(revokedBeforeTimer).to.deep.equal([]);
    expect(revokeAfterMs).to.be.at.least(10_000);
    expect(download.revoked).to.deep.equal(['blob:stub-1']);
  });
});
