/**
 * The profile heatmap's numbers: for each indicator of a theme, every place's z-score among the
 * partner places with data, turned so that a positive score is always better (neutral indicators keep
 * their sign: above the mean is positive). Missing stays missing; the mean score needs at least half
 * of the indicators. Rows can be sorted by name, by the
 * mean score, or by any one indicator (best first, missing last).
 */
import { normalise } from './normalise';

export interface ProfileCell {
	value: number | null;
	score: number | null;
}

export interface ProfileRow {
	place: string;
	name: string;
	cells: ProfileCell[];
	/** Mean score over the indicators the place has; null when it has fewer than half of them. */
	mean: number | null;
	/** How many of the indicators the place has. */
	covered: number;
}

export function profileRows(
	places: readonly { place: string; name: string }[],
	indicators: readonly { direction: string }[],
	value: (place: string, column: number) => number | null
): ProfileRow[] {
	const columns = indicators.map((indicator, c) => {
		const z = normalise(
			places.map((p) => ({ value: value(p.place, c) })),
			'zscore'
		);
		return z.map((s) => (s === null ? null : indicator.direction === 'lower-is-better' ? -s || 0 : s)); // -0 would print as "-0"
	});
	return places.map((p, r) => {
		const cells = indicators.map((_, c) => ({ value: value(p.place, c), score: columns[c]![r]! }));
		const scores = cells.map((c) => c.score).filter((s): s is number => s !== null);
		// A mean over one or two of many indicators would rank a place on what little it publishes.
		const enough = scores.length > 0 && scores.length >= indicators.length / 2;
		return {
			...p,
			cells,
			covered: scores.length,
			mean: enough ? scores.reduce((a, b) => a + b, 0) / scores.length : null
		};
	});
}

/** 'name', 'mean' or a column index as text. */
export function sortProfile(rows: readonly ProfileRow[], by: string): ProfileRow[] {
	const key = (row: ProfileRow): number | null => (by === 'mean' ? row.mean : (row.cells[Number(by)]?.score ?? null));
	if (by === 'name' || (by !== 'mean' && !/^\d+$/.test(by))) {
		return [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en'));
	}
	return [...rows].sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		if (ka === null || kb === null) return ka === kb ? a.name.localeCompare(b.name, 'en') : ka === null ? 1 : -1;
		return kb - ka || a.name.localeCompare(b.name, 'en');
	});
}
