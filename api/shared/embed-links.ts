// Addresses of the portal's pages that an embed links back to, absolute (an embed lives on another
// site). Pure: the snippet builder and the SPA use it too. One place for them, so a route the portal renames changes here only. Entity pages are the
// portal's `/acteurs/:slug`, `/actions/:slug`, `/partenariats/:slug`; a content item has no page of its
// own yet and links to `/contenus/:id`, which the portal's content pages are to answer.
import { portalFilterParams, type PortalFilter } from './portal-filter.js';

export type SpaceType = 'actor' | 'action' | 'partnership';

const SPACE_PATHS: Record<SpaceType, string> = { actor: 'acteurs', action: 'actions', partnership: 'partenariats' };

export const entityUrl = (origin: string, type: SpaceType, slug: string): string => `${origin}/${SPACE_PATHS[type]}/${encodeURIComponent(slug)}`;

export const contentUrl = (origin: string, id: string): string => `${origin}/contenus/${encodeURIComponent(id)}`;

/** The portal's home with the same filter: where "see everything" goes for a territory-wide listing. */
export function listingUrl(origin: string, filter: PortalFilter): string {
  const query = portalFilterParams(filter).toString();
  return `${origin}/${query ? `?${query}` : ''}`;
}

/** A media URL as the API gives it (site-relative `/media/…`) made absolute for another site. */
export const absolute = (origin: string, url: string): string => new URL(url, `${origin}/`).toString();
