// What entity pages import: the small map of their places, loaded on demand (maplibre-gl is its own
// chunk), and nothing at all when no place has coordinates.
import { lazy, Suspense } from 'react';
import type { MiniMapPlace } from './PlaceMiniMap';

const MiniMap = lazy(() => import('./PlaceMiniMap'));

export function PlaceMiniMap({ places, name }: { places: MiniMapPlace[]; name: string }) {
  if (!places.length) return null;
  return (
    <Suspense fallback={<div className="mini-map-slot" />}>
      <MiniMap places={places} name={name} />
    </Suspense>
  );
}
