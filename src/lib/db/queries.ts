/**
 * Typed questions the pages ask. Every user choice is a bound parameter; results are plain rows.
 * These run unchanged on the browser engine and the Node engine.
 */
import type { QueryEngine } from './engine';

export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface PlaceRow extends Record<string, unknown> {
	city_id: string;
	name: string;
	name_local: string;
	country: string;
	partner_id: string;
	partner_name: string;
	role: 'lead' | 'partner' | 'member';
	lat: number;
	lon: number;
}

export interface IndicatorRow extends Record<string, unknown> {
	indicator_id: string;
	label: string;
	short_label: string;
	unit: string;
	theme: string;
	direction: Direction;
	spatial_level: string;
	/** City or greater-city values: these alone are ranked; NUTS-level indicators are context. */
	rankable: boolean;
	/** count | rate | share | mean | amount | index: per-1,000 values only for counts. */
	measure: string;
	/** annual | survey-wave | decadal: which years a series is expected to have. */
	frequency: string;
	decimals: number;
	source_id: string;
	source_publisher: string;
	source_dataset: string;
	source_citation: string;
	source_licence: string;
	/** 'user' for an indicator from an uploaded file. */
	origin: 'bundled' | 'user';
}

export interface YearCoverageRow extends Record<string, unknown> {
	year: number;
	places: number;
}

/** One partner place and its value (or none) for one indicator and year. */
export interface PlaceValueRow extends Record<string, unknown> {
	city_id: string;
	name: string;
	role: string;
	/** The spatial unit the value was published for, e.g. "Dublin (greater city)". */
	geo_name: string | null;
	value: number | null;
	flags: string | null;
}

export function listPlaces(engine: QueryEngine): Promise<PlaceRow[]> {
	return engine.query<PlaceRow>(
		`SELECT city_id, name, name_local, country, partner_id, partner_name, role, lat, lon
		   FROM all_places ORDER BY role = 'lead' DESC, partner_name, name`
	);
}

export function listIndicators(engine: QueryEngine): Promise<IndicatorRow[]> {
	return engine.query<IndicatorRow>(
		`SELECT i.indicator_id, i.label, i.short_label, i.unit, i.theme, i.direction, i.spatial_level,
		        i.spatial_level IN ('city', 'greater_city') AS rankable, i.measure, i.frequency, i.decimals, i.source_id, s.publisher AS source_publisher, s.dataset_code AS source_dataset,
		        s.citation AS source_citation, s.licence AS source_licence, i.origin
		   FROM all_indicators i LEFT JOIN all_sources s USING (source_id)
		  ORDER BY i.theme, i.label`
	);
}

/** Years in which at least one partner place has its own value at the indicator's spatial level. */
export function indicatorYears(engine: QueryEngine, indicatorId: string): Promise<YearCoverageRow[]> {
	return engine.query<YearCoverageRow>(
		`SELECT o.year, count(DISTINCT g.city_id)::INTEGER AS places
		   FROM all_observations o
		   JOIN all_geo g ON g.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND g.level = i.spatial_level
		  WHERE o.indicator_id = ? AND g.city_id IS NOT NULL
		  GROUP BY o.year ORDER BY o.year`,
		[indicatorId]
	);
}

/** The last year with an own value of a partner place, for every indicator that has one. */
export function indicatorLastYears(engine: QueryEngine): Promise<{ indicator_id: string; year: number }[]> {
	return engine.query(
		`SELECT o.indicator_id, max(o.year)::INTEGER AS year
		   FROM all_observations o
		   JOIN all_geo g ON g.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND g.level = i.spatial_level
		  WHERE g.city_id IS NOT NULL
		  GROUP BY o.indicator_id ORDER BY o.indicator_id`
	);
}

/** One own observation of a partner place (a point of its time series). */
export interface SeriesRow extends Record<string, unknown> {
	city_id: string;
	year: number;
	value: number;
	flags: string | null;
	geo_name: string;
	note: string | null;
}

/**
 * Every own observation of every partner place for one indicator, at the indicator's spatial level
 * (never a regional or national value), by place and year.
 */
export function placeSeries(engine: QueryEngine, indicatorId: string): Promise<SeriesRow[]> {
	return engine.query<SeriesRow>(
		`SELECT g.city_id, o.year::INTEGER AS year, o.value, o.flags, g.name AS geo_name, o.note
		   FROM all_observations o
		   JOIN all_geo g ON g.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND g.level = i.spatial_level
		  WHERE o.indicator_id = ? AND g.city_id IS NOT NULL AND o.value IS NOT NULL
		  ORDER BY g.city_id, o.year`,
		[indicatorId]
	);
}

/**
 * Every partner place with its own value for `indicatorId` in `year` at the indicator's spatial
 * level, or NULL: a place without a value is listed, never dropped and never zero.
 */
export function placeValues(engine: QueryEngine, indicatorId: string, year: number): Promise<LatestValueRow[]> {
	return latestValues(engine, [indicatorId], year, 1);
}

/** One place's latest own value of one indicator within a year window, or NULLs. */
export interface LatestValueRow extends PlaceValueRow {
	indicator_id: string;
	note: string | null;
	/** The year the value is for (the latest within the window). */
	year: number | null;
	/** Population of the same unit and year, for per-1,000 values. */
	population: number | null;
}

/**
 * For every partner place × each of `indicatorIds`: the latest own value (a unit with a city_id at the
 * indicator's spatial level — never a regional or national value) in `year − window + 1 … year`. A
 * place without one is still listed (value NULL). The ids are bound as one comma-joined string and
 * split by DuckDB: the engine binds scalars only. `population: false` leaves the population out (one
 * scan of the observations fewer, for views that do not need it).
 */
export function latestValues(
	engine: QueryEngine,
	indicatorIds: readonly string[],
	year: number,
	window: number,
	{ population = true }: { population?: boolean } = {}
): Promise<LatestValueRow[]> {
	return engine.query<LatestValueRow>(
		`WITH wanted AS (SELECT unnest(string_split(?, ',')) AS indicator_id),
		 unit AS (
		   SELECT i.indicator_id, g.city_id, g.geo_code, g.name AS geo_name
		     FROM all_geo g JOIN all_indicators i ON g.level = i.spatial_level
		    WHERE i.indicator_id IN (SELECT indicator_id FROM wanted) AND g.city_id IS NOT NULL
		 ),
		 -- A place can have several units at one level (Eurostat's and WHO's city); the latest value of
		 -- any of them is taken, and the key (geo_code, indicator_id, year) keeps one per unit and year.
		 own AS (
		   SELECT u.indicator_id, u.city_id, u.geo_code, u.geo_name, o.year, o.value, o.flags, o.note,
		          row_number() OVER (PARTITION BY u.indicator_id, u.city_id ORDER BY o.year DESC) AS latest
		     FROM unit u JOIN all_observations o ON o.geo_code = u.geo_code AND o.indicator_id = u.indicator_id
		    WHERE o.year BETWEEN ? AND ?
		 ),
		 -- Filtered first: a join condition with IN on the whole observation view is ~3× slower (measured).
		 pop AS (
		   SELECT geo_code, year, value FROM all_observations
		    WHERE ? AND indicator_id IN ('population', 'population_greater_city')
		 )
		 SELECT w.indicator_id, p.city_id, p.name, p.role, own.geo_name, own.value, own.flags, own.note,
		        own.year::INTEGER AS year, pop.value AS population
		   FROM wanted w CROSS JOIN all_places p
		   LEFT JOIN own ON own.city_id = p.city_id AND own.indicator_id = w.indicator_id AND own.latest = 1
		   LEFT JOIN pop ON pop.geo_code = own.geo_code AND pop.year = own.year
		  ORDER BY w.indicator_id, p.city_id`,
		[indicatorIds.join(','), year - window + 1, year, population]
	);
}

export interface SourceRow extends Record<string, unknown> {
	source_id: string;
	/** Whether any observation comes from this source (targets' sources have none). */
	has_observations: boolean;
	publisher: string;
	title: string;
	dataset_code: string;
	url: string;
	licence: string;
	licence_url: string;
	citation: string;
}

export function listSources(engine: QueryEngine): Promise<SourceRow[]> {
	return engine.query<SourceRow>(
		`SELECT source_id, publisher, title, dataset_code, url, licence, licence_url, citation,
		        source_id IN (SELECT DISTINCT source_id FROM all_observations) AS has_observations
		   FROM all_sources ORDER BY publisher, title`
	);
}

/**
 * How many years each place has a value at each indicator's level — its own, or for a NUTS-level
 * indicator its region's (only pairs with at least one).
 */
export interface CoverageRow extends Record<string, unknown> {
	indicator_id: string;
	city_id: string;
	years: number;
	first_year: number;
	last_year: number;
}

export function coverage(engine: QueryEngine): Promise<CoverageRow[]> {
	return engine.query<CoverageRow>(
		`SELECT o.indicator_id, u.city_id, count(DISTINCT o.year)::INTEGER AS years,
		        min(o.year)::INTEGER AS first_year, max(o.year)::INTEGER AS last_year
		   FROM all_observations o
		   JOIN all_place_units u ON u.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND u.level = i.spatial_level
		  GROUP BY ALL ORDER BY o.indicator_id, u.city_id`
	);
}

export interface TargetRow extends Record<string, unknown> {
	target_id: string;
	comparator: 'le' | 'ge';
	value: number;
	target_year: number | null;
	kind: string;
	label: string;
	source_citation: string;
}

/** Standards and targets an indicator is read against, strictest last. */
export function listTargets(engine: QueryEngine, indicatorId: string): Promise<TargetRow[]> {
	return engine.query<TargetRow>(
		`SELECT t.target_id, t.comparator, t.value, t.target_year, t.kind, t.label, s.citation AS source_citation
		   FROM all_targets t LEFT JOIN all_sources s USING (source_id)
		  WHERE t.indicator_id = ? ORDER BY t.value DESC`,
		[indicatorId]
	);
}
