/** SQL text helpers. Identifiers are quoted here and only here; values are always bound parameters. */

/** Quotes a table or column name for DuckDB: `"name"` with inner quotes doubled. */
export function quoteIdentifier(name: string): string {
	if (name.length === 0) throw new Error('An SQL identifier cannot be empty.');
	if (name.includes('\0')) throw new Error('An SQL identifier cannot contain a NUL character.');
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a string literal. Only for names we choose ourselves where DuckDB accepts no parameter
 * (a registered file name inside `read_csv(...)`); user values are bound, never quoted.
 */
export function quoteLiteral(text: string): string {
	if (text.includes('\0')) throw new Error('An SQL string cannot contain a NUL character.');
	return `'${text.replaceAll("'", "''")}'`;
}
