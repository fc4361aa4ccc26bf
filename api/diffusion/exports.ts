// Open data: actors, actions and places of any portal filter as CSV (RFC 4180, csv-stringify) or
// GeoJSON (RFC 7946), streamed page by page: each page of the store (keyset cursor, 100 rows) is
// written before the next is read, so memory stays flat whatever the size of the export
// (bench/export-memory.ts measures it). Public data only: the pages are read as an anonymous visitor.
// The columns are documented in docs/diffusion.md; a list (themes, carriers) is joined with " | ".
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import type { DiffusionExportActionsQuery, DiffusionExportActorsQuery, DiffusionPlaceFragment } from './gql/graphql.js';
import { actionUrl } from './ical.js';

export const EXPORT_LAYERS = ['actors', 'actions', 'places'] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];
export type ExportFormat = 'csv' | 'geojson';

/** One exported row: its columns (CSV) or properties (GeoJSON), and its point when it has one. */
export interface ExportRow {
  properties: Record<string, string | number | boolean | null>;
  /** [longitude, latitude], WGS-84 (RFC 7946's order). */
  point: [number, number] | null;
}

/** The CSV columns of each layer, in order (docs/diffusion.md explains each). */
export const COLUMNS: Record<ExportLayer, readonly string[]> = {
  actors: ['id', 'slug', 'name', 'kind', 'description', 'website', 'email', 'phone', 'parents', 'themes', 'place', 'street', 'postal_code', 'city', 'latitude', 'longitude', 'url', 'created_at', 'updated_at'],
  actions: ['id', 'slug', 'name', 'kind', 'status', 'starts_at', 'ends_at', 'all_day', 'time_zone', 'recurrence', 'description', 'carriers', 'themes', 'place', 'street', 'postal_code', 'city', 'latitude', 'longitude', 'url', 'created_at', 'updated_at'],
  places: ['id', 'slug', 'name', 'street', 'postal_code', 'city', 'latitude', 'longitude', 'wheelchair', 'hearing', 'sight', 'intellectual', 'accessibility_notes', 'created_at', 'updated_at'],
};

const joined = (names: readonly string[]) => (names.length ? names.join(' | ') : null);

/** The place columns shared by the three layers. */
function placeColumns(place: DiffusionPlaceFragment | null | undefined): { properties: ExportRow['properties']; point: ExportRow['point'] } {
  return {
    properties: {
      place: place?.name ?? null,
      street: place?.address?.street ?? null,
      postal_code: place?.address?.postalCode ?? null,
      city: place?.address?.city ?? null,
      latitude: place?.location.latitude ?? null,
      longitude: place?.location.longitude ?? null,
    },
    point: place ? [place.location.longitude, place.location.latitude] : null,
  };
}

type ActorNode = DiffusionExportActorsQuery['actors']['nodes'][number];
type ActionNode = DiffusionExportActionsQuery['actions']['nodes'][number];

export function actorRow(a: ActorNode, origin: string): ExportRow {
  const place = placeColumns(a.places[0]?.place);
  return {
    properties: {
      id: a.id,
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      description: a.description,
      website: a.website,
      // Null unless the actor made its contact public: the API's own rule for anonymous readers.
      email: a.contactEmail,
      phone: a.contactPhone,
      parents: joined(a.parents.map((p) => p.actor.name)),
      themes: joined(a.themes.map((t) => t.theme.name)),
      ...place.properties,
      url: `${origin}/acteurs/${encodeURIComponent(a.slug)}`,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    },
    point: place.point,
  };
}

export function actionRow(a: ActionNode, origin: string): ExportRow {
  const place = placeColumns(a.places[0]?.place);
  return {
    properties: {
      id: a.id,
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      status: a.status,
      starts_at: a.startsAt,
      ends_at: a.endsAt,
      all_day: a.allDay,
      time_zone: a.timeZone,
      recurrence: a.recurrence?.rule ?? null,
      description: a.description,
      carriers: joined(a.actors.map((x) => x.actor.name)),
      themes: joined(a.themes.map((t) => t.theme.name)),
      ...place.properties,
      url: actionUrl(origin, a.slug),
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    },
    point: place.point,
  };
}

export function placeRow(p: DiffusionPlaceFragment): ExportRow {
  const place = placeColumns(p);
  const { place: _name, ...located } = place.properties;
  return {
    properties: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      ...located,
      wheelchair: p.accessibility?.wheelchair ?? null,
      hearing: p.accessibility?.hearing ?? null,
      sight: p.accessibility?.sight ?? null,
      intellectual: p.accessibility?.intellectual ?? null,
      accessibility_notes: p.accessibility?.notes ?? null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    },
    point: place.point,
  };
}

export interface ExportMeta {
  layer: ExportLayer;
  licence: string;
  exportedAt: string;
}

/** A URL for the licences whose text has a well-known home (sent as a `Link: rel="license"`). */
export const LICENCE_URLS: Record<string, string> = {
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'etalab-2.0': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

async function* csvRecords(pages: AsyncIterable<ExportRow[]>, columns: readonly string[]): AsyncGenerator<(string | number | boolean | null)[]> {
  for await (const page of pages) for (const row of page) yield columns.map((c) => row.properties[c] ?? null);
}

/** Streams the rows as CSV: UTF-8, a header line, CRLF line ends and RFC 4180 quoting; a BOM when asked. */
export async function streamCsv(res: Response, pages: AsyncIterable<ExportRow[]>, meta: ExportMeta, bom: boolean): Promise<void> {
  const columns = COLUMNS[meta.layer];
  const csv = stringify({ header: true, columns: [...columns], bom, record_delimiter: 'windows', quoted_string: false, cast: { boolean: (b) => (b ? 'true' : 'false') } });
  await pipeline(Readable.from(csvRecords(pages, columns)), csv, res);
}

async function* geojsonChunks(pages: AsyncIterable<ExportRow[]>, meta: ExportMeta): AsyncGenerator<string> {
  // RFC 7946 §6.1 foreign members: the licence and the export date travel with the data.
  yield `{"type":"FeatureCollection","licence":${JSON.stringify(meta.licence)},"exportedAt":${JSON.stringify(meta.exportedAt)},"features":[`;
  let first = true;
  for await (const page of pages) {
    const features = page.map((row) =>
      JSON.stringify({ type: 'Feature', id: row.properties.id, geometry: row.point ? { type: 'Point', coordinates: row.point } : null, properties: row.properties }),
    );
    if (features.length === 0) continue;
    yield (first ? '\n' : ',\n') + features.join(',\n');
    first = false;
  }
  yield '\n]}\n';
}

/** Streams the rows as one GeoJSON FeatureCollection; a row without a place has a null geometry. */
export async function streamGeojson(res: Response, pages: AsyncIterable<ExportRow[]>, meta: ExportMeta): Promise<void> {
  await pipeline(Readable.from(geojsonChunks(pages, meta)), res);
}
