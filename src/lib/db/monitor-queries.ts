/**
 * What /monitor needs: monitored indicators (those with targets), every place's series for them, the
 * targets and each indicator's last year. Read at build time for the prerendered page, and again in
 * the browser when the user has added data or targets.
 */
import type { QueryEngine } from './engine';
import { listAllTargets } from './place-queries';
import { indicatorLastYears, listIndicators, listPlaces, placeSeries } from './queries';

export async function monitorData(engine: QueryEngine) {
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
}
