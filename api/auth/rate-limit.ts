// Sign-in and sign-up limits, in memory: one sliding window of timestamps per key. Kept per server process
// (a restart forgets them); the map is bounded so a flood of distinct keys cannot exhaust memory.
import { isIPv6 } from 'node:net';

export interface WindowLimit {
  /** Attempts allowed within the window. */
  max: number;
  windowMs: number;
}

/** Timestamps of recent hits per key; a key is refused once `max` hits lie within the last `windowMs`. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: WindowLimit,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again; 0 when it may now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit.max) return 0;
    // The window frees a slot when its oldest counted hit expires.
    const freeAt = recent[recent.length - this.limit.max]! + this.limit.windowMs;
    return Math.max(1, Math.ceil((freeAt - this.now()) / 1000));
  }

  hit(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    // Re-inserting moves the key to the end, so eviction below drops the least recently used ones.
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.evict();
  }

  /** Hits of the key within the window. */
  countOf(key: string): number {
    return this.recent(key).length;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  clear(): void {
    this.hits.clear();
  }

  get size(): number {
    return this.hits.size;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limit.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.hits.delete(key);
    return list;
  }

  /** Drops expired keys first, then the least recently used until the map is back to size. */
  private evict(): void {
    const since = this.now() - this.limit.windowMs;
    for (const [key, list] of this.hits) {
      if (list[list.length - 1]! <= since) this.hits.delete(key);
    }
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break;
      this.hits.delete(key);
    }
  }
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
  /** Keys kept per limiter before the oldest are dropped. */
  maxKeys: number;
  now?: () => number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perPair: { max: 5, windowMs: FIFTEEN_MINUTES },
  perAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
  perAccount: { threshold: 20, windowMs: FIFTEEN_MINUTES, spacingMs: 1_000, maxDelayMs: 30_000 },
  maxKeys: 10_000,
};

/** What the limiter says of one attempt: refused (wait that long), or allowed after a delay (0: at once). */
export type AttemptVerdict = { refusedForSeconds: number } | { delayMs: number };

/**
 * The limits a password check goes through (OWASP's authentication guidance: lock the attacker, not
 * the owner). An attempt is counted before the password is verified, so concurrent requests (or
 * aliased fields in one request) cannot all slip under the limit; refused attempts are not counted,
 * so waiting out the window is always enough.
 */
export class LoginLimiter {
  private pairs!: SlidingWindowLimiter;
  private addresses!: SlidingWindowLimiter;
  private accounts!: SlidingWindowLimiter;
  /** Per hot account, the earliest instant its next attempt may be checked. */
  private nextSlot = new Map<string, number>();
  private limits!: LoginLimits;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.configure(limits);
  }

  private get now(): number {
    return (this.limits.now ?? Date.now)();
  }

  /** Counts an attempt and says when it may be checked, or refuses it (and counts nothing). */
  attempt(account: string, address: string): AttemptVerdict {
    const pairKey = `${account}\u0000${addressBucket(address)}`;
    const addressKey = addressBucket(address);
    const wait = Math.max(this.pairs.retryAfterSeconds(pairKey), this.addresses.retryAfterSeconds(addressKey));
    if (wait > 0) return { refusedForSeconds: wait };
    const delayMs = this.slowDown(account);
    if (delayMs === null) return { refusedForSeconds: Math.ceil(this.limits.perAccount.maxDelayMs / 1000) };
    this.pairs.hit(pairKey);
    this.addresses.hit(addressKey);
    this.accounts.hit(account);
    return { delayMs };
  }

  /**
   * The delay before this attempt on the account is checked: 0 below the threshold, else the next
   * free slot (one per `spacingMs`, so a distributed attack gets one guess a second at most); null
   * when the wait would be longer than `maxDelayMs`.
   */
  private slowDown(account: string): number | null {
    const { threshold, spacingMs, maxDelayMs } = this.limits.perAccount;
    const now = this.now;
    if (this.accounts.countOf(account) < threshold) return 0;
    const slot = Math.max(now, this.nextSlot.get(account) ?? 0);
    if (slot - now > maxDelayMs) return null;
    this.nextSlot.delete(account);
    this.nextSlot.set(account, slot + spacingMs);
    if (this.nextSlot.size > this.limits.maxKeys) {
      for (const [key, at] of this.nextSlot) if (at <= now || this.nextSlot.size > this.limits.maxKeys) this.nextSlot.delete(key);
    }
    return slot - now;
  }

  /** The password was right: this address's earlier failures on the account no longer count. */
  succeeded(account: string, address: string): void {
    this.pairs.reset(`${account}\u0000${addressBucket(address)}`);
  }

  /** Swaps in other limits (tests: short windows, a fake clock) and forgets every attempt. */
  configure(limits: LoginLimits): void {
    this.limits = limits;
    this.pairs = new SlidingWindowLimiter(limits.perPair, limits.maxKeys, limits.now);
    this.addresses = new SlidingWindowLimiter(limits.perAddress, limits.maxKeys, limits.now);
    this.accounts = new SlidingWindowLimiter({ max: limits.perAccount.threshold, windowMs: limits.perAccount.windowMs }, limits.maxKeys, limits.now);
    this.nextSlot = new Map();
  }
}

/** Sign-ups per client address: each costs an Argon2 hash and creates an account. */
export const DEFAULT_SIGN_UP_LIMIT: WindowLimit = { max: 10, windowMs: 60 * 60_000 };

/** Counts sign-ups per client address bucket; tests and the server's configuration set the limit. */
export class SignUpLimiter {
  private limiter!: SlidingWindowLimiter;

  constructor(limit: WindowLimit = DEFAULT_SIGN_UP_LIMIT, maxKeys = 10_000, now?: () => number) {
    this.configure(limit, maxKeys, now);
  }

  /** Counts a sign-up and returns 0, or returns the seconds to wait (and counts nothing). */
  attempt(address: string): number {
    const key = addressBucket(address);
    const wait = this.limiter.retryAfterSeconds(key);
    if (wait === 0) this.limiter.hit(key);
    return wait;
  }

  configure(limit: WindowLimit, maxKeys = 10_000, now?: () => number): void {
    this.limiter = new SlidingWindowLimiter(limit, maxKeys, now);
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

/** One server's in-memory limits: every request it serves goes through the same ones. */
export interface ServerLimits {
  login: LoginLimiter;
  signUp: SignUpLimiter;
}

export function createServerLimits(signUpsPerHour: number = DEFAULT_SIGN_UP_LIMIT.max): ServerLimits {
  return { login: new LoginLimiter(), signUp: new SignUpLimiter({ max: signUpsPerHour, windowMs: DEFAULT_SIGN_UP_LIMIT.windowMs }) };
}
