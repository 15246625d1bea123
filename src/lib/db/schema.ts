/**
 * The bundled datasets and how they become tables. Each CSV is read with explicit column types (no
 * sniffing), so a stray value fails loudly at start instead of silently turning a column into text.
 * Pages never read these tables directly: they query the stable `all_*` views, under which issue 7
 * adds user data with `origin = 'user'`.
 */
import { quoteIdentifier, quoteLiteral } from './sql';
import { USER_OBSERVATIONS_SQL, USER_TABLE_SQL, userRows } from './user-data';

export interface DatasetTable {
	/** Table name in DuckDB. */
	table: string;
	/** File name in datasets/ (also the name it is registered under in DuckDB's virtual file system). */
	file: string;
	columns: readonly (readonly [name: string, type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN'])[];
	/**
	 * Part of the Europe-wide data (every other Urban Audit city): the browser creates the table empty
	 * at start and fills it when a page first needs it (`loadEurope`), so partner pages start as fast as
	 * before. The Node engine (prerendering, tests) loads it at start.
	 */
	europe?: true;
	/**
	 * Row order of the table. Observations are stored by indicator: every view asks for a few
	 * indicators, and DuckDB then skips the row groups of the others (min/max per group) instead of
	 * scanning the whole table — about 8× faster at a million rows (docs/PERFORMANCE.md).
	 */
	order?: string;
}

const OBSERVATION_COLUMNS: DatasetTable['columns'] = [
	['geo_code', 'VARCHAR'],
	['indicator_id', 'VARCHAR'],
	['year', 'INTEGER'],
	['value', 'DOUBLE'],
	['flags', 'VARCHAR'],
	['source_id', 'VARCHAR'],
	['note', 'VARCHAR']
];

/**
 * Observation files. Values under another licence than Eurostat's are separate files, so the licence
 * travels with them: WHO (CC BY-NC-SA 3.0 IGO), UN-Habitat (terms unverified), Il Sole 24 Ore (CC BY-NC 4.0).
 */
export const OBSERVATION_RESOURCES = [
	{ table: 'observations', file: 'observations.csv' },
	{ table: 'observations_who', file: 'observations-who.csv' },
	{ table: 'observations_un_habitat', file: 'observations-un-habitat.csv' },
	{ table: 'observations_ilsole', file: 'observations-ilsole.csv' },
	// Every other Urban Audit city (loaded when first needed in the browser): Eurostat, and WHO apart.
	{ table: 'observations_europe', file: 'observations-europe.csv', europe: true },
	{ table: 'observations_europe_who', file: 'observations-europe-who.csv', europe: true }
] as const;

const GEO_COLUMNS: DatasetTable['columns'] = [
	['geo_code', 'VARCHAR'],
	['name', 'VARCHAR'],
	['level', 'VARCHAR'],
	['country', 'VARCHAR'],
	['city_id', 'VARCHAR'],
	// eu | national | unknown on survey-sample units, else empty (docs/COMPARABILITY.md §3).
	['survey', 'VARCHAR'],
	// The Urban Audit unit (places.csv) the unit belongs to.
	['place_code', 'VARCHAR']
];

export const DATASET_TABLES: readonly DatasetTable[] = [
	{
		table: 'cities',
		file: 'cities.csv',
		columns: [
			['city_id', 'VARCHAR'],
			['name', 'VARCHAR'],
			['name_local', 'VARCHAR'],
			['country', 'VARCHAR'],
			['partner_id', 'VARCHAR'],
			['role', 'VARCHAR'],
			['eurostat_code', 'VARCHAR'],
			['lat', 'DOUBLE'],
			['lon', 'DOUBLE']
		]
	},
	{
		table: 'partners',
		file: 'partners.csv',
		columns: [
			['partner_id', 'VARCHAR'],
			['name', 'VARCHAR'],
			['kind', 'VARCHAR']
		]
	},
	{ table: 'geo', file: 'geo.csv', columns: GEO_COLUMNS },
	{ table: 'geo_europe', file: 'geo-europe.csv', columns: GEO_COLUMNS, europe: true },
	{
		// Every Urban Audit unit with values: name, country, level, partner, point, size class.
		table: 'places',
		file: 'places.csv',
		europe: true,
		columns: [
			['place_code', 'VARCHAR'],
			['name', 'VARCHAR'],
			['country', 'VARCHAR'],
			['country_name', 'VARCHAR'],
			['level', 'VARCHAR'],
			['city_id', 'VARCHAR'],
			['lat', 'DOUBLE'],
			['lon', 'DOUBLE'],
			['point_source', 'VARCHAR'],
			['population', 'INTEGER'],
			['population_year', 'INTEGER'],
			['size_class', 'VARCHAR']
		]
	},
	{
		// How each label of the urb_ctran Excel export that Eurostat's pairs do not name was matched (hand-checked).
		table: 'urb_ctran_labels',
		file: 'urb-ctran-labels.csv',
		europe: true,
		columns: [
			['label', 'VARCHAR'],
			['code', 'VARCHAR'],
			['evidence', 'VARCHAR']
		]
	},
	{
		table: 'indicators',
		file: 'indicators.csv',
		columns: [
			['indicator_id', 'VARCHAR'],
			['label', 'VARCHAR'],
			['short_label', 'VARCHAR'],
			['unit', 'VARCHAR'],
			['theme', 'VARCHAR'],
			['component', 'VARCHAR'],
			['direction', 'VARCHAR'],
			['spatial_level', 'VARCHAR'],
			['measure', 'VARCHAR'],
			['additive', 'BOOLEAN'],
			['frequency', 'VARCHAR'],
			['decimals', 'INTEGER'],
			['description', 'VARCHAR'],
			['formula', 'VARCHAR'],
			['source_id', 'VARCHAR'],
			// The comparability rule of the indicator (docs/COMPARABILITY.md).
			['plausible_change', 'DOUBLE'],
			['old_after', 'INTEGER'],
			['travel_tolerance', 'DOUBLE'],
			['derived_from', 'VARCHAR'],
			['price_basis', 'VARCHAR']
		]
	},
	{
		// How sentences name each indicator, per language (hand-written; {value} is the formatted value).
		table: 'indicator_phrases',
		file: 'indicator-phrases.csv',
		columns: [
			['indicator_id', 'VARCHAR'],
			['language', 'VARCHAR'],
			['subject', 'VARCHAR'],
			['noun', 'VARCHAR'],
			['value', 'VARCHAR'],
			['highest', 'VARCHAR'],
			['lowest', 'VARCHAR']
		]
	},
	{
		table: 'sources',
		file: 'sources.csv',
		columns: [
			['source_id', 'VARCHAR'],
			['publisher', 'VARCHAR'],
			['title', 'VARCHAR'],
			['dataset_code', 'VARCHAR'],
			['url', 'VARCHAR'],
			['repository_copy', 'VARCHAR'],
			['licence', 'VARCHAR'],
			['licence_url', 'VARCHAR'],
			['citation', 'VARCHAR'],
			['retrieved', 'VARCHAR']
		]
	},
	{
		// Which NUTS regions contain a place: their values are context, shown under the region's name.
		table: 'place_regions',
		file: 'place-regions.csv',
		columns: [
			['city_id', 'VARCHAR'],
			['geo_code', 'VARCHAR'],
			['level', 'VARCHAR'],
			['spatial_match', 'VARCHAR']
		]
	},
	...OBSERVATION_RESOURCES.map((r) => ({ ...r, columns: OBSERVATION_COLUMNS, order: 'indicator_id, geo_code, year' })),
	{
		// How each residents'-views indicator is derived, wave by wave (hand-written; read by the build).
		table: 'perception_mapping',
		file: 'perception-mapping.csv',
		columns: [
			['indicator_id', 'VARCHAR'],
			['wave', 'INTEGER'],
			['source_id', 'VARCHAR'],
			['question_code', 'VARCHAR'],
			['wording', 'VARCHAR'],
			['scale', 'VARCHAR'],
			['categories_summed', 'VARCHAR'],
			['dont_know', 'VARCHAR'],
			['factor', 'INTEGER'],
			['note', 'VARCHAR']
		]
	},
	{
		table: 'targets',
		file: 'targets.csv',
		columns: [
			['target_id', 'VARCHAR'],
			['indicator_id', 'VARCHAR'],
			['scope', 'VARCHAR'],
			['comparator', 'VARCHAR'],
			['value', 'DOUBLE'],
			['target_year', 'INTEGER'],
			['kind', 'VARCHAR'],
			['label', 'VARCHAR'],
			['source_id', 'VARCHAR']
		]
	}
];

/** `CREATE TABLE … (columns)` with no rows: a Europe table before its file is loaded. */
export function createEmptyTableSql(dataset: DatasetTable): string {
	const columns = dataset.columns.map(([name, type]) => `${quoteIdentifier(name)} ${type}`).join(', ');
	return `CREATE OR REPLACE TABLE ${quoteIdentifier(dataset.table)} (${columns})`;
}

/** `INSERT INTO … SELECT * FROM read_csv(…)`: fills a Europe table created empty. */
export function fillTableSql(dataset: DatasetTable): string {
	return createTableSql(dataset).replace(/^CREATE OR REPLACE TABLE (\S+) AS /, 'INSERT INTO $1 ');
}

/** `CREATE TABLE … AS SELECT * FROM read_csv(…)` for one registered dataset file. */
export function createTableSql(dataset: DatasetTable): string {
	const columns = dataset.columns.map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`).join(', ');
	return (
		`CREATE OR REPLACE TABLE ${quoteIdentifier(dataset.table)} AS SELECT * FROM read_csv(` +
		`${quoteLiteral(dataset.file)}, header = true, delim = ',', quote = '"', escape = '"', ` +
		`auto_detect = false, columns = {${columns}})` +
		(dataset.order ? ` ORDER BY ${dataset.order}` : '')
	);
}

/**
 * Stable views the app queries. `origin` tells bundled rows from user rows; `flags` and `note`
 * are never NULL so that filters can compare them with bound strings.
 */
export const VIEW_SQL: readonly string[] = [
	...USER_TABLE_SQL,
	`CREATE OR REPLACE VIEW all_places AS
	   SELECT c.*, p.name AS partner_name, p.kind AS partner_kind FROM cities c JOIN partners p USING (partner_id)`,
	`CREATE OR REPLACE VIEW all_geo AS SELECT *, 'bundled' AS origin FROM (SELECT * FROM geo UNION ALL SELECT * FROM geo_europe)`,
	`CREATE OR REPLACE VIEW all_indicators AS SELECT *, 'bundled' AS origin FROM indicators UNION ALL ${userRows('indicators')}`,
	`CREATE OR REPLACE VIEW all_sources AS SELECT *, 'bundled' AS origin FROM sources UNION ALL ${userRows('sources')}`,
	`CREATE OR REPLACE VIEW all_observations AS
	   SELECT geo_code, indicator_id, year, value, coalesce(flags, '') AS flags, source_id,
	          coalesce(note, '') AS note, 'bundled' AS origin
	     FROM (${OBSERVATION_RESOURCES.map((r) => `SELECT * FROM ${quoteIdentifier(r.table)}`).join(' UNION ALL ')})
	   UNION ALL ${USER_OBSERVATIONS_SQL}`,
	`CREATE OR REPLACE VIEW all_targets AS SELECT *, 'bundled' AS origin FROM targets UNION ALL ${userRows('targets')}`,
	// Every unit whose values speak about a place: its own units, and as context the regions and the
	// country containing it. Only own units (context = false) are ever ranked or combined.
	`CREATE OR REPLACE VIEW all_place_units AS
	   SELECT city_id, geo_code, level, false AS context FROM all_geo WHERE city_id IS NOT NULL
	   UNION ALL SELECT city_id, geo_code, level, true FROM place_regions
	   UNION ALL SELECT c.city_id, g.geo_code, g.level, true
	               FROM cities c JOIN all_geo g ON g.geo_code = c.country AND g.level = 'country'`
];

/** Settings applied right after start: no extension may be fetched from the network (TOOLCHAIN.md). */
export const SAFE_SETTINGS_SQL = 'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;';
