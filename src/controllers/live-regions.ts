/**
 * The two live regions of an element. The status (how many results) speaks
 * a new value only once typing pauses, so that a screen reader is not
 * flooded while the list follows every key. The announcements (saved,
 * cleared, "Link kopiert") speak what a click did, the same text again when
 * it repeats: a second `role="status"` would compete with the count.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LiveRegionsController<Status> implements ReactiveController {
  /** What the status region says. */
  status: Status;
  /** What the announcement region says. */
  announcement = '';
  private timer?: ReturnType<typeof setTimeout>;

  /** @param delay How long typing must pause before the status speaks. */
  constructor(
    private readonly host: ReactiveControllerHost,
    initial: Status,
    private readonly delay: number,
  ) {
    this.status = initial;
    host.addController(this);
  }

  /** The status for the update under way: at once, or once typing pauses when it changed by typing. */
  setStatus(next: Status, typed: boolean): void {
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    clearTimeout(this.timer);
    if (!typed) {
      this.status = next;
      return;
    }
    this.timer = setTimeout(() => {
      this.status = next;
      this.host.requestUpdate();
    }, this.delay);
  }

  /** Speaks `text`; the same text again is spoken again: the region is emptied first. */
  announce(text: string): void {
    const again = this.announcement === text;
    this.announcement = again ? '' : text;
    this.host.requestUpdate();
    if (again) void this.host.updateComplete.then(() => this.announce(text));
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
