// The one filter state of the explorer: read from the address, written back to it. The list, the map
// and the agenda all read it here, so they always show the same selection, a copied link reproduces
// the view, and Back/Forward step through the previous selections.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { Temporal } from 'temporal-polyfill';
import { parsePortalFilter, portalFilterParams, toActionFilter, toActorFilter, type PortalFilter } from '../../../api/shared/portal-filter';
import type { ActionFilter, ActorFilter } from '../gql/graphql';

/** The territory's time zone: periods ("today", "this weekend") are its days. */
export const TERRITORY_ZONE = 'Europe/Paris';

export interface FilterState {
  filter: PortalFilter;
  /** A new selection; `replace` for adjustments that should not leave a Back step (typing, panning). */
  setFilter(next: PortalFilter, options?: { replace?: boolean }): void;
  /** The query string of the current selection, to carry it to another view. */
  search: string;
}

export function usePortalFilter(): FilterState {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Keyed by the query string: the same selection is the same object, so queries do not refire.
  const filter = useMemo(() => parsePortalFilter(new URLSearchParams(key)), [key]);
  const setFilter = useCallback(
    (next: PortalFilter, options: { replace?: boolean } = {}) => {
      const nextParams = portalFilterParams(next);
      // Keep what is not the filter (a view's own parameters such as the agenda's day).
      for (const [name, value] of new URLSearchParams(window.location.search)) {
        if (!nextParams.has(name) && !FILTER_PARAMS.has(name)) nextParams.append(name, value);
      }
      setParams(nextParams, { replace: options.replace });
    },
    [setParams],
  );
  const search = portalFilterParams(filter).toString();
  return { filter, setFilter, search: search ? `?${search}` : '' };
}

const FILTER_PARAMS = new Set(['q', 'show', 'actorKind', 'actionKind', 'theme', 'territory', 'period', 'from', 'to', 'access', 'cancelled', 'bbox']);

/** The API's filters for the selection; the period is computed from today in the territory's zone. */
export function useApiFilters(filter: PortalFilter): { actors: ActorFilter; actions: ActionFilter } {
  const today = Temporal.Now.plainDateISO(TERRITORY_ZONE).toString();
  return useMemo(
    () => ({
      actors: toActorFilter(filter) as ActorFilter,
      actions: toActionFilter(filter, Temporal.Now.instant(), TERRITORY_ZONE) as ActionFilter,
    }),
    // Recomputed when the selection or the day changes, not at every render (stable query variables).
    [filter, today],
  );
}
