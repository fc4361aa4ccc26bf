// Who sent an HTTP request: the person its session cookie names (or an anonymous visitor) and what
// they may read. Shared by the GraphQL context and the plain HTTP routes (media uploads and files).
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Viewer } from '../context.js';
import { writeEpoch, type Db } from '../db/driver.js';
import { accessOf, type Access } from './access.js';
import { SESSION_COOKIE, hashToken, readCookie, resolveSession } from './session.js';

export interface RequestViewer {
  viewer: Viewer;
  access: Access;
}

/**
 * How long a session's viewer and access are reused without asking Neo4j again. Any write in this
 * process drops them at once (writeEpoch), so a sign-out, a suspension or a role change made through
 * this server applies to its next request. A change made through another process sharing the database
 * applies within this delay: several processes behave as one service when it is under a second.
 *
 * Why a short lifetime rather than a shared epoch that every write advances in Neo4j and each process
 * polls: the epoch would put one more statement in every write transaction and one node lock that every
 * write of every process waits on (sign-in attempts and sessions included), and would miss writes made
 * outside the API (cypher-shell, a restore). The lifetime is correct by construction, whatever wrote.
 * Its cost: resolving a session is two read statements (measured: median 117 ms on the loaded
 * two-core test machine, about 35 ms for a manager of a large subtree in docs/performance.md; a hit
 * 0.01 ms), now paid at most twice a second per active session instead of once per 5 s.
 */
export const VIEWER_CACHE_MS = 500;
const MAX_CACHED = 10_000;

interface Cached extends RequestViewer {
  epoch: number;
  until: number;
  /** The bookmarks the entry was resolved with ('' when none). */
  bookmarks: string;
}
const cache = new Map<string, Cached>();

export async function requestViewer(db: Db, req: Pick<IncomingMessage, 'headers'>): Promise<RequestViewer> {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!token) return { viewer: ANONYMOUS, access: await accessOf(db, null, false) };
  const key = hashToken(token);
  // A client bringing a bookmark has just written (maybe through another process): what the entry saw
  // before that write no longer holds for it, so it is resolved again from the bookmark.
  const bookmarks = db.bookmarks?.key ?? '';
  const hit = cache.get(key);
  if (hit && hit.epoch === writeEpoch.value && hit.until > Date.now() && (bookmarks === '' || bookmarks === hit.bookmarks)) {
    return { viewer: hit.viewer, access: hit.access };
  }
  // Read the epoch and the clock first: a write committing while this resolves makes the entry stale
  // at once here, and elsewhere it lives no longer than VIEWER_CACHE_MS after what it read.
  const epoch = writeEpoch.value;
  const started = Date.now();
  const viewer = (await resolveSession(db, token)) ?? ANONYMOUS;
  const access = await accessOf(db, viewer.personId, viewer.isAdmin);
  cache.delete(key);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, { viewer, access, epoch, until: started + VIEWER_CACHE_MS, bookmarks });
  return { viewer, access };
}
