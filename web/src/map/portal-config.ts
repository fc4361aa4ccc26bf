// The run-time settings the server gives the SPA (GET /config.json, api/serving/portal-config.ts):
// fetched once, when the map's chunk loads, in parallel with its first query.
import type { Bbox } from '../../../api/shared/portal-filter';

export interface MapSettings {
  /** A MapLibre style URL with real tiles; null means the bundled blank style. */
  styleUrl: string | null;
  /** The first view when the address names no area. */
  homeBbox: Bbox;
}

/** Côtes-d'Armor, the server's default, for when /config.json cannot be read. */
const FALLBACK: MapSettings = { styleUrl: null, homeBbox: { west: -3.67, south: 48.03, east: -1.9, north: 48.9 } };

let settings: Promise<MapSettings> | undefined;

export function mapSettings(): Promise<MapSettings> {
  settings ??= fetch('/config.json', { headers: { accept: 'application/json' } })
    .then((res) => (res.ok ? (res.json() as Promise<{ map?: Partial<MapSettings> }>) : {}))
    .then((body: { map?: Partial<MapSettings> }) => ({ ...FALLBACK, ...body.map }))
    // Offline or an old server: the map still works, on its own style and first view.
    .catch(() => FALLBACK);
  return settings;
}
