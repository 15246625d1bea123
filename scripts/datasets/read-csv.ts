/**
 * The one way the dataset build asks DuckDB to read a raw CSV: every column named and read as text,
 * no sniffing, RFC 4180 quoting — so no guess can change a value, and each reader decides itself
 * what a cell means.
 */
import { quoteLiteral } from '../../src/lib/db/sql';

export interface RawCsvOptions {
	/** DuckDB's name of the file encoding (default UTF-8). */
	encoding?: 'utf-8' | 'latin-1';
	/** A cell text that means missing, e.g. WHO's `NA`. */
	nullstr?: string;
	/** Field delimiter (default `,`). */
	delim?: ',' | '\t' | ';';
}

/** `read_csv(...)` for `path` with `columns` (in file order) all as VARCHAR. */
export function readCsvAsText(path: string, columns: readonly string[], options: RawCsvOptions = {}): string {
	const types = columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ');
	const extra = [
		options.encoding ? `encoding = ${quoteLiteral(options.encoding)}` : '',
		options.nullstr !== undefined ? `nullstr = ${quoteLiteral(options.nullstr)}` : ''
	].filter(Boolean);
	return (
		`read_csv(${quoteLiteral(path)}, header = true, delim = ${quoteLiteral(options.delim ?? ',')}, quote = '"', escape = '"', auto_detect = false, ` +
		`columns = {${types}}${extra.map((e) => `, ${e}`).join('')})`
	);
}
