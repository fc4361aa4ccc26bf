// The HTTP server: GraphQL at /graphql (the explorer for browsers), health at /healthz and /readyz,
// media at /media, the dev outbox at /dev/outbox.json, the built SPA at /; security headers on every response.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type RequestHandler } from 'express';
import { buildSchema } from 'graphql';
import type { Config } from './config.js';
import { createServerLimits, type ServerLimits } from './auth/rate-limit.js';
import { requestViewer } from './auth/request-viewer.js';
import { SESSION_COOKIE } from './auth/session.js';
import { createContext, type Context, type HttpHooks } from './context.js';
import type { Db } from './db/driver.js';
import { entityAlternates } from './diffusion/alternates.js';
import { diffusionRouter } from './diffusion/diffusion.routes.js';
import { embedRouter } from './diffusion/embed/embed.routes.js';
import { formatError } from './errors.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { outboxRoutes } from './mail/outbox.js';
import { mediaRouter } from './media/media.routes.js';
import { resolvers } from './resolvers.js';
import { bodyErrors, jsonBody, MAX_COST, operationLimits, refuseBatches, refuseLongDocuments, refuseOversizedBodies, withoutSuggestions } from './security/limits.js';
import { assertListsBounded, withListBounds } from './security/list-bounds.js';
import { costLimitPlugin, requestOutcomePlugin } from './security/plugins.js';
import { entityHeads } from './serving/entity-head.js';
import { graphqlExplorer } from './serving/explorer.js';
import { healthRoutes } from './serving/health.js';
import { mapOrigins, portalConfig } from './serving/portal-config.js';
import { securityHeaders } from './serving/security-headers.js';
import { spaFiles } from './serving/static-files.js';
import { bookmarksOf, sendBookmarks } from './shared/consistency.js';
import { Deadline } from './shared/deadline.js';
import { Readiness } from './shared/readiness.js';

export function loadTypeDefs(rootDir: string): string {
  return readFileSync(join(rootDir, 'schema.graphql'), 'utf8');
}

/** The bookmark of a request's writes goes out with its response, whatever the outcome. */
const bookmarkPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () => Promise.resolve({ willSendResponse: ({ contextValue }) => Promise.resolve(contextValue.http.sendBookmarks()) }),
};

export function createApollo(config: Config, httpServer?: Server): ApolloServer<Context> {
  const limits = operationLimits();
  // Field suggestions would reveal the schema piecemeal, so they go wherever introspection is off.
  const hideSuggestions = !config.introspection;
  const typeDefs = loadTypeDefs(config.rootDir);
  // A list field without a bound would escape the cost limit: such a schema does not start.
  assertListsBounded(buildSchema(typeDefs));
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: withListBounds(resolvers),
    formatError: (formatted, error) =>
      formatError(hideSuggestions ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted, error),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.env === 'development',
    // Stated although they are Apollo's defaults: a browser cannot send a GraphQL request cross-site
    // without a preflight, and one HTTP request carries one operation (limits apply per operation).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Apollo's landing page loads its scripts from a CDN; browsers get the self-hosted explorer instead (api/serving/explorer.ts).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(MAX_COST),
      requestOutcomePlugin(),
      bookmarkPlugin,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<Context>;
  /** This server's sign-in and sign-up limits (tests swap them for short windows or a fake clock). */
  limits: ServerLimits;
  /** This server's outgoing e-mail. */
  mailer: Mailer;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The start sequence's progress, read by /readyz; ready at once when absent. */
  readiness?: Readiness;
}

/** Starts the API on config.host:config.port (0 picks a free port). */
export async function startServer(config: Config, db: Db, options: ServerOptions = {}): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config, { connectSources: mapOrigins(config) }));
  // Behind a reverse proxy, trust its X-Forwarded-* so cookies get Secure over HTTPS and limits see client addresses.
  app.set('trust proxy', config.trustProxy);
  const { createServer } = await import('node:http');
  const httpServer = createServer(app);
  const apollo = createApollo(config, httpServer);
  await apollo.start();
  const limits = createServerLimits(config.signUpLimitPerHour);
  const mail = { mailer: createMailer(config.mail, config.mailLinkUrl), passwordResetTtlMs: config.passwordResetTtlMs };

  app.use(healthRoutes(db, options.readiness ?? Readiness.immediate()));
  const spa = spaFiles(join(config.rootDir, 'dist'));
  // The request's deadline starts as it arrives, so reading a slow body counts against it too.
  const startDeadline: RequestHandler = (_req, res, next) => {
    const deadline = new Deadline(config.requestTimeoutMs);
    res.locals.deadline = deadline;
    res.on('close', () => deadline.dispose());
    next();
  };
  app.use(
    '/graphql',
    graphqlExplorer(config, spa),
    startDeadline,
    refuseOversizedBodies,
    jsonBody,
    refuseBatches,
    refuseLongDocuments,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const deadline = res.locals.deadline as Deadline;
        // Every statement of this request shares its deadline, and starts from the client's bookmarks.
        const bookmarks = bookmarksOf(req);
        const requestDb = db.forRequest(deadline, bookmarks);
        const { viewer, access } = await requestViewer(requestDb, req);
        const secure = req.secure;
        const http: HttpHooks = {
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          setSessionCookie: (token, expiresAt) =>
            res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt }),
          clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
          sendBookmarks: () => sendBookmarks(res, bookmarks, secure),
        };
        return createContext(requestDb, viewer, access, http, deadline, limits, mail);
      },
    }),
    bodyErrors,
  );

  app.use('/media', mediaRouter(config, db));
  app.use(outboxRoutes(config));
  // Feeds and open-data exports (docs/diffusion.md), before the SPA's fallback answers every GET.
  app.use(diffusionRouter(config, db, apollo, buildSchema(loadTypeDefs(config.rootDir))));
  // Embeds for other sites: public listings as JSON, the iframe page, the web component (docs/diffusion.md).
  app.use('/embed', embedRouter({ config, db, apollo }));
  app.get('/config.json', portalConfig(config));

  if (spa) {
    // Entity pages get their own head (title, Open Graph, JSON-LD) in the index.html they are sent.
    app.use(entityHeads({ apollo, db, limits, requestTimeoutMs: config.requestTimeoutMs, indexFile: join(config.rootDir, 'dist', 'index.html'), publicUrl: config.publicUrl, alternates: entityAlternates }));
    app.use(spa.router);
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${config.port} is in use: another Convergences (or another program) is running there. Stop it or set PORT.`) : err),
    );
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    apollo,
    limits,
    mailer: mail.mailer,
    close: async () => {
      await apollo.stop();
      // Messages already queued still leave (or are written) before the process goes.
      await mail.mailer.idle();
      mail.mailer.close();
    },
  };
}
