// The slot for the places of an entity on a small map. The map helper's `PlaceMiniMap` (web/src/map/,
// maplibre-gl in a chunk of its own) goes here; until it lands the slot shows nothing, and the places
// are listed with their addresses in their own section.
// TODO: render <PlaceMiniMap places={places} /> once web/src/map/ exports it (issue 15, map part).
import type { PlaceSummaryFragment } from '../gql/graphql';

export function PlaceMapSlot({ places }: { places: Pick<PlaceSummaryFragment, 'id' | 'name'>[] }) {
  if (!places.length) return null;
  return null;
}
