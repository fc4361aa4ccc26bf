// How the server sends what it serves: precompressed SPA files with cache headers and ETags, security
// headers on every response, the self-hosted explorer at GET /graphql, and /readyz during the start.
// Raw HTTP (node:http) rather than fetch, which would decompress bodies and hide what went on the wire.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeo4jInstalled } from '../api/db/embedded.js';
import { startServer, type RunningServer } from '../api/server.js';
import { allowFraming, securityHeaders } from '../api/serving/security-headers.js';
import { Readiness } from '../api/shared/readiness.js';
import { uid, useTestApi } from './helpers/api.js';
import { testConfig, testDb } from './helpers/db.js';
import { buildSpaIfStale, ROOT } from './helpers/spa.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The scripts and stylesheets the built portal page names. */
function firstPageAssets(): { js: string; css: string } {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  return { js: /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!, css: /href="(\/assets\/[^"]+\.css)"/.exec(html)![1]! };
}

// Registered before useTestApi's own beforeAll: the server serves dist/ only if it exists at start.
beforeAll(buildSpaIfStale, 180_000);
const api = useTestApi();

describe('compressed, cached assets', () => {
  it('sends the portal script as brotli, gzip or plain by the client’s Accept-Encoding and its q-values', async () => {
    const { js } = firstPageAssets();
    const raw = readFileSync(join(ROOT, 'dist', js));

    const br = await get(api.url, js, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/i);
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.body.length).toBeLessThan(raw.length / 2);
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);

    // The client's q-values come first: br is preferred only among equals.
    const gz = await get(api.url, js, { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);

    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get(api.url, js, accept ? { 'accept-encoding': accept } : {});
      expect(plain.headers['content-encoding'], accept).toBeUndefined();
      expect(plain.body.equals(raw), accept).toBe(true);
    }
  });

  it('caches hashed assets for a year and makes HTML pages revalidate, client-side routes included', async () => {
    const { js, css } = firstPageAssets();
    for (const asset of [js, css]) {
      const res = await get(api.url, asset, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    }
    for (const page of ['/', `/acteurs/inconnu-${uid()}`]) {
      const res = await get(api.url, page, { 'accept-encoding': 'br', accept: 'text/html' });
      expect(res.status, page).toBe(200);
      expect(res.headers['content-type'], page).toMatch(/^text\/html; charset=utf-8$/i);
      expect(res.headers['content-encoding'], page).toBe('br');
      expect(res.headers['cache-control'], page).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString()).toContain('<div id="root">');
    }
  });

  it('answers If-None-Match with 304 per encoding: br and gzip copies have ETags of their own', async () => {
    for (const path of [firstPageAssets().js, '/']) {
      const br = await get(api.url, path, { 'accept-encoding': 'br' });
      const gz = await get(api.url, path, { 'accept-encoding': 'gzip' });
      const plain = await get(api.url, path);
      const tags = [br, gz, plain].map((r) => r.headers.etag as string);
      expect(tags.every(Boolean), path).toBe(true);
      expect(new Set(tags).size, path).toBe(3);

      const again = await get(api.url, path, { 'accept-encoding': 'br', 'if-none-match': tags[0]! });
      expect(again.status, path).toBe(304);
      expect(again.body.length).toBe(0);
      // The br copy's tag does not match the gzip copy.
      const other = await get(api.url, path, { 'accept-encoding': 'gzip', 'if-none-match': tags[0]! });
      expect(other.status, path).toBe(200);
      expect(other.headers['content-encoding']).toBe('gzip');
    }
  });

  it('answers 404 for an unknown asset instead of the SPA', async () => {
    const res = await get(api.url, `/assets/missing-${uid()}.js`, { accept: '*/*' });
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="root">');
  });

  it('built the portal with no inline script or style that the Content-Security-Policy would block', () => {
    for (const page of ['index.html', 'explorer.html']) {
      const html = readFileSync(join(ROOT, 'dist', page), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, page).toMatch(/\bsrc="\/assets\//);
      expect(html, page).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);
    }
  });
});

describe('security headers', () => {
  function expectHeaders(res: Answer, where: string): void {
    expect(res.headers['content-security-policy'], where).toMatch(/default-src 'none'|default-src 'self'/);
    expect(res.headers['x-content-type-options'], where).toBe('nosniff');
    expect(res.headers['x-frame-options'], where).toBe('DENY');
    expect(res.headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
    expect(res.headers['strict-transport-security'], where).toBeUndefined();
  }

  it('sets them on the SPA, an asset, GraphQL, media, health, readiness and 404s', async () => {
    const post = (query: string) => get(api.url, '/graphql', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ query }));
    const answers: [string, Answer][] = [
      ['/', await get(api.url, '/')],
      ['asset', await get(api.url, firstPageAssets().js)],
      ['POST /graphql', await post('{ __typename }')],
      ['GraphQL error', await post('{ nope }')],
      ['/media', await get(api.url, `/media/files/${'0'.repeat(64)}.png`)],
      ['/healthz', await get(api.url, '/healthz')],
      ['/readyz', await get(api.url, '/readyz')],
      ['404 asset', await get(api.url, `/assets/missing-${uid()}.css`)],
      ['404 route', await get(api.url, `/nowhere-${uid()}`, {}, 'POST')],
    ];
    expect(answers.map(([where, res]) => [where, res.status])).toEqual([
      ['/', 200],
      ['asset', 200],
      ['POST /graphql', 200],
      ['GraphQL error', 400],
      ['/media', 404],
      ['/healthz', 200],
      ['/readyz', 200],
      ['404 asset', 404],
      ['404 route', 404],
    ]);
    for (const [where, res] of answers) expectHeaders(res, where);
  });

  it('gives the pages a policy that allows only this origin and refuses framing', async () => {
    const policy = String((await get(api.url, '/')).headers['content-security-policy']);
    const directives = Object.fromEntries(policy.split(';').map((d) => [d.trim().split(' ')[0], d.trim().split(' ').slice(1).join(' ')]));
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
      'worker-src': "'self' blob:",
      'img-src': "'self' data: blob:",
    });
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('lets a route opt in to framing (the hook for /embed/) while every other page refuses it', async () => {
    // The hook is not mounted by the server yet: a tiny app with the same headers shows what it does.
    const app = express();
    app.use(securityHeaders(testConfig()));
    app.get('/embed/widget', allowFraming(['https:']), (_req, res) => void res.send('widget'));
    app.get('/page', (_req, res) => void res.send('page'));
    const listener = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listener.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
      const embed = await get(base, '/embed/widget');
      expect(embed.headers['content-security-policy']).toContain('frame-ancestors https:');
      expect(embed.headers['x-frame-options']).toBeUndefined();
      const page = await get(base, '/page');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['x-frame-options']).toBe('DENY');
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  describe('behind an HTTPS proxy (TRUST_PROXY)', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({ ...testConfig(), trustProxy: true }, testDb());
    });
    afterAll(() => server?.close());

    it('adds Strict-Transport-Security and upgrades insecure requests', async () => {
      const res = await get(server.url, '/healthz');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    });
  });
});

describe('GraphQL explorer', () => {
  it('serves the self-hosted explorer to a browser at GET /graphql, and the API to everything else', async () => {
    const page = await get(api.url, '/graphql', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    // Chosen by Accept (HTML or the API) and by Accept-Encoding: a cache must tell both apart.
    expect(String(page.headers.vary).split(/,\s*/).sort()).toEqual(['Accept', 'Accept-Encoding']);
    const html = brotliDecompressSync(page.body).toString();
    expect(html).toContain('GraphQL explorer');
    // Only this origin's files: no CDN.
    expect(html).not.toMatch(/https?:\/\//);

    const query = await get(api.url, '/graphql', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ query: '{ __typename }' }));
    expect(JSON.parse(query.body.toString())).toEqual({ data: { __typename: 'Query' } });
    // A GraphQL GET from a client still reaches Apollo (which asks for a preflight header first).
    const apiGet = await get(api.url, '/graphql?query=%7B__typename%7D', { accept: 'application/json', 'apollo-require-preflight': '1' });
    expect(JSON.parse(apiGet.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  describe('with introspection off (production)', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({ ...testConfig(), env: 'production', introspection: false }, testDb());
    });
    afterAll(() => server?.close());

    it('says the explorer is off instead of serving it, and still answers GraphQL', async () => {
      const page = await get(server.url, '/graphql', { accept: 'text/html' });
      expect(page.status).toBe(404);
      expect(page.headers['content-type']).toMatch(/^text\/plain/);
      expect(page.body.toString()).toContain('The GraphQL explorer is off');
      // Nor under the name of its file.
      expect((await get(server.url, '/explorer.html', { accept: 'text/html' })).status).toBe(404);
      const query = await get(server.url, '/graphql', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ query: '{ __typename }' }));
      expect(JSON.parse(query.body.toString())).toEqual({ data: { __typename: 'Query' } });
    });
  });
});

describe('readiness', () => {
  let server: RunningServer;
  const readiness = new Readiness(() => {}, ['migrations', 'territories', 'demo']);
  let release!: () => void;
  let demo: Promise<void>;
  beforeAll(async () => {
    server = await startServer(testConfig(), testDb(), { readiness });
    await readiness.step('migrations', async () => {});
    await readiness.step('territories', async () => {});
    // Held until the test releases it: no timed wait.
    demo = readiness.step('demo', () => new Promise<void>((resolve) => (release = resolve)));
  });
  afterAll(() => server?.close());

  it('answers /readyz 503 with the running step until the start is done, then 200; /healthz stays live', async () => {
    const starting = await get(server.url, '/readyz');
    expect(starting.status).toBe(503);
    expect(starting.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(starting.body.toString());
    expect(body).toMatchObject({ status: 'starting', step: 'demo' });
    expect(body.steps.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['migrations', 'done'],
      ['territories', 'done'],
      ['demo', 'running'],
    ]);
    const live = await get(server.url, '/healthz');
    expect(live.status).toBe(200);
    expect(JSON.parse(live.body.toString())).toMatchObject({ status: 'ok', neo4j: 'ok', ready: false });

    release();
    await demo;
    readiness.markReady();
    const ready = await get(server.url, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body.toString())).toMatchObject({ status: 'ready', neo4j: 'ok' });
    expect(JSON.parse((await get(server.url, '/healthz')).body.toString())).toMatchObject({ ready: true });
  });

  it('says the Neo4j jars are already there instead of announcing a download', async () => {
    const lines: string[] = [];
    await ensureNeo4jInstalled({ rootDir: ROOT, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(/Neo4j 5\.26\.\d+ jars already present \((\d+ jars in .+|.*recompiling)/);
    expect(lines.join('\n')).not.toContain('Downloading');
  });
});
