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
 * this server applies to the next request; a change made by another process sharing the database
 * applies within this delay. Resolving them costs two statements (about 35 ms for a manager of a
 * large subtree, docs/performance.md), on every request of a signed-in member without the cache.
 */
export const VIEWER_CACHE_MS = 5_000;
const MAX_CACHED = 10_000;

interface Cached extends RequestViewer {
  epoch: number;
  until: number;
}
const cache = new Map<string, Cached>();

export async function requestViewer(db: Db, req: Pick<IncomingMessage, 'headers'>): Promise<RequestViewer> {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!token) return { viewer: ANONYMOUS, access: await accessOf(db, null, false) };
  const key = hashToken(token);
  const hit = cache.get(key);
  if (hit && hit.epoch === writeEpoch.value && hit.until > Date.now()) return { viewer: hit.viewer, access: hit.access };
  // Read the epoch first: a write committing while this resolves makes the entry stale at once.
  const epoch = writeEpoch.value;
  const viewer = (await resolveSession(db, token)) ?? ANONYMOUS;
  const access = await accessOf(db, viewer.personId, viewer.isAdmin);
  cache.delete(key);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, { viewer, access, epoch, until: Date.now() + VIEWER_CACHE_MS });
  return { viewer, access };
}
