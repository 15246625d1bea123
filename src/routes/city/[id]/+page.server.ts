/**
 * One prerendered report card per place: headline numbers (city value, else the greater city's,
 * labelled), rank among places with data, change, direction of travel, status against every target
 * set, regional and national context, and generated sentences.
 */
import { error } from '@sveltejs/kit';
import { headline, type HeadlineIndicator } from '$lib/analysis/city-report';
import { reportSentences } from '$lib/analysis/report-sentences';
import { CONTEXT_INDICATORS, DEFAULT_WINDOW, HEADLINE_INDICATORS } from '$lib/data/defaults';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listAllTargets, placeContext } from '$lib/db/place-queries';
import { indicatorLastYears, listIndicators, listPlaces, listSources, placeSeries } from '$lib/db/queries';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await listPlaces(await getNodeEngine())).map((p) => ({ id: p.city_id }));

export const load: PageServerLoad = async ({ params }) => {
	const engine = await getNodeEngine();
	const [places, indicators, targets, lastYears, sources] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listAllTargets(engine),
		indicatorLastYears(engine),
		listSources(engine)
	]);
	const place = places.find((p) => p.city_id === params.id);
	if (!place) error(404, `No partner place "${params.id}".`);
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const lastYear = new Map(lastYears.map((r) => [r.indicator_id, r.year]));

	const headlines = [];
	for (const [cityId, greaterId] of HEADLINE_INDICATORS) {
		let chosen = byId.get(cityId);
		let rows = chosen ? await placeSeries(engine, cityId) : [];
		if (greaterId && !rows.some((r) => r.city_id === place.city_id)) {
			chosen = byId.get(greaterId);
			rows = chosen ? await placeSeries(engine, greaterId) : [];
		}
		if (!chosen || !rows.some((r) => r.city_id === place.city_id)) continue;
		const own = targets.filter(
			(t) => t.indicator_id === chosen.indicator_id && (t.scope === 'all' || t.scope === place.city_id)
		);
		headlines.push(
			headline(
				chosen as HeadlineIndicator,
				rows,
				place.city_id,
				lastYear.get(chosen.indicator_id) ?? 0,
				DEFAULT_WINDOW,
				own
			)
		);
	}
	const context = await placeContext(engine, place.city_id, CONTEXT_INDICATORS);
	const used = new Set([
		...headlines.map((h) => byId.get(h.indicator.indicator_id)?.source_id),
		...context.map((c) => byId.get(c.indicator_id)?.source_id)
	]);
	return {
		place,
		members: places.filter((p) => p.partner_id === place.partner_id && p.city_id !== place.city_id),
		headlines,
		sentences: reportSentences(headlines),
		context: context.map((c) => ({ ...c, indicator: byId.get(c.indicator_id)! })),
		sources: sources.filter((s) => used.has(s.source_id)),
		builtOn: new Date().toISOString().slice(0, 10)
	};
};
