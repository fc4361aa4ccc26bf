// Sign-in attempt limits, in memory: one sliding window of timestamps per key. Kept per server process
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
  /** Attempts per account (normalised e-mail); a successful sign-in clears them, so in effect failures. */
  perAccount: WindowLimit;
  /** Attempts per client address, successful or not. */
  perAddress: WindowLimit;
  /** Keys kept per limiter before the oldest are dropped. */
  maxKeys: number;
  now?: () => number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: { max: 5, windowMs: FIFTEEN_MINUTES },
  perAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
  maxKeys: 10_000,
};

/**
 * The two limits a password check goes through. An attempt is counted before the password is verified,
 * so concurrent requests (or 50 aliased fields in one request) cannot all slip under the limit; refused
 * attempts are not counted, so waiting out the window is always enough.
 */
export class LoginLimiter {
  private accounts: SlidingWindowLimiter;
  private addresses: SlidingWindowLimiter;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.accounts = new SlidingWindowLimiter(limits.perAccount, limits.maxKeys, limits.now);
    this.addresses = new SlidingWindowLimiter(limits.perAddress, limits.maxKeys, limits.now);
  }

  /** Counts an attempt and returns 0, or returns the seconds to wait (and counts nothing). */
  attempt(account: string, address: string): number {
    const addressKey = addressBucket(address);
    const wait = Math.max(this.accounts.retryAfterSeconds(account), this.addresses.retryAfterSeconds(addressKey));
    if (wait > 0) return wait;
    this.accounts.hit(account);
    this.addresses.hit(addressKey);
    return 0;
  }

  /** The password was right: the account's earlier failures no longer count. */
  succeeded(account: string): void {
    this.accounts.reset(account);
  }

  /** Swaps in other limits (tests: short windows, a fake clock) and forgets every attempt. */
  configure(limits: LoginLimits): void {
    this.accounts = new SlidingWindowLimiter(limits.perAccount, limits.maxKeys, limits.now);
    this.addresses = new SlidingWindowLimiter(limits.perAddress, limits.maxKeys, limits.now);
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
