// The portal's routes. The router is wouter (maintained, about 2 KB): react-router 7 alone cost 31 KB
// gzipped on the first page, a fifth of its budget. The home page and the frame are in the first chunk;
// every other page is loaded when first visited, so the map (maplibre-gl), the graph and the toolbox
// never weigh on the first page.
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Frame } from './Frame';
import { HomePage } from './home/HomePage';
import { LoadState } from './shared/LoadState';
import { NotFound } from './shared/NotFound';
import { PageErrorBoundary } from './shared/PageErrorBoundary';
import { RouteError } from './shared/RouteError';

/** A page loaded on first visit: its module exports `Component`. */
function page(load: () => Promise<{ Component: ComponentType }>) {
  return lazy(() => load().then((module) => ({ default: module.Component })));
}

const SearchPage = page(() => import('./search/route'));
const ExploreLayout = page(() => import('./explore/route'));
const ActorPage = page(() => import('./actor/route'));
const ActionPage = page(() => import('./action/route'));
const PlacePage = page(() => import('./place/route'));
const ThemePage = page(() => import('./theme/route'));
const TerritoryPage = page(() => import('./territory/route'));
const PartnershipPage = page(() => import('./partnership/route'));
const ContentPage = page(() => import('./content/route'));
const Toolbox = page(() => import('./toolbox/route'));

export function App() {
  const [pathname] = useLocation();
  return (
    <Frame>
      {/* A new address resets a failed page: the visitor can go elsewhere after an error. */}
      <PageErrorBoundary fallback={<RouteError />} resetKey={pathname}>
        <Suspense fallback={<LoadState failed={false} onRetry={() => {}} />}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/recherche" component={SearchPage} />
            <Route path="/explorer" component={ExploreLayout} />
            <Route path="/carte" component={ExploreLayout} />
            <Route path="/agenda" component={ExploreLayout} />
            <Route path="/acteurs/:slug" component={ActorPage} />
            <Route path="/actions/:slug" component={ActionPage} />
            <Route path="/lieux/:slug" component={PlacePage} />
            <Route path="/themes/:slug" component={ThemePage} />
            <Route path="/territoires/:slug" component={TerritoryPage} />
            <Route path="/partenariats/:slug" component={PartnershipPage} />
            <Route path="/contenus/:id" component={ContentPage} />
            <Route path="/espace" component={Toolbox} nest />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </PageErrorBoundary>
    </Frame>
  );
}
