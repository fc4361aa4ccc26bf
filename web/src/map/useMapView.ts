// The map's current box and zoom, read when a move ends (debounced: a fling or a double zoom is one
// request, not ten) and rounded so that a still map always asks the same question.
import { useEffect, useState } from 'react';
import type { MapLibreMap } from './maplibre';
import type { MapView } from './useMapClusters';

const SETTLE_MS = 250;

const round = (n: number) => Number(n.toFixed(5));
const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));

export function readView(map: MapLibreMap): MapView {
  const bounds = map.getBounds();
  return {
    bbox: {
      west: round(clamp(bounds.getWest(), -180, 180)),
      south: round(clamp(bounds.getSouth(), -85, 85)),
      east: round(clamp(bounds.getEast(), -180, 180)),
      north: round(clamp(bounds.getNorth(), -85, 85)),
    },
    zoom: Math.max(0, Math.floor(map.getZoom())),
  };
}

const same = (a: MapView | null, b: MapView) => JSON.stringify(a) === JSON.stringify(b);

export function useMapView(map: MapLibreMap | null): MapView | null {
  const [view, setView] = useState<MapView | null>(null);
  useEffect(() => {
    if (!map) return;
    const read = () => {
      const next = readView(map);
      setView((previous) => (same(previous, next) ? previous : next));
    };
    // The first view is known as soon as the map exists: its first query need not wait for the style.
    read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(read, SETTLE_MS);
    };
    map.on('moveend', settle);
    map.on('resize', settle);
    return () => {
      clearTimeout(timer);
      map.off('moveend', settle);
      map.off('resize', settle);
    };
  }, [map]);
  return view;
}
