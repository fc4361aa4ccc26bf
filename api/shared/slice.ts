// Long CPU work on the event loop (a whole recurrence series, a timeline of many series) pauses every
// few milliseconds so other requests, /healthz included, are served meanwhile rather than after it.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long one slice of work may hold the event loop. */
const SLICE_MS = 4;

export class TimeSlicer {
  private since = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** True when this slice has run its time: then `await pause()`. Cheap enough to ask per item. */
  due(): boolean {
    return performance.now() - this.since >= this.sliceMs;
  }

  /** Lets pending I/O (other requests) run, then starts a new slice. */
  async pause(): Promise<void> {
    await nextTurn();
    this.since = performance.now();
  }
}
