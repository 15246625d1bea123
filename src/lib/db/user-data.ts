/**
 * User data in DuckDB: tables shaped like the bundled ones (plus `dataset_id`), created empty at
 * start and read through the same `all_*` views with `origin = 'user'`. An upload becomes one set of
 * statements run in one transaction (engine.write), so a failure leaves nothing half-imported.
 */
import type { SqlParam } from './engine';
import { quoteLiteral } from './sql';

/** One imported file as kept in the browser (user-store.ts) and replayed into DuckDB on start. */
export interface UserDataset {
	dataset_id: string;
	/** The name shown in lists (the user may rename it). */
	name: string;
	file_name: string;
	kind: 'observations' | 'targets';
	imported: string;
	/** New indicators this file brings (empty for targets). */
	indicators: UserIndicator[];
	/** Observations as CSV: geo_code,indicator_id,year,value,flags (written by us, UTF-8). */
	observations_csv: string;
	/** Targets as CSV with targets.csv's columns. */
	targets_csv: string;
	rows: number;
}

export interface UserIndicator {
	indicator_id: string;
	label: string;
	unit: string;
	theme: string;
	direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
	spatial_level: 'city' | 'greater_city' | 'nuts3' | 'nuts2' | 'country';
	measure: string;
	frequency: 'annual' | 'survey-wave' | 'decadal';
	decimals: number;
	description: string;
}

export interface Statement {
	sql: string;
	params?: readonly SqlParam[];
}

/** Run at start, after the bundled tables and before the views. */
export const USER_TABLE_SQL: readonly string[] = [
	`CREATE TABLE IF NOT EXISTS user_datasets (dataset_id VARCHAR, name VARCHAR, file_name VARCHAR, kind VARCHAR, imported VARCHAR, rows INTEGER)`,
	`CREATE TABLE IF NOT EXISTS user_indicators AS SELECT *, ''::VARCHAR AS dataset_id FROM indicators LIMIT 0`,
	`CREATE TABLE IF NOT EXISTS user_sources AS SELECT *, ''::VARCHAR AS dataset_id FROM sources LIMIT 0`,
	`CREATE TABLE IF NOT EXISTS user_targets AS SELECT *, ''::VARCHAR AS dataset_id FROM targets LIMIT 0`,
	`CREATE TABLE IF NOT EXISTS user_observations AS SELECT *, ''::VARCHAR AS dataset_id FROM observations LIMIT 0`
];

/** The user tables' rows under a view over bundled `table`: same columns, origin 'user'. */
export const userRows = (table: 'indicators' | 'sources' | 'targets') =>
	`SELECT * EXCLUDE (dataset_id), 'user' AS origin FROM user_${table}`;

export const USER_OBSERVATIONS_SQL = `SELECT geo_code, indicator_id, year, value, coalesce(flags, '') AS flags, source_id,
	coalesce(note, '') AS note, 'user' AS origin FROM user_observations`;

export const userSourceId = (datasetId: string) => `user-${datasetId}`;
export const userFileName = (datasetId: string, part: string) => `user-${datasetId}-${part}.csv`;

const TARGET_COLUMNS = `{'target_id': 'VARCHAR', 'indicator_id': 'VARCHAR', 'scope': 'VARCHAR', 'comparator': 'VARCHAR',
	'value': 'DOUBLE', 'target_year': 'INTEGER', 'kind': 'VARCHAR', 'label': 'VARCHAR', 'source_id': 'VARCHAR'}`;
const OBSERVATION_COLUMNS = `{'geo_code': 'VARCHAR', 'indicator_id': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE', 'flags': 'VARCHAR'}`;
const readCsv = (file: string, columns: string) =>
	`read_csv(${quoteLiteral(file)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = ${columns})`;

/** The files to register and the statements that add `dataset` (run them in one transaction). */
export function importStatements(dataset: UserDataset): { files: Record<string, string>; statements: Statement[] } {
	const id = dataset.dataset_id;
	const source = userSourceId(id);
	const files: Record<string, string> = {};
	const statements: Statement[] = [
		{
			sql: 'INSERT INTO user_datasets VALUES (?, ?, ?, ?, ?, ?)',
			params: [id, dataset.name, dataset.file_name, dataset.kind, dataset.imported, dataset.rows]
		},
		{
			sql: `INSERT INTO user_sources (source_id, publisher, title, dataset_code, url, repository_copy, licence, licence_url, citation, retrieved, dataset_id)
			      VALUES (?, 'Your data (uploaded file)', ?, ?, '', '', 'As supplied by the uploader', '', ?, ?, ?)`,
			params: [
				source,
				dataset.name,
				dataset.file_name,
				`${dataset.name} (file ${dataset.file_name}, uploaded ${dataset.imported.slice(0, 10)})`,
				dataset.imported.slice(0, 10),
				id
			]
		}
	];
	for (const i of dataset.indicators) {
		// The comparability rule of an uploaded indicator (docs/COMPARABILITY.md): no plausibility bound
		// (its measure is unknown to us), old after six years, stable within ±1 % of its level a year.
		statements.push({
			sql: `INSERT INTO user_indicators (indicator_id, label, short_label, unit, theme, component, direction, spatial_level, measure,
			        additive, frequency, decimals, description, formula, source_id, plausible_change, old_after, travel_tolerance,
			        derived_from, price_basis, dataset_id)
			      VALUES (?, ?, ?, ?, ?, 'living-standards', ?, ?, ?, false, ?, ?, ?, 'From the uploaded file', ?, NULL, 6, 1, '', '', ?)`,
			params: [
				i.indicator_id,
				i.label,
				i.label,
				i.unit,
				i.theme,
				i.direction,
				i.spatial_level,
				i.measure,
				i.frequency,
				i.decimals,
				i.description,
				source,
				id
			]
		});
	}
	if (dataset.observations_csv) {
		const file = userFileName(id, 'observations');
		files[file] = dataset.observations_csv;
		statements.push({
			sql: `INSERT INTO user_observations (geo_code, indicator_id, year, value, flags, source_id, note, dataset_id)
			      SELECT geo_code, indicator_id, year, value, flags, ?, '', ? FROM ${readCsv(file, OBSERVATION_COLUMNS)}`,
			params: [source, id]
		});
	}
	if (dataset.targets_csv) {
		const file = userFileName(id, 'targets');
		files[file] = dataset.targets_csv;
		statements.push({
			sql: `INSERT INTO user_targets SELECT * REPLACE (coalesce(nullif(source_id, ''), ?) AS source_id), ? FROM ${readCsv(file, TARGET_COLUMNS)}`,
			params: [source, id]
		});
	}
	return { files, statements };
}

/** Statements that remove one dataset everywhere. */
export function deleteStatements(datasetId: string): Statement[] {
	return ['user_observations', 'user_targets', 'user_indicators', 'user_sources', 'user_datasets'].map((table) => ({
		sql: `DELETE FROM ${table} WHERE dataset_id = ?`,
		params: [datasetId]
	}));
}

export function renameStatements(datasetId: string, name: string): Statement[] {
	return [
		{ sql: 'UPDATE user_datasets SET name = ? WHERE dataset_id = ?', params: [name, datasetId] },
		{ sql: 'UPDATE user_sources SET title = ? WHERE dataset_id = ?', params: [name, datasetId] }
	];
}

export interface TransactionRunner {
	run(sql: string, params: readonly SqlParam[]): Promise<unknown> | unknown;
	register(name: string, text: string): Promise<unknown> | unknown;
	drop(name: string): Promise<unknown> | unknown;
}

/** BEGIN, every statement, COMMIT — or ROLLBACK and rethrow; the registered files are dropped after. */
export async function runInTransaction(
	runner: TransactionRunner,
	statements: readonly Statement[],
	files: Readonly<Record<string, string>> = {}
): Promise<void> {
	for (const [name, text] of Object.entries(files)) await runner.register(name, text);
	try {
		await runner.run('BEGIN TRANSACTION', []);
		try {
			for (const s of statements) await runner.run(s.sql, s.params ?? []);
			await runner.run('COMMIT', []);
		} catch (error) {
			await runner.run('ROLLBACK', []);
			throw error;
		}
	} finally {
		for (const name of Object.keys(files)) await Promise.resolve(runner.drop(name)).catch(() => undefined);
	}
}
