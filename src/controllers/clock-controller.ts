/** The current minute for texts that depend on the time (opening hours, today's date), or a time pinned by `now`. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The current time for texts that depend on it ("Jetzt geöffnet, bis
 * 12:00", the "heute geöffnet" filter): the host renders again when the
 * minute changes, while it is connected. A pinned time (`now` on the element,
 * for stories and tests) stops the ticking.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pinned: () => Date | undefined,
  ) {
    host.addController(this);
  }

  get now(): Date {
    return this.pinned() ?? new Date();
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Wakes at the start of the next minute (a few ms late rather than early). */
  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        if (!this.pinned()) this.host.requestUpdate();
        this.schedule();
      },
      60_000 - (Date.now() % 60_000) + 20,
    );
  }
}
