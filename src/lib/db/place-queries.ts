/**
 * Questions of the monitoring page and the city report cards: every target with its set, a place's
 * regional and national context, and everything about one place for download. Bound parameters only.
 */
import { DEFAULT_FILTER } from '$lib/state/explore-filter';
import type { QueryEngine } from './engine';
import { exploreSource } from './explore-queries';
import type { TargetRow } from './queries';

export interface MonitorTargetRow extends TargetRow {
	indicator_id: string;
	/** 'all' or a city_id (a city's own target). */
	scope: string;
	/** The set a target belongs to: its source (a directive, the WHO guidelines, a user's file). */
	source_id: string;
	source_title: string;
}

/** Every target of every indicator, with the source that sets it. */
export function listAllTargets(engine: QueryEngine): Promise<MonitorTargetRow[]> {
	return engine.query<MonitorTargetRow>(
		`SELECT t.target_id, t.indicator_id, t.scope, t.comparator, t.value, t.target_year, t.kind, t.label,
		        t.source_id, s.title AS source_title, s.citation AS source_citation
		   FROM all_targets t LEFT JOIN all_sources s USING (source_id)
		  ORDER BY t.indicator_id, t.source_id`
	);
}

/** A value of a region or the country containing a place (context, never ranked). */
export interface ContextRow {
	indicator_id: string;
	level: string;
	geo_code: string;
	geo_name: string;
	year: number;
	value: number;
	flags: string;
}

/**
 * Every value of `indicatorIds` for the regions and the country containing `cityId`, by unit and
 * year: the page picks each unit's latest comparable one (analysis/comparability.ts).
 */
export function placeContext(
	engine: QueryEngine,
	cityId: string,
	indicatorIds: readonly string[]
): Promise<ContextRow[]> {
	return engine.query<ContextRow>(
		`SELECT o.indicator_id, u.level, u.geo_code, g.name AS geo_name, o.year::INTEGER AS year, o.value, o.flags
		   FROM all_place_units u
		   JOIN all_geo g ON g.geo_code = u.geo_code
		   JOIN all_observations o ON o.geo_code = u.geo_code
		  WHERE u.city_id = ? AND u.context AND o.value IS NOT NULL
		    AND o.indicator_id IN (SELECT unnest(string_split(?, ',')))
		  ORDER BY o.indicator_id, u.level = 'country', g.name, o.year`,
		[cityId, indicatorIds.join(',')]
	);
}

/** Every value about one place (its own units and, as context, its regions and country), for download. */
export function placeDownload(engine: QueryEngine, cityId: string): Promise<Record<string, string | number | null>[]> {
	// The explore page's filtered rows, for one place with its context: one definition of "about a place".
	const source = exploreSource({ ...DEFAULT_FILTER, cities: [cityId], context: true });
	return engine.query(
		`SELECT place, spatial_unit AS unit_name, level AS unit_level,
		        CASE WHEN context THEN 'context (region or country)' ELSE 'own value' END AS role,
		        indicator, unit, year, value, flags, note, source, licence, indicator_id, geo_code
		   FROM (${source.sql})
		  ORDER BY context, theme, indicator, unit_name, year`,
		source.params
	);
}
