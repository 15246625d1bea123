/**
 * datasets/indicator-phrases.csv is written by hand (one row per indicator and language): the build
 * only checks it, so that a sentence can never lack its words. Every indicator needs an English row;
 * every row names a known indicator, has every part, and a value template with exactly one {value}.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCsvAsText } from './read-csv';

export const PHRASES_FILE = 'indicator-phrases.csv';
const HEADER = ['indicator_id', 'language', 'subject', 'noun', 'value', 'highest', 'lowest'] as const;

export async function checkPhrases(conn: DuckDBConnection, path: string, indicatorIds: readonly string[]): Promise<number> {
	const reader = await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, HEADER)}`);
	const rows = reader.getRowObjectsJS() as unknown as Record<(typeof HEADER)[number], string | null>[];
	const known = new Set(indicatorIds);
	const problems: string[] = [];
	const seen = new Set<string>();
	rows.forEach((row, i) => {
		const line = i + 2;
		const key = `${row.indicator_id}|${row.language}`;
		if (!row.indicator_id || !known.has(row.indicator_id)) problems.push(`line ${line}: unknown indicator "${row.indicator_id}"`);
		if (seen.has(key)) problems.push(`line ${line}: a second row for ${key}`);
		seen.add(key);
		for (const column of HEADER) if (!row[column]) problems.push(`line ${line}: empty ${column}`);
		if ((row.value ?? '').split('{value}').length !== 2) problems.push(`line ${line}: value must contain {value} once`);
	});
	for (const id of indicatorIds) if (!seen.has(`${id}|en`)) problems.push(`no English row for ${id}`);
	if (problems.length) throw new Error(`datasets/${PHRASES_FILE}: ${problems.join('; ')}`);
	return rows.length;
}
