// The portal's addresses, in French, built in one place so links and routes cannot disagree.

export type EntityType = 'actor' | 'action' | 'place' | 'theme' | 'territory' | 'partnership';

export const ENTITY_SEGMENTS: Record<EntityType, string> = {
  actor: 'acteurs',
  action: 'actions',
  place: 'lieux',
  theme: 'themes',
  territory: 'territoires',
  partnership: 'partenariats',
};

/** Address of an entity's page, keeping the date being looked at (`?date=`). */
export function entityPath(type: EntityType, slug: string, asOf?: string | null): string {
  const path = `/${ENTITY_SEGMENTS[type]}/${encodeURIComponent(slug)}`;
  return asOf ? `${path}?date=${asOf}` : path;
}

/** Address of an article, announcement or page. */
export function contentPath(id: string): string {
  return `/contenus/${encodeURIComponent(id)}`;
}

/** The explore views share one filter: the same query string moves between them. */
export const EXPLORE_VIEWS = { list: '/explorer', map: '/carte', agenda: '/agenda' } as const;
export type ExploreView = keyof typeof EXPLORE_VIEWS;

export function searchPath(text: string): string {
  return `/recherche?${new URLSearchParams({ q: text })}`;
}
