// The map's run-time settings: MAP_STYLE_URL and MAP_HOME_BBOX are validated at start, given to the
// SPA by GET /config.json (no inline script), and the style's origin is allowed by the CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../api/config.js';
import { startServer, type RunningServer } from '../api/server.js';
import { testConfig, testDb } from './helpers/db.js';

describe('map settings', () => {
  it('reads MAP_STYLE_URL and MAP_HOME_BBOX, and refuses bad values with a message', () => {
    const config = loadConfig({ MAP_STYLE_URL: 'https://tiles.example.org/styles/plan.json', MAP_HOME_BBOX: '-3.5,48.1,-2.5,48.8' });
    expect(config.map).toEqual({ styleUrl: 'https://tiles.example.org/styles/plan.json', homeBbox: { west: -3.5, south: 48.1, east: -2.5, north: 48.8 } });
    expect(loadConfig({}).map).toEqual({ styleUrl: undefined, homeBbox: { west: -3.67, south: 48.03, east: -1.9, north: 48.9 } });
    expect(() => loadConfig({ MAP_HOME_BBOX: '-2,48,-3,49' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAP_HOME_BBOX: '-2,48,-3,49' })).toThrow(/MAP_HOME_BBOX/);
    expect(() => loadConfig({ MAP_STYLE_URL: 'ftp://tiles.example.org/style.json' })).toThrow(/MAP_STYLE_URL/);
  });

  describe('served', () => {
    let plain: RunningServer;
    let styled: RunningServer;
    beforeAll(async () => {
      plain = await startServer({ ...testConfig(), port: 0 }, testDb());
      styled = await startServer({ ...testConfig(), port: 0, map: { styleUrl: 'https://tiles.example.org/styles/plan.json', homeBbox: { west: -3, south: 48, east: -2, north: 49 } } }, testDb());
    });
    afterAll(async () => {
      await plain?.close();
      await styled?.close();
    });

    it('gives the SPA the style URL and the first view at GET /config.json, revalidated', async () => {
      const res = await fetch(`${styled.url}/config.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.json()).toEqual({ map: { styleUrl: 'https://tiles.example.org/styles/plan.json', homeBbox: { west: -3, south: 48, east: -2, north: 49 } } });
      const none = (await (await fetch(`${plain.url}/config.json`)).json()) as { map: { styleUrl: string | null } };
      expect(none.map.styleUrl).toBeNull();
    });

    it('allows the style’s origin in connect-src and img-src only when one is configured', async () => {
      const policy = (await fetch(`${styled.url}/config.json`)).headers.get('content-security-policy')!;
      expect(policy).toMatch(/connect-src 'self' https:\/\/tiles\.example\.org(;|$)/);
      expect(policy).toMatch(/img-src [^;]*https:\/\/tiles\.example\.org/);
      const plainPolicy = (await fetch(`${plain.url}/config.json`)).headers.get('content-security-policy')!;
      expect(plainPolicy).toMatch(/connect-src 'self'(;|$)/);
      expect(plainPolicy).not.toContain('example.org');
    });
  });
});
