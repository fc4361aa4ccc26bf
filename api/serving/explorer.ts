// GET /graphql from a browser (Accept: text/html) opens the self-hosted GraphQL explorer (GraphiQL and
// its explorer plugin, built into dist/explorer.html by web/src/explorer/): nothing is loaded from
// another origin, so it works offline and on a closed network. It exists only where introspection is
// on (development by default, production with INTROSPECTION=true); elsewhere the page says it is off.
// Every other request to /graphql goes on to the API.
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';
import type { SpaFiles } from './static-files.js';

/** Types a GraphQL client asks for; a browser's navigation prefers text/html over all of them. */
const API_TYPES = ['application/graphql-response+json', 'application/json'];

export function graphqlExplorer(config: Config, spa: SpaFiles | null): RequestHandler {
  return (req, res, next) => {
    // One URL, two answers chosen by Accept: caches must keep them apart.
    if (req.method === 'GET') res.vary('Accept');
    if (req.method !== 'GET' || req.accepts([...API_TYPES, 'text/html']) !== 'text/html') {
      next();
      return;
    }
    const off = (message: string) => void res.status(404).setHeader('cache-control', 'no-cache').type('text/plain').send(message);
    if (!config.introspection) {
      off('The GraphQL explorer is off on this server, as introspection is (set INTROSPECTION=true to turn both on). The API answers POST requests at /graphql.\n');
      return;
    }
    if (!spa) {
      off('The GraphQL explorer is not built: run `npm run build` (npm start builds it too). The API answers POST requests at /graphql.\n');
      return;
    }
    spa.page('explorer.html')(req, res, next);
  };
}
