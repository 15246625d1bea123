/**
 * The indicator map's country outlines, drawn once at build time (the 750 kB world-atlas file never
 * reaches the browser) and fetched by the Map tab when it first opens: a static JSON file.
 */
import { INDICATOR_MAP } from '$lib/charts/projection';
import { europeShapes } from '$lib/server/europe-map';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(JSON.stringify({ ...INDICATOR_MAP, shapes: europeShapes(INDICATOR_MAP) }), {
		headers: { 'Content-Type': 'application/json' }
	});
