/**
 * Decoded text → rows of cells, each row with the physical line it starts on (for messages that say
 * "line 14"), parsed by PapaParse. The delimiter and quote character are guessed here and shown to
 * the user, who may correct them; nothing is typed or trimmed yet (layout.ts and shape.ts do that).
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export const QUOTE_CHARS = ['"', "'"] as const;

export interface Dialect {
	delimiter: string;
	quoteChar: string;
}

export interface ParsedTable {
	rows: string[][];
	/** `lines[i]` is the 1-based physical line on which `rows[i]` starts. */
	lines: number[];
	/** Structural problems PapaParse found (an unterminated quote), with their line. */
	errors: { line: number; message: string }[];
}

const SNIFF_CHARS = 64 * 1024;

/**
 * The delimiter and quote character of `text`. PapaParse guesses the delimiter from the first rows
 * (the one that splits them most consistently); a file with no double quote but single-quoted cells
 * next to delimiters uses `'`.
 */
export function sniffDialect(text: string): Dialect {
	const sample = text.slice(0, SNIFF_CHARS);
	const guess = Papa.parse<string[]>(sample, {
		preview: 30,
		skipEmptyLines: 'greedy',
		delimitersToGuess: [...DELIMITERS]
	});
	const delimiter = DELIMITERS.find((d) => d === guess.meta.delimiter) ?? ',';
	const escaped = delimiter === '|' ? '\\|' : delimiter;
	const singleQuoted = sample.match(new RegExp(`(^|${escaped})'[^'\\n]*'(?=${escaped}|\\r?\\n|$)`, 'gm'))?.length ?? 0;
	const quoteChar = !sample.includes('"') && singleQuoted >= 1 ? "'" : '"';
	return { delimiter, quoteChar };
}

/** Counts line breaks (CRLF, LF or a lone CR) in `text` between `from` and `to`. */
function lineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) count++;
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
	}
	return count;
}

const PAPA_MESSAGES: Readonly<Record<string, string>> = {
	MissingQuotes: 'a quoted cell is never closed (expected a closing quote before the end of the file)',
	InvalidQuotes: 'a quote inside a quoted cell is not doubled (expected "" for a literal quote)',
	UndetectableDelimiter: 'no delimiter found'
};

/** Distinct short cells kept for sharing (place, indicator, year, flag and unit cells repeat on every row). */
const POOL_LIMIT = 200_000;
const POOL_MAX_LENGTH = 64;

/**
 * Every row of `text` with its starting line; `onProgress` gets the share of characters read.
 * Repeated cells share one string: a big file's rows would otherwise hold a copy of "Poznań" per row
 * (bench/ingest.ts measures the heap).
 */
export function parseTable(text: string, dialect: Dialect, onProgress?: (share: number) => void): ParsedTable {
	const rows: string[][] = [];
	const lines: number[] = [];
	const errors: ParsedTable['errors'] = [];
	let position = 0;
	let line = 1;
	let nextReport = 0;
	const pool = new Map<string, string>();
	const shared = (cell: string): string => {
		if (cell.length > POOL_MAX_LENGTH) return cell;
		const known = pool.get(cell);
		if (known !== undefined) return known;
		if (pool.size < POOL_LIMIT) pool.set(cell, cell);
		return cell;
	};
	Papa.parse<string[]>(text, {
		delimiter: dialect.delimiter,
		quoteChar: dialect.quoteChar,
		escapeChar: dialect.quoteChar,
		skipEmptyLines: false,
		step(result) {
			// A final line break gives PapaParse one more, empty row: not a line of the file.
			// The cursor is where the next row starts (after this row's line break).
			const end = result.meta.cursor;
			if (position >= text.length && result.data.length === 1 && result.data[0] === '') return;
			const startLine = line;
			line += lineBreaks(text, position, end);
			position = end;
			// map() makes an array of exactly the row's size (PapaParse's, grown by push, has spare room).
			rows.push(result.data.map(shared));
			lines.push(startLine);
			for (const error of result.errors) {
				if (error.code === 'UndetectableDelimiter') continue;
				errors.push({ line: startLine, message: PAPA_MESSAGES[error.code] ?? error.message });
			}
			if (onProgress && end >= nextReport) {
				onProgress(end / Math.max(1, text.length));
				nextReport = end + (1 << 20);
			}
		}
	});
	return { rows, lines, errors };
}
