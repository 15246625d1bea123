/**
 * What /monitor needs: monitored indicators (those with targets), the rows of every place's series
 * for them (the page classifies them: analysis/panel.ts), the targets and the data release year. Read
 * at build time for the prerendered page, and again in the browser when the user has added data or
 * targets.
 */
import type { QueryEngine } from './engine';
import { listAllTargets } from './place-queries';
import { dataReleaseYear, listIndicators, listPlaces, panelRows } from './queries';

export async function monitorData(engine: QueryEngine) {
	const [places, indicators, targets, releaseYear] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listAllTargets(engine),
		dataReleaseYear(engine)
	]);
	const monitored = indicators.filter((i) => i.rankable && targets.some((t) => t.indicator_id === i.indicator_id));
	return {
		places,
		indicators: monitored,
		targets,
		releaseYear,
		rows: await panelRows(
			engine,
			monitored.map((i) => i.indicator_id)
		)
	};
}
