// Entity pages answer their first request with their own head, over HTTP as a search engine or a link
// preview fetches them: title, description, Open Graph tags and schema.org JSON-LD, expanded by the
// `jsonld` library with schema.org's vocabulary served locally (no network), then checked for the
// properties each type needs. Hidden and unknown entities get the plain index.html head.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import jsonld, { type ExpandedNode } from 'jsonld';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildPartnership } from './factories/partnerships.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import { launchChromium } from './helpers/browser.js';
import { uid, useTestApi } from './helpers/api.js';
import { buildSpaIfStale, ROOT } from './helpers/spa.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

// Registered before useTestApi's own beforeAll: the server serves dist/ only if it exists at start.
beforeAll(buildSpaIfStale, 180_000);
const api = useTestApi();

const S = 'https://schema.org/';

/** What a page's head says, read by a real HTML parser from the HTML as sent. */
interface Head {
  html: string;
  title: string;
  meta: Map<string, string>;
  links: { rel: string; href: string; type?: string }[];
  jsonLd: string[];
  scripts: Element[];
}

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node && node.content) elements(node.content, out);
  return out;
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const text = (e: Element) => e.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

async function page(path: string): Promise<Head & { status: number; contentType: string | null }> {
  const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
  const html = await res.text();
  const doc = parse(html);
  const all = elements(doc);
  const head = all.find((e) => e.tagName === 'head')!;
  const inHead = elements(head);
  const meta = new Map<string, string>();
  for (const m of inHead.filter((e) => e.tagName === 'meta')) {
    const key = attr(m, 'property') ?? attr(m, 'name');
    if (key) meta.set(key, attr(m, 'content') ?? '');
  }
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    html,
    title: text(inHead.find((e) => e.tagName === 'title')!),
    meta,
    links: inHead.filter((e) => e.tagName === 'link').map((l) => ({ rel: attr(l, 'rel')!, href: attr(l, 'href')!, type: attr(l, 'type') })),
    jsonLd: all.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map(text),
    scripts: all.filter((e) => e.tagName === 'script'),
  };
}

/** schema.org's context, served from here: the expansion needs only its vocabulary, never the network. */
const documentLoader = (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) return Promise.reject(new Error(`Unexpected fetch of ${url} during the test`));
  return Promise.resolve({ contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': S } } });
};

/** The page's JSON-LD, expanded: one node object, with every property known to the vocabulary (safe mode fails on any dropped one). */
async function expandOne(head: Head): Promise<ExpandedNode> {
  expect(head.jsonLd).toHaveLength(1);
  const expanded = await jsonld.expand(JSON.parse(head.jsonLd[0]!), { documentLoader, safe: true });
  expect(expanded).toHaveLength(1);
  return expanded[0]!;
}

/** The first value of an expanded property. */
function value(node: ExpandedNode, property: string): unknown {
  const values = node[`${S}${property}`] as ({ '@value'?: unknown } & ExpandedNode)[] | undefined;
  const first = values?.[0];
  return first && '@value' in first ? first['@value'] : first;
}
const types = (node: unknown) => (node as ExpandedNode)['@type'] as string[];

/** The plain page: the built index.html's head, as every unknown or hidden entity gets it. */
function plainHead(): { title: string; description: string } {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  return { title: /<title>([^<]*)<\/title>/.exec(html)![1]!, description: /<meta name="description" content="([^"]*)"/.exec(html)![1]! };
}

function expectPlain(head: Head): void {
  const plain = plainHead();
  expect(head.title).toBe(plain.title);
  expect(head.meta.get('description')).toBe(plain.description);
  expect([...head.meta.keys()].filter((k) => k.startsWith('og:'))).toEqual([]);
  expect(head.jsonLd).toEqual([]);
}

describe('the head of entity pages', () => {
  it('describes an actor as a schema.org Organization, with Open Graph tags, keeping the built asset links', async () => {
    const actor = await buildActor(api, { name: `Épicerie solidaire ${uid()}`, description: 'Une **épicerie** ouverte à tous, au cœur du Plateau.', places: true });
    const head = await page(`/acteurs/${actor.slug}`);
    expect(head.status).toBe(200);
    expect(head.contentType).toMatch(/^text\/html; charset=utf-8$/i);
    expect(head.title).toBe(`${actor.name} · Convergences`);
    expect(head.meta.get('description')).toBe('Une épicerie ouverte à tous, au cœur du Plateau.');
    expect(head.meta.get('og:title')).toBe(head.title);
    expect(head.meta.get('og:description')).toBe(head.meta.get('description'));
    expect(head.meta.get('og:type')).toBe('profile');
    expect(head.meta.get('og:url')).toBe(`${api.url}/acteurs/${actor.slug}`);
    expect(head.links).toContainEqual({ rel: 'canonical', href: `${api.url}/acteurs/${actor.slug}`, type: undefined });

    const org = await expandOne(head);
    expect(types(org)).toEqual([`${S}Organization`]);
    expect(value(org, 'name')).toBe(actor.name);
    expect(value(org, 'url')).toBe(`${api.url}/acteurs/${actor.slug}`);
    expect(types(value(org, 'location'))).toEqual([`${S}Place`]);
    // Contact is members-only by default: not in the head of an anonymous page.
    expect(org[`${S}email`]).toBeUndefined();

    // The built page's scripts and stylesheets are untouched.
    const built = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
    for (const [, asset] of built.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) expect(head.html).toContain(asset);
  });

  it('describes a dated action as a schema.org Event with its status, dates, place (address and coordinates), organizer and image', async () => {
    const carrier = await buildActor(api, { name: `Comité des fêtes ${uid()}` });
    const place = await buildPlace(api, { name: `Salle des fêtes ${uid()}`, latitude: 48.51, longitude: -2.76, address: { street: '3 rue des Lilas', postalCode: '22000', city: 'Saint-Brieuc' } });
    const action = await buildAction(api, {
      name: `Bal populaire ${uid()}`,
      status: 'CANCELLED',
      startsAt: '2026-07-14T20:00:00+02:00',
      endsAt: '2026-07-15T01:00:00+02:00',
      carriers: [carrier],
      places: [place],
    });
    const head = await page(`/actions/${action.slug}`);
    expect(head.meta.get('description')).toMatch(/^Annulé : /);
    const event = await expandOne(head);
    expect(types(event)).toEqual([`${S}Event`]);
    expect(value(event, 'name')).toBe(action.name);
    expect(Date.parse(value(event, 'startDate') as string)).toBe(Date.parse('2026-07-14T20:00:00+02:00'));
    expect(Date.parse(value(event, 'endDate') as string)).toBe(Date.parse('2026-07-15T01:00:00+02:00'));
    expect(value(event, 'eventStatus')).toBe(`${S}EventCancelled`);
    const location = value(event, 'location') as ExpandedNode;
    expect(types(location)).toEqual([`${S}Place`]);
    expect(value(location, 'name')).toBe(place.name);
    const address = value(location, 'address') as ExpandedNode;
    expect(types(address)).toEqual([`${S}PostalAddress`]);
    expect([value(address, 'streetAddress'), value(address, 'postalCode'), value(address, 'addressLocality')]).toEqual(['3 rue des Lilas', '22000', 'Saint-Brieuc']);
    const geo = value(location, 'geo') as ExpandedNode;
    expect(types(geo)).toEqual([`${S}GeoCoordinates`]);
    expect([value(geo, 'latitude'), value(geo, 'longitude')]).toEqual([48.51, -2.76]);
    const organizer = value(event, 'organizer') as ExpandedNode;
    expect(types(organizer)).toEqual([`${S}Organization`]);
    expect(value(organizer, 'name')).toBe(carrier.name);
  });

  it('advertises the feeds of an action and of an actor with <link rel="alternate">, each answering with its type', async () => {
    const carrier = await buildActor(api, { name: `Compagnie ${uid()}` });
    const action = await buildAction(api, { name: `Festival ${uid()}`, startsAt: '2026-08-01T18:00:00+02:00', carriers: [carrier] });
    for (const [path, types] of [
      [`/actions/${action.slug}`, ['text/calendar', 'application/rss+xml', 'application/atom+xml']],
      [`/acteurs/${carrier.slug}`, ['application/rss+xml', 'application/atom+xml']],
    ] as const) {
      const head = await page(path);
      const alternates = head.links.filter((link) => link.rel === 'alternate');
      expect(alternates.map((link) => link.type)).toEqual(types);
      for (const link of alternates) {
        const res = await fetch(new URL(link.href, api.url));
        expect(res.status, link.href).toBe(200);
        expect(res.headers.get('content-type'), link.href).toContain(link.type!);
      }
    }
  });

  it('gives a full event an offer that is sold out, and an all-day one its dates', async () => {
    const action = await buildAction(api, { name: `Vide-grenier ${uid()}`, status: 'FULL', allDay: true, startsAt: '2026-08-01', endsAt: '2026-08-02', places: true });
    const event = await expandOne(await page(`/actions/${action.slug}`));
    expect(value(event, 'eventStatus')).toBe(`${S}EventScheduled`);
    expect([value(event, 'startDate'), value(event, 'endDate')]).toEqual(['2026-08-01', '2026-08-02']);
    const offer = value(event, 'offers') as ExpandedNode;
    expect(types(offer)).toEqual([`${S}Offer`]);
    expect(value(offer, 'availability')).toBe(`${S}SoldOut`);
  });

  it('describes a place as a schema.org Place with its address and coordinates', async () => {
    const place = await buildPlace(api, { name: `Maison du quartier ${uid()}`, latitude: 48.5, longitude: -2.7, address: { street: '1 place du Marché', city: 'Plérin' } });
    const head = await page(`/lieux/${place.slug}`);
    expect(head.title).toBe(`${place.name} · Convergences`);
    expect(head.meta.get('description')).toContain('1 place du Marché, Plérin');
    const node = await expandOne(head);
    expect(types(node)).toEqual([`${S}Place`]);
    expect(types(value(node, 'geo'))).toEqual([`${S}GeoCoordinates`]);
    expect(value(value(node, 'address') as ExpandedNode, 'addressLocality')).toBe('Plérin');
  });

  it('gives themes and partnerships their title, description and Open Graph tags', async () => {
    const theme = await buildTheme(api, { name: `Alimentation durable ${uid()}`, description: 'Manger local et de saison.' });
    const themeHead = await page(`/themes/${theme.slug}`);
    expect(themeHead.meta.get('og:title')).toBe(`${theme.name} · Convergences`);
    expect(themeHead.meta.get('description')).toBe('Manger local et de saison.');
    expect(types(await expandOne(themeHead))).toEqual([`${S}DefinedTerm`]);

    const partnership = await buildPartnership(api, { name: `Réseau des jardins ${uid()}` });
    const head = await page(`/partenariats/${partnership.slug}`);
    expect(head.title).toBe(`${partnership.name} · Convergences`);
    expect(head.meta.get('description')).toMatch(/un partenariat entre/);
    expect(head.meta.get('og:url')).toBe(`${api.url}/partenariats/${partnership.slug}`);
  });

  it('does not describe a members-only action, a members-only actor or an unknown slug: the plain head', async () => {
    const hidden = await buildAction(api, { name: `Réunion interne ${uid()}`, description: 'Ordre du jour confidentiel.', visibility: 'MEMBERS', startsAt: '2026-10-01T18:00:00+02:00' });
    const hiddenActor = await buildActor(api, { name: `Collectif discret ${uid()}`, visibility: 'MEMBERS' });
    for (const path of [`/actions/${hidden.slug}`, `/acteurs/${hiddenActor.slug}`, `/acteurs/inconnu-${uid()}`, `/lieux/inconnu-${uid()}`]) {
      const head = await page(path);
      expect(head.status, path).toBe(200);
      expectPlain(head);
      expect(head.html, path).not.toContain('confidentiel');
      expect(head.html, path).not.toContain('Collectif discret');
    }
  });

  it('escapes a hostile name and description: no early </script>, no injected tag, the JSON-LD reads back the same text', async () => {
    const name = `</script><script>alert(1)</script> "><img src=x onerror=alert(2)> ${uid()}`;
    const description = `Fin </SCRIPT ><!-- & \u2028 ' " <b>gras</b>`;
    const actor = await buildActor(api, { name, description });
    const head = await page(`/acteurs/${actor.slug}`);
    // The only scripts are the built module script(s) and the one JSON-LD block.
    expect(head.scripts.filter((s) => attr(s, 'type') !== 'module' && attr(s, 'type') !== 'application/ld+json')).toEqual([]);
    expect(head.jsonLd).toHaveLength(1);
    expect(head.html).not.toMatch(/<img/i);
    expect(head.title).toBe(`${name} · Convergences`);
    expect(head.meta.get('og:title')).toBe(`${name} · Convergences`);
    const data = JSON.parse(head.jsonLd[0]!) as { name: string; description: string };
    expect(data.name).toBe(name);
    expect(head.jsonLd[0]).not.toMatch(/<|>/);
    expect(value(await expandOne(head), 'name')).toBe(name);
  });

  it('sends an entity page compressed and revalidated like index.html: br, no-cache, an ETag answered with 304', async () => {
    const actor = await buildActor(api, { name: `Recyclerie ${uid()}` });
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const req = request(`${api.url}/acteurs/${actor.slug}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const br = await get({ 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toContain(`<title>${actor.name} · Convergences</title>`);
    const again = await get({ 'accept-encoding': 'gzip, br', 'if-none-match': br.headers.etag as string });
    expect(again.status).toBe(304);
  });

  it('loads an entity page in Chromium under the strict CSP with no violation, its JSON-LD in the DOM', async () => {
    const actor = await buildActor(api, { name: `Ressourcerie ${uid()}`, description: 'Réemploi et réparation.' });
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const reports: string[] = [];
      tab.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) reports.push(m.text());
      });
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.log(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      const res = await tab.goto(`${api.url}/acteurs/${actor.slug}`, { waitUntil: 'load' });
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
      const ld = await tab.evaluate(() => document.querySelector('script[type="application/ld+json"]')?.textContent ?? null);
      expect((JSON.parse(ld!) as { name: string }).name).toBe(actor.name);
      // The portal's own module script ran (its root filled) under the same policy.
      await tab.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
      expect(reports).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
