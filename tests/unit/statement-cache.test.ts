/**
 * The prepared-statement cache on the real DuckDB-wasm (its Node build): the same answers as a fresh
 * statement each time, one prepare per SQL text, the least recently used dropped and closed, and a
 * table made again with other columns still read right by a cached statement.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsFromArrow } from '$lib/db/arrow-rows';
import type { SqlParam } from '$lib/db/engine';
import { createBlockingDuckDB } from '$lib/db/node-engine.server';
import { StatementCache, type PreparingConnection } from '$lib/db/statement-cache';

type Conn = Awaited<ReturnType<typeof open>>;
type Result = ReturnType<Conn['query']>;

async function open() {
	return (await createBlockingDuckDB()).connect();
}

let conn: Conn;
/** The real connection, counting what reaches it. */
const calls = { prepare: 0, close: 0 };
let counted: PreparingConnection<Result>;

beforeAll(async () => {
	conn = await open();
	conn.query(`CREATE TABLE t AS SELECT i AS id, i * 10 AS v FROM range(100) r(i)`);
	counted = {
		prepare(sql: string) {
			calls.prepare++;
			const statement = conn.prepare(sql);
			return {
				query: (...params: SqlParam[]) => statement.query(...params),
				close: () => {
					calls.close++;
					statement.close();
				}
			};
		}
	};
});

const rows = (r: Result) => rowsFromArrow<{ id: number; v: number }>(r);

describe('StatementCache', () => {
	it('answers as a fresh statement does, preparing each SQL text once', async () => {
		const cache = new StatementCache(counted, 4);
		const sql = 'SELECT id::INTEGER AS id, v::INTEGER AS v FROM t WHERE id BETWEEN ? AND ? ORDER BY id';
		const before = calls.prepare;
		for (const [a, b] of [
			[1, 3],
			[50, 52],
			[98, 200]
		] as const) {
			const fresh = conn.prepare(sql);
			expect(rows(await cache.query(sql, [a, b]))).toEqual(rows(fresh.query(a, b)));
			fresh.close();
		}
		expect(calls.prepare - before).toBe(1);
		expect(rows(await cache.query(sql, [1, 1]))).toEqual([{ id: 1, v: 10 }]);
		await cache.clear();
	});

	it('keeps the newest statements and closes the least recently used', async () => {
		const cache = new StatementCache(counted, 2);
		const closed = calls.close;
		const q = (n: number) => cache.query(`SELECT ${n}::INTEGER AS id, ?::INTEGER AS v`, [n]);
		await q(1);
		await q(2);
		await q(1); // 1 is now the most recent
		await q(3); // drops 2
		expect(cache.size).toBe(2);
		expect(calls.close - closed).toBe(1);
		const prepared = calls.prepare;
		await q(1);
		await q(3);
		expect(calls.prepare).toBe(prepared);
		await q(2);
		expect(calls.prepare).toBe(prepared + 1);
		await cache.clear();
		expect(cache.size).toBe(0);
	});

	it('reads a table made again with other columns', async () => {
		const cache = new StatementCache(counted, 4);
		conn.query(`CREATE OR REPLACE TABLE u AS SELECT 1::INTEGER AS id, 'a' AS v`);
		const sql = 'SELECT * FROM u WHERE id >= ?';
		expect(rowsFromArrow(await cache.query(sql, [0]))).toEqual([{ id: 1, v: 'a' }]);
		conn.query(`CREATE OR REPLACE TABLE u AS SELECT 2::INTEGER AS id, 3::INTEGER AS w, 'b' AS v`);
		expect(rowsFromArrow(await cache.query(sql, [0]))).toEqual([{ id: 2, w: 3, v: 'b' }]);
		conn.query('DROP TABLE u');
		await expect(cache.query(sql, [0])).rejects.toThrow(/u/);
		expect(cache.size).toBe(0);
		await cache.clear();
	});

	it('gives a failing query its own error and keeps nothing of it', async () => {
		const cache = new StatementCache(counted, 4);
		await expect(cache.query('SELECT * FROM no_such_table WHERE id = ?', [1])).rejects.toThrow(/no_such_table/);
		expect(cache.size).toBe(0);
	});
});
