/**
 * A mapped table → observations (place, indicator, year, value, flags), one per value cell, and a
 * report of every row that could not be read: physical line, column, the cell as written, and what
 * was expected. Missing-value marks are gaps, not errors; nothing is estimated or filled in.
 */
import type { SourceTable } from './layout';
import type { Mapping } from './mapping';
import { asYear, parseCell, type NumberFormat } from './numbers';
import type { PlaceMatcher } from './places';

/** What a year cell should have been: out of range, or not a year at all (months and quarters are not imported). */
function yearExpected(text: string): string {
	if (/^\s*\d{1,4}\s*$/.test(text)) return 'a year between 1900 and 2100';
	if (/^\s*\d{4}[-/ ]?(Q[1-4]|M?\d{2}|S[12])\s*$/i.test(text))
		return 'a year such as 2021 (only yearly values are imported, not quarters or months)';
	return 'a year such as 2021';
}

export interface ShapedObservation {
	line: number;
	geo_code: string;
	/** The indicator as written in the file (or the name the user gave the whole file). */
	indicator: string;
	unit: string;
	year: number;
	value: number;
	flags: string;
}

export interface Problem {
	line: number;
	column: string;
	value: string;
	expected: string;
}

export interface ShapeResult {
	observations: ShapedObservation[];
	/** The first problems (at most PROBLEM_LIMIT) and how many there were in all. */
	problems: Problem[];
	problemCount: number;
	/** Cells with a missing-value mark: gaps, kept as gaps. */
	missing: number;
	/** Places not recognised: as written → the number of values and the first line. */
	unmatched: Map<string, { values: number; line: number }>;
	blankRows: number;
}

export const PROBLEM_LIMIT = 500;

/** Flag letters kept: Eurostat's and SDMX's one-letter codes, lower case, in the order written. */
function cleanFlags(cellFlags: string, columnFlags: string): string {
	// A flag column may hold footnote text instead of codes: only short codes are flags.
	const codes = columnFlags.trim().replace(/[()\s,]/g, '');
	const fromColumn = /^[a-z]{1,4}$/i.test(codes) ? codes : '';
	return [...new Set((cellFlags + fromColumn).toLowerCase())].join('');
}

export function shapeObservations(
	table: SourceTable,
	mapping: Mapping,
	format: NumberFormat,
	matchPlace: PlaceMatcher
): ShapeResult {
	const observations: ShapedObservation[] = [];
	const problems: Problem[] = [];
	let problemCount = 0;
	let missing = 0;
	let blankRows = 0;
	const unmatched = new Map<string, { values: number; line: number }>();
	const seen = new Map<string, number>();
	const width = table.header.length;
	const report = (problem: Problem) => {
		problemCount++;
		if (problems.length < PROBLEM_LIMIT) problems.push(problem);
	};
	// Files repeat each place on many rows: match each spelling once.
	const places = new Map<string, string | null>();
	const placeOf = (text: string) => {
		let geo = places.get(text);
		if (geo === undefined) {
			geo = matchPlace(text);
			places.set(text, geo);
		}
		return geo;
	};
	const name = (j: number | null) => (j === null ? '' : (table.header[j] ?? `column ${j + 1}`));

	table.rows.forEach((row, r) => {
		const line = table.lines[r] ?? 0;
		if (row.every((c) => c.trim() === '')) {
			blankRows++;
			return;
		}
		const broken = table.broken.get(line);
		if (broken) {
			report({
				line,
				column: '(whole row)',
				value: row.join(' ').slice(0, 40),
				expected: `a well-formed row: ${broken}; the row was not imported`
			});
			return;
		}
		const extra = row.slice(width).some((c) => c.trim() !== '');
		if (row.length < width || extra) {
			report({
				line,
				column: '(whole row)',
				value: `${row.length} cells`,
				expected: `${width} cells, as in the header; the row was not imported`
			});
			return;
		}
		const placeText = (row[mapping.place ?? -1] ?? '').trim();
		const indicator = mapping.indicator === null ? mapping.indicatorName.trim() : (row[mapping.indicator] ?? '').trim();
		const unit = mapping.unit === null ? '' : (row[mapping.unit] ?? '').trim();
		const rowFlags = mapping.flag === null ? '' : (row[mapping.flag] ?? '');
		if (indicator === '') {
			report({ line, column: name(mapping.indicator), value: '', expected: 'an indicator name or code' });
			return;
		}
		const cells: [year: number | null, yearText: string, valueText: string, column: string][] =
			mapping.layout === 'wide'
				? mapping.yearColumns.map((j) => [asYear(table.header[j] ?? ''), table.header[j] ?? '', row[j] ?? '', name(j)])
				: [
						[
							asYear(row[mapping.year ?? -1] ?? ''),
							row[mapping.year ?? -1] ?? '',
							row[mapping.value ?? -1] ?? '',
							name(mapping.value)
						]
					];
		const geo = placeOf(placeText);
		for (const [year, yearText, valueText, column] of cells) {
			const cell = parseCell(valueText, format);
			if (cell.kind === 'missing') {
				missing++;
				continue;
			}
			if (cell.kind === 'invalid') {
				report({ line, column, value: valueText, expected: `a number (decimal mark "${format.decimal}")` });
				continue;
			}
			if (year === null) {
				report({ line, column: name(mapping.year), value: yearText, expected: yearExpected(yearText) });
				continue;
			}
			if (geo === null) {
				const entry = unmatched.get(placeText) ?? { values: 0, line };
				entry.values++;
				unmatched.set(placeText, entry);
				continue;
			}
			const key = `${geo}\u0000${indicator}\u0000${year}`;
			const first = seen.get(key);
			if (first !== undefined) {
				report({
					line,
					column,
					value: valueText,
					expected: `one value per place, indicator and year (line ${first} already gives ${placeText || geo}, ${year})`
				});
				continue;
			}
			seen.set(key, line);
			observations.push({
				line,
				geo_code: geo,
				indicator,
				unit,
				year,
				value: cell.value,
				flags: cleanFlags(cell.flags, rowFlags)
			});
		}
	});
	return { observations, problems, problemCount, missing, unmatched, blankRows };
}
