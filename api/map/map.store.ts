// The map: clusters and single places for a box and a zoom, aggregated in Cypher from the point index
// (cypher/map/cluster-places), so a map of a whole département never receives its 50,000 points.
// The grid, the bounds and why the database aggregates: docs/map.md.
import type { Access } from '../auth/access.js';
import type { Db } from '../db/driver.js';
import { actionFilterParams } from '../action/action.store.js';
import { actorFilterParams } from '../actor/actor.store.js';
import { toRecord } from '../entity/entity.store.js';
import { badInput } from '../errors.js';
import type { ActionFilter, ActorFilter, BoundingBox, MapLayer } from '../generated/graphql.js';
import type { PlaceRecord, TerritoryRecord } from '../records.js';
import { checkBbox } from '../shared/list.js';

/** Most cells a box may span: the grid is coarsened (a lower `gridZoom`) until it spans no more. */
export const MAX_CELLS = 512;
/** At `gridZoom` this high or more, a box of at most MAX_CELLS places shows each one (no cluster). */
export const PLACES_ZOOM = 15;
/** Cells are 2^CELL_SHIFT times smaller than a 256-pixel tile: 64 pixels across. */
const CELL_SHIFT = 2;
const MAX_ZOOM = 24;

export interface MapClusterRecord {
  id: string;
  count: number;
  longitude: number;
  latitude: number;
  west: number;
  south: number;
  east: number;
  north: number;
  territory: TerritoryRecord | null;
}

export interface MapClustersRecord {
  clusters: MapClusterRecord[];
  places: PlaceRecord[];
  totalPlaces: number;
  gridZoom: number;
}

/** Web-Mercator tile coordinates of a position, in [0, 1) (latitude clamped where the projection ends). */
function mercator(longitude: number, latitude: number): { x: number; y: number } {
  const phi = (Math.max(-85.05112878, Math.min(85.05112878, latitude)) * Math.PI) / 180;
  return { x: (longitude + 180) / 360, y: (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 };
}

/** How many cells of a grid of 2^level × 2^level the box spans (the same cell arithmetic as the Cypher). */
export function cellsSpanned(box: BoundingBox, level: number): number {
  const n = 2 ** level;
  const cell = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
  const nw = mercator(box.west, box.north);
  const se = mercator(box.east, box.south);
  return (cell(se.x) - cell(nw.x) + 1) * (cell(se.y) - cell(nw.y) + 1);
}

/** The grid for a box at a zoom: the zoom's own (64-pixel cells), or coarser until it spans at most MAX_CELLS cells. */
export function gridFor(box: BoundingBox, zoom: number): { level: number; gridZoom: number } {
  if (!Number.isFinite(zoom) || zoom < 0 || zoom > MAX_ZOOM) throw badInput('zoom', `zoom must be between 0 and ${MAX_ZOOM} (got ${zoom}).`);
  let level = Math.floor(zoom) + CELL_SHIFT;
  // At level CELL_SHIFT the world is 4 × 4 cells: always within the bound.
  while (level > CELL_SHIFT && cellsSpanned(box, level) > MAX_CELLS) level -= 1;
  return { level, gridZoom: level - CELL_SHIFT };
}

/** Item filters as the map's statement takes them: the place checks (territory, box, accessibility) move to the place. */
function layer<T extends { territoryIds: unknown; bbox: unknown; accessibility: unknown }>(params: T) {
  const { territoryIds, bbox, accessibility } = params;
  return { items: { ...params, territoryIds: null, bbox: null, accessibility: null }, place: { text: null, territoryIds, bbox, accessibility } };
}

function noText(field: string, filter: { text?: string | null } | null | undefined): void {
  if (filter?.text != null) throw badInput(`${field}.text`, 'The map does not search text: list the matches with `actors` or `actions` and their `filter.text`.');
}

export interface MapArgs {
  bbox: BoundingBox;
  zoom: number;
  actors?: ActorFilter | null;
  actions?: ActionFilter | null;
  show?: readonly MapLayer[] | null;
  asOf: string;
  access: Access;
}

export async function mapClusters(db: Db, args: MapArgs): Promise<MapClustersRecord> {
  const box = checkBbox(args.bbox, 'bbox')!;
  const { level, gridZoom } = gridFor(box, args.zoom);
  noText('actors', args.actors);
  noText('actions', args.actions);
  const show = args.show && args.show.length > 0 ? args.show : ['ACTORS', 'ACTIONS'];
  const actors = show.includes('ACTORS') ? layer(actorFilterParams(args.actors ?? {})) : null;
  const actions = show.includes('ACTIONS') ? layer(actionFilterParams(args.actions ?? {})) : null;
  const allUpTo = gridZoom >= PLACES_ZOOM ? MAX_CELLS : 0;
  const [row] = await db.query<{ totalPlaces: number; clusters: (Omit<MapClusterRecord, 'territory'> & { territory: Parameters<typeof toRecord>[0] | null })[]; places: Parameters<typeof toRecord>[0][] }>(
    'map/cluster-places',
    {
      asOf: args.asOf,
      access: args.access,
      box,
      level,
      actors: actors?.items ?? null,
      actorPlaces: actors?.place ?? null,
      actions: actions?.items ?? null,
      actionPlaces: actions?.place ?? null,
      keep: Math.max(1, allUpTo),
      allUpTo,
    },
  );
  return {
    totalPlaces: row?.totalPlaces ?? 0,
    gridZoom,
    clusters: (row?.clusters ?? []).map((c) => ({ ...c, territory: c.territory ? (toRecord(c.territory) as TerritoryRecord) : null })),
    places: (row?.places ?? []).map((p) => toRecord(p) as PlaceRecord).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

const COUNT = new Intl.NumberFormat('fr-FR');

/** A cluster's name in French: "12 lieux à Plérin", "3 lieux au Vieux-Bourg", "40 lieux dans Lamballe Terre et Mer". */
export function clusterLabel(count: number, territory: Pick<TerritoryRecord, 'name' | 'level'> | null): string {
  const places = `${COUNT.format(count)} ${count > 1 ? 'lieux' : 'lieu'}`;
  if (!territory) return places;
  if (territory.level !== 'COMMUNE') return `${places} dans ${territory.name}`;
  const name = territory.name;
  if (name.startsWith('Le ')) return `${places} au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `${places} aux ${name.slice(4)}`;
  return `${places} à ${name}`;
}
