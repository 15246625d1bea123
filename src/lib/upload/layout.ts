/**
 * Where the table is inside a real export: title and comment lines above the header, footnotes
 * below the data, a header spanning several rows, and Eurostat's TSV layout whose first cell holds
 * several dimensions ("indic_ur,cities\time"). Each guess is shown to the user and can be corrected.
 */
import { parseCell } from './numbers';

export interface Layout {
	/** Rows above the header (titles, comments, blank lines). */
	skipTop: number;
	/** Rows below the data (footnotes, blank lines). */
	skipBottom: number;
	/** Rows the header spans (their cells are joined per column). */
	headerRows: number;
}

/** The data part of a file: column names, data rows and the physical line of each. */
export interface SourceTable {
	header: string[];
	rows: string[][];
	lines: number[];
	/** The file is in Eurostat's TSV layout (dimensions split out of the first column). */
	eurostatTsv: boolean;
	/** Rows the parser could not read cleanly (line → what was wrong): never imported. */
	broken: ReadonlyMap<number, string>;
}

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;

/** The most common row width among rows with at least two filled cells (wider wins a tie). */
function typicalWidth(rows: readonly string[][]): number {
	const counts = new Map<number, number>();
	for (const row of rows) if (filled(row) >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
	let best = 1;
	let bestCount = 0;
	for (const [width, count] of counts) {
		if (count > bestCount || (count === bestCount && width > best)) [best, bestCount] = [width, count];
	}
	return best;
}

const hasNumber = (row: readonly string[]) =>
	row.some((c) => parseCell(c, { decimal: '.', thousands: '' }).kind === 'value' && c.trim() !== '');

export function detectLayout(rows: readonly string[][]): Layout {
	const width = typicalWidth(rows);
	const wanted = Math.min(2, width);
	let skipTop = rows.findIndex((row) => row.length === width && filled(row) >= wanted);
	if (skipTop < 0) skipTop = 0;
	let skipBottom = 0;
	for (let i = rows.length - 1; i > skipTop; i--) {
		const row = rows[i]!;
		const footnote = filled(row) === 0 || (width > 1 && row.length !== width && filled(row) <= 1);
		if (!footnote) break;
		skipBottom++;
	}
	// A second header row: text only (no number, no missing mark) above rows that all have numbers.
	let headerRows = 1;
	const next = rows[skipTop + 1];
	const after = rows.slice(skipTop + 2, skipTop + 5);
	if (
		next &&
		filled(next) > 0 &&
		!hasNumber(next) &&
		!next.some((c) => parseCell(c, { decimal: '.', thousands: '' }).kind === 'missing' && c.trim() !== '') &&
		after.length > 0 &&
		after.every(hasNumber) &&
		!hasNumber(rows[skipTop]!)
	)
		headerRows = 2;
	return { skipTop, skipBottom, headerRows };
}

/** Column names: header rows joined per column (a blank upper cell continues the one to its left). */
function combineHeader(headerRows: readonly string[][], width: number): string[] {
	const names: string[] = Array.from({ length: width }, () => '');
	headerRows.forEach((row, r) => {
		let carried = '';
		for (let j = 0; j < width; j++) {
			const cell = (row[j] ?? '').trim();
			const last = r === headerRows.length - 1;
			const part = cell || (last ? '' : carried);
			if (cell) carried = cell;
			names[j] = [names[j], part].filter(Boolean).join(' ');
		}
	});
	const seen = new Map<string, number>();
	return names.map((name, j) => {
		const base = name || `column ${j + 1}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}

/** Eurostat's TSV header cell: dimensions joined by commas, the time dimension after a backslash. */
const EUROSTAT_FIRST_CELL = /^([A-Za-z_][\w]*(?:,[A-Za-z_][\w]*)*)\\(time|TIME_PERIOD)$/;

/** The table under `layout`: header, data rows and their lines, with Eurostat's first column split. */
export function sourceTable(
	rows: readonly string[][],
	lines: readonly number[],
	layout: Layout,
	errors: readonly { line: number; message: string }[] = []
): SourceTable {
	const start = Math.min(layout.skipTop + layout.headerRows, rows.length);
	const end = Math.max(start, rows.length - layout.skipBottom);
	const headerSource = rows.slice(layout.skipTop, start);
	const width = Math.max(0, ...headerSource.map((r) => r.length));
	let header = combineHeader(headerSource, width);
	let data = rows.slice(start, end);
	const dataLines = lines.slice(start, end);
	const eurostat = EUROSTAT_FIRST_CELL.exec(header[0] ?? '');
	if (eurostat) {
		const dimensions = eurostat[1]!.split(',');
		header = [...dimensions, ...header.slice(1)];
		data = data.map((row) => [...(row[0] ?? '').split(',').map((c) => c.trim()), ...row.slice(1)]);
	}
	const broken = new Map(errors.map((e) => [e.line, e.message]));
	return { header, rows: data, lines: dataLines, eurostatTsv: eurostat !== null, broken };
}
