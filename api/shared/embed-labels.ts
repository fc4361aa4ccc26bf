// The words an embed shows around its items, in French and English: shared by the web component
// (web/src/embed/), the iframe page and the snippet builder, so the three name a listing the same way.
// No imports: the component's bundle stays small.

export type EmbedLabelKind = 'agenda' | 'articles' | 'announcements' | 'actors' | 'actions' | 'map';
export type EmbedLabelLang = 'fr' | 'en';

export interface EmbedLabels {
  kinds: Record<EmbedLabelKind, string>;
  /** Link to the whole listing on the portal. */
  seeAll: string;
  /** The noscript link and the iframe fallback: "{what}" is a kind's label. */
  seeOnPortal: string;
  empty: string;
  error: string;
  loading: string;
  cancelled: string;
  postponed: string;
  full: string;
  offer: string;
  request: string;
  /** Map: the list of points' label. */
  mapPlaces: string;
  /** "{count}" items in all. */
  total: (count: number) => string;
  /** Accessible name of an embedded listing: "{what}" and, with a space, "{space}". */
  title: (what: string, space?: string) => string;
}

export const EMBED_LABELS: Record<EmbedLabelLang, EmbedLabels> = {
  fr: {
    kinds: { agenda: 'Agenda', articles: 'Articles', announcements: 'Annonces', actors: 'Acteurs', actions: 'Actions', map: 'Carte' },
    seeAll: 'Tout voir sur le portail',
    seeOnPortal: 'Voir « {what} » sur le portail',
    empty: 'Rien à afficher pour le moment.',
    error: 'Cette liste ne peut pas être affichée pour le moment.',
    loading: 'Chargement…',
    cancelled: 'Annulé',
    postponed: 'Reporté',
    full: 'Complet',
    offer: 'Offre',
    request: 'Demande',
    mapPlaces: 'Lieux de la carte',
    total: (count) => (count <= 1 ? `${count} élément` : `${count} éléments`),
    title: (what, space) => (space ? `${what} — ${space}` : what),
  },
  en: {
    kinds: { agenda: 'Agenda', articles: 'Articles', announcements: 'Announcements', actors: 'Actors', actions: 'Actions', map: 'Map' },
    seeAll: 'See everything on the portal',
    seeOnPortal: 'See “{what}” on the portal',
    empty: 'Nothing to show for now.',
    error: 'This listing cannot be shown for now.',
    loading: 'Loading…',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    full: 'Full',
    offer: 'Offer',
    request: 'Request',
    mapPlaces: 'Places on the map',
    total: (count) => (count === 1 ? '1 item' : `${count} items`),
    title: (what, space) => (space ? `${what} — ${space}` : what),
  },
};
