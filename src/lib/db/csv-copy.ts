/**
 * The SQL of a CSV export, shared by both engines: the query goes into a temporary table (bound
 * parameters), its text columns are neutralised against spreadsheet formulas in SQL (numbers stay
 * numbers, so negative values round-trip), and DuckDB's COPY writes the file.
 */
import { quoteIdentifier, quoteLiteral } from './sql';

export const EXPORT_TABLE = '__coc_export';

export function createExportTableSql(sql: string): string {
	return `CREATE OR REPLACE TEMP TABLE ${EXPORT_TABLE} AS ${sql}`;
}

export const DESCRIBE_EXPORT_SQL = `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${EXPORT_TABLE}' ORDER BY ordinal_position`;

/** COPY of the export table with every VARCHAR column neutralised (a cell starting = + - @ tab CR gets a leading '). */
export function copyExportSql(columns: readonly { column_name: string; data_type: string }[], file: string): string {
	const select = columns
		.map(({ column_name, data_type }) => {
			const c = quoteIdentifier(column_name);
			return data_type === 'VARCHAR'
				? `CASE WHEN regexp_matches(${c}, '^[=+\\-@\\t\\r]') THEN '''' || ${c} ELSE ${c} END AS ${c}`
				: c;
		})
		.join(', ');
	return `COPY (SELECT ${select} FROM ${EXPORT_TABLE}) TO ${quoteLiteral(file)} (FORMAT csv, HEADER, DELIMITER ',', QUOTE '"')`;
}

export const DROP_EXPORT_SQL = `DROP TABLE IF EXISTS ${EXPORT_TABLE}`;
