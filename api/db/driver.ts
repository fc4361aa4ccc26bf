// The only module that talks to neo4j-driver: one driver per process, one transaction per unit of
// work (retried here on transient errors), a timeout on every transaction, the database always named,
// results turned into plain values. A request's Db view also carries its deadline, and every view
// shares one health state, so an unreachable database is answered at once rather than waited on.
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { serviceUnavailable, timedOut } from '../errors.js';
import type { Deadline } from '../shared/deadline.js';
import type { Bookmarks } from './bookmarks.js';
import { cypher } from './cypher.js';
import { DbHealth } from './health.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to store code: run statements by their cypher/ file name. */
export interface Tx {
  run<T = Row>(file: string, params?: Params): Promise<T[]>;
  /** Like run, for statements whose text comes from a closed set (migrations); never from input. */
  runText<T = Row>(text: string, params?: Params): Promise<T[]>;
  /** Plans a statement without running it (EXPLAIN): what Neo4j noted about it. Text from cypher/ files, never from input. */
  explain(text: string): Promise<Notice[]>;
}

/** A notification Neo4j returns with a plan: an unknown label, a deprecated syntax, a missing parameter… */
export interface Notice {
  code: string;
  title: string;
  description: string;
}

export interface DbStats {
  /** Number of statements sent to Neo4j since the counter was last reset; tests and benchmarks read it. */
  roundTrips: number;
}

/**
 * Counts write transactions begun and finished in this process, by any Db. Caches of what a reader
 * may see (api/auth/request-viewer.ts) are valid only while it has not moved: any write may change a
 * membership, a link or a session.
 */
export const writeEpoch = { value: 0 };

/**
 * Bound on migrations and first-run loads (territory import, demo) when the configuration does not
 * give one: they touch the whole graph and must not be stopped by the request query timeout.
 */
export const DEFAULT_MAINTENANCE_TIMEOUT_MS = 600_000;

/**
 * How long a unit of work is retried on transient errors (deadlocks, leader switches), at most; a
 * request's deadline cuts it shorter. The driver's own retries are off so an unreachable server is
 * seen on the first failure.
 */
const RETRY_BUDGET_MS = 30_000;
const FIRST_RETRY_DELAY_MS = 200;

/**
 * The server refused a client's bookmarks: malformed, of another database, or naming a write it has not
 * seen within its wait (db.transaction.bookmark_ready_timeout). The request goes on without them.
 */
const isBookmarkError = (error: unknown) => /Bookmark/.test(codeOf(error) ?? '');

/** Driver errors that mean the server could not be reached or the connection broke. */
const CONNECTIVITY_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

const isConnectivityError = (error: unknown) => CONNECTIVITY_CODES.has(codeOf(error) ?? '');
/** What the driver would have retried (deadlocks, leader switches…), connection errors apart. */
const isTransientError = (error: unknown) => !isConnectivityError(error) && neo4j.isRetryableError(error as Error);
/**
 * A transaction stopped by its timeout: Neo4j says TransactionTimedOut, or, when the timeout struck
 * while it waited for a lock, LockClientStopped / Terminated.
 */
const TIMED_OUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
const TERMINATED_CODES = new Set(['Neo.ClientError.Transaction.LockClientStopped', 'Neo.TransientError.Transaction.LockClientStopped', 'Neo.ClientError.Transaction.Terminated', 'Neo.TransientError.Transaction.Terminated']);

/** A pooled connection found broken while the server answers is retried this many times. */
const STALE_CONNECTION_RETRIES = 3;

/** How long /healthz waits for the server to answer (a full pool must not hang it). */
const CHECK_TIMEOUT_MS = 3_000;

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  work.catch(() => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Longest pause between two attempts. */
const MAX_RETRY_DELAY_MS = 3_000;

/** A pause that ends early when one of the signals aborts (the caller then checks why). */
function pause(ms: number, signals: AbortSignal[]): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const s of signals) s.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const s of signals) s.addEventListener('abort', done, { once: true });
  });
}

/** Rejects as soon as one of the signals aborts (with that stop's error); the work itself runs on. */
function raceStops<T>(work: Promise<T>, stops: { signal: AbortSignal; error: () => Error }[]): Promise<T> {
  const already = stops.find((s) => s.signal.aborted);
  if (already) {
    work.catch(() => {});
    return Promise.reject(already.error());
  }
  if (stops.length === 0) return work;
  return new Promise<T>((resolve, reject) => {
    const cleanups: (() => void)[] = [];
    const settle = (fn: () => void) => {
      for (const c of cleanups) c();
      fn();
    };
    for (const stop of stops) {
      const onAbort = () => settle(() => reject(stop.error()));
      stop.signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => stop.signal.removeEventListener('abort', onAbort));
    }
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

export interface DbOptions {
  /** The request this view serves: each transaction gets at most the time left, none starts after it. */
  deadline?: Deadline;
  /** Transaction timeout of the maintenance view (migrations, loads). */
  maintenanceTimeoutMs?: number;
  /** Shared by every view of one driver. */
  health?: DbHealth;
  stats?: DbStats;
  /** The client's bookmarks (api/db/bookmarks.ts): every session starts from them, every write moves them on. */
  bookmarks?: Bookmarks;
}

export class Db {
  readonly stats: DbStats;
  /** Shared by every view of this driver: up, or down and probed. */
  readonly health: DbHealth;

  constructor(
    readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly options: DbOptions = {},
  ) {
    this.stats = options.stats ?? { roundTrips: 0 };
    this.health = options.health ?? new DbHealth((timeoutMs) => withTimeout(driver.verifyConnectivity({ database }).then(() => {}), timeoutMs));
  }

  static connect(
    config: Pick<Neo4jConfig, 'uri' | 'username' | 'password' | 'database' | 'queryTimeoutMs'> & { uri: string; maintenanceTimeoutMs?: number },
  ): Db {
    const auth = config.password !== undefined ? neo4j.auth.basic(config.username, config.password) : undefined;
    const driver = neo4j.driver(config.uri, auth, {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
      // A server that vanished without closing its sockets is given up on after 5 s, not 30.
      connectionTimeout: 5_000,
      // Retries are Db's own (transient errors only, within the deadline); see RETRY_BUDGET_MS.
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j-driver] ${message}`) },
    });
    return new Db(driver, config.database, config.queryTimeoutMs, { maintenanceTimeoutMs: config.maintenanceTimeoutMs });
  }

  /**
   * The same driver and health, for one request: its statements share the request's deadline and, when
   * given, start from the client's bookmarks (so it reads what the client wrote, on any process).
   */
  forRequest(deadline: Deadline, bookmarks?: Bookmarks): Db {
    return new Db(this.driver, this.database, this.timeoutMs, { ...this.options, deadline, bookmarks, health: this.health, stats: this.stats });
  }

  /** The same view, its sessions starting from a client's bookmarks (HTTP routes outside GraphQL). */
  withBookmarks(bookmarks: Bookmarks): Db {
    return new Db(this.driver, this.database, this.timeoutMs, { ...this.options, bookmarks, health: this.health, stats: this.stats });
  }

  /** The bookmarks this view's sessions start from, if it serves a client. */
  get bookmarks(): Bookmarks | undefined {
    return this.options.bookmarks;
  }

  /** The same driver and health for migrations and first-run loads: their own timeout, no request deadline. */
  forMaintenance(): Db {
    const timeoutMs = this.options.maintenanceTimeoutMs ?? DEFAULT_MAINTENANCE_TIMEOUT_MS;
    return new Db(this.driver, this.database, timeoutMs, { ...this.options, deadline: undefined, bookmarks: undefined, health: this.health, stats: this.stats });
  }

  private wrap(tx: Transaction, abandoned: AbortSignal): Tx {
    const exec = async <T>(text: string, params: Params = {}): Promise<T[]> => {
      // A unit of work that runs several statements stops between them once the request is out of
      // time, or once its caller has given up on it (the database went down), so it rolls back.
      this.options.deadline?.check();
      if (abandoned.aborted) throw new Error('The caller gave up on this transaction.');
      this.stats.roundTrips += 1;
      const result = await tx.run(text, params);
      return result.records.map((r) => {
        const row: Record<string, unknown> = {};
        for (const key of r.keys) row[key as string] = toPlain(r.get(key));
        return row as T;
      });
    };
    return {
      run: (file, params) => exec(cypher(file), params),
      runText: (text, params) => exec(text, params),
      explain: async (text) => {
        this.options.deadline?.check();
        this.stats.roundTrips += 1;
        const result = await tx.run(`EXPLAIN ${text}`);
        return result.summary.notifications.map((n) => ({ code: n.code, title: n.title, description: n.description }));
      },
    };
  }

  /** The transaction timeout for a unit of work starting now: the view's, cut to what the deadline leaves. */
  private transactionTimeout(): number {
    const deadline = this.options.deadline;
    return deadline ? Math.max(1, Math.min(this.timeoutMs, deadline.remaining())) : this.timeoutMs;
  }

  /** One attempt: a transaction of the given mode, committed if the work succeeds, rolled back otherwise. */
  private async attempt<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeout: number, abandoned: AbortSignal): Promise<T> {
    // An explicit transaction in a READ session is routed like executeRead: to a reader (a replica under
    // neo4j:// routing); Db keeps the retries, the deadline and the health circuit of its own.
    const bookmarks = this.options.bookmarks;
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: bookmarks?.current,
    });
    // Caches of what a reader may see are dropped when a write begins and when it ends (see writeEpoch),
    // here rather than around the caller's wait, since a write given up on may still commit.
    if (mode === 'WRITE') writeEpoch.value += 1;
    try {
      const tx = session.beginTransaction({ timeout });
      try {
        const result = await work(this.wrap(tx, abandoned));
        await tx.commit();
        if (mode === 'WRITE') bookmarks?.advance(session.lastBookmarks());
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    } finally {
      if (mode === 'WRITE') writeEpoch.value += 1;
      await session.close().catch(() => {});
    }
  }

  /**
   * Runs a unit of work in one transaction: refused at once while the database is down or the deadline
   * has passed, given up (not awaited) when either happens while it runs, retried on transient errors.
   */
  private async transact<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const deadline = this.options.deadline;
    const started = Date.now();
    let delay = FIRST_RETRY_DELAY_MS;
    for (let attempt = 1; ; attempt++) {
      this.health.assertUp();
      deadline?.check();
      const stops = [{ signal: this.health.signal, error: serviceUnavailable }];
      if (deadline) stops.push({ signal: deadline.signal, error: timedOut });
      const timeout = this.transactionTimeout();
      const began = Date.now();
      const abandon = new AbortController();
      try {
        return await raceStops(this.attempt(mode, work, timeout, abandon.signal), stops);
      } catch (error) {
        abandon.abort();
        const code = codeOf(error) ?? '';
        if (isBookmarkError(error) && this.options.bookmarks?.current.length) {
          this.options.bookmarks.drop();
          continue;
        }
        if (TIMED_OUT_CODES.has(code) || (TERMINATED_CODES.has(code) && Date.now() - began >= timeout)) {
          console.error(`A ${mode.toLowerCase()} transaction was stopped by its timeout (${timeout} ms): ${(error as Error).message.split('\n')[0]}`);
          throw timedOut();
        }
        if (isConnectivityError(error)) {
          // A broken pooled connection is retried (a few times) while the server answers a ping; a server
          // that does not answer opens the circuit.
          if (attempt <= STALE_CONNECTION_RETRIES && (await this.health.confirm(String((error as Error).message)))) continue;
          this.health.markDown(String((error as Error).message));
          throw serviceUnavailable();
        }
        const left = Math.min(RETRY_BUDGET_MS - (Date.now() - started), deadline ? deadline.remaining() : Infinity);
        if (!isTransientError(error) || left <= delay) throw error;
        // Ends early if the database goes down or the deadline passes; the next turn then says so.
        await pause(delay * (0.8 + Math.random() * 0.4), stops.map((stop) => stop.signal));
        delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
      }
    }
  }

  /** One read transaction, retried on transient errors. */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transact('READ', work);
  }

  /** One write transaction: everything inside commits together or not at all. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transact('WRITE', work);
  }

  /** Shorthand for a single read statement. */
  query<T = Row>(file: string, params?: Params): Promise<T[]> {
    return this.read((tx) => tx.run<T>(file, params));
  }

  /**
   * Asks the server directly (start, health checks): SERVICE_UNAVAILABLE at once while the circuit is
   * open; otherwise the driver's own error, which also opens it.
   */
  async verify(): Promise<void> {
    this.health.assertUp();
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      this.health.markDown(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /**
   * For /healthz: like verify, but gives up after `timeoutMs` (a busy pool must not hang the health
   * check); no answer in time is reported, without opening the circuit.
   */
  async check(timeoutMs = CHECK_TIMEOUT_MS): Promise<void> {
    await withTimeout(this.verify(), timeoutMs);
  }

  close(): Promise<void> {
    this.health.close();
    return this.driver.close();
  }
}
