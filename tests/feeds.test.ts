// Feeds through HTTP, read back by real parsers: the iCalendar of a weekly series across the clock
// change of 25 October 2026 expanded by ical.js and by Python's icalendar + recurring-ical-events (both
// must give exactly the API's `occurrences`); RSS, Atom and JSON Feed parsed by feedparser; members-only
// items absent whatever the request carries; validators and 304; freshness after an edit; errors.
import { extractFromJson } from '@extractus/feed-extractor';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../api/server.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { adminSession } from './factories/people.js';
import { buildPlace, oceanBox } from './factories/places.js';
import { apiOn, uid } from './helpers/api.js';
import { testConfigWith, testDb } from './helpers/db.js';
import { runReference } from './helpers/reference.js';

let server: RunningServer;
let admin: { personId: string; cookie: string };
const db = testDb();
const PUBLIC_URL = 'https://agenda.example.org';
beforeAll(async () => {
  server = await startServer(testConfigWith({ REQUEST_TIMEOUT_MS: '120000', NEO4J_QUERY_TIMEOUT_MS: '120000', PUBLIC_URL }), db);
  admin = await adminSession(db);
});
afterAll(async () => {
  await server?.close();
});
const api = apiOn(
  () => server,
  () => admin,
);

/** A GET as a visitor; `cookie` sends the administrator's session, which the feeds must ignore. */
async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const SET_RECURRENCE = `mutation($input: SetRecurrenceInput!) { setRecurrence(input: $input) { action { id } } }`;
const UPDATE_OCCURRENCE = `mutation($input: UpdateOccurrenceInput!) { updateOccurrence(input: $input) { startsAt } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`;
const OCCURRENCES = `query($slug: String!, $from: DateTime!, $to: DateTime!) { action(slug: $slug) { occurrences(from: $from, to: $to) { startsAt endsAt originalStartsAt status } } }`;

interface Occ {
  start: string;
  end: string | null;
  status: string;
}

const RANGE = { from: '2026-10-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };

/** A weekly Wednesday 18:30–20:00 workshop in Paris, 7 Oct – 25 Nov 2026, across the 25 October clock change. */
async function weeklySeries(name: string) {
  const place = await buildPlace(api, { name: `Salle ${uid()}`, latitude: 48.51, longitude: -2.76, address: { street: '1 rue du Port', postalCode: '22000', city: 'Saint-Brieuc' } });
  const action = await buildAction(api, { name, kind: 'WORKSHOP', startsAt: '2026-10-07T18:30:00+02:00', endsAt: '2026-10-07T20:00:00+02:00', timeZone: 'Europe/Paris', places: [place] });
  await api.ok(SET_RECURRENCE, {
    input: { actionId: action.id, rule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=8', exceptions: ['2026-10-21'], extraDates: ['2026-11-28T10:00:00+01:00'] },
  });
  // After the change: 28 October moves to Thursday 19:00 (keeping its 1 h 30), 4 November is cancelled.
  await api.ok(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-10-28T18:30:00+01:00', startsAt: '2026-10-29T19:00:00+01:00' } });
  await api.ok(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-11-04', status: 'CANCELLED' } });
  return action;
}

async function apiOccurrences(slug: string): Promise<Occ[]> {
  const res = await api.anon<{ action: { occurrences: { startsAt: string; endsAt: string | null; status: string }[] } }>(OCCURRENCES, { slug, ...RANGE });
  return res.data!.action.occurrences.map((o) => ({ start: o.startsAt, end: o.endsAt, status: o.status })).sort((a, b) => a.start.localeCompare(b.start));
}

const STATUS_OF_ICAL: Record<string, string> = { CONFIRMED: 'SCHEDULED', CANCELLED: 'CANCELLED', TENTATIVE: 'POSTPONED' };

/** ical.js's expansion of every event of a calendar in RANGE, as a calendar app shows it. */
function expandWithIcalJs(text: string): Occ[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = events.filter((e) => !e.isRecurrenceException());
  for (const exception of events.filter((e) => e.isRecurrenceException())) masters.find((m) => m.uid === exception.uid)?.relateException(exception);
  const from = ICAL.Time.fromJSDate(new Date(RANGE.from), true);
  const to = ICAL.Time.fromJSDate(new Date(RANGE.to), true);
  const out: Occ[] = [];
  for (const master of masters) {
    const it = master.iterator();
    for (let next = it.next(); next && next.compare(to) < 0; next = it.next()) {
      const details = master.getOccurrenceDetails(next);
      if (details.endDate.compare(from) <= 0) continue;
      const status = String(details.item.component.getFirstPropertyValue('status') ?? 'CONFIRMED');
      out.push({ start: details.startDate.toJSDate().toISOString(), end: details.endDate.toJSDate().toISOString(), status: STATUS_OF_ICAL[status] ?? status });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** Python's icalendar + recurring-ical-events expansion of the same calendar in RANGE. */
function expandWithPython(text: string): (Occ & { uid: string; sequence: number })[] {
  const lines = runReference('ical_reference.py', text, [RANGE.from, RANGE.to]).trim().split('\n').filter(Boolean);
  return lines
    .map((l) => JSON.parse(l) as { uid: string; start: string; end: string | null; status: string | null; sequence: number })
    .map((o) => ({ uid: o.uid, sequence: o.sequence, start: o.start, end: o.end, status: STATUS_OF_ICAL[o.status ?? 'CONFIRMED'] ?? o.status! }))
    .sort((a, b) => a.start.localeCompare(b.start));
}

describe('iCalendar', () => {
  it('gives ical.js and recurring-ical-events exactly the API occurrences of a series with an exception, a moved and a cancelled occurrence across the DST change', async () => {
    const action = await weeklySeries(`Atelier vélo ${uid()}`);
    const expected = await apiOccurrences(action.slug);
    // The series as the API has it: 8 Wednesdays less the exception, plus the extra Saturday; 28 Oct moved, 4 Nov cancelled.
    expect(expected).toHaveLength(8);
    expect(expected.find((o) => o.start === '2026-10-29T18:00:00.000Z')).toEqual({ start: '2026-10-29T18:00:00.000Z', end: '2026-10-29T19:30:00.000Z', status: 'SCHEDULED' });
    expect(expected.find((o) => o.start === '2026-11-04T17:30:00.000Z')?.status).toBe('CANCELLED');

    const res = await get(`/feeds/actions/${action.slug}.ics`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = res.text;
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261007T183000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=WE');
    expect(text).toContain('EXDATE;TZID=Europe/Paris:20261021T183000');
    expect(text).toContain('RDATE;TZID=Europe/Paris:20261128T100000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20261028T183000');
    expect(text).toContain(`UID:${action.id}@agenda.example.org`);
    expect(text).toContain(`URL;VALUE=URI:${PUBLIC_URL}/actions/${action.slug}`);
    expect(text).toMatch(/GEO:48\.51;-2\.76/);
    expect(text).toMatch(/LOCATION:Salle [^\r]*1 rue du Port\\, 22000 Saint-Brieuc/);

    expect(expandWithIcalJs(text)).toEqual(expected);
    const python = expandWithPython(text);
    expect(python.map(({ start, end, status }) => ({ start, end, status }))).toEqual(expected);
    // Every component shares the UID; SEQUENCE counts the action's changes (creation, recurrence, two occurrences).
    expect(new Set(python.map((o) => o.uid))).toEqual(new Set([`${action.id}@agenda.example.org`]));
    expect(new Set(python.map((o) => o.sequence))).toEqual(new Set([3]));
  });

  it('raises SEQUENCE when the action changes and keeps its UID', async () => {
    const action = await weeklySeries(`Atelier couture ${uid()}`);
    const before = (await get(`/feeds/actions/${action.slug}.ics`)).text;
    await api.ok(UPDATE_ACTION, { input: { id: action.id, name: `Atelier couture renommé ${uid()}` } });
    const after = (await get(`/feeds/actions/${action.slug}.ics`)).text;
    const seq = (t: string) => Number(/SEQUENCE:(\d+)/.exec(t)![1]);
    expect(seq(after)).toBe(seq(before) + 1);
    expect(after).toContain(`UID:${action.id}@agenda.example.org`);
  });

  it('lists the public actions of a portal filter and never a members-only one, whatever cookie is sent', async () => {
    const box = oceanBox();
    const place = await buildPlace(api, box.inside);
    const shown = await buildAction(api, { name: `Concert public ${uid()}`, startsAt: '2026-12-20T20:00:00+01:00', places: [place] });
    const hidden = await buildAction(api, { name: `Réunion interne ${uid()}`, startsAt: '2026-12-21T20:00:00+01:00', places: [place], visibility: 'MEMBERS' });
    const { west, south, east, north } = box.bbox;
    const path = `/feeds/agenda.ics?bbox=${west},${south},${east},${north}`;
    for (const headers of [{}, { cookie: admin.cookie }] as Record<string, string>[]) {
      const res = await get(path, headers);
      expect(res.status, res.text).toBe(200);
      expect(res.text).toContain(`UID:${shown.id}@`);
      expect(res.text).not.toContain(hidden.id);
      expect(res.text).not.toContain('Réunion interne');
      expect(expandWithPython(res.text).map((o) => o.uid)).toEqual([`${shown.id}@agenda.example.org`]);
    }
  });
});

// ---- RSS, Atom, JSON Feed ------------------------------------------------------------------------------

const CREATE_ARTICLE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id ... on Article { bodyHtml updatedAt publishedAt } } } }`;
const UPDATE_ARTICLE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { item { id updatedAt } } }`;
const CREATE_ANNOUNCEMENT = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { item { id } } }`;

const HOSTILE = 'Bonjour <script>alert("x")</script> et <img src=x onerror="alert(1)">\n\n[cliquez](javascript:alert(1)) **gras**';

interface Parsed {
  version: string;
  bozo: boolean;
  bozo_exception: string | null;
  title: string;
  entries: { id: string; title: string; link: string; published: string | null; updated: string | null; author: string | null; content: string; enclosures: { href: string; type: string }[] }[];
}

const parse = (text: string) => JSON.parse(runReference('feed_reference.py', text)) as Parsed;

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  date_published: string;
  date_modified: string;
  authors: { name: string; url: string }[];
}

/** A JSON Feed read by @extractus/feed-extractor (feedparser reads RSS and Atom only), with each item's own fields. */
function parseJsonFeed(text: string): Parsed {
  const doc = JSON.parse(text) as { version: string; items: JsonFeedItem[] };
  const read = extractFromJson(doc, { normalization: true, getExtraEntryFields: (item) => ({ item }) }) as unknown as { title: string; entries: { id: string; title: string; published: string; item: JsonFeedItem }[] };
  return {
    version: doc.version === 'https://jsonfeed.org/version/1.1' ? 'json11' : doc.version,
    bozo: false,
    bozo_exception: null,
    title: read.title,
    entries: read.entries.map((e) => ({
      id: e.id,
      title: e.title,
      link: e.item.url,
      published: second(new Date(e.published).toISOString()),
      updated: second(e.item.date_modified),
      author: e.item.authors[0]!.name,
      content: e.item.content_html,
      enclosures: [],
    })),
  };
}
const second = (iso: string) => `${iso.slice(0, 19)}Z`;

async function spaceWithArticles() {
  const space = await buildActor(api, { name: `Association ${uid()}` });
  const article = (
    await api.ok<{ createArticle: { item: { id: string; bodyHtml: string; updatedAt: string; publishedAt: string } } }>(CREATE_ARTICLE, {
      input: { spaceId: space.id, title: 'Fête du quartier', summary: 'Samedi', body: HOSTILE, publishedAt: '2026-11-20T10:00:00+01:00' },
    })
  ).createArticle.item;
  const secret = (await api.ok<{ createArticle: { item: { id: string } } }>(CREATE_ARTICLE, { input: { spaceId: space.id, title: 'Compte rendu du bureau', body: 'Interne.', visibility: 'MEMBERS' } })).createArticle.item;
  return { space, article, secret };
}

describe('RSS, Atom and JSON Feed', () => {
  it('gives feedparser the public articles of a space with stable GUIDs, dates, the space as author and the HTML escaped as on the portal', async () => {
    const { space, article, secret } = await spaceWithArticles();
    for (const format of ['rss', 'atom', 'json'] as const) {
      const res = await get(`/feeds/articles.${format}?space=${space.slug}`, { cookie: admin.cookie });
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get('content-type')).toBe({ rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' }[format] + '; charset=utf-8');
      expect(res.text).not.toContain(secret.id);
      expect(res.text).not.toContain('Compte rendu du bureau');
      // No live markup from the Markdown source: what the portal renders, escaped.
      expect(res.text).not.toMatch(/<script|<img src=x|href="javascript:/i);
      const feed = format === 'json' ? parseJsonFeed(res.text) : parse(res.text);
      expect(feed.bozo, feed.bozo_exception ?? '').toBe(false);
      expect(feed.version).toBe({ rss: 'rss20', atom: 'atom10', json: 'json11' }[format]);
      expect(feed.entries).toHaveLength(1);
      const entry = feed.entries[0]!;
      expect(entry.id).toBe(`urn:uuid:${article.id}`);
      expect(entry.title).toBe('Fête du quartier');
      expect(entry.published).toBe(second(article.publishedAt));
      if (format !== 'rss') expect(entry.updated).toBe(second(article.updatedAt));
      expect(entry.author).toBe(space.name);
      expect(entry.link).toBe(`${PUBLIC_URL}/acteurs/${space.slug}#article-${article.id}`);
      expect(entry.content).toContain('&lt;script&gt;');
      expect(entry.content).toContain('<strong>gras</strong>');
      if (format === 'json') {
        // The very HTML the API gives the portal (api/shared/markdown.ts), byte for byte.
        expect((JSON.parse(res.text) as { items: { content_html: string }[] }).items[0]!.content_html).toBe(article.bodyHtml);
      }
    }
  });

  it('keeps the GUID across an edit, shows the edit at once (printing the delay) and answers 304 to the old validators only until then', async () => {
    const { space, article } = await spaceWithArticles();
    const path = `/feeds/articles.atom?space=${space.slug}`;
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    const again = await get(path);
    expect(again.text).toBe(first.text);
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
    // Last-Modified is the newest change record's, anywhere in the graph: other test files write
    // meanwhile, so a 200 is retried with the new date, a few times.
    let sinceAnswered = (await get(path, { 'if-modified-since': lastModified })).status;
    for (let attempt = 0; sinceAnswered !== 304 && attempt < 10; attempt++) {
      const date = (await get(path)).headers.get('last-modified')!;
      sinceAnswered = (await get(path, { 'if-modified-since': date })).status;
    }
    expect(sinceAnswered).toBe(304);

    const edited = Date.now();
    await api.ok(UPDATE_ARTICLE, { input: { id: article.id, title: 'Fête du quartier (reportée)' } });
    let seen: Parsed | null = null;
    let tries = 0;
    while (!seen && tries++ < 60) {
      const res = await get(path, { 'if-none-match': etag });
      if (res.status === 200 && res.text.includes('reportée')) seen = parse(res.text);
      else await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(`[feeds] an article edit showed in its Atom feed ${Date.now() - edited} ms after the mutation returned`);
    expect(seen?.entries[0]?.id).toBe(`urn:uuid:${article.id}`);
    expect(seen?.entries[0]?.title).toBe('Fête du quartier (reportée)');
  });

  it('lists announcements of a space and leaves members-only ones out', async () => {
    const space = await buildActor(api, { name: `Mairie ${uid()}` });
    const shown = (await api.ok<{ createAnnouncement: { item: { id: string } } }>(CREATE_ANNOUNCEMENT, { input: { spaceId: space.id, type: 'OFFER', title: 'Travaux rue du Port', body: 'Du 1er au 5.' } })).createAnnouncement.item;
    const hidden = (await api.ok<{ createAnnouncement: { item: { id: string } } }>(CREATE_ANNOUNCEMENT, { input: { spaceId: space.id, type: 'OFFER', title: 'Note au conseil', body: 'Interne.', visibility: 'MEMBERS' } })).createAnnouncement.item;
    const res = await get(`/feeds/announcements.rss?space=${space.slug}`, { cookie: admin.cookie });
    expect(res.status, res.text).toBe(200);
    const feed = parse(res.text);
    expect(feed.entries.map((e) => e.id)).toEqual([`urn:uuid:${shown.id}`]);
    expect(res.text).not.toContain(hidden.id);
  });
});

describe('diffusion HTTP', () => {
  it('answers any origin without credentials on feeds, and no CORS on GraphQL', async () => {
    const res = await get('/feeds/agenda.ics?period=today', { origin: 'https://association.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const graphql = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://association.example' }, body: '{"query":"{ __typename }"}' });
    expect(graphql.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 400 in plain text to parameters it cannot read, and 404 to an unknown space or action', async () => {
    for (const path of ['/feeds/agenda.ics?them=x', '/feeds/agenda.ics?period=someday', '/feeds/agenda.ics?bbox=1,2,3', '/feeds/articles.rss?limit=5000', '/feeds/agenda.ics?show=actors']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.text.length).toBeGreaterThan(10);
    }
    expect((await get(`/feeds/articles.rss?space=nobody-${uid()}`)).status).toBe(404);
    expect((await get(`/feeds/actions/nothing-${uid()}.ics`)).status).toBe(404);
    const hidden = await buildAction(api, { name: `Privé ${uid()}`, startsAt: '2026-12-21T20:00:00+01:00', visibility: 'MEMBERS' });
    expect((await get(`/feeds/actions/${hidden.slug}.ics`, { cookie: admin.cookie })).status).toBe(404);
    expect((await get('/feeds/unknown.xml')).status).toBe(404);
  });
});
