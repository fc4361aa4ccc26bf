// Bookmarks over HTTP (api/db/bookmarks.ts): a response to a request that wrote carries the new
// bookmark in a header (for scripts and the SPA) and in a short-lived HttpOnly cookie (so a browser
// needs no code); the next request brings it back in either, and reads on any process see the write.
import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { readCookie } from '../auth/session.js';
import { Bookmarks, parseBookmarks } from '../db/bookmarks.js';

export const BOOKMARK_HEADER = 'convergences-bookmark';
export const BOOKMARK_COOKIE = 'cv_bookmark';
/**
 * How long the cookie lives: a replica applies a write within milliseconds when healthy, seconds when
 * loaded; past this every process has it anyway, and requests stop waiting on an old bookmark.
 */
export const BOOKMARK_COOKIE_SECONDS = 30;

/** The client's bookmarks: the header when it sends one, else the cookie; malformed ones are ignored. */
export function bookmarksOf(req: Pick<IncomingMessage, 'headers'>): Bookmarks {
  const header = req.headers[BOOKMARK_HEADER];
  const value = typeof header === 'string' && header.trim() !== '' ? header : readCookie(req.headers.cookie, BOOKMARK_COOKIE);
  return new Bookmarks(parseBookmarks(value));
}

/** After the request's writes: the bookmark to bring back, in the header and the cookie. Nothing when it wrote nothing. */
export function sendBookmarks(res: Response, bookmarks: Bookmarks, secure: boolean): void {
  if (!bookmarks.written || res.headersSent) return;
  res.setHeader(BOOKMARK_HEADER, bookmarks.key);
  res.cookie(BOOKMARK_COOKIE, bookmarks.key, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: BOOKMARK_COOKIE_SECONDS * 1000 });
}
