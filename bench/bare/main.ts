/**
 * The bench's reference: a page with no app, only DuckDB-wasm started exactly as the dashboard starts
 * it (same package files, same bundle choice, same settings), so `npm run bench` can state the app's
 * times as ratios to the engine's own in the same run on the same machine.
 *
 *   /            starts the engine; performance mark `bare:engine-ready` (from navigation start)
 *   /?rows=N     then creates an N-row indicator table in DuckDB and exposes `window.bareAggregate(i)`:
 *                one filter + aggregate over the whole table, answered to the page as rows (ms)
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

declare global {
	interface Window {
		bareAggregate?: (i: number) => Promise<number>;
	}
}

/** The same shape as the app's observations: ~70 indicators × 15 years per synthetic city. */
const tableSql = (rows: number) => `
	CREATE TABLE obs AS
	SELECT 'ZZ' || lpad(CAST(i // 1050 AS VARCHAR), 4, '0') || 'C' AS geo_code,
		'ind' || CAST((i // 15) % 70 AS VARCHAR) AS indicator_id,
		CAST(2010 + i % 15 AS INTEGER) AS year,
		round(random() * 1000, 2) AS value
	FROM range(${rows}) t(i)`;

const state = document.getElementById('state')!;

async function main(): Promise<void> {
	performance.mark('bare:start');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
	performance.mark('bare:engine-ready');
	const rows = Number(new URLSearchParams(location.search).get('rows') ?? 0);
	if (rows > 0) {
		await conn.query(tableSql(rows));
		window.bareAggregate = async (i: number) => {
			const t0 = performance.now();
			const result = await conn.query(
				`SELECT geo_code, avg(value) AS value, count(*) AS n FROM obs
				 WHERE indicator_id = 'ind${i % 70}' AND year >= ${2010 + (i % 5)} GROUP BY geo_code ORDER BY geo_code`
			);
			// The app turns Arrow results into rows too: the reference does the same.
			result.toArray().map((r) => r.toJSON());
			return performance.now() - t0;
		};
	}
	state.textContent = 'ready';
	document.documentElement.dataset.bare = 'ready';
}

main().catch((error: unknown) => {
	state.textContent = `failed: ${String(error)}`;
	document.documentElement.dataset.bare = 'failed';
});
