// The HTTP server: GraphQL at /graphql, health at /healthz, the built SPA at /.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import type { Db } from './db/driver.js';
import { formatError } from './errors.js';
import { resolvers } from './resolvers.js';

export function loadTypeDefs(rootDir: string): string {
  return readFileSync(join(rootDir, 'schema.graphql'), 'utf8');
}

export function createApollo(config: Config, httpServer?: Server): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(config.rootDir),
    resolvers: resolvers as never,
    formatError: (formatted, error) => formatError(formatted, error),
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: config.env === 'development',
    plugins: httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : [],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<Context>;
  close(): Promise<void>;
}

/** Starts the API on config.host:config.port (0 picks a free port). */
export async function startServer(config: Config, db: Db): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const { createServer } = await import('node:http');
  const httpServer = createServer(app);
  const apollo = createApollo(config, httpServer);
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: 'ok', neo4j: 'ok' });
    } catch {
      res.status(503).json({ status: 'degraded', neo4j: 'unreachable' });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(db) }));

  const dist = join(config.rootDir, 'dist');
  if (existsSync(join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client-side routes all load the SPA.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(join(dist, 'index.html')));
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
    close: async () => {
      await apollo.stop();
    },
  };
}
