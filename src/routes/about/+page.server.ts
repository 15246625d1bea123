/**
 * Prerendered from the Node engine: the sources, the indicator catalogue with each one's method and
 * comparability rule, the coverage matrix, and every value the comparability rules set aside or treat
 * as the start of a new series (listed on the page, so the known breaks are named).
 */
import { buildPanels, withInputs } from '$lib/analysis/panel';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { coverage, dataReleaseYear, listIndicators, listPlaces, listSources, panelRows } from '$lib/db/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, sources, cells, releaseYear] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listSources(engine),
		coverage(engine),
		dataReleaseYear(engine)
	]);
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const ranked = indicators.filter((i) => i.rankable).map((i) => i.indicator_id);
	const panels = buildPanels(
		ranked,
		(id) => byId.get(id),
		await panelRows(
			engine,
			withInputs(ranked, (id) => byId.get(id))
		)
	);
	const nameOf = new Map(places.map((p) => [p.city_id, p.name]));
	const flagged = [...panels].flatMap(([id, panel]) =>
		[...panel.series].flatMap(([city, series]) =>
			series
				.filter((c) => c.status === 'suspect' || c.status === 'break' || c.status === 'new-level')
				.map((c) => ({
					indicator: byId.get(id)!.label,
					indicator_id: id,
					place: nameOf.get(city) ?? city,
					year: c.point.year,
					value: c.point.value,
					decimals: byId.get(id)!.decimals,
					unit: byId.get(id)!.unit,
					flags: c.point.flags,
					status: c.status,
					against: c.reason && 'against' in c.reason ? c.reason.against : null,
					reason: c.reason?.kind ?? null
				}))
		)
	);
	return { places, indicators, sources, cells, releaseYear, flagged };
};
