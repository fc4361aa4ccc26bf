// Open-data exports through HTTP, read back by real parsers: CSV by csv-parse (RFC 4180 quoting, the
// documented columns, the BOM option), GeoJSON checked by @placemarkio/check-geojson (RFC 7946, [lon,
// lat]); pagination through the store's cursor across pages; members-only items never exported,
// whatever the request carries; the licence and the export date; validators and 304.
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../api/diffusion/exports.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { adminSession } from './factories/people.js';
import { buildPlace, oceanBox } from './factories/places.js';
import { uid, useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';

const api = useTestApi();

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string; bytes: Uint8Array }> {
  const res = await fetch(`${api.url}${path}`, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text: new TextDecoder().decode(bytes), bytes };
}

const bboxParam = ({ west, south, east, north }: { west: number; south: number; east: number; north: number }) => `bbox=${west},${south},${east},${north}`;

/** Public and members-only actors, actions and places in an ocean box of the test's own. */
async function seed() {
  const box = oceanBox();
  const place = await buildPlace(api, { ...box.inside, name: `Halle "du port", quai ${uid()}`, address: { street: '2 quai des Îles', postalCode: '22000', city: 'Saint-Brieuc' } });
  const tricky = await buildActor(api, { name: `Épicerie "solidaire", et lieu ${uid()}`, places: [place], contactEmail: 'bureau@epicerie.example', contactVisibility: 'MEMBERS', description: 'Ouvert; "lundi", mardi\r\nfermé' });
  const plain = await buildActor(api, { name: `Amap ${uid()}`, places: [place], contactEmail: 'contact@amap.example', contactVisibility: 'PUBLIC' });
  const secret = await buildActor(api, { name: `Collectif discret ${uid()}`, places: [place], visibility: 'MEMBERS' });
  const action = await buildAction(api, { name: `Marché ${uid()}`, startsAt: '2026-12-19T09:00:00+01:00', endsAt: '2026-12-19T13:00:00+01:00', places: [place], carriers: [plain] });
  const secretAction = await buildAction(api, { name: `Réunion ${uid()}`, startsAt: '2026-12-19T18:00:00+01:00', places: [place], visibility: 'MEMBERS' });
  return { box, place, tricky, plain, secret, action, secretAction };
}

/**
 * Fetches `path`, then asks again with its ETag and expects 304. An export's version is the whole
 * graph's (any write anywhere changes it), and other test files write meanwhile: a 200 is retried
 * with the new validator, a few times. Returns the ETag that got the 304.
 */
async function expectNotModified(path: string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const etag = (await get(path)).headers.get('etag')!;
    if ((await get(path, { 'if-none-match': etag })).status === 304) return etag;
  }
  throw new Error(`${path} never answered 304 to its own ETag`);
}

type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[];

describe('CSV exports', () => {
  it('reads back with csv-parse: documented columns, RFC 4180 quoting, public rows only, whatever cookie is sent', async () => {
    const s = await seed();
    const admin = await adminSession(testDb());
    const res = await get(`/export/actors.csv?${bboxParam(s.box.bbox)}`, { cookie: admin.cookie });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('x-licence')).toBe('ODbL-1.0');
    expect(res.headers.get('link')).toBe('<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"; title="ODbL-1.0"');
    expect(Date.parse(res.headers.get('x-exported-at')!)).toBeGreaterThan(Date.now() - 600_000);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.bytes[0]).not.toBe(0xef);
    expect(res.text.split('\r\n')[0]).toBe(COLUMNS.actors.join(','));
    const rows = readCsv(res.text);
    expect(rows.map((r) => r.id).sort()).toEqual([s.tricky.id, s.plain.id].sort());
    expect(res.text).not.toContain(s.secret.id);
    const tricky = rows.find((r) => r.id === s.tricky.id)!;
    expect(tricky.name).toBe(s.tricky.name);
    expect(tricky.description).toBe('Ouvert; "lundi", mardi\r\nfermé');
    expect(tricky.place).toBe(s.place.name);
    expect(Number(tricky.latitude)).toBeCloseTo(s.box.inside.latitude, 6);
    expect(Number(tricky.longitude)).toBeCloseTo(s.box.inside.longitude, 6);
    expect(tricky.city).toBe('Saint-Brieuc');
    expect(tricky.kind).toBe('ASSOCIATION');
    // Contact details as the API shows them to a visitor: only where the actor made them public.
    expect(tricky.email).toBe('');
    expect(rows.find((r) => r.id === s.plain.id)!.email).toBe('contact@amap.example');
  });

  it('starts with a BOM for spreadsheets when bom=1', async () => {
    const s = await seed();
    const res = await get(`/export/places.csv?bom=1&${bboxParam(s.box.bbox)}`);
    expect(res.status, res.text).toBe(200);
    // The bytes themselves: fetch's text() drops a leading BOM as it decodes.
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(res.text);
    expect(rows.map((r) => r.name)).toEqual([s.place.name]);
    expect(rows[0]!.street).toBe('2 quai des Îles');
  });

  it('exports the public actions of a filter with their carriers and dates', async () => {
    const s = await seed();
    const rows = readCsv((await get(`/export/actions.csv?${bboxParam(s.box.bbox)}`)).text);
    expect(rows.map((r) => r.id)).toEqual([s.action.id]);
    expect(rows[0]).toMatchObject({ name: s.action.name, starts_at: '2026-12-19T08:00:00.000Z', ends_at: '2026-12-19T12:00:00.000Z', carriers: s.plain.name, time_zone: 'Europe/Paris', all_day: 'false' });
  });

  // 101 actors written one by one through the API (concurrent writes contend for the change counter):
  // more time than the default allows on a loaded machine, for the volume, not for a timing.
  it('pages through the store: every row of a filter larger than a page, each once', { timeout: 240_000 }, async () => {
    const box = oceanBox();
    const place = await buildPlace(api, box.inside);
    const names: string[] = [];
    for (let i = 0; i < 101; i++) names.push((await buildActor(api, { name: `Membre ${i} ${uid()}`, places: [place] })).name);
    const res = await get(`/export/actors.csv?${bboxParam(box.bbox)}`);
    const rows = readCsv(res.text);
    expect(rows).toHaveLength(101);
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(names));
    const geo = JSON.parse((await get(`/export/actors.geojson?${bboxParam(box.bbox)}`)).text) as { features: unknown[] };
    expect(geo.features).toHaveLength(101);
  });

  it('answers 304 to its validators until something is written, and 400 to a bad filter', async () => {
    const s = await seed();
    const path = `/export/actors.csv?${bboxParam(s.box.bbox)}`;
    const etag = await expectNotModified(path);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    await buildActor(api, { name: `Nouveau ${uid()}`, places: [s.place] });
    const after = await get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(readCsv(after.text)).toHaveLength(3);
    for (const bad of ['/export/actors.csv?bom=2', '/export/actors.csv?actorKind=ROBOT', '/export/actors.geojson?bom=1', '/export/actions.csv?show=actors', '/export/people.csv']) {
      const res = await get(bad);
      expect(res.status, bad).toBe(bad.includes('people') ? 404 : 400);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    }
  });
});

describe('GeoJSON exports', () => {
  it('is an RFC 7946 FeatureCollection with [lon, lat] points, the licence and the export date, public features only', async () => {
    const s = await seed();
    for (const layer of ['actors', 'actions', 'places'] as const) {
      const res = await get(`/export/${layer}.geojson?${bboxParam(s.box.bbox)}`);
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
      // check() throws on anything RFC 7946 refuses (coordinates out of range, wrong nesting, bad types).
      const collection = check(res.text);
      expect(collection.type).toBe('FeatureCollection');
      const doc = JSON.parse(res.text) as { licence: string; exportedAt: string; features: { id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
      expect(doc.licence).toBe('ODbL-1.0');
      expect(Number.isNaN(Date.parse(doc.exportedAt))).toBe(false);
      for (const f of doc.features) {
        expect(f.geometry.type).toBe('Point');
        expect(f.geometry.coordinates[0]).toBeCloseTo(s.box.inside.longitude, 6);
        expect(f.geometry.coordinates[1]).toBeCloseTo(s.box.inside.latitude, 6);
      }
      const ids = doc.features.map((f) => f.id).sort();
      const expected = { actors: [s.tricky.id, s.plain.id], actions: [s.action.id], places: [s.place.id] }[layer].sort();
      expect(ids).toEqual(expected);
      expect(res.text).not.toContain(s.secret.id);
      expect(res.text).not.toContain(s.secretAction.id);
    }
  });
});
