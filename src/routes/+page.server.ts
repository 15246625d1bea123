/**
 * Prerendered at build time by DuckDB-wasm's Node build: the default ranking and the "at a glance"
 * charts are in the HTML, readable without JavaScript and before the browser's engine is ready. The
 * page gets the panels' rows and classifies them itself (the same code runs live after hydration).
 */
import { withInputs } from '$lib/analysis/panel';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { dataReleaseYear, listIndicators, listPlaces, panelRows } from '$lib/db/queries';
import { DEFAULT_INDICATOR, GLANCE_INDICATORS } from '$lib/data/defaults';
import { listAllTargets } from '$lib/db/place-queries';
import { countryName } from '$lib/data/format';
import { europeShapes, MAP_HEIGHT, MAP_WIDTH, mapPosition } from '$lib/server/europe-map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, targets, releaseYear] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listAllTargets(engine),
		dataReleaseYear(engine)
	]);
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const ids = withInputs([DEFAULT_INDICATOR, ...GLANCE_INDICATORS], (id) => byId.get(id));
	return {
		places,
		// Only city and greater-city values are ranked; regional indicators are context elsewhere.
		indicators: indicators.filter((i) => i.rankable),
		releaseYear,
		targets: targets.filter((t) => t.scope === 'all'),
		rows: await panelRows(engine, ids),
		map: {
			width: MAP_WIDTH,
			height: MAP_HEIGHT,
			shapes: europeShapes(),
			places: places.map((p) => {
				const [x, y] = mapPosition(p.lon, p.lat);
				return { ...p, x, y };
			}),
			// world-atlas names countries in English, as Intl does.
			countries: [...new Set(places.map((p) => countryName(p.country)))]
		}
	};
};
