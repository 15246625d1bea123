/**
 * Questions about every Urban Audit city (places.csv and the Europe-wide observation files). Each
 * first makes sure the Europe-wide tables are loaded (`engine.loadEurope()`, once per session).
 */
import type { CataloguePlace } from '$lib/analysis/peer-group';
import type { QueryEngine } from './engine';
import { panelRowsSql, type PanelRow } from './queries';

export interface CatalogueRow extends CataloguePlace {
	country_name: string;
	point_source: string | null;
}

/** Every Urban Audit place with data, partners included (their `city_id` set). */
export async function listCatalogue(engine: QueryEngine): Promise<CatalogueRow[]> {
	await engine.loadEurope();
	return engine.query<CatalogueRow>(
		`SELECT place_code, name, country, country_name, level, city_id, lat, lon, point_source,
		        population, population_year, size_class
		   FROM places ORDER BY country, name`
	);
}

/**
 * Every own observation of every place that is not a partner, keyed by its Urban Audit code (the
 * `city_id` field of a panel row), for `indicatorIds`, at each indicator's spatial level — the rows a
 * Europe-wide panel adds to the partners' (`panelRows`).
 */
export async function europePanelRows(engine: QueryEngine, indicatorIds: readonly string[]): Promise<PanelRow[]> {
	await engine.loadEurope();
	return engine.query<PanelRow>(panelRowsSql('geo_europe', 'place_code'), [indicatorIds.join(',')]);
}
