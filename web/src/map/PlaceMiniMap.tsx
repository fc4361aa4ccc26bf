// A small map of an entity's places (actor and action pages): the places as named dots, framed to fit.
// Not interactive: the page lists the same places in words just above, so the map is one image.
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/i18n';
import './map.css';
import { maplibregl, PLACE_ANCHOR } from './maplibre';
import { mapMessages } from './messages';
import { useMapLibre } from './useMapLibre';

export interface MiniMapPlace {
  id: string;
  name: string;
  location: { latitude: number; longitude: number };
}

/** Some room around a lone place (a box of a few hundred metres), and around a group. */
const MARGIN = 0.004;

export default function PlaceMiniMap({ places, name }: { places: MiniMapPlace[]; name: string }) {
  const t = useT(mapMessages);
  const container = useRef<HTMLDivElement>(null);
  const bbox = useMemo(() => {
    const lons = places.map((p) => p.location.longitude);
    const lats = places.map((p) => p.location.latitude);
    return { west: Math.min(...lons) - MARGIN, south: Math.min(...lats) - MARGIN, east: Math.max(...lons) + MARGIN, north: Math.max(...lats) + MARGIN };
  }, [places]);
  const state = useMapLibre(container, { bbox, interactive: false, locale: { 'Map.Title': t('miniMap', { name }) }, maxZoom: 15 });
  const map = state.status === 'ready' ? state.map : null;

  useEffect(() => {
    if (!map) return;
    // The whole map is one image for assistive technologies: its canvas is not a second landmark.
    map.getCanvas().removeAttribute('role');
    map.getCanvas().setAttribute('aria-hidden', 'true');
    const markers = places.map((place) => {
      const element = document.createElement('span');
      element.className = 'map-place map-place-named';
      element.setAttribute('aria-hidden', 'true');
      const dot = document.createElement('span');
      dot.className = 'map-place-dot';
      const label = document.createElement('span');
      label.className = 'map-place-name';
      label.textContent = place.name;
      element.append(dot, label);
      return new maplibregl.Marker({ element, anchor: PLACE_ANCHOR.anchor, offset: [...PLACE_ANCHOR.offset] as [number, number] }).setLngLat([place.location.longitude, place.location.latitude]).addTo(map);
    });
    return () => markers.forEach((marker) => marker.remove());
  }, [map, places]);

  if (state.status === 'unsupported') return null;
  return <div ref={container} className="mini-map" role="img" aria-label={t('miniMap', { name })} />;
}
