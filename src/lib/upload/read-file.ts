/**
 * The reading steps of an upload, in order, each guess overridable: bytes → encoding → text →
 * dialect → rows → layout → table → number format → column mapping. Runs in the upload worker (and
 * in tests); the page only shows the guesses and sends corrections back.
 */
import { decodeText, guessEncoding, looksBinary, type EncodingGuess } from './decode';
import { MAX_UPLOAD_BYTES } from './limits';
import { detectLayout, sourceTable, type Layout, type SourceTable } from './layout';
import { suggestMapping, type Mapping } from './mapping';
import { detectNumberFormat, type NumberFormat } from './numbers';
import { parseTable, sniffDialect, type Dialect, type ParsedTable } from './table';

export interface ReadSettings extends Dialect, Layout, NumberFormat {
	encoding: string;
}

export interface ReadResult {
	settings: ReadSettings;
	encodingGuess: EncodingGuess;
	parsed: ParsedTable;
	table: SourceTable;
	mapping: Mapping;
}

/** Why a file cannot be read at all (empty, binary, too large), or null. */
export function unreadable(fileName: string, bytes: Uint8Array): string | null {
	if (bytes.length === 0) return `${fileName} is empty (0 bytes): there is nothing to import.`;
	if (bytes.length > MAX_UPLOAD_BYTES)
		return `${fileName} is ${Math.round(bytes.length / 2 ** 20)} MB; files up to ${MAX_UPLOAD_BYTES / 2 ** 20} MB can be imported here. Split it, or filter it to the places you need.`;
	if (looksBinary(bytes))
		return `${fileName} is not a text file (it looks like a spreadsheet or other binary file). Save it as CSV (comma- or semicolon-separated) and upload that.`;
	return null;
}

/** Numeric-looking cells of the data rows, for the decimal-mark vote. */
function sampleCells(table: SourceTable): string[] {
	return table.rows.slice(0, 500).flat();
}

/**
 * Reads `bytes` with every setting guessed unless given in `given`; the mapping is suggested afresh
 * whenever the table changes.
 */
export function readFile(
	bytes: Uint8Array,
	given: Partial<ReadSettings> = {},
	onProgress?: (share: number) => void
): ReadResult {
	const encodingGuess = guessEncoding(bytes);
	const encoding = given.encoding ?? encodingGuess.encoding;
	const text = decodeText(bytes, encoding);
	const dialect = sniffDialect(text);
	const delimiter = given.delimiter ?? dialect.delimiter;
	const quoteChar = given.quoteChar ?? dialect.quoteChar;
	const parsed = parseTable(text, { delimiter, quoteChar }, onProgress);
	// Titles are at the top and footnotes at the bottom: the first and last rows decide.
	const rows = parsed.rows;
	const guessedLayout = detectLayout(rows.length > 2050 ? rows.slice(0, 2000).concat(rows.slice(-50)) : rows);
	const layout: Layout = {
		skipTop: given.skipTop ?? guessedLayout.skipTop,
		skipBottom: given.skipBottom ?? guessedLayout.skipBottom,
		headerRows: given.headerRows ?? guessedLayout.headerRows
	};
	const table = sourceTable(parsed.rows, parsed.lines, layout, parsed.errors);
	const format = detectNumberFormat(sampleCells(table));
	const settings: ReadSettings = {
		encoding,
		delimiter,
		quoteChar,
		...layout,
		decimal: given.decimal ?? format.decimal,
		thousands: given.thousands ?? format.thousands
	};
	return { settings, encodingGuess, parsed, table, mapping: suggestMapping(table.header, table.rows) };
}
