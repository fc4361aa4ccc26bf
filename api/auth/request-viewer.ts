// Who sent an HTTP request: the person its session cookie names (or an anonymous visitor) and what
// they may read. Shared by the GraphQL context and the plain HTTP routes (media uploads and files).
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Viewer } from '../context.js';
import type { Db } from '../db/driver.js';
import { accessOf, type Access } from './access.js';
import { SESSION_COOKIE, readCookie, resolveSession } from './session.js';

export interface RequestViewer {
  viewer: Viewer;
  access: Access;
}

export async function requestViewer(db: Db, req: Pick<IncomingMessage, 'headers'>): Promise<RequestViewer> {
  const viewer = (await resolveSession(db, readCookie(req.headers.cookie, SESSION_COOKIE))) ?? ANONYMOUS;
  return { viewer, access: await accessOf(db, viewer.personId, viewer.isAdmin) };
}
