/**
 * DuckDB-wasm's Node build (the same DuckDB version as the browser) for prerendering and tests.
 * It runs synchronously in this process; one instance is shared per build (start-up ~0.85 s).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { rowsFromArrow } from './arrow-rows';
import { CONSOLE_LOCK_SQL } from './console-sandbox';
import { copyExportSql, createExportTableSql, DESCRIBE_EXPORT_SQL, DROP_EXPORT_SQL } from './csv-copy';
import type { QueryEngine, Row, SqlParam } from './engine';
import { loadDatasets } from './load-datasets';
import { SAFE_SETTINGS_SQL } from './schema';
import { runInTransaction } from './user-data';

const require = createRequire(import.meta.url);

/** A fresh, empty blocking DuckDB-wasm instance (the browser's own engine, built for Node). */
export async function createBlockingDuckDB() {
	const { createDuckDB, NODE_RUNTIME, VoidLogger } = await import('@duckdb/duckdb-wasm/blocking');
	const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
	const db = await createDuckDB(
		{
			mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') }
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate(() => {});
	return db;
}

/** A fresh blocking DuckDB with the datasets loaded (the files stay registered unless dropped). */
async function openNodeDuckDB(datasetsDir: string) {
	const db = await createBlockingDuckDB();
	const conn = db.connect();
	conn.query(SAFE_SETTINGS_SQL);
	await loadDatasets(
		{ register: (name, text) => db.registerFileText(name, text), run: (sql) => void conn.query(sql) },
		(file) => readFile(join(datasetsDir, file), 'utf8')
	);
	return { db, conn };
}

/**
 * The SQL console's sandbox in Node (tests): its own instance, dataset files dropped, settings locked;
 * the returned function runs one prepared statement and nothing else.
 */
export async function startNodeConsole(
	datasetsDir = join(process.cwd(), 'datasets')
): Promise<(sql: string) => Promise<Row[]>> {
	const { db, conn } = await openNodeDuckDB(datasetsDir);
	db.dropFiles();
	for (const sql of CONSOLE_LOCK_SQL) conn.query(sql);
	return async (sql) => {
		const statement = conn.prepare(sql);
		try {
			return rowsFromArrow(statement.query());
		} finally {
			statement.close();
		}
	};
}

/** A separate Node engine (not the shared one) for tests that write user data. */
export async function startNodeEngine(datasetsDir = join(process.cwd(), 'datasets')): Promise<QueryEngine> {
	const { db, conn } = await openNodeDuckDB(datasetsDir);
	const query = <T extends object>(sql: string, params: readonly SqlParam[] = []): T[] => {
		if (params.length === 0) return rowsFromArrow<T>(conn.query(sql));
		const statement = conn.prepare(sql);
		try {
			return rowsFromArrow<T>(statement.query(...params));
		} finally {
			statement.close();
		}
	};
	return {
		query: async <T extends object>(sql: string, params: readonly SqlParam[] = []) => query<T>(sql, params),
		// The Node engine loads every table at start (prerendering and tests see every city).
		loadEurope: async () => {},
		write: (statements, files) =>
			runInTransaction(
				{
					run: (sql, params) => query(sql, params),
					register: (n, t) => db.registerFileText(n, t),
					drop: (n) => db.dropFile(n)
				},
				statements,
				files
			),
		async exportCsv(sql, params = []) {
			// In Node, COPY writes a real file: into a private temporary folder, removed afterwards.
			const folder = mkdtempSync(join(tmpdir(), 'coc-export-'));
			const file = join(folder, 'export.csv');
			query(createExportTableSql(sql), params);
			try {
				const columns = query<{ column_name: string; data_type: string }>(DESCRIBE_EXPORT_SQL);
				conn.query(copyExportSql(columns, file));
				return new Uint8Array(readFileSync(file));
			} finally {
				rmSync(folder, { recursive: true, force: true });
				conn.query(DROP_EXPORT_SQL);
			}
		}
	};
}

const engines = new Map<string, Promise<QueryEngine>>();

/** The shared Node engine over `datasetsDir` (default: datasets/ of the working directory). */
export function getNodeEngine(datasetsDir = join(process.cwd(), 'datasets')): Promise<QueryEngine> {
	let engine = engines.get(datasetsDir);
	if (!engine) {
		engine = startNodeEngine(datasetsDir);
		engines.set(datasetsDir, engine);
	}
	return engine;
}
