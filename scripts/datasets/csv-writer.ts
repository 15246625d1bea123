/** RFC 4180 CSV text with LF line ends; a cell is quoted only when it must be. Deterministic. */
import type { Observation } from './derive';

export type Cell = string | number | null;

function cellText(cell: Cell): string {
	if (cell === null) return '';
	const text = typeof cell === 'number' ? String(cell) : cell;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(cellText).join(','));
	return lines.join('\n') + '\n';
}

/** observations*.csv: sorted by indicator, unit and year; a duplicate key stops the build. */
const OBSERVATION_HEADER = ['geo_code', 'indicator_id', 'year', 'value', 'flags', 'source_id', 'note'] as const;

export function observationsCsv(observations: Observation[]): string {
	observations.sort(
		(a, b) => a.indicator_id.localeCompare(b.indicator_id) || a.geo_code.localeCompare(b.geo_code) || a.year - b.year
	);
	assertUniqueKeys(observations);
	return toCsv(
		OBSERVATION_HEADER,
		observations.map((o) => OBSERVATION_HEADER.map((h) => o[h]))
	);
}

function assertUniqueKeys(observations: readonly Observation[]): void {
	const seen = new Set<string>();
	for (const o of observations) {
		const key = `${o.geo_code}|${o.indicator_id}|${o.year}`;
		if (seen.has(key)) throw new Error(`observations: duplicate key ${key}`);
		seen.add(key);
	}
}
