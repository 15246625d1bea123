/**
 * The explore page's questions: the filtered observations (every user choice a bound parameter,
 * lists bound as one comma-joined string and split by DuckDB), their count, one sorted page, and the
 * wide shapes by DuckDB's PIVOT. The sort column comes from a fixed list and is quoted.
 */
import type { ExploreFilter } from '$lib/state/explore-filter';
import { EXPLORE_SORTS } from '$lib/state/explore-filter';
import type { QueryEngine, Row, SqlParam } from './engine';
import { quoteIdentifier, quoteLiteral } from './sql';

/** The filtered rows as a subquery, with its parameters. */
export function exploreSource(filter: ExploreFilter): { sql: string; params: SqlParam[] } {
	const listed = (items: string[]) => [items.join(','), items.join(',')];
	// A character class of known flag letters only (parseFilter guarantees it); none: no flag filter.
	const flags = filter.exclude.length ? `[${filter.exclude.join('')}]` : null;
	const common = [
		...listed(filter.themes),
		...listed(filter.indicators),
		filter.from ?? 0,
		filter.to ?? 9999,
		flags,
		flags
	];
	const conditions = `(? = '' OR i.theme IN (SELECT unnest(string_split(?, ','))))
		    AND (? = '' OR o.indicator_id IN (SELECT unnest(string_split(?, ','))))
		    AND o.year BETWEEN ? AND ?
		    AND (CAST(? AS VARCHAR) IS NULL OR NOT regexp_matches(coalesce(o.flags, ''), ?))`;
	const partners = `SELECT p.name AS place, p.country, true AS partner, g.name AS spatial_unit, g.level, i.label AS indicator, i.unit,
		        o.year::INTEGER AS year, o.value, coalesce(o.flags, '') AS flags,
		        s.publisher || ', ' || s.dataset_code AS source, s.licence, o.indicator_id, i.theme,
		        o.geo_code, p.city_id, o.origin, o.source_id, o.note, u.context
		   FROM all_observations o
		   JOIN all_place_units u ON u.geo_code = o.geo_code
		   JOIN all_places p ON p.city_id = u.city_id
		   JOIN all_geo g ON g.geo_code = o.geo_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND i.spatial_level = u.level
		   LEFT JOIN all_sources s ON s.source_id = o.source_id
		  WHERE (? = '' OR u.city_id IN (SELECT unnest(string_split(?, ','))))
		    AND (? OR NOT u.context)
		    AND ${conditions}`;
	// Every other Urban Audit place (the Europe-wide tables): its own units only, never context.
	const europe = `SELECT pl.name AS place, pl.country, false AS partner, g.name AS spatial_unit, g.level, i.label AS indicator, i.unit,
		        o.year::INTEGER AS year, o.value, coalesce(o.flags, '') AS flags,
		        s.publisher || ', ' || s.dataset_code AS source, s.licence, o.indicator_id, i.theme,
		        o.geo_code, pl.place_code AS city_id, o.origin, o.source_id, o.note, false AS context
		   FROM all_observations o
		   JOIN geo_europe g ON g.geo_code = o.geo_code
		   JOIN places pl ON pl.place_code = g.place_code
		   JOIN all_indicators i ON i.indicator_id = o.indicator_id AND i.spatial_level = g.level
		   LEFT JOIN all_sources s ON s.source_id = o.source_id
		  WHERE ${conditions}`;
	return {
		sql: filter.europe ? `${partners} UNION ALL ${europe}` : partners,
		params: [...listed(filter.cities), filter.context, ...common, ...(filter.europe ? common : [])]
	};
}

/** The filtered rows afresh, or from a table made by materialiseExplore for the same filter. */
function sourceOf(filter: ExploreFilter, from?: string): { sql: string; params: SqlParam[] } {
	return from ? { sql: `SELECT * FROM ${quoteIdentifier(from)}`, params: [] } : exploreSource(filter);
}

/**
 * How many rows the chosen shape has: the filtered (long) rows, or the rows of the PIVOT (one per
 * place × indicator, or × year). `from` as in sourceOf.
 */
export async function exploreCount(engine: QueryEngine, filter: ExploreFilter, from?: string): Promise<number> {
	const counted = filter.shape === 'long' ? sourceOf(filter, from) : await shapedQuery(engine, filter, from);
	const [row] = await engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM (${counted.sql})`,
		counted.params
	);
	return row?.n ?? 0;
}

const LONG_COLUMNS =
	'place, country, partner, spatial_unit, level, indicator, unit, year, value, flags, source, licence';

function orderBy(filter: ExploreFilter, columns: readonly string[]): string {
	const first = columns.includes(filter.sort) ? filter.sort : columns[0]!;
	const ties = columns.filter((c) => c !== first && ['place', 'indicator', 'year', 'spatial_unit'].includes(c));
	return [`${quoteIdentifier(first)} ${filter.desc ? 'DESC' : 'ASC'} NULLS LAST`, ...ties.map(quoteIdentifier)].join(
		', '
	);
}

/**
 * The filtered rows into a temporary table, once per selection: a page turn or a new sort order then
 * reads that table instead of joining every observation again (measured by bench/explore-paging.ts).
 */
export async function materialiseExplore(engine: QueryEngine, filter: ExploreFilter, table: string): Promise<void> {
	const source = exploreSource(filter);
	await engine.query(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(table)} AS ${source.sql}`, source.params);
}

export async function dropExploreTable(engine: QueryEngine, table: string): Promise<void> {
	await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
}

/**
 * The statement of the chosen shape over the filtered rows (without paging); `from` names a table
 * made by materialiseExplore for the same filter, else the rows are selected afresh.
 */
export async function shapedQuery(
	engine: QueryEngine,
	filter: ExploreFilter,
	from?: string
): Promise<{ sql: string; params: SqlParam[]; columns: string[] }> {
	const source = sourceOf(filter, from);
	if (filter.shape === 'long') {
		const columns = LONG_COLUMNS.split(', ');
		return {
			sql: `SELECT ${LONG_COLUMNS} FROM (${source.sql}) ORDER BY ${orderBy(filter, columns)}`,
			params: source.params,
			columns
		};
	}
	const byYear = filter.shape === 'wide-year';
	// PIVOT needs its column values in the statement: read them first, then write them as literals.
	const keys = await engine.query<{ key: string | number }>(
		`SELECT DISTINCT ${byYear ? 'year' : 'indicator_id'} AS key FROM (${source.sql}) ORDER BY key`,
		source.params
	);
	if (keys.length === 0)
		return { sql: `SELECT ${LONG_COLUMNS} FROM (${source.sql}) LIMIT 0`, params: source.params, columns: [] };
	const groups = byYear ? ['place', 'spatial_unit', 'indicator', 'unit'] : ['place', 'spatial_unit', 'year'];
	const on = byYear ? 'year' : 'indicator_id';
	const values = keys
		.map((k) => (typeof k.key === 'number' ? String(Math.trunc(k.key)) : quoteLiteral(k.key)))
		.join(', ');
	const columns = [...groups, ...keys.map((k) => String(k.key))];
	return {
		sql: `SELECT * FROM (PIVOT (SELECT ${groups.join(', ')}, ${on}, value FROM (${source.sql}))
		        ON ${on} IN (${values}) USING first(value) GROUP BY ${groups.join(', ')})
		       ORDER BY ${orderBy(filter, groups)}`,
		params: source.params,
		columns
	};
}

export async function explorePage(
	engine: QueryEngine,
	filter: ExploreFilter,
	pageSize: number,
	from?: string
): Promise<{ columns: string[]; rows: Row[] }> {
	const shaped = await shapedQuery(engine, filter, from);
	const rows = await engine.query(`${shaped.sql} LIMIT ? OFFSET ?`, [
		...shaped.params,
		pageSize,
		filter.page * pageSize
	]);
	return { columns: shaped.columns, rows };
}

export { EXPLORE_SORTS };

/** The DuckDB type of each column of a query's result (for typed Parquet), without reading its rows. */
export async function columnTypes(
	engine: QueryEngine,
	sql: string,
	params: readonly SqlParam[]
): Promise<{ name: string; type: string }[]> {
	await engine.query(`CREATE OR REPLACE TEMP TABLE __coc_types AS SELECT * FROM (${sql}) LIMIT 0`, params);
	try {
		const rows = await engine.query<{ name: string; type: string }>(
			`SELECT column_name AS name, data_type AS type FROM information_schema.columns
			  WHERE table_name = '__coc_types' ORDER BY ordinal_position`
		);
		return rows;
	} finally {
		await engine.query('DROP TABLE IF EXISTS __coc_types');
	}
}

export interface ExtractSource extends Row {
	source_id: string;
	publisher: string;
	title: string;
	url: string;
	licence: string;
	licence_url: string;
	citation: string;
}

/** The sources and indicators the filtered rows come from (their licences travel with the download). */
export async function extractMetadata(
	engine: QueryEngine,
	filter: ExploreFilter
): Promise<{
	sources: ExtractSource[];
	indicators: { indicator_id: string; label: string; unit: string; description: string }[];
}> {
	const source = exploreSource(filter);
	const sources = await engine.query<ExtractSource>(
		`SELECT s.source_id, s.publisher, s.title, s.url, s.licence, s.licence_url, s.citation
		   FROM all_sources s WHERE s.source_id IN (SELECT DISTINCT source_id FROM (${source.sql}))
		  ORDER BY s.publisher, s.title`,
		source.params
	);
	const indicators = await engine.query<{ indicator_id: string; label: string; unit: string; description: string }>(
		`SELECT i.indicator_id, i.label, i.unit, i.description
		   FROM all_indicators i WHERE i.indicator_id IN (SELECT DISTINCT indicator_id FROM (${source.sql}))
		  ORDER BY i.label`,
		source.params
	);
	return { sources, indicators };
}
