// Read-your-own-writes across processes and replicas. After a write transaction commits, Neo4j hands
// back a bookmark naming it; a session opened with that bookmark waits until the server it runs on
// (a replica under neo4j:// routing, or the same single server) has applied that write. The API
// returns the bookmark to the client (a response header and a short-lived cookie, api/shared/
// consistency.ts) and opens the sessions of the client's next request, on whichever process it lands,
// with it.
//
// Per request rather than the driver's bookmark manager: a driver-wide manager would make every read
// of the process wait for the latest write of any request (all clients chained to all writes), and it
// cannot cross processes at all. A request's bookmarks chain only what its client wrote.

/** Most bookmarks one request may carry (a write returns one per database; a few is plenty). */
const MAX_BOOKMARKS = 4;
/** Neo4j 5 bookmarks are about 50 characters; anything much longer was not made by us. */
const MAX_BOOKMARK_LENGTH = 256;
/** Characters of Neo4j's bookmarks (base64 with a prefix such as "FB:"). */
const BOOKMARK_PATTERN = /^[A-Za-z0-9+/=:_.-]+$/;

/**
 * The bookmarks a client sent, as a list: a comma-separated value of at most MAX_BOOKMARKS well-shaped
 * bookmarks. Anything else (too long, odd characters, too many) gives none: a bad bookmark is ignored,
 * never an error.
 */
export function parseBookmarks(value: string | undefined): string[] {
  if (!value || value.length > MAX_BOOKMARKS * (MAX_BOOKMARK_LENGTH + 1)) return [];
  const list = value
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (list.length > MAX_BOOKMARKS) return [];
  if (!list.every((b) => b.length <= MAX_BOOKMARK_LENGTH && BOOKMARK_PATTERN.test(b))) return [];
  return [...new Set(list)];
}

/** The bookmarks of one client request: those it came with, moved on by each write it makes. */
export class Bookmarks {
  private list: string[];
  private wrote = false;

  constructor(incoming: string[] = []) {
    this.list = incoming;
  }

  /** What the request's next session starts from. */
  get current(): string[] {
    return this.list;
  }

  /** The request's bookmarks as one string ('' when none): cache entries keyed by it. */
  get key(): string {
    return this.list.join(',');
  }

  /** A write committed: its bookmarks (which imply the ones the session started from) replace them. */
  advance(after: string[]): void {
    if (after.length === 0) return;
    this.list = after.slice(0, MAX_BOOKMARKS);
    this.wrote = true;
  }

  /**
   * The server refused the bookmarks (malformed, another database's, or a write it never saw within its
   * wait): the request goes on without them, as if the client had sent none.
   */
  drop(): void {
    this.list = [];
  }

  /** Set once a write of this request has committed: the response then carries the new bookmark. */
  get written(): boolean {
    return this.wrote;
  }
}
