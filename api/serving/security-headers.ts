// Security headers on every response (GraphQL, media, the SPA, health, errors), set by helmet before
// any route runs. docs/serving.md lists them and says how a future route may relax one.
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';

export interface SecurityHeaderOptions {
  /**
   * Origins the pages may fetch from besides their own (CSP connect-src). The hook for a map style or
   * tile server: MAP_STYLE_URL's origin is added here (api/serving/portal-config.ts `mapOrigins`), and
   * to img-src too, since raster tiles and sprites may be drawn from images.
   */
  connectSources?: string[];
}

/**
 * The policy the built SPA and the explorer pass: no inline script or style element anywhere (Vite
 * emits files; React and CodeMirror style through element.style, which CSP allows), images and fonts
 * from the site or inlined (data:), blob: for map workers and image previews, no plugins, no framing.
 */
function directives(config: Config, options: SecurityHeaderOptions): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(options.connectSources ?? [])],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(options.connectSources ?? [])],
    // maplibre-gl runs its tile workers from blob: URLs.
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Only where TLS is in front: over plain HTTP (a laptop, a local network) it would break every request.
    ...(config.trustProxy ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

export function securityHeaders(config: Config, options: SecurityHeaderOptions = {}): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: directives(config, options) },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xContentTypeOptions: true,
    // HSTS only when TRUST_PROXY says HTTPS is in front; not includeSubDomains: the other hosts of the
    // domain are not this service's to decide.
    strictTransportSecurity: config.trustProxy ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  }) as RequestHandler;
}

/**
 * Route-level override for pages meant to be framed by other sites (the future /embed/ route):
 * `app.use('/embed', allowFraming(['https:']))` before that route. It replaces frame-ancestors in the
 * policy helmet already set and drops X-Frame-Options (which cannot name origins). Nothing uses it yet.
 */
export function allowFraming(ancestors: string[]): RequestHandler {
  return (_req, res, next) => {
    const policy = res.getHeader('content-security-policy');
    if (typeof policy === 'string') {
      res.setHeader('content-security-policy', policy.replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors.join(' ')}`));
    }
    res.removeHeader('x-frame-options');
    next();
  };
}
