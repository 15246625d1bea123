/**
 * DuckDB-wasm answers with Arrow tables. Turn them into plain rows once, here: BigInt (COUNT(*),
 * BIGINT columns) becomes a number so that D3 and JSON serialisation can use it.
 */
import type { Row } from './engine';

interface ArrowLike {
	toArray(): { toJSON(): Row }[];
}

function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	return value;
}

export function rowsFromArrow<T extends object>(table: ArrowLike): T[] {
	return table.toArray().map((arrowRow) => {
		const row: Row = {};
		for (const [key, value] of Object.entries(arrowRow.toJSON())) row[key] = plainValue(value);
		return row as unknown as T;
	});
}
