/**
 * A targets file (the columns of datasets/targets.csv) → validated targets for /monitor: each row
 * names a known indicator, "all" or a partner place, "le"/"ge" (or ≤, ≥, <=, >=), a number and an
 * optional target year. Rows that fail are reported with their line and never imported.
 */
import { csvFormatRows } from 'd3';
import type { SourceTable } from './layout';
import { asYear, parseCell, type NumberFormat } from './numbers';
import type { Problem } from './shape';

export const TARGET_COLUMNS = [
	'target_id',
	'indicator_id',
	'scope',
	'comparator',
	'value',
	'target_year',
	'kind',
	'label',
	'source_id'
] as const;
const REQUIRED = ['indicator_id', 'scope', 'comparator', 'value'] as const;

const COMPARATORS: Readonly<Record<string, 'le' | 'ge'>> = {
	le: 'le',
	'<=': 'le',
	'≤': 'le',
	max: 'le',
	'at most': 'le',
	ge: 'ge',
	'>=': 'ge',
	'≥': 'ge',
	min: 'ge',
	'at least': 'ge'
};

/** Is this table a targets file (its header has the required targets columns)? */
export function isTargetsTable(header: readonly string[]): boolean {
	const names = new Set(header.map((h) => h.trim().toLowerCase()));
	return REQUIRED.every((c) => names.has(c));
}

export interface TargetsResult {
	csv: string;
	rows: number;
	problems: Problem[];
}

export function readTargets(
	table: SourceTable,
	format: NumberFormat,
	known: { indicators: ReadonlySet<string>; places: ReadonlySet<string> },
	defaults: { sourceId: string; label: string }
): TargetsResult {
	const index = new Map(table.header.map((h, i) => [h.trim().toLowerCase(), i]));
	const cell = (row: readonly string[], name: string) => (row[index.get(name) ?? -1] ?? '').trim();
	const problems: Problem[] = [];
	const out: string[][] = [];
	for (const missing of REQUIRED.filter((c) => !index.has(c)))
		problems.push({
			line: table.lines[0] ? table.lines[0] - 1 : 1,
			column: missing,
			value: '',
			expected: `a column named ${missing}`
		});
	if (problems.length) return { csv: '', rows: 0, problems };
	table.rows.forEach((row, r) => {
		const line = table.lines[r] ?? 0;
		if (row.every((c) => c.trim() === '')) return;
		const indicator = cell(row, 'indicator_id');
		const scope = cell(row, 'scope') || 'all';
		const comparator = COMPARATORS[cell(row, 'comparator').toLowerCase()];
		const value = parseCell(cell(row, 'value'), format);
		const yearText = cell(row, 'target_year');
		const year = yearText === '' ? null : asYear(yearText);
		const before = problems.length;
		if (!known.indicators.has(indicator))
			problems.push({
				line,
				column: 'indicator_id',
				value: indicator,
				expected: 'the id of an indicator in the dashboard (see /explore)'
			});
		if (scope !== 'all' && !known.places.has(scope))
			problems.push({ line, column: 'scope', value: scope, expected: '"all" or a place id such as poznan' });
		if (!comparator)
			problems.push({
				line,
				column: 'comparator',
				value: cell(row, 'comparator'),
				expected: '"le" (at most) or "ge" (at least)'
			});
		if (value.kind !== 'value')
			problems.push({ line, column: 'value', value: cell(row, 'value'), expected: 'a number' });
		if (yearText !== '' && year === null)
			problems.push({ line, column: 'target_year', value: yearText, expected: 'a year such as 2030, or empty' });
		if (problems.length > before || value.kind !== 'value' || !comparator) return;
		out.push([
			cell(row, 'target_id') || `${defaults.sourceId}-${out.length + 1}`,
			indicator,
			scope,
			comparator,
			String(value.value),
			year === null ? '' : String(year),
			cell(row, 'kind') || 'city-target',
			cell(row, 'label') || defaults.label,
			cell(row, 'source_id') || defaults.sourceId
		]);
	});
	return { csv: csvFormatRows([[...TARGET_COLUMNS], ...out]), rows: out.length, problems };
}
