// A tiny router over the History API: the address is the state, no dependency needed.
import { useMemo, useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'actor'; slug: string }
  | { name: 'action'; slug: string }
  | { name: 'notFound' };

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

// Path and query only: following a #fragment (the skip link) is not a navigation.
function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to an address inside the SPA; `replace` rewrites the current history entry (filters, dates). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.pathname + url.search === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

/** Reads one query-string parameter and writes it back (removed when empty), without a history entry. */
export function replaceSearchParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  navigate(url.pathname + url.search, { replace: true });
}

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const entity = /^\/(acteurs|actions)\/([^/]+)\/?$/.exec(pathname);
  if (entity) {
    let slug: string;
    try {
      slug = decodeURIComponent(entity[2]);
    } catch {
      return { name: 'notFound' };
    }
    return { name: entity[1] === 'acteurs' ? 'actor' : 'action', slug };
  }
  return { name: 'notFound' };
}

export interface Location {
  pathname: string;
  params: URLSearchParams;
  route: Route;
}

/** The current route and query string; re-renders on every navigation and on back/forward. */
export function useRoute(): Location {
  const current = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const url = new URL(current, window.location.origin);
    return { pathname: url.pathname, params: url.searchParams, route: matchRoute(url.pathname) };
  }, [current]);
}

/** Address of an actor's or action's page, keeping the date being looked at. */
export function entityHref(type: 'actor' | 'action', slug: string, asOf?: string | null): string {
  const path = `/${type === 'actor' ? 'acteurs' : 'actions'}/${encodeURIComponent(slug)}`;
  return asOf ? `${path}?date=${asOf}` : path;
}
