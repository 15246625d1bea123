/**
 * One prerendered report card per place. The page gets the rows of every headline indicator (city
 * and greater-city levels, with their derived inputs), the targets and the context values, and builds
 * its facts and sentences itself through the comparability rule (the same code the tests check).
 */
import { error } from '@sveltejs/kit';
import { buildPanels, withInputs } from '$lib/analysis/panel';
import { chooseLevel } from '$lib/ui/report/card';
import { europeSection } from '$lib/ui/report/europe';
import { loadPanels } from '$lib/ui/panels';
import { loadCatalogue } from '$lib/ui/peers';
import { CONTEXT_INDICATORS, HEADLINE_INDICATORS } from '$lib/data/defaults';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listAllTargets, placeContext } from '$lib/db/place-queries';
import { dataReleaseYear, listIndicators, listPlaces, listSources, panelRows } from '$lib/db/queries';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await listPlaces(await getNodeEngine())).map((p) => ({ id: p.city_id }));

export const load: PageServerLoad = async ({ params }) => {
	const engine = await getNodeEngine();
	const [places, indicators, targets, sources, releaseYear] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listAllTargets(engine),
		listSources(engine),
		dataReleaseYear(engine)
	]);
	const place = places.find((p) => p.city_id === params.id);
	if (!place) error(404, `No partner place "${params.id}".`);
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const headlineIds = HEADLINE_INDICATORS.flat().filter((id): id is string => id !== null && byId.has(id));
	const context = await placeContext(engine, place.city_id, CONTEXT_INDICATORS);
	const used = new Set([
		...headlineIds.map((id) => byId.get(id)?.source_id),
		...context.map((c) => byId.get(c.indicator_id)?.source_id)
	]);
	const rows = await panelRows(
		engine,
		withInputs(headlineIds, (id) => byId.get(id))
	);
	// "Among European cities like …": every city's data is at hand here, so the card carries only its sentences.
	const partnerPanels = buildPanels(headlineIds, (id) => byId.get(id), rows);
	const shownIds = HEADLINE_INDICATORS.map((pair) => chooseLevel(partnerPanels, place.city_id, pair)).filter(
		(id): id is string => id !== null
	);
	const europe = europeSection({
		place,
		partners: places,
		catalogue: await loadCatalogue(engine),
		indicators,
		panels: await loadPanels(engine, shownIds, indicators, 'europe'),
		ids: shownIds,
		releaseYear
	});
	return {
		place,
		places,
		europe,
		members: places.filter((p) => p.partner_id === place.partner_id && p.city_id !== place.city_id),
		indicators: indicators.filter(
			(i) =>
				withInputs(headlineIds, (id) => byId.get(id)).includes(i.indicator_id) ||
				CONTEXT_INDICATORS.includes(i.indicator_id)
		),
		rows,
		targets: targets.filter((t) => t.scope === 'all' || t.scope === place.city_id),
		context,
		releaseYear,
		sources: sources.filter((s) => used.has(s.source_id)),
		builtOn: new Date().toISOString().slice(0, 10)
	};
};
