// The clusters and places of the API's answer drawn as HTML markers: real <button>s, so each one is
// named for screen readers ("12 lieux à Plérin"), reached with Tab and activated with Enter, and no
// glyphs are needed for their text. Markers are kept by id across answers (no flicker while panning).
import { useEffect, useRef } from 'react';
import { maplibregl, PLACE_ANCHOR, type MapLibreMap, type Marker } from './maplibre';
import type { MapClusterItem, MapPlaceItem, MapResult } from './useMapClusters';

export interface MarkerHandlers {
  clusterLabel(cluster: MapClusterItem): string;
  placeLabel(place: MapPlaceItem): string;
  formatCount(count: number): string;
  onCluster(cluster: MapClusterItem): void;
  onPlace(place: MapPlaceItem): void;
}

/** Above this many single places, their names are left to the buttons' labels (they would overlap). */
const NAMED_PLACES = 60;

/** Set once per page, when the first answer is on the map: what bench/map-render.ts measures. */
export const FIRST_CLUSTERS_MARK = 'map:first-clusters';
let firstDrawn = false;

function sizeClass(count: number): string {
  return count >= 100 ? 'map-cluster map-cluster-l' : count >= 10 ? 'map-cluster map-cluster-m' : 'map-cluster';
}

export function useClusterMarkers(map: MapLibreMap | null, result: MapResult | null, handlers: MarkerHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const markers = useRef(new Map<string, { marker: Marker; element: HTMLButtonElement }>());

  useEffect(() => {
    if (!map || !result) return;
    const seen = new Set<string>();
    const named = result.places.length <= NAMED_PLACES;
    const { clusterLabel, placeLabel, formatCount } = latest.current;

    const place = (key: string, lngLat: [number, number], make: () => HTMLButtonElement, update: (element: HTMLButtonElement) => void, anchored = false) => {
      seen.add(key);
      let entry = markers.current.get(key);
      if (!entry) {
        const element = make();
        const options = anchored ? { element, anchor: PLACE_ANCHOR.anchor, offset: [...PLACE_ANCHOR.offset] as [number, number] } : { element };
        entry = { element, marker: new maplibregl.Marker(options).setLngLat(lngLat).addTo(map) };
        markers.current.set(key, entry);
      } else {
        entry.marker.setLngLat(lngLat);
      }
      update(entry.element);
    };

    for (const cluster of result.clusters) {
      place(
        `c:${cluster.id}`,
        [cluster.centre.longitude, cluster.centre.latitude],
        () => {
          const element = document.createElement('button');
          element.type = 'button';
          element.addEventListener('click', (event) => {
            event.stopPropagation();
            const current = clusterOf(element);
            if (current) latest.current.onCluster(current);
          });
          return element;
        },
        (element) => {
          element.className = sizeClass(cluster.count);
          element.textContent = formatCount(cluster.count);
          element.setAttribute('aria-label', clusterLabel(cluster));
          clusters.set(element, cluster);
        },
      );
    }
    for (const item of result.places) {
      place(
        `p:${item.id}`,
        [item.location.longitude, item.location.latitude],
        () => {
          const element = document.createElement('button');
          element.type = 'button';
          element.className = 'map-place';
          element.dataset.placeId = item.id;
          const dot = document.createElement('span');
          dot.className = 'map-place-dot';
          dot.setAttribute('aria-hidden', 'true');
          const name = document.createElement('span');
          name.className = 'map-place-name';
          name.setAttribute('aria-hidden', 'true');
          element.append(dot, name);
          element.addEventListener('click', (event) => {
            event.stopPropagation();
            const current = places.get(element);
            if (current) latest.current.onPlace(current);
          });
          return element;
        },
        (element) => {
          element.setAttribute('aria-label', placeLabel(item));
          element.classList.toggle('map-place-named', named);
          element.lastElementChild!.textContent = item.name;
          places.set(element, item);
        },
        true,
      );
    }
    for (const [key, entry] of markers.current) {
      if (!seen.has(key)) {
        entry.marker.remove();
        markers.current.delete(key);
      }
    }
    if (!firstDrawn) {
      firstDrawn = true;
      performance.mark(FIRST_CLUSTERS_MARK, { detail: { clusters: result.clusters.length, places: result.places.length } });
    }
  }, [map, result, handlers.clusterLabel]);

  // The map goes with the page: its markers with it.
  useEffect(() => {
    const current = markers.current;
    return () => {
      for (const entry of current.values()) entry.marker.remove();
      current.clear();
    };
  }, [map]);
}

/** The data behind each marker's button, for its click handler (updated with each answer). */
const clusters = new WeakMap<HTMLButtonElement, MapClusterItem>();
const places = new WeakMap<HTMLButtonElement, MapPlaceItem>();

function clusterOf(element: HTMLButtonElement): MapClusterItem | undefined {
  return clusters.get(element);
}
