// The HTTP side every diffusion response shares (feeds, exports, and the embeds' endpoints): content
// type with charset, validators (ETag, Last-Modified) and 304 answers, one minute of public caching,
// CORS for public reads only, and plain-text errors. docs/diffusion.md describes it for users.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../config.js';

/** How long a browser, a calendar app or a proxy may reuse a response: an edit shows within a minute. */
export const MAX_AGE_SECONDS = 60;

export const CONTENT_TYPES = {
  ics: 'text/calendar; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/** An answer to a diffusion request that is not the data: a status and a sentence for a person. */
export class DiffusionError extends Error {
  constructor(
    readonly status: 400 | 404 | 500 | 503 | 504,
    message: string,
  ) {
    super(message);
  }
}

export const badParameter = (message: string) => new DiffusionError(400, message);

/**
 * CORS for public, read-only resources: any origin may read them, never with credentials (no
 * Access-Control-Allow-Credentials, so a browser sends no cookie and reads nothing private), and
 * Cross-Origin-Resource-Policy lets pages of other sites load them (helmet's default is same-origin).
 * Only feeds, exports and embeds use it; GraphQL and the rest of the site send no CORS header.
 */
export function publicCors(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Link, X-Licence, X-Exported-At');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
      res.setHeader('Access-Control-Max-Age', '86400');
      res.status(204).end();
      return;
    }
    next();
  };
}

/** A strong entity tag: a hash of the exact bytes sent. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** A weak entity tag from a version key (the same data, though not byte for byte: an export's date). */
export function weakEtag(key: string): string {
  return `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
}

export interface Validators {
  etag: string;
  /** When the data last changed (the newest change record); absent when nothing was ever written. */
  lastModified?: string | null;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * RFC 9110 §13.2.2 for GET and HEAD: If-None-Match (weak comparison) when sent, else If-Modified-Since.
 * Not Express's `req.fresh`, which treats `Cache-Control: no-cache` as "never fresh": fetch() adds it to
 * every request carrying a validator, and it is meant for caches, not for the origin's preconditions.
 */
function notModified(req: Request, v: Validators): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const noneMatch = req.get('if-none-match');
  if (noneMatch !== undefined) return noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => opaque(tag) === opaque(v.etag));
  const since = Date.parse(req.get('if-modified-since') ?? '');
  if (!v.lastModified || Number.isNaN(since)) return false;
  // HTTP dates have whole seconds.
  return Math.floor(Date.parse(v.lastModified) / 1000) * 1000 <= since;
}

/** Sets the caching headers and answers 304 when the client's copy is current. True when answered. */
export function answeredNotModified(req: Request, res: Response, v: Validators): boolean {
  res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
  res.setHeader('ETag', v.etag);
  if (v.lastModified) res.setHeader('Last-Modified', new Date(v.lastModified).toUTCString());
  if (!notModified(req, v)) return false;
  res.status(304).end();
  return true;
}

/** Sends a whole body with a strong ETag of it, or 304. */
export function sendCacheable(req: Request, res: Response, type: keyof typeof CONTENT_TYPES, body: string, lastModified?: string | null): void {
  if (answeredNotModified(req, res, { etag: strongEtag(body), lastModified })) return;
  res.status(200).type(CONTENT_TYPES[type]).send(body);
}

/** A diffusion error as plain text (never cached); anything unexpected is logged and told as a 500. */
export function sendDiffusionError(res: Response, err: unknown): void {
  const known = err instanceof DiffusionError ? err : null;
  // A client that went away halfway through a stream is no server fault.
  const gone = res.destroyed || (err as NodeJS.ErrnoException | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
  if (!known && !gone) console.error('[diffusion]', err);
  if (res.headersSent || gone) {
    // Halfway through a streamed export: cut the connection so the client sees it incomplete.
    res.destroy(err instanceof Error ? err : undefined);
    return;
  }
  res.setHeader('Cache-Control', 'no-store');
  res.removeHeader('ETag');
  res.removeHeader('Last-Modified');
  if (known?.status === 503) res.setHeader('Retry-After', '5');
  res.status(known?.status ?? 500).type(CONTENT_TYPES.text).send(`${known?.message ?? 'Something went wrong on the server; try again later.'}\n`);
}

/** The portal's public origin: PUBLIC_URL when set, else the origin this request reached. */
export function publicOrigin(config: Config, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? `${config.host}:${config.port}`}`;
}
