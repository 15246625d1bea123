/**
 * One DuckDB-wasm instance in a Web Worker for the whole app: started lazily by the first page that
 * needs it, kept for the life of the tab (client-side navigation does not restart it). Every file it
 * loads is self-hosted (Vite `?url` assets); no request leaves the site.
 *
 * `@duckdb/duckdb-wasm` is imported dynamically: imported at the top of a prerendered route it would
 * resolve to the Node build on the server and break prerendering (TOOLCHAIN.md).
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { panelRowsSql } from './queries';
import { StatementCache } from './statement-cache';
import { rowsFromArrow } from './arrow-rows';
import { copyExportSql, createExportTableSql, DESCRIBE_EXPORT_SQL, DROP_EXPORT_SQL } from './csv-copy';
import { DATASET_URLS } from './dataset-urls';
import type { EngineState, EuropeState, QueryEngine, SqlParam } from './engine';
import { loadDatasets, loadEuropeDatasets, type DatasetLoader } from './load-datasets';
import { DATASET_TABLES, SAFE_SETTINGS_SQL } from './schema';
import { importStatements, runInTransaction, type TransactionRunner } from './user-data';
import { storedDatasets } from './user-store';

type Listener = (state: EngineState) => void;

let state: EngineState = { status: 'idle' };
const listeners = new Set<Listener>();
let started: Promise<QueryEngine> | null = null;

function setState(next: EngineState): void {
	state = next;
	for (const listener of listeners) listener(state);
}

/** Calls `listener` now and on every change; returns the unsubscribe function. */
export function subscribeEngineState(listener: Listener): () => void {
	listeners.add(listener);
	listener(state);
	return () => listeners.delete(listener);
}

async function fetchText(file: string): Promise<string> {
	const url = DATASET_URLS[file];
	if (!url) throw new Error(`No URL for dataset ${file}.`);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not download ${file} (HTTP ${response.status}).`);
	return response.text();
}

let europeState: EuropeState = { status: 'idle' };
const europeListeners = new Set<(state: EuropeState) => void>();

function setEuropeState(next: EuropeState): void {
	europeState = next;
	for (const listener of europeListeners) listener(europeState);
}

/** Calls `listener` now and whenever the Europe-wide data's loading moves on; returns the unsubscribe. */
export function subscribeEuropeState(listener: (state: EuropeState) => void): () => void {
	europeListeners.add(listener);
	listener(europeState);
	return () => europeListeners.delete(listener);
}

/**
 * A new DuckDB-wasm instance in its own worker with the datasets loaded (the files stay registered).
 * `europe: 'later'` leaves the Europe-wide tables empty until `loadEuropeDatasets` fills them.
 */
export async function openBrowserDuckDB(onStep: (step: string) => void = () => {}, europe: 'now' | 'later' = 'now') {
	// The datasets download while the engine's code and wasm load (they do not depend on each other).
	const prefetched = new Map(
		DATASET_TABLES.filter((d) => europe === 'now' || !d.europe).map((d) => [d.file, fetchText(d.file)] as const)
	);
	// Settled here so that a download failing before it is awaited is not an unhandled rejection.
	for (const text of prefetched.values()) text.catch(() => undefined);
	const readText = (file: string) => prefetched.get(file) ?? fetchText(file);
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	// Marks of each start-up step, for `npm run bench` and the performance panel.
	performance.mark('coc:engine-instantiated');
	const conn = await db.connect();
	// Before any other query: an extension autoload would be an external request and, offline,
	// leaves the instance broken (TOOLCHAIN.md).
	await conn.query(SAFE_SETTINGS_SQL);
	onStep('Loading the datasets');
	const loader: DatasetLoader = {
		register: (name, text) => db.registerFileText(name, text),
		run: async (sql) => void (await conn.query(sql))
	};
	await loadDatasets(loader, readText, { europe });
	performance.mark('coc:datasets-loaded');
	const runner: TransactionRunner = {
		async run(sql, params) {
			if (params.length === 0) return conn.query(sql);
			const statement = await conn.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		},
		register: (name, text) => db.registerFileText(name, text),
		drop: (name) => db.dropFile(name)
	};
	// The user's own files, kept in this browser: replayed so every page (and the console) sees them.
	for (const dataset of await storedDatasets()) {
		onStep(`Loading your data: ${dataset.name}`);
		const { statements, files } = importStatements(dataset);
		try {
			await runInTransaction(runner, statements, files);
		} catch (error) {
			console.warn(`Your stored file ${dataset.file_name} could not be loaded again and was skipped:`, error);
		}
	}
	return { db, conn, runner, loader };
}

async function start(): Promise<QueryEngine> {
	performance.mark('coc:engine-start');
	setState({ status: 'starting', step: 'Loading the database engine' });
	const { db, conn, runner, loader } = await openBrowserDuckDB(
		(step) => setState({ status: 'starting', step }),
		'later'
	);
	performance.mark('coc:engine-ready');
	performance.measure('coc:engine-start', 'coc:engine-start', 'coc:engine-ready');
	setState({ status: 'ready' });
	// One worker round trip per parameterised query instead of three (statement-cache.ts).
	const statements = new StatementCache(conn);
	const query = async <T extends object>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> =>
		rowsFromArrow<T>(params.length === 0 ? await conn.query(sql) : await statements.query(sql, params));
	// The first run of the views' main query costs 3–4× a later one (DuckDB's and the page's first
	// execution): done once now, while the reader looks at the prerendered page, not on their first click.
	void query(panelRowsSql('all_geo', 'city_id'), ['population']).catch(() => undefined);
	let europe: Promise<void> | null = null;
	const loadEurope = () => {
		if (!europe) {
			performance.mark('coc:europe-start');
			setEuropeState({ status: 'loading', done: 0, total: 0 });
			europe = loadEuropeDatasets(loader, fetchText, (done, total) =>
				setEuropeState({ status: 'loading', done, total })
			)
				.then(() => {
					performance.measure('coc:europe-load', 'coc:europe-start');
					setEuropeState({ status: 'ready' });
				})
				.catch((error: unknown) => {
					europe = null;
					setEuropeState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
					throw error;
				});
		}
		return europe;
	};
	return {
		query,
		loadEurope,
		write: (statements, files) => runInTransaction(runner, statements, files),
		async exportCsv(sql, params = []) {
			const file = `export-${Date.now()}.csv`;
			await query(createExportTableSql(sql), params);
			try {
				const columns = await query<{ column_name: string; data_type: string }>(DESCRIBE_EXPORT_SQL);
				await conn.query(copyExportSql(columns, file));
				return await db.copyFileToBuffer(file);
			} finally {
				await db.dropFile(file).catch(() => undefined);
				await conn.query(DROP_EXPORT_SQL);
			}
		}
	};
}

/** The app's DuckDB engine, started on first call. A failed start can be retried. */
export function getBrowserEngine(): Promise<QueryEngine> {
	if (!started) {
		started = start().catch((error: unknown) => {
			started = null;
			const message = error instanceof Error ? error.message : String(error);
			setState({ status: 'failed', message });
			throw error;
		});
	}
	return started;
}
