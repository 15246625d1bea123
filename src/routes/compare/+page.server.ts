/**
 * Prerendered with the default selection (SvelteKit cannot read the query string while prerendering):
 * the default ranking and the composite index's inputs are in the HTML; the browser then applies the
 * URL's selection.
 */
import { error } from '@sveltejs/kit';
import { compositeSet } from '$lib/analysis/composite-set';
import { getNodeEngine } from '$lib/db/node-engine.server';
import {
	indicatorLastYears,
	indicatorYears,
	latestValues,
	listIndicators,
	listPlaces,
	listSources
} from '$lib/db/queries';
import { COMPARE_DEFAULT_Y, DEFAULT_INDICATOR, DEFAULT_WINDOW } from '$lib/data/defaults';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, allIndicators, sources, years, lastYears] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listSources(engine),
		indicatorYears(engine, DEFAULT_INDICATOR),
		indicatorLastYears(engine)
	]);
	const indicators = allIndicators.filter((i) => i.rankable);
	const lastYear = years.at(-1)?.year;
	if (lastYear === undefined) error(500, `No observations for the indicator "${DEFAULT_INDICATOR}".`);
	const ranking = await latestValues(engine, [DEFAULT_INDICATOR], lastYear, DEFAULT_WINDOW);

	// The composite index: the window ends in the latest year any city-level candidate has data.
	const candidates = indicators.filter((i) => i.spatial_level === 'city' && i.direction !== 'neutral');
	const lastYearOf = new Map(lastYears.map((r) => [r.indicator_id, r.year]));
	const compositeYear = Math.max(...candidates.map((i) => lastYearOf.get(i.indicator_id) ?? 0));
	const candidateValues = await latestValues(
		engine,
		candidates.map((i) => i.indicator_id),
		compositeYear,
		DEFAULT_WINDOW
	);
	const placesWith = (id: string) => candidateValues.filter((v) => v.indicator_id === id && v.value !== null).length;
	const compositeIndicators = compositeSet(candidates, placesWith);
	const compositeIds = new Set(compositeIndicators.map((i) => i.indicator_id));
	return {
		places,
		indicators,
		sources,
		defaultIndicator: DEFAULT_INDICATOR,
		defaultY: COMPARE_DEFAULT_Y,
		ranking: { indicatorId: DEFAULT_INDICATOR, year: lastYear, years, values: ranking },
		composite: {
			year: compositeYear,
			indicators: compositeIndicators,
			values: candidateValues.filter((v) => compositeIds.has(v.indicator_id))
		}
	};
};
