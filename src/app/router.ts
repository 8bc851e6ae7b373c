import { useSyncExternalStore } from 'react';
import { hrefOf, parseRoute, type Route } from './routeAddress';

export { hrefOf, parseRoute, type Route } from './routeAddress';

/** Goes to a route (a new history entry, so Back returns). */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentHash = () => window.location.hash;

/** The current route; re-renders on every change of the fragment. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}
