/**
 * The one interface every query goes through. Two implementations share it: DuckDB-wasm in a
 * browser worker (browser-engine.ts) and DuckDB-wasm's Node build for prerendering and tests
 * (node-engine.server.ts) — the same DuckDB version, so prerendered and live results agree.
 */
import type { Statement } from './user-data';

export type SqlParam = string | number | boolean | null;

export type Row = Record<string, unknown>;

export interface QueryEngine {
	/** Runs one statement; `?` placeholders are bound to `params` in order, never spliced into SQL. */
	query<T extends object = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
	/**
	 * The result of one query as a CSV file written by DuckDB (`COPY … TO`: UTF-8, header, RFC 4180
	 * quoting); text cells that a spreadsheet would run as a formula get a leading apostrophe.
	 */
	exportCsv(sql: string, params?: readonly SqlParam[]): Promise<Uint8Array>;
	/**
	 * Runs `statements` in one transaction, with `files` readable by `read_csv` meanwhile; on any
	 * error everything is rolled back and the error rethrown (user data, user-data.ts).
	 */
	write(statements: readonly Statement[], files?: Readonly<Record<string, string>>): Promise<void>;
	/**
	 * Makes the Europe-wide tables (every other Urban Audit city) queryable: the browser downloads them
	 * on the first call (once; progress in `subscribeEuropeState`), the Node engine has them already.
	 */
	loadEurope(): Promise<void>;
}

export type EuropeState =
	| { status: 'idle' }
	| { status: 'loading'; done: number; total: number }
	| { status: 'ready' }
	| { status: 'failed'; message: string };

export type EngineState =
	| { status: 'idle' }
	| { status: 'starting'; step: string }
	| { status: 'ready' }
	| { status: 'failed'; message: string };
