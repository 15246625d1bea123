/**
 * The SQL console's sandbox on a real DuckDB (Node build, same version as the browser's), set up as
 * the browser's console instance is: queries run, everything else is refused with a plain message,
 * and the tables are unchanged afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleQuery, type ConsoleResult } from '$lib/db/console-sandbox';
import type { Row } from '$lib/db/engine';
import { startNodeConsole } from '$lib/db/node-engine.server';
import { readCsv, readObservations } from '../support/datasets';

let run: (sql: string) => Promise<Row[]>;
beforeAll(async () => {
	run = await startNodeConsole();
});
const ask = (text: string, limit?: number): Promise<ConsoleResult> => runConsoleQuery(run, text, limit);

describe('console: queries run', () => {
	it('SELECT, WITH, DESCRIBE, SUMMARIZE, PIVOT over the loaded tables', async () => {
		const counted = await ask('SELECT count(*)::INTEGER AS n FROM all_indicators;');
		expect(counted.rows).toEqual([{ n: readCsv('indicators.csv').length }]);
		const cte = await ask("WITH p AS (SELECT * FROM all_places WHERE country = 'PL') SELECT name FROM p");
		expect(cte.rows).toEqual([{ name: 'Poznań' }]);
		expect((await ask('DESCRIBE all_observations')).rows.map((r) => r.column_name)).toContain('value');
		expect((await ask('SUMMARIZE all_places')).rows.length).toBeGreaterThan(3);
		const pivot = await ask(
			"PIVOT (SELECT year, value FROM all_observations WHERE geo_code = 'LV004C' AND indicator_id = 'population') ON year IN (2015, 2016) USING first(value)"
		);
		expect(pivot.rows).toHaveLength(1);
		// Without the IN list DuckDB needs a second statement, which prepare() refuses: say what to write.
		await expect(ask('PIVOT all_observations ON year USING first(value)')).rejects.toThrow(/ON year IN/);
	});

	it('caps the rows shown and says so', async () => {
		const result = await ask('SELECT * FROM all_observations', 10);
		expect(result.rows).toHaveLength(10);
		expect(result.capped).toBe(true);
	});
});

describe('console: everything else is refused with a plain message', () => {
	const refused: [string, RegExp][] = [
		["COPY all_places TO 'x.csv'", /Only queries/],
		["ATTACH 'x.db' AS x", /Only queries/],
		['INSTALL httpfs', /Only queries/],
		['LOAD httpfs', /Only queries/],
		['CREATE TABLE t AS SELECT 1', /Only queries/],
		['DROP TABLE observations', /Only queries/],
		["INSERT INTO observations VALUES ('x', 'y', 2000, 1, NULL, NULL, NULL)", /Only queries/],
		['SET enable_external_access = true', /Only queries/],
		['SELECT 1; DROP TABLE observations', /Only queries|One query/],
		["SELECT * FROM read_csv('/etc/passwd')", /Reading files/],
		["SELECT * FROM read_text('observations.csv')", /Reading files/],
		["SELECT * FROM 'https://example.org/data.csv'", /URLs/],
		['SELECT * FROM no_such_table', /Unknown table/],
		['', /Type a query/]
	];
	for (const [text, message] of refused) {
		it(text || '(empty)', async () => {
			await expect(ask(text)).rejects.toThrow(message);
		});
	}

	it('leaves the tables exactly as they were', async () => {
		const [row] = (await ask('SELECT count(*)::INTEGER AS n FROM all_observations')).rows;
		expect(row).toEqual({ n: readObservations().length });
	});

	it('cannot read a dataset file by name even without a reader function', async () => {
		await expect(ask("SELECT * FROM 'observations.csv'")).rejects.toThrow();
	});
});
