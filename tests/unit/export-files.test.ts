/**
 * Downloads of the explore page, re-read independently: the CSV DuckDB writes (read back with d3-dsv)
 * and the Parquet hyparquet-writer writes (read back by native DuckDB, @duckdb/node-api), both equal to
 * the filtered rows, types included; formula-like text is neutralised, negative numbers round-trip.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { toParquet } from '$lib/data/parquet-export';
import type { QueryEngine } from '$lib/db/engine';
import { columnTypes, shapedQuery } from '$lib/db/explore-queries';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { DEFAULT_FILTER } from '$lib/state/explore-filter';

let engine: QueryEngine;
beforeAll(async () => {
	engine = await getNodeEngine();
});

const filter = { ...DEFAULT_FILTER, cities: ['poznan', 'bologna'], indicators: ['population', 'pm25_annual_mean'] };

describe('CSV written by DuckDB', () => {
	it('holds exactly the filtered rows, with a header', async () => {
		const shaped = await shapedQuery(engine, filter);
		const rows = await engine.query(shaped.sql, shaped.params);
		const text = new TextDecoder().decode(await engine.exportCsv(shaped.sql, shaped.params));
		const parsed = csvParse(text);
		expect(parsed.columns).toEqual(shaped.columns);
		expect(parsed.map((r) => [r.place, r.indicator, Number(r.year), Number(r.value)])).toEqual(
			rows.map((r) => [r.place, r.indicator, r.year, r.value])
		);
	});

	it('neutralises formula-like text and keeps negative numbers as numbers', async () => {
		const text = new TextDecoder().decode(
			await engine.exportCsv(`SELECT ? AS label, ? AS note, -12.5 AS value`, ['=HYPERLINK("x")', '-not a number'])
		);
		const [row] = csvParse(text);
		expect(row).toEqual({ label: `'=HYPERLINK("x")`, note: "'-not a number", value: '-12.5' });
		expect(text).toContain('"\'=HYPERLINK(""x"")"');
	});
});

describe('Parquet written by hyparquet-writer', () => {
	it('is read back by native DuckDB with the same rows and column types', async () => {
		const shaped = await shapedQuery(engine, filter);
		const rows = await engine.query(shaped.sql, shaped.params);
		const columns = await columnTypes(engine, shaped.sql, shaped.params);
		expect(columns.map((c) => c.name)).toEqual(shaped.columns);
		const dir = mkdtempSync(join(tmpdir(), 'coc-'));
		const file = join(dir, 'extract.parquet');
		writeFileSync(file, new Uint8Array(toParquet(columns, rows)));
		const instance = await DuckDBInstance.create(':memory:');
		const connection = await instance.connect();
		const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
		const back = reader.getRowObjectsJS();
		expect(back.map((r) => [r.place, r.indicator, r.year, r.value])).toEqual(
			rows.map((r) => [r.place, r.indicator, r.year, r.value])
		);
		const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
		const parquetTypes = Object.fromEntries(described.getRowObjectsJS().map((r) => [r.column_name, r.column_type]));
		expect(parquetTypes).toMatchObject({ place: 'VARCHAR', year: 'INTEGER', value: 'DOUBLE' });
		connection.closeSync();
	});
});
