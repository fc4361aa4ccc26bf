// What the map draws for its current box and zoom: clusters and single places from the API, for the
// explorer's filter. The previous answer stays on screen while the next one loads (no flashing).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ActionFilter, ActorFilter, MapLayer } from '../gql/graphql';
import type { Bbox } from '../../../api/shared/portal-filter';

const MapClustersQuery = graphql(`
  query MapClusters($bbox: BoundingBox!, $zoom: Float!, $actors: ActorFilter, $actions: ActionFilter, $show: [MapLayer!]) {
    mapClusters(bbox: $bbox, zoom: $zoom, actors: $actors, actions: $actions, show: $show) {
      totalPlaces
      gridZoom
      clusters {
        id
        count
        label
        territory {
          id
          name
        }
        centre {
          latitude
          longitude
        }
        bounds {
          west
          south
          east
          north
        }
      }
      places {
        id
        slug
        name
        location {
          latitude
          longitude
        }
        address {
          street
          postalCode
          city
        }
      }
    }
  }
`);

/** What the map shows: the box and the (floored) zoom level. */
export interface MapView {
  bbox: Bbox;
  zoom: number;
}

export interface MapFilters {
  actors: ActorFilter;
  actions: ActionFilter;
  show: MapLayer[];
}

export function useMapClusters(view: MapView | null, filters: MapFilters) {
  const query = useQuery(MapClustersQuery, {
    variables: view ? { bbox: view.bbox, zoom: view.zoom, ...filters, show: filters.show.length ? filters.show : null } : undefined!,
    skip: !view,
  });
  const result = (query.data ?? query.previousData)?.mapClusters ?? null;
  return { result, loading: query.loading, error: query.error, refetch: query.refetch };
}

export type MapResult = NonNullable<ReturnType<typeof useMapClusters>['result']>;
export type MapClusterItem = MapResult['clusters'][number];
export type MapPlaceItem = MapResult['places'][number];
