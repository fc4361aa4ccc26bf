// GET /config.json: the settings the SPA needs at run time, read from the server's configuration (the
// built files are the same for every deployment). A JSON file rather than an inline script, which the
// CSP forbids. Only what a visitor may know: the map's style URL and its first view.
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';

/** What the SPA reads (web/src/map/portal-config.ts mirrors it). */
export interface PortalConfig {
  map: {
    /** A MapLibre style URL; null means the SPA's bundled blank style. */
    styleUrl: string | null;
    homeBbox: { west: number; south: number; east: number; north: number };
  };
}

export function portalConfig(config: Config): RequestHandler {
  const body: PortalConfig = { map: { styleUrl: config.map.styleUrl ?? null, homeBbox: config.map.homeBbox } };
  return (_req, res) => {
    // A new deployment may change it: revalidate, like index.html.
    res.setHeader('Cache-Control', 'no-cache');
    res.json(body);
  };
}

/** Origins the pages fetch map style, tiles, glyphs and sprites from (CSP connect-src and img-src). */
export function mapOrigins(config: Config): string[] {
  return config.map.styleUrl ? [new URL(config.map.styleUrl).origin] : [];
}
