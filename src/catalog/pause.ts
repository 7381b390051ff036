/**
 * Lets the page paint and answer input between slices of work (validating
 * a large catalog, building its search index): `scheduler.yield()` where
 * the browser has it, else a message (a timeout would wait at least 4 ms
 * each time, which adds up over hundreds of slices).
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
