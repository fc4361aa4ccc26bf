// Whether Neo4j can be reached, as this process last saw it: a circuit breaker. While the database
// is down every statement is refused at once (SERVICE_UNAVAILABLE) instead of waiting on the
// driver's connection timeouts and retries, and a probe in the background closes the circuit as soon
// as the server answers again (an embedded JVM restarted by its supervisor, or an external server back).
import { setMaxListeners } from 'node:events';
import { serviceUnavailable } from '../errors.js';

/** How often a down database is probed. */
export const PROBE_INTERVAL_MS = 1_000;
/**
 * How long a ping may take. After a statement already failed on a connection error, a server that does
 * not answer within a second counts as down (a dying JVM may accept connections and never answer);
 * the probe that closes the circuit again is more patient, so a busy server does not flap.
 */
export const CONFIRM_TIMEOUT_MS = 1_000;
export const PROBE_TIMEOUT_MS = 5_000;

export interface HealthState {
  up: boolean;
  /** Since when the database has been unreachable (ISO), null while up. */
  downSince: string | null;
  /** What made it count as down. */
  reason: string | null;
}

/**
 * Every transaction in flight races this signal and removes its listener when it settles, so many
 * listeners at once are expected (a busy process, a request whose loaders run in parallel), not a leak:
 * Node's warning past 10 is turned off for it.
 */
function sharedController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

export class DbHealth {
  private downAt: number | null = null;
  private reason: string | null = null;
  /** Aborted when the database goes down, so statements in flight give up at once; replaced when it is back. */
  private controller = sharedController();
  private probeTimer: NodeJS.Timeout | undefined;
  private confirming: Promise<boolean> | undefined;
  private closed = false;

  constructor(
    /** Resolves when the server answers (verifyConnectivity) within the time given, rejects otherwise. */
    private readonly ping: (timeoutMs: number) => Promise<void>,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  get up(): boolean {
    return this.downAt === null;
  }

  get state(): HealthState {
    return { up: this.up, downSince: this.downAt === null ? null : new Date(this.downAt).toISOString(), reason: this.reason };
  }

  /** Aborted when the database goes down; a statement started now races it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Throws SERVICE_UNAVAILABLE while the database is down. */
  assertUp(): void {
    if (!this.up) throw serviceUnavailable();
  }

  /** Opens the circuit (idempotent): statements in flight and to come are refused until a probe succeeds. */
  markDown(reason: string): void {
    if (this.closed || !this.up) return;
    this.downAt = Date.now();
    this.reason = reason;
    this.log(`Neo4j is unreachable (${reason}): requests answer SERVICE_UNAVAILABLE until it is back; probing every ${PROBE_INTERVAL_MS / 1000} s.`);
    this.controller.abort();
    this.scheduleProbe();
  }

  /**
   * After a connection error on one statement: asks the server directly. True if it answers (the
   * error was one stale connection); otherwise the circuit opens. Concurrent callers share one ping.
   */
  confirm(reason: string): Promise<boolean> {
    if (!this.up) return Promise.resolve(false);
    const signal = this.signal;
    // Settles as soon as the circuit opens by other means (the supervisor saw the JVM exit), not only
    // when the ping returns: a dying server can leave it hanging.
    this.confirming ??= new Promise<boolean>((resolve) => {
      const opened = () => resolve(false);
      signal.addEventListener('abort', opened, { once: true });
      this.ping(CONFIRM_TIMEOUT_MS)
        .then(
          () => resolve(true),
          () => {
            this.markDown(reason);
            resolve(false);
          },
        )
        .finally(() => signal.removeEventListener('abort', opened));
    }).finally(() => {
      this.confirming = undefined;
    });
    return this.confirming;
  }

  /** Probes at once (the supervisor calls it when the embedded JVM is back), instead of at the next tick. */
  probeNow(): void {
    if (this.up || this.closed) return;
    clearTimeout(this.probeTimer);
    void this.probe();
  }

  /** Stops probing; the driver is being closed. */
  close(): void {
    this.closed = true;
    clearTimeout(this.probeTimer);
  }

  private scheduleProbe(): void {
    if (this.closed) return;
    clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => void this.probe(), PROBE_INTERVAL_MS);
    this.probeTimer.unref();
  }

  private async probe(): Promise<void> {
    if (this.up || this.closed) return;
    try {
      await this.ping(PROBE_TIMEOUT_MS);
    } catch {
      this.scheduleProbe();
      return;
    }
    if (this.up || this.closed) return;
    const downFor = ((Date.now() - this.downAt!) / 1000).toFixed(1);
    this.downAt = null;
    this.reason = null;
    this.controller = sharedController();
    this.log(`Neo4j is reachable again after ${downFor} s: serving requests.`);
  }
}
