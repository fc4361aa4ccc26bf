// The built SPA (dist/): the smallest precompressed copy the client accepts (web/build/precompress.ts
// writes .br and .gz beside each text file), long caching for content-hashed assets, revalidation for
// the HTML pages, and index.html for every client-side route.
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import express, { type Request, type RequestHandler, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import Negotiator from 'negotiator';

/** Vite names every file under assets/ by a hash of its content: a new content is a new name. */
const HASHED_ASSETS = /[\\/]assets[\\/][^\\/]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML pages name the current assets: a browser may keep them but must ask (ETag, 304) before use. */
export const REVALIDATE = 'no-cache';
const ENCODINGS = ['br', 'gzip', 'identity'];

/**
 * express-static-gzip serves the chosen file with Content-Encoding, Content-Type, Vary and serve-static's
 * ETag (computed from the file served, so br and gzip differ) and 304s. Its own choice of encoding
 * ignores q-values once given a server preference order, so the choice is made here by Negotiator
 * (Express's own: q-values first, br > gzip > identity among equals) and handed to it as the only one.
 */
const negotiateEncoding: RequestHandler = (req, _res, next) => {
  // No header: a client that did not ask for compression (curl without --compressed) gets none.
  const [best] = req.headers['accept-encoding'] ? new Negotiator(req).encodings(ENCODINGS, { preferred: ENCODINGS }) : [];
  req.headers['accept-encoding'] = best ?? 'identity';
  next();
};

/** Vary set before the file is served (the explorer's Accept), which express-static-gzip would overwrite. */
const varyBefore = new WeakMap<ServerResponse, string>();

/** Runs as serve-static sends the file, after express-static-gzip has set its headers. */
function setCacheHeaders(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', HASHED_ASSETS.test(path) ? IMMUTABLE : REVALIDATE);
  const earlier = varyBefore.get(res);
  const now = res.getHeader('vary');
  if (earlier && now) res.setHeader('Vary', `${earlier}, ${String(now)}`);
}

/** Requests the SPA does not answer: the API, health, media, and whatever another router serves. */
const NOT_SPA = /^\/(?:graphql|healthz|readyz|media|embed)(?:[/?]|$)/;

export interface SpaFiles {
  router: Router;
  /** Serves one page of dist/ (index.html, explorer.html) as the answer to the current request. */
  page(name: string): RequestHandler;
}

/** The SPA router, or null when dist/ has not been built. */
export function spaFiles(distDir: string): SpaFiles | null {
  if (!existsSync(join(distDir, 'index.html'))) return null;
  const serve = expressStaticGzip(distDir, {
    enableBrotli: true,
    index: 'index.html',
    serveStatic: { index: false, cacheControl: false, etag: true, lastModified: true, fallthrough: true, setHeaders: setCacheHeaders },
  }) as RequestHandler;
  const files: RequestHandler = (req, res, next) => {
    const vary = res.getHeader('vary');
    if (vary) varyBefore.set(res, String(vary));
    negotiateEncoding(req, res, () => serve(req, res, next));
  };

  const page =
    (name: string): RequestHandler =>
    (req, res, next) => {
      req.url = `/${name}`;
      files(req, res, next);
    };

  const router = express.Router();
  // The explorer's page is served at GET /graphql, where introspection decides (api/serving/explorer.ts).
  router.use(/^\/explorer\.html/, (_req, res) => void res.status(404).type('text/plain').send('Not found'));
  router.use(files);
  // A missing asset is a 404, not the SPA: a stale page asking for an old chunk must fail visibly.
  router.use('/assets', (_req, res) => void res.status(404).type('text/plain').send('Not found'));
  // Client-side routes all load the SPA.
  router.get(/.*/, (req: Request, res, next) => (NOT_SPA.test(req.path) ? next() : page('index.html')(req, res, next)));
  return { router, page };
}
