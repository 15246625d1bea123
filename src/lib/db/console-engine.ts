/**
 * The SQL console's own DuckDB-wasm instance (a second worker): a copy of the tables, the dataset
 * files dropped from its file system, external access off, configuration locked (console-sandbox.ts).
 * Started on the first query; "Cancel" ends its worker (a runaway query cannot be stopped otherwise),
 * and the next query starts a fresh one. The dashboard's engine is never touched.
 */
import { rowsFromArrow } from './arrow-rows';
import { openBrowserDuckDB } from './browser-engine';
import { CONSOLE_LOCK_SQL, runConsoleQuery, type ConsoleResult } from './console-sandbox';

type Opened = Awaited<ReturnType<typeof openBrowserDuckDB>>;
let instance: Promise<Opened> | null = null;

async function open(): Promise<Opened> {
	const opened = await openBrowserDuckDB();
	await opened.db.dropFiles();
	for (const sql of CONSOLE_LOCK_SQL) await opened.conn.query(sql);
	return opened;
}

function consoleInstance(): Promise<Opened> {
	if (!instance) {
		instance = open();
		instance.catch(() => (instance = null));
	}
	return instance;
}

export async function runInConsole(text: string, limit?: number): Promise<ConsoleResult> {
	const { conn } = await consoleInstance();
	return runConsoleQuery(
		async (sql) => {
			const statement = await conn.prepare(sql);
			try {
				return rowsFromArrow(await statement.query());
			} finally {
				await statement.close();
			}
		},
		text,
		limit
	);
}

/** Stops whatever the console is running by ending its worker; the next query starts a new one. */
export async function cancelConsole(): Promise<void> {
	const current = instance;
	instance = null;
	if (current) await (await current).db.terminate();
}
