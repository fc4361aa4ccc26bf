// Lazy route module: the explorer as a map. The places of the current filter, clustered by the API
// for the visible box and zoom (Query.mapClusters), drawn as named HTML buttons over a MapLibre map,
// with the same results as a list below for keyboard and screen-reader visitors. maplibre-gl is only
// imported from this folder, so it is its own chunk, loaded when the map is first shown.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { isEmptyFilter, portalFilterParams, shows, type Bbox, type PortalFilter } from '../../../api/shared/portal-filter';
import { useApiFilters, usePortalFilter } from '../explore/usePortalFilter';
import type { ActionFilter, ActorFilter, MapLayer } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { EXPLORE_VIEWS } from '../routing/paths';
import { formatAddress } from '../shared/format';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import './map.css';
import { mapMessages } from './messages';
import { PlacePopup } from './PlacePopup';
import { mapSettings } from './portal-config';
import { useClusterMarkers } from './useClusterMarkers';
import { useMapClusters, type MapClusterItem, type MapFilters, type MapPlaceItem, type MapView } from './useMapClusters';
import { useMapLibre } from './useMapLibre';
import { useMapPopup } from './useMapPopup';
import { useMapView } from './useMapView';

/** The map does not search text (the API refuses it there): the other filters still apply. */
function withoutText<F extends ActorFilter | ActionFilter>(filter: F): F {
  const { text: _text, ...rest } = filter;
  return rest as F;
}

function layersOf(filter: PortalFilter): MapLayer[] {
  if (!filter.show.length) return [];
  return [...(shows(filter, 'actors') ? (['ACTORS'] as const) : []), ...(shows(filter, 'actions') ? (['ACTIONS'] as const) : [])];
}

const sameBox = (a: Bbox | undefined, b: Bbox | undefined) => JSON.stringify(a) === JSON.stringify(b);

export function Component() {
  const t = useT(mapMessages);
  const c = useCommon();
  const { filter, setFilter } = usePortalFilter();
  const api = useApiFilters(filter);
  useDocumentTitle(t('title'));

  const filters: MapFilters = useMemo(() => ({ actors: withoutText(api.actors), actions: withoutText(api.actions), show: layersOf(filter) }), [api, filter]);
  const locale = useMemo(
    () => ({ 'Map.Title': t('canvas'), 'NavigationControl.ZoomIn': t('zoomIn'), 'NavigationControl.ZoomOut': t('zoomOut'), 'Popup.Close': t('close') }),
    [t],
  );
  const container = useRef<HTMLDivElement>(null);
  const state = useMapLibre(container, { bbox: filter.bbox, interactive: true, locale });
  const map = state.status === 'ready' ? state.map : null;
  const mapView = useMapView(map);
  // Without WebGL there is no map, but the list below still gives the places of the first view.
  const [staticView, setStaticView] = useState<MapView | null>(null);
  useEffect(() => {
    if (state.status !== 'unsupported') return;
    void mapSettings().then((settings) => setStaticView({ bbox: filter.bbox ?? settings.homeBbox, zoom: 9 }));
  }, [state.status, filter.bbox]);
  const view = mapView ?? staticView;
  const { result, loading, error, refetch } = useMapClusters(view, filters);

  // The language can change while the map is open: its canvas keeps a name in the page's language.
  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', t('canvas'));
    map?.getCanvas().setAttribute('aria-describedby', 'map-help');
  }, [map, t]);

  // Back/Forward to a selection with another area: the map shows that area.
  const lastBox = useRef(filter.bbox);
  useEffect(() => {
    if (!map || sameBox(lastBox.current, filter.bbox)) return;
    lastBox.current = filter.bbox;
    if (filter.bbox) map.fitBounds([filter.bbox.west, filter.bbox.south, filter.bbox.east, filter.bbox.north], { padding: 0, animate: false });
  }, [map, filter.bbox]);

  const [openPlace, setOpenPlace] = useState<MapPlaceItem | null>(null);
  const openRef = useRef(openPlace);
  openRef.current = openPlace;
  const closePopup = useCallback(() => {
    const current = openRef.current;
    // Closed from inside (Escape, its button): the focus goes back to the place's marker, where the visitor was.
    const fromInside = document.activeElement?.closest('.maplibregl-popup');
    if (current && fromInside) map?.getContainer().querySelector<HTMLElement>(`[data-place-id="${CSS.escape(current.id)}"]`)?.focus();
    setOpenPlace(null);
  }, [map]);
  const popup = useMapPopup(map, openPlace, closePopup, (place) => <PlacePopup id={place.id} onClose={closePopup} />);

  const clusterLabel = useCallback(
    (cluster: MapClusterItem) =>
      t.lang === 'fr' ? cluster.label : cluster.territory ? t('clusterLabel', { count: cluster.count, name: cluster.territory.name }) : t('clusterLabelNoName', { count: cluster.count }),
    [t],
  );
  const placeLabel = useCallback((place: MapPlaceItem) => {
    const where = formatAddress(place.address);
    return where ? t('placeButton', { name: place.name, where }) : place.name;
  }, [t]);
  const zoomToCluster = useCallback(
    (cluster: MapClusterItem) => {
      if (!map) return;
      const { west, south, east, north } = cluster.bounds;
      map.fitBounds([west, south, east, north], { padding: 48, maxZoom: 17 });
      // The cluster's button goes with the new answer: the map keeps the focus (arrows, then Tab to the new markers).
      map.getCanvas().focus({ preventScroll: true });
    },
    [map],
  );
  const openFromList = useCallback(
    (place: MapPlaceItem) => {
      map?.easeTo({ center: [place.location.longitude, place.location.latitude] });
      setOpenPlace(place);
    },
    [map],
  );
  useClusterMarkers(map, result, {
    clusterLabel,
    placeLabel,
    formatCount: (count) => t.intl.formatNumber(count, { notation: count >= 10_000 ? 'compact' : 'standard' }),
    onCluster: zoomToCluster,
    onPlace: setOpenPlace,
  });

  const limitToView = () => {
    if (!view) return;
    lastBox.current = view.bbox;
    setFilter({ ...filter, bbox: view.bbox }, { replace: true });
  };
  const removeLimit = () => {
    lastBox.current = undefined;
    setFilter({ ...filter, bbox: undefined }, { replace: true });
  };
  // The list view of what the map shows: the same filter, limited to the map's current area.
  const listHref = view ? `${EXPLORE_VIEWS.list}?${portalFilterParams({ ...filter, bbox: view.bbox })}` : EXPLORE_VIEWS.list;

  return (
    <div className="map-view">
      <h1>{t('title')}</h1>
      <section className="map-region" aria-label={t('region')}>
        <p className="hint" id="map-help">
          {t('help')}
        </p>
        {filter.q && <p className="hint">{t('textIgnored', { text: filter.q })}</p>}
        <div className="map-toolbar">
          <p className="map-total" role="status">
            {result ? t('total', { count: result.totalPlaces }) : t('loading')}
            {loading && result && <span className="visually-hidden"> {c('loading')}</span>}
          </p>
          {filter.bbox ? (
            <p className="map-limit">
              <span>{t('limited')}</span>{' '}
              <button type="button" className="more" onClick={removeLimit}>
                {t('unlimit')}
              </button>
            </p>
          ) : (
            <button type="button" className="more" onClick={limitToView} disabled={!view} aria-describedby="map-limit-hint">
              {t('limit')}
            </button>
          )}
          {!filter.bbox && (
            <span id="map-limit-hint" className="visually-hidden">
              {t('limitHint')}
            </span>
          )}
        </div>
        {error && (
          <p className="error" role="alert">
            {t('failed')}{' '}
            <button type="button" className="link-button" onClick={() => void refetch().catch(() => {})}>
              {c('retry')}
            </button>
          </p>
        )}
        {state.status === 'unsupported' && <p className="error">{t('noWebgl')}</p>}
        <div ref={container} className="map-canvas" />
        {popup}
      </section>
      <section className="map-list" aria-labelledby="map-list-title">
        <h2 id="map-list-title">{t('listTitle')}</h2>
        <p className="hint">
          {t('listHint')} <Link href={listHref}>{t('listLink')}</Link>
        </p>
        {result && (
          <ul className="items">
            {result.clusters.map((cluster) => (
              <li key={cluster.id} className="item">
                <button type="button" className="link-button" onClick={() => zoomToCluster(cluster)} disabled={!map}>
                  {t('zoomTo', { label: clusterLabel(cluster) })}
                </button>
              </li>
            ))}
            {result.places.map((place) => (
              <li key={place.id} className="item">
                <button type="button" className="link-button item-name" onClick={() => openFromList(place)} disabled={!map}>
                  {place.name}
                </button>
                {formatAddress(place.address) && <address className="item-meta">{formatAddress(place.address)}</address>}
              </li>
            ))}
          </ul>
        )}
        {result && !result.totalPlaces && <p>{isEmptyFilter(filter) ? t('total', { count: 0 }) : c('noResult')}</p>}
      </section>
    </div>
  );
}
