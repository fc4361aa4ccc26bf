// Sign-in, sign-up and password reset limits, shared by every API process on the database: the counts live in Neo4j
// (cypher/auth/hit-rate-windows.cypher, one small node per key with its recent attempts), so an attacker
// spreading attempts over processes meets the same limits, and a restart forgets nothing. One
// statement per attempt; expired windows are deleted by whichever process comes by (at most once a
// minute each). Keys are hashed: no e-mail or address is kept in the graph by the limits.
import { createHash, randomUUID } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Db } from '../db/driver.js';

export interface WindowLimit {
  /** Attempts allowed within the window. */
  max: number;
  windowMs: number;
}

export interface LoginLimits {
  /**
   * Attempts per account from one client address (normalised e-mail × address bucket); a successful
   * sign-in from that address clears them, so in effect failures. Locks the pair, never the account.
   */
  perPair: WindowLimit;
  /** Attempts per client address, successful or not, whatever the account. */
  perAddress: WindowLimit;
  /**
   * The backstop against one account attacked from many addresses: past `threshold` attempts on the
   * account within `windowMs`, from all addresses together, each further attempt is slowed, spaced
   * `spacingMs` after the previous one, and refused for a few seconds only when the queue is longer
   * than `maxDelayMs`. The owner is slowed, never locked out.
   */
  perAccount: { threshold: number; windowMs: number; spacingMs: number; maxDelayMs: number };
  /**
   * The clock attempts are counted by (tests: a fake one, never behind the real clock, by which expired
   * windows are deleted). Every process should read the same time: keep the hosts' clocks
   * synchronised (NTP), as TLS already requires.
   */
  now?: () => number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perPair: { max: 5, windowMs: FIFTEEN_MINUTES },
  perAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
  perAccount: { threshold: 20, windowMs: FIFTEEN_MINUTES, spacingMs: 1_000, maxDelayMs: 30_000 },
};

/** What the limiter says of one attempt: refused (wait that long), or allowed after a delay (0: at once). */
export type AttemptVerdict = { refusedForSeconds: number } | { delayMs: number };

/** One window of hit-rate-windows.cypher: refusing when full, or slowing (spacingMs set). */
interface WindowParam {
  key: string;
  max: number;
  windowMs: number;
  spacingMs: number | null;
  maxDelayMs: number | null;
}

/** How often a process deletes expired windows, and how many at a time. */
const CLEANUP_EVERY_MS = 60_000;
const CLEANUP_BATCH = 1_000;

/**
 * Windows in the graph under one scope: the scope every process shares, or a fresh one when a test
 * swaps the limits (so "forget every attempt" holds without touching other tests' counts).
 */
class SharedWindows {
  private lastCleanup = 0;

  constructor(readonly scope: string) {}

  key(kind: string, key: string): string {
    return createHash('sha256').update(`${this.scope}\u0000${kind}\u0000${key}`, 'utf8').digest('base64url');
  }

  /** Counts an attempt against every window, or refuses it (counting nothing). */
  async hit(db: Db, now: number, windows: WindowParam[]): Promise<{ allowed: boolean; refusedForMs: number; delayMs: number }> {
    const [row] = await db.write((tx) => tx.run<{ allowed: boolean; refusedForMs: number; delayMs: number }>('auth/hit-rate-windows', { now, windows }));
    this.cleanUp(db);
    return row ?? { allowed: true, refusedForMs: 0, delayMs: 0 };
  }

  async reset(db: Db, now: number, key: string): Promise<void> {
    await db.write((tx) => tx.run('auth/reset-rate-window', { key, now }));
  }

  /** Deletes expired windows in the background, by the real clock (a test's fake one must not). */
  private cleanUp(db: Db): void {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    db.forMaintenance()
      .write((tx) => tx.run('auth/delete-expired-rate-windows', { now, limit: CLEANUP_BATCH }))
      .catch((error: unknown) => console.error(`Expired sign-in limit windows were not deleted: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** The scope of every process's windows (tests of limits get fresh ones through configure). */
const SHARED_SCOPE = 'shared';

/**
 * The limits a password check goes through (OWASP's authentication guidance: lock the attacker, not
 * the owner). An attempt is counted before the password is verified, so concurrent requests (or
 * aliased fields in one request, or requests on other processes) cannot all slip under the limit;
 * refused attempts are not counted, so waiting out the window is always enough.
 */
export class LoginLimiter {
  private windows = new SharedWindows(SHARED_SCOPE);
  private limits: LoginLimits;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.limits = limits;
  }

  private get now(): number {
    return (this.limits.now ?? Date.now)();
  }

  private pairKey(account: string, address: string): string {
    return this.windows.key('login-pair', `${account}\u0000${addressBucket(address)}`);
  }

  /**
   * Counts an attempt and says when it may be checked, or refuses it (and counts nothing). Past the
   * account's threshold the delay is the next free slot (one per `spacingMs`, so a distributed attack
   * gets one guess a second at most); refused when that would be longer than `maxDelayMs`.
   */
  async attempt(db: Db, account: string, address: string): Promise<AttemptVerdict> {
    const { perPair, perAddress, perAccount } = this.limits;
    const refusing = (key: string, limit: WindowLimit): WindowParam => ({ key, ...limit, spacingMs: null, maxDelayMs: null });
    const verdict = await this.windows.hit(db, this.now, [
      refusing(this.pairKey(account, address), perPair),
      refusing(this.windows.key('login-address', addressBucket(address)), perAddress),
      { key: this.windows.key('login-account', account), max: perAccount.threshold, windowMs: perAccount.windowMs, spacingMs: perAccount.spacingMs, maxDelayMs: perAccount.maxDelayMs },
    ]);
    if (!verdict.allowed) return { refusedForSeconds: Math.max(1, Math.ceil(verdict.refusedForMs / 1000)) };
    return { delayMs: Math.max(0, Math.round(verdict.delayMs)) };
  }

  /** The password was right: this address's earlier failures on the account no longer count. */
  async succeeded(db: Db, account: string, address: string): Promise<void> {
    await this.windows.reset(db, this.now, this.pairKey(account, address));
  }

  /** Swaps in other limits (tests: short windows, a fake clock) and forgets every attempt. */
  configure(limits: LoginLimits): void {
    this.limits = limits;
    this.windows = new SharedWindows(randomUUID());
  }
}

/** Sign-ups per client address: each costs an Argon2 hash and creates an account. */
export const DEFAULT_SIGN_UP_LIMIT: WindowLimit = { max: 10, windowMs: 60 * 60_000 };

/** Counts sign-ups per client address bucket; tests and the server's configuration set the limit. */
export class SignUpLimiter {
  private windows = new SharedWindows(SHARED_SCOPE);
  private now: () => number = Date.now;

  constructor(private limit: WindowLimit = DEFAULT_SIGN_UP_LIMIT) {}

  /** Counts a sign-up and returns 0, or returns the seconds to wait (and counts nothing). */
  async attempt(db: Db, address: string): Promise<number> {
    const key = this.windows.key('sign-up', addressBucket(address));
    const verdict = await this.windows.hit(db, this.now(), [{ key, ...this.limit, spacingMs: null, maxDelayMs: null }]);
    return verdict.allowed ? 0 : Math.max(1, Math.ceil(verdict.refusedForMs / 1000));
  }

  /** Swaps in another limit (tests) and forgets every sign-up counted so far. */
  configure(limit: WindowLimit, now: () => number = Date.now): void {
    this.limit = limit;
    this.now = now;
    this.windows = new SharedWindows(randomUUID());
  }
}

/** Password reset requests and uses (docs/accounts.md). */
export interface PasswordResetLimits {
  /** Reset e-mails asked for one address (normalised e-mail, whether or not it has an account), from anywhere: no mail bombing. */
  perAccount: WindowLimit;
  /** Reset requests from one client address, whatever the e-mail. */
  perAddress: WindowLimit;
  /** Reset links used (resetPassword) from one client address: each costs an Argon2 hash. */
  usesPerAddress: WindowLimit;
}

export const DEFAULT_PASSWORD_RESET_LIMITS: PasswordResetLimits = {
  perAccount: { max: 5, windowMs: 60 * 60_000 },
  perAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
  usesPerAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
};

/**
 * Counts password reset requests and uses in the same shared windows as sign-ins. A request is counted
 * whether or not the e-mail has an account, so the answer (and a refusal) says nothing about it.
 */
export class PasswordResetLimiter {
  private windows = new SharedWindows(SHARED_SCOPE);
  private now: () => number = Date.now;

  constructor(private limits: PasswordResetLimits = DEFAULT_PASSWORD_RESET_LIMITS) {}

  private static refusing(key: string, limit: WindowLimit): WindowParam {
    return { key, ...limit, spacingMs: null, maxDelayMs: null };
  }

  private async hit(db: Db, windows: WindowParam[]): Promise<number> {
    const verdict = await this.windows.hit(db, this.now(), windows);
    return verdict.allowed ? 0 : Math.max(1, Math.ceil(verdict.refusedForMs / 1000));
  }

  /** Counts a reset request and returns 0, or the seconds to wait (counting nothing). */
  request(db: Db, account: string, address: string): Promise<number> {
    return this.hit(db, [
      PasswordResetLimiter.refusing(this.windows.key('reset-account', account), this.limits.perAccount),
      PasswordResetLimiter.refusing(this.windows.key('reset-address', addressBucket(address)), this.limits.perAddress),
    ]);
  }

  /** Counts a use of a reset token and returns 0, or the seconds to wait. */
  use(db: Db, address: string): Promise<number> {
    return this.hit(db, [PasswordResetLimiter.refusing(this.windows.key('reset-use', addressBucket(address)), this.limits.usesPerAddress)]);
  }

  /** Swaps in other limits (tests) and forgets every request counted so far. */
  configure(limits: PasswordResetLimits, now: () => number = Date.now): void {
    this.limits = limits;
    this.now = now;
    this.windows = new SharedWindows(randomUUID());
  }
}

/**
 * The key an address is limited under: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64
 * prefix, since one subscriber usually holds a whole /64.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The limits every request of a server goes through; their counts are shared with every other process. */
export interface ServerLimits {
  login: LoginLimiter;
  signUp: SignUpLimiter;
  passwordReset: PasswordResetLimiter;
}

export function createServerLimits(signUpsPerHour: number = DEFAULT_SIGN_UP_LIMIT.max): ServerLimits {
  return {
    login: new LoginLimiter(),
    signUp: new SignUpLimiter({ max: signUpsPerHour, windowMs: DEFAULT_SIGN_UP_LIMIT.windowMs }),
    passwordReset: new PasswordResetLimiter(),
  };
}
