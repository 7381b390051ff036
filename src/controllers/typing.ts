/**
 * The words typed into a search field: the results follow every key, at most
 * once per interval, and the first key after a pause searches at once, so
 * that the list keeps up without a search per keystroke. Enter searches at
 * once too, as a step of its own in the page's history.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TypingController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private lastSearch = -Infinity;
  /** Whether the search under way came from typing, not from Enter. */
  private typedNow = false;

  /** @param search Runs the search; `typed` is false for Enter. */
  constructor(
    host: ReactiveControllerHost,
    private readonly interval: number,
    private readonly search: (typed: boolean) => void,
  ) {
    host.addController(this);
  }

  /** A key was typed. */
  input(): void {
    clearTimeout(this.timer);
    const wait = this.lastSearch + this.interval - performance.now();
    if (wait <= 0) this.run(true);
    else this.timer = setTimeout(() => this.run(true), wait);
  }

  /** Enter. */
  submit(): void {
    clearTimeout(this.timer);
    this.run(false);
  }

  /** Whether the search since the last call came from typing (the live region then waits for a pause). */
  takeTyped(): boolean {
    const typed = this.typedNow;
    this.typedNow = false;
    return typed;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private run(typed: boolean): void {
    this.typedNow = typed;
    this.lastSearch = typed ? performance.now() : -Infinity;
    this.search(typed);
  }
}
