// The embeds' HTTP side (api/diffusion/embed/): the public listing as JSON whatever the session, CORS
// only on /embed/*, framing only on /embed/frame, ETag with 304 and a minute of caching, no cookie,
// and the snippets the portal's dialog shows (api/shared/embed-snippet.ts).
import { describe, expect, it, beforeAll } from 'vitest';
import { embedSnippet } from '../api/shared/embed-snippet.js';
import { DEFAULT_EMBED, parseEmbedOptions } from '../api/shared/embed-options.js';
import { EMPTY_FILTER } from '../api/shared/portal-filter.js';
import { uid, useTestApi } from './helpers/api.js';
import { adminSession } from './factories/people.js';
import { testDb } from './helpers/db.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildArticle } from './factories/content.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

interface Listing {
  format: number;
  kind: string;
  space?: { name: string; url: string };
  moreUrl: string;
  totalCount: number;
  items: { id: string; title: string; url: string; startsAt?: string; status?: string; place?: { name: string; latitude: number } }[];
}

const id = uid();
let space: Built;
let publicShow: Built;
let secretShow: Built;
let theme: Built;
let adminCookie: string;
const article = { public: '', secret: '' };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  adminCookie = (await adminSession(testDb())).cookie;
  theme = await buildTheme(api, { name: `Thème embed ${id}` });
  const place = await buildPlace(api, { name: `Salle embed ${id}` });
  space = await buildActor(api, { name: `Association embed ${id}`, places: [place] });
  publicShow = await buildAction(api, { name: `Concert public ${id}`, carriers: [space], places: [place], themes: [theme], startsAt: inDays(3), endsAt: inDays(3.1) });
  secretShow = await buildAction(api, { name: `Réunion interne ${id}`, carriers: [space], places: [place], themes: [theme], startsAt: inDays(2), visibility: 'MEMBERS' });
  article.public = (await buildArticle(api, space, { title: `Article public ${id}`, summary: 'Un **résumé** public.' })).title;
  article.secret = (await buildArticle(api, space, { title: `Article interne ${id}`, visibility: 'MEMBERS' })).title;
});

const listingUrl = (query: string) => `${api.url}/embed/v1/listing.json?${query}`;

async function listing(query: string, headers: Record<string, string> = {}): Promise<{ res: Response; body: Listing }> {
  const res = await fetch(listingUrl(query), { headers });
  expect(res.status).toBe(200);
  return { res, body: (await res.json()) as Listing };
}

describe('GET /embed/v1/listing.json', () => {
  it("lists a space's agenda with links back to the portal and hides members-only actions, even from a signed-in administrator", async () => {
    for (const headers of [{}, { cookie: adminCookie }] as Record<string, string>[]) {
      const { res, body } = await listing(`kind=agenda&space=${space.slug}&limit=10`, headers);
      const titles = body.items.map((i) => i.title);
      expect(titles).toContain(publicShow.name);
      expect(titles).not.toContain(secretShow.name);
      const item = body.items.find((i) => i.title === publicShow.name)!;
      expect(item.url).toBe(`${api.url}/actions/${publicShow.slug}`);
      expect(item.place?.name).toBe(`Salle embed ${id}`);
      expect(Date.parse(item.startsAt!)).toBeGreaterThan(Date.now());
      expect(body.space).toEqual({ name: space.name, url: `${api.url}/acteurs/${space.slug}` });
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it("lists a space's articles, public ones only, with a plain-text summary", async () => {
    const { body } = await listing(`kind=articles&space=${space.slug}`, { cookie: adminCookie });
    const titles = body.items.map((i) => i.title);
    expect(titles).toContain(article.public);
    expect(titles).not.toContain(article.secret);
    expect(body.items.find((i) => i.title === article.public)).toMatchObject({ summary: 'Un résumé public.' });
  });

  it("takes the portal's filter: a theme's actions", async () => {
    const { body } = await listing(`kind=actions&theme=${theme.id}&limit=50`);
    expect(body.items.map((i) => i.title)).toEqual([publicShow.name]);
    expect(body.totalCount).toBe(1);
  });

  it('answers an unknown space with 404 and a message, not cached', async () => {
    const res = await fetch(listingUrl(`kind=agenda&space=nobody-${id}`));
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: `No public space has the slug "nobody-${id}".` } });
  });

  it('does not reveal a members-only space: it is unknown to an embed', async () => {
    const hidden = await buildActor(api, { name: `Groupe interne ${id}`, visibility: 'MEMBERS' });
    const res = await fetch(listingUrl(`kind=agenda&space=${hidden.slug}`), { headers: { cookie: adminCookie } });
    expect(res.status).toBe(404);
  });

  it('sends a strong ETag and one minute of public caching, answers 304 while unchanged, and shows an edit at once', async () => {
    const query = `kind=actions&theme=${theme.id}`;
    const first = await fetch(listingUrl(query));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await fetch(listingUrl(query), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);

    const renamed = `Concert renommé ${id}`;
    const edited = Date.now();
    await api.ok(`mutation ($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`, { input: { id: publicShow.id, name: renamed } });
    const after = await fetch(listingUrl(query), { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as Listing).items.map((i) => i.title)).toEqual([renamed]);
    // Shared caches may keep the previous answer up to max-age: an edit shows within 60 s.
    console.log(`embed freshness: the edit was served ${Date.now() - edited} ms after it (caches add at most 60 s)`);
    await api.ok(`mutation ($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`, { input: { id: publicShow.id, name: publicShow.name } });
  });
});

describe('headers of /embed/* and of the rest of the site', () => {
  it('allows any origin to read /embed/* without credentials, and nothing else', async () => {
    const origin = { origin: 'http://elsewhere.example' };
    for (const path of [`/embed/v1/listing.json?kind=agenda`, '/embed/frame?kind=agenda', '/embed/convergences.js', '/embed/unknown']) {
      const res = await fetch(`${api.url}${path}`, { headers: origin });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
      expect(res.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
    const preflight = await fetch(`${api.url}/embed/v1/listing.json`, { method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/media/files/nothing']) {
      const res = await fetch(`${api.url}${path}`, { headers: { ...origin, 'apollo-require-preflight': '1' } });
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(res.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }
  });

  it('lets any site frame /embed/frame and no other page', async () => {
    const frame = await fetch(`${api.url}/embed/frame?kind=agenda&space=${space.slug}&lang=en`);
    expect(frame.status).toBe(200);
    expect(frame.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(frame.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(frame.headers.get('x-frame-options')).toBeNull();
    const html = await frame.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<convergences-listing frame kind="agenda" space="${space.slug}" lang="en">`);
    expect(html).toContain('<script src="/embed/convergences.js" async></script>');
    const again = await fetch(`${api.url}/embed/frame?kind=agenda&space=${space.slug}&lang=en`, { headers: { 'if-none-match': frame.headers.get('etag')! } });
    expect(again.status).toBe(304);

    for (const path of ['/embed/v1/listing.json?kind=agenda', '/embed/convergences.js', '/healthz', '/graphql']) {
      const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

describe('embedSnippet()', () => {
  const options = {
    ...DEFAULT_EMBED,
    kind: 'agenda' as const,
    space: 'festival-des-arts',
    limit: 3,
    display: 'compact' as const,
    accent: '#aa3300',
    font: 'Georgia, serif',
    filter: { ...EMPTY_FILTER, period: 'month' as const },
    origin: 'https://portail.example.org/',
    spaceType: 'action' as const,
    spaceName: 'Festival des arts',
  };

  it('builds the script snippet: the component, its attributes and a noscript link to the portal', () => {
    const { script, scriptUrl, portalUrl } = embedSnippet(options);
    expect(scriptUrl).toBe('https://portail.example.org/embed/convergences.js');
    expect(portalUrl).toBe('https://portail.example.org/actions/festival-des-arts');
    expect(script).toBe(
      '<script src="https://portail.example.org/embed/convergences.js" async></script>\n' +
        '<convergences-listing kind="agenda" space="festival-des-arts" limit="3" display="compact" accent="#aa3300" font="Georgia, serif" filter="period=month">' +
        '<noscript><a href="https://portail.example.org/actions/festival-des-arts">Voir « Agenda — Festival des arts » sur le portail</a></noscript></convergences-listing>',
    );
  });

  it('builds the iframe snippet: a title, a fixed-height fallback, and a listener for this frame only', () => {
    const { iframe, frameUrl, title } = embedSnippet({ ...options, lang: 'en' });
    expect(title).toBe('Agenda — Festival des arts');
    expect(frameUrl).toBe('https://portail.example.org/embed/frame?kind=agenda&space=festival-des-arts&limit=3&lang=en&display=compact&accent=%23aa3300&font=Georgia%2C+serif&period=month');
    expect(iframe).toContain(`title="Agenda — Festival des arts"`);
    expect(iframe).toContain('height:480px');
    expect(iframe).toContain(`e.origin==="https://portail.example.org"`);
    expect(iframe).toContain(`d.type==='convergences:height'`);
    // What the snippet encodes is what the server reads back.
    const back = parseEmbedOptions(new URL(frameUrl).searchParams);
    expect(back).toMatchObject({ kind: 'agenda', space: 'festival-des-arts', limit: 3, lang: 'en', display: 'compact', accent: '#aa3300', font: 'Georgia, serif' });
    expect(back.filter.period).toBe('month');
  });

  it('escapes what it writes into HTML', () => {
    const { script } = embedSnippet({ ...options, spaceType: undefined, filter: { ...EMPTY_FILTER, q: '"><script>alert(1)</script>' } });
    expect(script).not.toContain('<script>alert');
    expect(script).toContain('filter="q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E"');
  });
});
