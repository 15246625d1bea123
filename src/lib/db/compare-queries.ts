/**
 * Questions the compare workspace asks. Values are a place's own (units with a city_id at the
 * indicator's spatial level); regional and national values never enter these results.
 */
import type { QueryEngine } from './engine';

/** One place's latest own value of one indicator within a year window, or NULLs. */
export interface LatestValueRow extends Record<string, unknown> {
	indicator_id: string;
	city_id: string;
	name: string;
	role: string;
	geo_name: string | null;
	value: number | null;
	flags: string | null;
	note: string | null;
	/** The year the value is for (the latest within the window). */
	year: number | null;
	/** Population of the same unit and year, for per-1,000 values. */
	population: number | null;
}

/**
 * For every partner place × each of `indicatorIds`: the latest own value in `year − window + 1 … year`.
 * A place without one is still listed (value NULL), never dropped and never zero.
 */
export function latestValues(
	engine: QueryEngine,
	indicatorIds: readonly string[],
	year: number,
	window: number
): Promise<LatestValueRow[]> {
	return engine.query<LatestValueRow>(
		`WITH wanted AS (SELECT unnest(string_split(?, ',')) AS indicator_id),
		 unit AS (
		   SELECT i.indicator_id, g.city_id, g.geo_code, g.name AS geo_name
		     FROM all_geo g JOIN all_indicators i ON g.level = i.spatial_level
		    WHERE i.indicator_id IN (SELECT indicator_id FROM wanted) AND g.city_id IS NOT NULL
		 ),
		 own AS (
		   SELECT u.indicator_id, u.city_id, u.geo_code, u.geo_name, o.year, o.value, o.flags, o.note,
		          row_number() OVER (PARTITION BY u.indicator_id, u.city_id ORDER BY o.year DESC) AS latest
		     FROM unit u JOIN all_observations o ON o.geo_code = u.geo_code AND o.indicator_id = u.indicator_id
		    WHERE o.year BETWEEN ? AND ?
		 )
		 SELECT w.indicator_id, p.city_id, p.name, p.role, own.geo_name, own.value, own.flags, own.note,
		        own.year::INTEGER AS year, pop.value AS population
		   FROM wanted w CROSS JOIN all_places p
		   LEFT JOIN own ON own.city_id = p.city_id AND own.indicator_id = w.indicator_id AND own.latest = 1
		   LEFT JOIN all_observations pop ON pop.geo_code = own.geo_code AND pop.year = own.year
		        AND pop.indicator_id IN ('population', 'population_greater_city')
		  ORDER BY w.indicator_id, p.city_id`,
		[indicatorIds.join(','), year - window + 1, year]
	);
}

export interface SeriesRow extends Record<string, unknown> {
	city_id: string;
	name: string;
	year: number;
	value: number;
	flags: string;
}

/** Every own value of one indicator for every place, by place and year (for trend lines). */
export function placeSeries(engine: QueryEngine, indicatorId: string): Promise<SeriesRow[]> {
	return engine.query<SeriesRow>(
		`SELECT g.city_id, p.name, o.year::INTEGER AS year, o.value, o.flags
		   FROM all_observations o
		   JOIN all_geo g ON g.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND g.level = i.spatial_level
		   JOIN all_places p ON p.city_id = g.city_id
		  WHERE o.indicator_id = ?
		  ORDER BY g.city_id, o.year`,
		[indicatorId]
	);
}

/** The span of years with any own value, for the year selector. */
export function yearSpan(engine: QueryEngine): Promise<{ first: number; last: number }[]> {
	return engine.query(
		`SELECT min(o.year)::INTEGER AS first, max(o.year)::INTEGER AS last
		   FROM all_observations o JOIN all_geo g USING (geo_code) WHERE g.city_id IS NOT NULL`
	);
}
