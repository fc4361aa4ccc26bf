// One MapLibre map in a container: created once the run-time settings are known (the configured style,
// or the bundled one when there is none or it cannot be loaded), removed with the component.
import { useEffect, useState, type RefObject } from 'react';
import type { Bbox } from '../../../api/shared/portal-filter';
import { BLANK_STYLE, canDrawMaps, maplibregl, type MapLibreMap } from './maplibre';
import { mapSettings, type MapSettings } from './portal-config';

export interface MapLibreOptions {
  /** The first view; the server's home view when absent. */
  bbox?: Bbox;
  interactive: boolean;
  /** maplibre's own words (the canvas's name, its buttons), in the page's language. */
  locale: Record<string, string>;
  /** Most zoomed-in first view (one place alone would otherwise fill the screen). */
  maxZoom?: number;
}

export type MapState = { status: 'loading' } | { status: 'ready'; map: MapLibreMap; settings: MapSettings } | { status: 'unsupported' };

export function useMapLibre(container: RefObject<HTMLDivElement | null>, options: MapLibreOptions): MapState {
  const [state, setState] = useState<MapState>({ status: 'loading' });
  useEffect(() => {
    let map: MapLibreMap | undefined;
    let cancelled = false;
    if (!canDrawMaps()) {
      setState({ status: 'unsupported' });
      return;
    }
    void mapSettings().then((settings) => {
      if (cancelled || !container.current) return;
      const bbox = options.bbox ?? settings.homeBbox;
      map = new maplibregl.Map({
        container: container.current,
        style: settings.styleUrl ?? BLANK_STYLE,
        bounds: [bbox.west, bbox.south, bbox.east, bbox.north],
        fitBoundsOptions: { padding: 24, maxZoom: options.maxZoom ?? 16 },
        interactive: options.interactive,
        // Rotation adds nothing to a map of places and makes the keyboard harder.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: options.locale,
        // The blank style has no data to credit; a configured one names its sources.
        attributionControl: settings.styleUrl ? { compact: true } : false,
      });
      map.touchZoomRotate.disableRotation();
      map.keyboard.disableRotation();
      if (options.interactive) map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
      // A configured style that cannot be loaded (offline, server down): fall back to the blank one.
      if (settings.styleUrl) {
        const fallBack = () => {
          if (!map?.isStyleLoaded()) map?.setStyle(BLANK_STYLE);
        };
        map.once('error', fallBack);
        map.once('load', () => map?.off('error', fallBack));
      }
      setState({ status: 'ready', map, settings });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
    // The map is made once; later view changes go through the map itself.
  }, []);
  return state;
}
