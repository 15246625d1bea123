/**
 * The read-only SQL console's rules, shared by its browser instance and the tests' Node instance.
 *
 * The console runs on a **separate** DuckDB instance holding a copy of the tables, so nothing typed
 * there can touch the dashboard's own. Measured (TOOLCHAIN.md): a locked instance still allows
 * CREATE/INSERT/DROP/ATTACH, and `conn.query` runs several `;`-separated statements. So the user's
 * text only ever reaches DuckDB through `prepare()` (one statement) wrapped as
 * `SELECT * FROM (<text>) LIMIT n`: DuckDB's own parser then refuses anything that is not a query.
 * File and URL readers are refused before that, and the instance has external access off and its
 * configuration locked; the dataset files are dropped from its file system after loading.
 */
import type { Row } from './engine';

/** Rows shown at most; one more is asked for to know whether the result was cut. */
export const CONSOLE_ROW_LIMIT = 100_000;

/** Run right after loading the tables, in this order (the lock must come last). */
export const CONSOLE_LOCK_SQL = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET enable_external_access = false',
	'SET lock_configuration = true'
];

const FILE_READERS =
	/\b(read_csv|read_csv_auto|read_text|read_blob|read_json|read_json_auto|read_ndjson|read_parquet|parquet_scan|parquet_metadata|parquet_schema|glob|sniff_csv|read_xlsx|st_read|iceberg_scan|delta_scan)\s*\(/i;
const URL_OR_PATH = /'(https?|s3|gcs|gs|az|azure|hf|r2):\/\//i;

export interface ConsoleResult {
	columns: string[];
	rows: Row[];
	/** More rows exist than shown. */
	capped: boolean;
}

/** A plain reason to refuse the text before DuckDB sees it, or null. */
export function refusal(text: string): string | null {
	const query = text.trim();
	if (query === '') return 'Type a query first, e.g. SELECT * FROM all_indicators.';
	if (FILE_READERS.test(query))
		return 'Reading files is not allowed in the console: query the loaded tables (listed beside the editor).';
	if (URL_OR_PATH.test(query)) return 'Reading URLs is not allowed in the console: the data is already loaded.';
	return null;
}

/** The one statement sent to DuckDB: the user's query as a subquery, trailing semicolons removed. */
export function wrapped(text: string, limit = CONSOLE_ROW_LIMIT): string {
	const query = text.trim().replace(/;\s*$/, '');
	return `SELECT * FROM (\n${query}\n) AS console_query LIMIT ${limit + 1}`;
}

/** DuckDB's error in plain words (the original message follows, for the curious). */
export function explain(message: string, query = ''): string {
	const detail = message.replace(/^Error:\s*/, '');
	if (/Parser Error|syntax error/i.test(detail))
		return `Only queries can run here (SELECT, WITH, DESCRIBE, SUMMARIZE, PIVOT; one statement) — anything that writes, attaches, copies, installs or changes settings is refused. DuckDB says: ${detail}`;
	if (/multiple statements/i.test(detail) && /\bPIVOT\b/i.test(query))
		return `In the console PIVOT needs its columns listed: write ON year IN (2015, 2016, …). DuckDB says: ${detail}`;
	if (/multiple statements|more than one statement/i.test(detail))
		return `One query at a time, please (no “;” between statements). DuckDB says: ${detail}`;
	if (/external access|disabled by configuration|Permission/i.test(detail))
		return `Reading files, URLs or changing settings is not allowed in the console. DuckDB says: ${detail}`;
	if (/Catalog Error/i.test(detail)) return `Unknown table, column or function. DuckDB says: ${detail}`;
	return `The query failed. DuckDB says: ${detail}`;
}

/** Runs one console query through `run` (a prepared statement of the wrapped text). */
export async function runConsoleQuery(
	run: (sql: string) => Promise<Row[]>,
	text: string,
	limit = CONSOLE_ROW_LIMIT
): Promise<ConsoleResult> {
	const refused = refusal(text);
	if (refused) throw new Error(refused);
	let rows: Row[];
	try {
		rows = await run(wrapped(text, limit));
	} catch (error) {
		throw new Error(explain(error instanceof Error ? error.message : String(error), text), { cause: error });
	}
	const capped = rows.length > limit;
	const shown = capped ? rows.slice(0, limit) : rows;
	return { columns: Object.keys(shown[0] ?? {}), rows: shown, capped };
}
