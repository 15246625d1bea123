import { browser } from '$app/environment';
import { getBrowserEngine } from '$lib/db/browser-engine';
import { ENGINE_PAGES } from '$lib/db/engine-pages';
import type { LayoutLoad } from './$types';

// Every page is prerendered at build time; the static host needs no server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * A page that answers live queries starts its engine here, while the client router starts and before
 * the page hydrates, so the engine's start overlaps hydration instead of following it.
 */
export const load: LayoutLoad = ({ data, route }) => {
	// The page shows the engine's state and offers "Try again" itself: a failure is not lost here.
	if (browser && ENGINE_PAGES.has(route.id)) getBrowserEngine().catch(() => undefined);
	return data;
};
