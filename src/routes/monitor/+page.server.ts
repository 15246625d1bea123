/**
 * Prerendered: every monitored indicator (one with targets), every place's series, and the targets.
 * Status and direction of travel are computed on the page by the pure rules, so the target-set
 * selector works without a query and the page reads without JavaScript.
 */
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listAllTargets } from '$lib/db/place-queries';
import { indicatorLastYears, listIndicators, listPlaces, placeSeries } from '$lib/db/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, targets, lastYears] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listAllTargets(engine),
		indicatorLastYears(engine)
	]);
	const monitored = indicators.filter((i) => i.rankable && targets.some((t) => t.indicator_id === i.indicator_id));
	const series = Object.fromEntries(
		await Promise.all(monitored.map(async (i) => [i.indicator_id, await placeSeries(engine, i.indicator_id)] as const))
	);
	return {
		places,
		indicators: monitored,
		targets,
		series,
		lastYears: Object.fromEntries(lastYears.map((r) => [r.indicator_id, r.year]))
	};
};
