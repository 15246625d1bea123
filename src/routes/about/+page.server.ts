/** Prerendered from the Node engine: the sources, the indicator catalogue and the coverage matrix. */
import { getNodeEngine } from '$lib/db/node-engine.server';
import { coverage, listIndicators, listPlaces, listSources } from '$lib/db/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, sources, cells] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		listSources(engine),
		coverage(engine)
	]);
	return { places, indicators, sources, cells };
};
