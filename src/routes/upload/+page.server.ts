/** Prerendered: the catalogues an upload is matched against (places, spatial units, indicators, themes). */
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listIndicators } from '$lib/db/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, geo] = await Promise.all([
		engine.query<{ city_id: string; name: string; name_local: string; eurostat_code: string }>(
			'SELECT city_id, name, name_local, eurostat_code FROM all_places ORDER BY name'
		),
		listIndicators(engine),
		engine.query<{ geo_code: string; name: string; level: string; city_id: string | null }>(
			'SELECT geo_code, name, level, city_id FROM all_geo ORDER BY geo_code'
		)
	]);
	return {
		places,
		geo,
		indicatorIds: indicators.map((i) => i.indicator_id)
	};
};
