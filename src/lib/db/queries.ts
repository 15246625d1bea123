/**
 * Typed questions the pages ask. Every user choice is a bound parameter; results are plain rows.
 * These run unchanged on the browser engine and the Node engine.
 */
import type { QueryEngine } from './engine';

export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface PlaceRow {
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

export interface IndicatorRow {
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
	description: string;
	/** How the value is obtained (a Eurostat code, or the computation from published inputs). */
	formula: string;
	/** The comparability rule (docs/COMPARABILITY.md); NULL for user indicators: no bound. */
	plausible_change: number | null;
	old_after: number | null;
	travel_tolerance: number | null;
	derived_from: string | null;
	price_basis: string | null;
	/** The sentence phrases (datasets/indicator-phrases.csv) in English; NULL for user indicators. */
	phrase_subject: string | null;
	phrase_noun: string | null;
	phrase_value: string | null;
	phrase_highest: string | null;
	phrase_lowest: string | null;
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
		        s.citation AS source_citation, s.licence AS source_licence, i.origin,
		        coalesce(i.description, '') AS description, coalesce(i.formula, '') AS formula,
		        i.plausible_change, i.old_after, i.travel_tolerance, i.derived_from, i.price_basis,
		        p.subject AS phrase_subject, p.noun AS phrase_noun, p.value AS phrase_value,
		        p.highest AS phrase_highest, p.lowest AS phrase_lowest
		   FROM all_indicators i LEFT JOIN all_sources s USING (source_id)
		   LEFT JOIN indicator_phrases p ON p.indicator_id = i.indicator_id AND p.language = 'en'
		  ORDER BY i.theme, i.label`
	);
}

/** One own observation of a place (a point of its series), with what the comparability rule needs. */
export interface PanelRow {
	indicator_id: string;
	city_id: string;
	geo_code: string;
	/** The unit the value was published for, e.g. "Dublin (greater city)". */
	geo_name: string;
	/** 'eu', 'national' or 'unknown' for survey samples; '' for other units. */
	survey: string;
	year: number;
	value: number;
	flags: string;
	note: string;
}

/**
 * The panel rows of the places of `units` (a table or view with geo_code, name, level and survey),
 * keyed by its column `key`: own observations at each indicator's spatial level, never a regional or
 * national value. The ids are bound as one comma-joined string.
 */
export function panelRowsSql(units: string, key: string): string {
	return `SELECT o.indicator_id, g.${key} AS city_id, o.geo_code, g.name AS geo_name, coalesce(g.survey, '') AS survey,
	        o.year::INTEGER AS year, o.value, o.flags, o.note
	   FROM all_observations o
	   JOIN ${units} g ON g.geo_code = o.geo_code
	   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND g.level = i.spatial_level
	  WHERE o.indicator_id IN (SELECT unnest(string_split(?, ','))) AND g.${key} IS NOT NULL
	    AND o.value IS NOT NULL
	  ORDER BY o.indicator_id, g.${key}, o.year`;
}

/**
 * Every own observation of every partner place for `indicatorIds`, with the unit's survey type: the
 * rows a panel is classified from (src/lib/analysis/panel.ts).
 */
export function panelRows(engine: QueryEngine, indicatorIds: readonly string[]): Promise<PanelRow[]> {
	return engine.query<PanelRow>(panelRowsSql('all_geo', 'city_id'), [indicatorIds.join(',')]);
}

/**
 * The data release year: the latest year any source with observations was retrieved. Ages ("old")
 * are counted from it, so a page says the same thing whenever it is built.
 */
export async function dataReleaseYear(engine: QueryEngine): Promise<number> {
	const [row] = await engine.query<{ year: number | null }>(
		`SELECT max(left(retrieved, 4)::INTEGER) AS year FROM all_sources
		  WHERE source_id IN (SELECT DISTINCT source_id FROM all_observations) AND retrieved IS NOT NULL`
	);
	if (!row?.year) throw new Error('No source with observations has a retrieval date (sources.csv, retrieved).');
	return row.year;
}

export interface SourceRow {
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
	/** When the file was taken from its publisher ("2025-11"). */
	retrieved: string | null;
}

export function listSources(engine: QueryEngine): Promise<SourceRow[]> {
	return engine.query<SourceRow>(
		`SELECT source_id, publisher, title, dataset_code, url, licence, licence_url, citation, retrieved,
		        source_id IN (SELECT DISTINCT source_id FROM all_observations) AS has_observations
		   FROM all_sources ORDER BY publisher, title`
	);
}

/**
 * How many years each place has a value at each indicator's level — its own, or for a NUTS-level
 * indicator its region's (only pairs with at least one).
 */
export interface CoverageRow {
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

export interface TargetRow {
	target_id: string;
	comparator: 'le' | 'ge';
	value: number;
	target_year: number | null;
	kind: string;
	label: string;
	source_citation: string;
}
