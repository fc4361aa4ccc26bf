// Lazy route module: the explorer's frame shared by the list, the map and the agenda — the filters
// on one side, the view switch, and the chosen view. One filter state (the address) drives all three.
import { lazy, Suspense, type ComponentType } from 'react';
import { useLocation } from 'wouter';
import { useCommon } from '../i18n/common';
import { NavLink } from '../routing/NavLink';
import { EXPLORE_VIEWS } from '../routing/paths';
import { LoadState } from '../shared/LoadState';
import { Diffusion } from '../diffusion/Diffusion';
import { FilterPanel } from './FilterPanel';
import { usePortalFilter } from './usePortalFilter';

function view(load: () => Promise<{ Component: ComponentType }>) {
  return lazy(() => load().then((module) => ({ default: module.Component })));
}

const ListView = view(() => import('./list-route'));
const MapView = view(() => import('../map/route'));
const AgendaView = view(() => import('../agenda/route'));

export function Component() {
  const t = useCommon();
  const [pathname] = useLocation();
  const { search, filter } = usePortalFilter();
  const View = pathname === EXPLORE_VIEWS.map ? MapView : pathname === EXPLORE_VIEWS.agenda ? AgendaView : ListView;
  return (
    <div className="explore">
      <FilterPanel />
      <div className="explore-view">
        <nav aria-label={t('explore')} className="view-switch">
          <ul>
            <li>
              <NavLink to={EXPLORE_VIEWS.list + search}>{t('explore')}</NavLink>
            </li>
            <li>
              <NavLink to={EXPLORE_VIEWS.map + search}>{t('map')}</NavLink>
            </li>
            <li>
              <NavLink to={EXPLORE_VIEWS.agenda + search}>{t('agenda')}</NavLink>
            </li>
          </ul>
        </nav>
        <Suspense fallback={<LoadState failed={false} onRetry={() => {}} />}>
          <View />
        </Suspense>
        <Diffusion filter={filter} kind={pathname === EXPLORE_VIEWS.map ? 'map' : pathname === EXPLORE_VIEWS.agenda ? 'agenda' : filter.show.length === 1 ? filter.show[0]! : 'actions'} />
      </div>
    </div>
  );
}
