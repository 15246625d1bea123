/**
 * Eurostat's old bulk TSV layout (nama_10r_3gdp, demo_r_mlifexp, urb_percep): the first header cell
 * names the dimensions, comma-separated, ending in `geo\time` or `cities\time` (`unit,geo\time`); the
 * other header cells are years with a trailing space; a cell is `12.3 `, `12.3 e` (flags after the
 * number) or `: ` (not available, possibly with a flag such as `: c` for confidential).
 * DuckDB reads the file (tab-separated, every cell as text); this module only splits the cells.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCsvAsText } from './read-csv';

export interface TsvCell {
	/** Dimension values of the row, by dimension name (`unit`, `geo`, `indic_ur`, …). */
	dims: Record<string, string>;
	year: number;
	/** The number as written (text, so it is copied unchanged). */
	value: string;
	/** Flag letters after the number, sorted, e.g. `be`. */
	flags: string;
	/** 1-based line of the row in the file, for error messages and tests. */
	line: number;
}

const CELL = /^(-?\d+(?:\.\d+)?)\s*([a-z]*)\s*$/;

/** Every published (non-`:`) cell of a bulk TSV file, one entry per row × year. */
export async function readEurostatTsv(conn: DuckDBConnection, path: string): Promise<TsvCell[]> {
	const bytes = await readFile(path);
	const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
	const headerLine = text.slice(0, text.search(/\r?\n/));
	const header = headerLine.split('\t');
	const first = header[0]!;
	if (!/\\time$/.test(first)) throw new Error(`${path}: line 1: expected a first header cell like "unit,geo\\time", found "${first}"`);
	const dimNames = first.replace(/\\time$/, '').split(',');
	const years = header.slice(1).map((h, i) => {
		const year = Number(h.trim());
		if (!Number.isInteger(year)) throw new Error(`${path}: line 1, column ${i + 2}: "${h}" is not a year`);
		return year;
	});
	const columns = header.map((_, i) => `c${i}`);
	const reader = await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, columns, { delim: '\t' })}`);
	const rows = reader.getRowsJS() as (string | null)[][];
	const cells: TsvCell[] = [];
	rows.forEach((row, r) => {
		const line = r + 2;
		const dimValues = String(row[0]).split(',');
		if (dimValues.length !== dimNames.length)
			throw new Error(`${path}: line ${line}: expected ${dimNames.length} dimensions (${dimNames.join(',')}), found "${row[0]}"`);
		const dims = Object.fromEntries(dimNames.map((n, i) => [n, dimValues[i]!]));
		years.forEach((year, i) => {
			const cell = (row[i + 1] ?? '').trim();
			if (cell === '' || cell.startsWith(':')) return;
			const match = CELL.exec(cell);
			if (!match) throw new Error(`${path}: line ${line}, ${year}: expected a number optionally followed by flags, found "${cell}"`);
			cells.push({ dims, year, value: match[1]!, flags: [...match[2]!].sort().join(''), line });
		});
	});
	return cells;
}
