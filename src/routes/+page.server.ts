/**
 * Prerendered at build time by DuckDB-wasm's Node build: the default ranking is in the HTML, readable
 * without JavaScript and before the browser's engine is ready.
 */
import { error } from '@sveltejs/kit';
import { bestCoveredYear } from '$lib/analysis/years';
import { getNodeEngine } from '$lib/db/node-engine.server';
import {
	indicatorLastYears,
	indicatorYears,
	latestValues,
	listIndicators,
	listPlaces,
	listTargets,
	placeValues
} from '$lib/db/queries';
import { DEFAULT_INDICATOR, DEFAULT_WINDOW, GLANCE_INDICATORS } from '$lib/data/defaults';
import { listAllTargets } from '$lib/db/place-queries';
import { countryName } from '$lib/data/format';
import { europeShapes, MAP_HEIGHT, MAP_WIDTH, mapPosition } from '$lib/server/europe-map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, years] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		indicatorYears(engine, DEFAULT_INDICATOR)
	]);
	const year = bestCoveredYear(years);
	if (year === null) error(500, `No observations for the indicator "${DEFAULT_INDICATOR}".`);
	const [lastYears, allTargets] = await Promise.all([indicatorLastYears(engine), listAllTargets(engine)]);
	const glance = await Promise.all(
		GLANCE_INDICATORS.flatMap((id) => {
			const indicator = indicators.find((i) => i.indicator_id === id);
			const last = lastYears.find((r) => r.indicator_id === id)?.year;
			if (!indicator || last === undefined) return [];
			return [
				latestValues(engine, [id], last, DEFAULT_WINDOW).then((values) => ({
					indicator,
					year: last,
					values,
					targets: allTargets.filter((t) => t.indicator_id === id && t.scope === 'all')
				}))
			];
		})
	);
	return {
		places,
		glance,
		window: DEFAULT_WINDOW,
		// Only city and greater-city values are ranked; regional indicators are context elsewhere.
		indicators: indicators.filter((i) => i.rankable),
		indicatorId: DEFAULT_INDICATOR,
		years,
		year,
		values: await placeValues(engine, DEFAULT_INDICATOR, year),
		targets: await listTargets(engine, DEFAULT_INDICATOR),
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
