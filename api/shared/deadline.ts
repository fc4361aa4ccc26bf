// One deadline per request: every statement it runs gets only the time left, and whatever waits on
// the database gives up when it passes, so no request holds connections past its budget.
import { setMaxListeners } from 'node:events';
import { timedOut } from '../errors.js';

export class Deadline {
  /** Epoch milliseconds at which the request must stop. */
  readonly at: number;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** The whole budget, for messages and logs. */
    readonly ms: number,
    startedAt = Date.now(),
  ) {
    this.at = startedAt + ms;
  }

  /** Milliseconds left, 0 once passed. */
  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }

  get expired(): boolean {
    return this.remaining() === 0;
  }

  /** Throws TIMEOUT once the deadline has passed; called before starting new work. */
  check(): void {
    if (this.expired) throw timedOut();
  }

  /** Aborted when the deadline passes (the timer starts on first use and is cleared by dispose). */
  get signal(): AbortSignal {
    if (this.timer === undefined && !this.controller.signal.aborted) {
      // Each statement of the request races it and lets go when it settles: many at once is no leak.
      setMaxListeners(0, this.controller.signal);
      this.timer = setTimeout(() => this.controller.abort(), this.remaining());
      this.timer.unref();
    }
    return this.controller.signal;
  }

  /** Stops the timer once the request has been answered. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
