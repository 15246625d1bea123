/**
 * Prerendered with the catalogues and the first page of the unfiltered table, so the page reads
 * before (and without) the browser's engine; every filter change is then a query in the browser.
 */
import { explorePage, exploreCount } from '$lib/db/explore-queries';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listIndicators, listPlaces } from '$lib/db/queries';
import { DEFAULT_FILTER } from '$lib/state/explore-filter';
import { EXPLORE_PAGE_SIZE } from '$lib/ui/explore/page-size';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const engine = await getNodeEngine();
	const [places, indicators, first, count, years] = await Promise.all([
		listPlaces(engine),
		listIndicators(engine),
		explorePage(engine, DEFAULT_FILTER, EXPLORE_PAGE_SIZE),
		exploreCount(engine, DEFAULT_FILTER),
		engine.query<{ year: number }>('SELECT DISTINCT year::INTEGER AS year FROM all_observations ORDER BY year')
	]);
	const columns = await engine.query<{ table: string; column: string }>(
		`SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
		  WHERE table_name LIKE 'all\\_%' ESCAPE '\\' OR table_name = 'places' ORDER BY table_name, ordinal_position`
	);
	const schema = [...new Set(columns.map((c) => c.table))].map((table) => ({
		table,
		columns: columns.filter((c) => c.table === table).map((c) => c.column)
	}));
	return { places, indicators, years: years.map((y) => y.year), initial: { ...first, count }, schema };
};
