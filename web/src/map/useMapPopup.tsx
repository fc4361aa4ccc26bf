// The popup of one place on the map: a maplibre Popup whose content is rendered by React (a portal,
// so links use the router and words the current language). Closing it gives the focus back to the
// place's marker, where the visitor was (the caller's onClose does that, while the popup still holds it).
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { maplibregl, type MapLibreMap } from './maplibre';

export interface PopupTarget {
  id: string;
  location: { latitude: number; longitude: number };
}

export function useMapPopup(map: MapLibreMap | null, target: PopupTarget | null, onClosed: () => void, render: (target: PopupTarget) => ReactNode): ReactNode {
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!map || !target) return;
    const content = document.createElement('div');
    const popup = new maplibregl.Popup({ closeButton: false, focusAfterOpen: false, maxWidth: '20rem', offset: 14 })
      .setLngLat([target.location.longitude, target.location.latitude])
      .setDOMContent(content)
      .addTo(map);
    let closing = false;
    popup.on('close', () => {
      if (closing) return;
      onClosed();
    });
    setHost(content);
    return () => {
      closing = true;
      popup.remove();
      setHost(null);
    };
    // A new target is a new popup.
  }, [map, target]);
  return host && target ? createPortal(render(target), host) : null;
}
