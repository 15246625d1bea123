/**
 * Questions about every Urban Audit city (places.csv and the Europe-wide observation files). Each
 * first makes sure the Europe-wide tables are loaded (`engine.loadEurope()`, once per session).
 */
import type { CataloguePlace } from '$lib/analysis/peer-group';
import type { QueryEngine } from './engine';
import type { PanelRow } from './queries';

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
	return engine.query<PanelRow>(
		`SELECT o.indicator_id, g.place_code AS city_id, o.geo_code, g.name AS geo_name, coalesce(g.survey, '') AS survey,
		        o.year::INTEGER AS year, o.value, o.flags, o.note
		   FROM all_observations o
		   JOIN geo_europe g ON g.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND g.level = i.spatial_level
		  WHERE o.indicator_id IN (SELECT unnest(string_split(?, ','))) AND g.place_code IS NOT NULL
		    AND o.value IS NOT NULL
		  ORDER BY o.indicator_id, g.place_code, o.year`,
		[indicatorIds.join(',')]
	);
}
