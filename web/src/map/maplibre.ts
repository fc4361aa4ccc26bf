// The one module that imports maplibre-gl (and its CSS): every map of the portal goes through it, and
// only lazily loaded modules import it, so the library stays out of the first page.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// maplibre-gl 6 starts its worker from a file beside its own module; once bundled that file is an
// asset of ours, so its built address is given explicitly (same origin: CSP worker-src 'self').
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
export type { Map as MapLibreMap, Marker, Popup, LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';

/**
 * The bundled style, for when no MAP_STYLE_URL is configured or the tile server cannot be reached: a
 * plain background. Everything the visitor reads (clusters, places, their names) is drawn as HTML
 * markers over it, so no glyphs, sprites or tiles are needed and nothing leaves the site. The imported
 * territories carry no geometry (schema.graphql `Territory`), so there are no outlines to draw.
 */
export const BLANK_STYLE: StyleSpecification = {
  version: 8,
  name: 'Convergences (hors ligne)',
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8eef1' } }],
};

/** True when the browser can draw a WebGL map at all (a map that cannot start throws). */
export function canDrawMaps(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Where a place marker (map.css `.map-place`) sits: its dot, not the middle of dot and name. */
export const PLACE_ANCHOR = { anchor: 'left', offset: [-22, 0] } as const;
