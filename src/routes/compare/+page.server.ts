/**
 * Prerendered with the default selection (SvelteKit cannot read the query string while prerendering):
 * the default ranking's rows are in the page (it classifies them itself, as it does live), and the
 * composite index's indicator set is fixed here from every candidate's comparison year.
 */
import { compositeSet } from '$lib/analysis/composite-set';
import { buildPanels, comparisonYear, withInputs } from '$lib/analysis/panel';
import { comparableInThemes } from '$lib/analysis/theme';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listAllTargets } from '$lib/db/place-queries';
import { dataReleaseYear, listIndicators, listPlaces, listSources, panelRows } from '$lib/db/queries';
import { COMPARE_DEFAULT_Y, DEFAULT_INDICATOR } from '$lib/data/defaults';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, allIndicators, sources, targets, releaseYear] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listSources(engine),
		listAllTargets(engine),
		dataReleaseYear(engine)
	]);
	const indicators = allIndicators.filter((i) => i.rankable);
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const group = places.map((p) => p.city_id);

	// The composite index: city-level indicators with a better direction, not counts, compared in
	// each one's comparison year, with enough places there.
	const candidates = comparableInThemes(indicators).filter(
		(i) => i.spatial_level === 'city' && i.direction !== 'neutral'
	);
	const candidateIds = candidates.map((i) => i.indicator_id);
	const panels = buildPanels(
		candidateIds,
		(id) => byId.get(id),
		await panelRows(
			engine,
			withInputs(candidateIds, (id) => byId.get(id))
		)
	);
	const placesWith = (id: string) => (panels.get(id) ? (comparisonYear(panels.get(id)!, group)?.n ?? 0) : 0);

	return {
		places,
		indicators,
		sources,
		releaseYear,
		targets: targets.filter((t) => t.scope === 'all'),
		defaultIndicator: DEFAULT_INDICATOR,
		defaultY: COMPARE_DEFAULT_Y,
		rankingRows: await panelRows(
			engine,
			withInputs([DEFAULT_INDICATOR], (id) => byId.get(id))
		),
		compositeIds: compositeSet(candidates, placesWith).map((i) => i.indicator_id)
	};
};
