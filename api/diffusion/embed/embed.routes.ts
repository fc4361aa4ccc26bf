// The embeds' routes, mounted at /embed before the SPA:
//   GET /embed/v1/listing.json?kind=…&space=…&limit=…&lang=…&<portal filter>   the data (embed-listing.ts)
//   GET /embed/frame?…same options…                                           the iframe page (embed-frame.ts)
//   GET /embed/convergences.js                                                the web component (web/src/embed/)
// Every response carries CORS without credentials (embed-http.ts); only the frame may be framed, by any
// site. No route reads the session cookie or sets one: an embed is the public's view, whoever looks.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import express, { type Request, type RequestHandler, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/driver.js';
import { AppError, type ErrorCode } from '../../errors.js';
import { allowFraming } from '../../serving/security-headers.js';
import { Deadline } from '../../shared/deadline.js';
import { parseEmbedOptions } from '../../shared/embed-options.js';
import { framePage } from './embed-frame.js';
import { embedCors, sendCached, sendEmbedError } from './embed-http.js';
import { readEmbedListing } from './embed-listing.js';

/** The component's URL has no hash (it is pasted in other sites), so it is cached briefly, then revalidated. */
const SCRIPT_CACHE_CONTROL = 'public, max-age=300';

export interface EmbedRouterOptions {
  config: Config;
  db: Db;
  apollo: ApolloServer<Context>;
}

/** The portal's origin as the client reached it (behind a proxy, TRUST_PROXY makes this its HTTPS origin). */
const originOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

function queryOf(req: Request): URLSearchParams {
  const at = req.originalUrl.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : req.originalUrl.slice(at + 1));
}

export function embedRouter({ config, db, apollo }: EmbedRouterOptions): Router {
  const router = express.Router();
  router.use(embedCors);

  router.get('/v1/listing.json', (req, res) => {
    const deadline = new Deadline(config.requestTimeoutMs);
    res.on('close', () => deadline.dispose());
    readEmbedListing(parseEmbedOptions(queryOf(req)), { apollo, db, deadline, origin: originOf(req) })
      .then((listing) => sendCached(req, res, 'application/json; charset=utf-8', JSON.stringify(listing)))
      .catch((error: unknown) => {
        if (error instanceof AppError) return sendEmbedError(res, error.extensions.code as ErrorCode, error.message);
        console.error(error);
        sendEmbedError(res, 'INTERNAL_SERVER_ERROR', 'The listing could not be read. Try again later.');
      });
  });

  // Framing by any site, on this route alone; every other response keeps frame-ancestors 'none'.
  router.get('/frame', allowFraming(['*']), (req, res) => {
    sendCached(req, res, 'text/html; charset=utf-8', framePage(parseEmbedOptions(queryOf(req)), originOf(req)));
  });

  const distDir = join(config.rootDir, 'dist', 'embed');
  const script: RequestHandler = existsSync(join(distDir, 'convergences.js'))
    ? (expressStaticGzip(distDir, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { index: false, etag: true, lastModified: true, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', SCRIPT_CACHE_CONTROL) },
      }) as RequestHandler)
    : (_req, res) => void res.status(404).type('text/plain').send('The embed script is not built: run "npm run build".');
  router.get('/convergences.js', script);

  router.use((_req, res) => sendEmbedError(res, 'NOT_FOUND', 'No embed answers at this address (see docs/diffusion.md).'));
  return router;
}
