// The HTTP pieces every /embed/* response shares: CORS open to any site but without credentials (an
// embed shows public items only, so no site needs more, and no cookie is ever asked for), a strong
// ETag with 304 answers, and one minute of shared caching, so a host page with many visitors costs
// one read a minute per cache and an edit shows within 60 s.
// The feeds' router has the same needs; the two are to be unified when both have landed.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../../errors.js';

/** An edit shows in an embed within this many seconds. */
export const EMBED_MAX_AGE_SECONDS = 60;
export const EMBED_CACHE_CONTROL = `public, max-age=${EMBED_MAX_AGE_SECONDS}`;

/**
 * CORS for /embed/* only: any origin may read, never with credentials (no Allow-Credentials, so a
 * browser neither sends nor accepts cookies for these reads), and may load (Cross-Origin-Resource-Policy).
 * Preflights are answered for GET alone.
 */
export const embedCors: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  // helmet's same-origin policy would stop another site's page from loading the script at all.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
    return;
  }
  next();
};

/** A strong validator: the hash of the exact bytes sent. */
export const embedEtag = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Whether If-None-Match names this ETag (a list, `*`, weak or strong: RFC 9110 compares weakly here). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends a cacheable body, or 304 when the client already has it. */
export function sendCached(req: Request, res: Response, type: string, body: string): void {
  const etag = embedEtag(body);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', EMBED_CACHE_CONTROL);
  if (matchesEtag(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.type(type).send(body);
}

const STATUS: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, TIMEOUT: 504, SERVICE_UNAVAILABLE: 503 };

export const statusOf = (code: ErrorCode): number => STATUS[code] ?? 500;

/** An error as JSON, `{ error: { code, message } }`, never cached (the next try may succeed). */
export function sendEmbedError(res: Response, code: ErrorCode, message: string): void {
  res.setHeader('Cache-Control', 'no-store');
  if (code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', '5');
  res.status(statusOf(code)).json({ error: { code, message } });
}
