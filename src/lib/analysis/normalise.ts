/**
 * Normalisations an analyst chooses on /compare. Pure functions over the values of the partner places
 * with data (missing stays missing, never zero). Only city-level values are passed in: regional and
 * national values are context and never normalised against.
 */
import type { Direction } from '$lib/db/queries';
import { rankValues, type Comparison } from './comparison';
import { median } from './rank';

export type Normalisation = 'raw' | 'per1000' | 'minmax' | 'zscore' | 'median-index';

export const NORMALISATIONS: readonly { id: Normalisation; label: string }[] = [
	{ id: 'raw', label: 'As published' },
	{ id: 'per1000', label: 'Per 1,000 inhabitants' },
	{ id: 'minmax', label: 'Min–max, 0–100' },
	{ id: 'zscore', label: 'z-score' },
	{ id: 'median-index', label: 'Index, partner median = 100' }
];

/** Per 1,000 inhabitants makes sense only for counts. */
export function allowedNormalisations(measure: string): Normalisation[] {
	return NORMALISATIONS.map((n) => n.id).filter((n) => n !== 'per1000' || measure === 'count');
}

export interface ToNormalise {
	value: number | null;
	/** Population of the same unit and year, for per-1,000 values. */
	population?: number | null;
}

/** The unit of a normalised value, for titles and table headers. */
export function normalisedUnit(normalisation: Normalisation, unit: string): string {
	switch (normalisation) {
		case 'raw':
			return unit;
		case 'per1000':
			return `${unit} per 1,000 inhabitants`;
		case 'minmax':
			return 'score 0–100 (lowest to highest among places with data)';
		case 'zscore':
			return 'standard deviations from the partner mean';
		case 'median-index':
			return 'index, partner median = 100';
	}
}

/**
 * Normalised values, in input order. min–max maps the lowest to 0 and the highest to 100 (all equal:
 * 50); z-score uses the population standard deviation (all equal: 0); the median index divides by the
 * partner median (median 0: no index). Missing in, missing out.
 */
export function normalise(rows: readonly ToNormalise[], normalisation: Normalisation): (number | null)[] {
	const present = rows.map((r) => r.value).filter((v): v is number => v !== null && Number.isFinite(v));
	switch (normalisation) {
		case 'raw':
			return rows.map((r) => r.value);
		case 'per1000':
			return rows.map((r) =>
				r.value === null || !r.population || r.population <= 0 ? null : (r.value / r.population) * 1000
			);
		case 'minmax': {
			const lo = Math.min(...present);
			const hi = Math.max(...present);
			return rows.map((r) => (r.value === null ? null : hi === lo ? 50 : ((r.value - lo) / (hi - lo)) * 100));
		}
		case 'zscore': {
			const mean = present.reduce((a, b) => a + b, 0) / present.length;
			const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
			return rows.map((r) => (r.value === null ? null : sd === 0 ? 0 : (r.value - mean) / sd));
		}
		case 'median-index': {
			const m = median(present);
			return rows.map((r) => (r.value === null || m === null || m === 0 ? null : (r.value / m) * 100));
		}
	}
}

/** Min–max score where 100 is always the best: for lower-is-better indicators the scale is turned. */
export function directedScores(values: readonly (number | null)[], direction: string): (number | null)[] {
	const scores = normalise(
		values.map((value) => ({ value })),
		'minmax'
	);
	return direction === 'lower-is-better' ? scores.map((s) => (s === null ? null : 100 - s)) : scores;
}

/**
 * A comparison shown normalised: the same places and period, values transformed and ranked again
 * (per 1,000 inhabitants can change the order). Per 1,000 divides by the population of the same unit
 * and year, and only a comparable one: a place whose population that year is suspect drops out.
 */
export function normaliseComparison(
	comparison: Comparison,
	normalisation: Normalisation,
	direction: Direction,
	population: (row: { geo_code: string; year: number }) => number | null = () => null
): Comparison {
	if (normalisation === 'raw') return comparison;
	const values = normalise(
		comparison.ranked.map((r) => ({ value: r.value, population: population(r.row) })),
		normalisation
	);
	const kept = comparison.ranked.flatMap((r, i) => (values[i] === null ? [] : [{ ...r, value: values[i]! }]));
	const ranks = new Map(rankValues(kept, direction, comparison.margin).map((r) => [r.city_id, r]));
	return {
		...comparison,
		ranked: kept
			.map((r) => ({ ...r, ...ranks.get(r.city_id)!, row: r.row, year: r.year }))
			.sort((a, b) => a.rank - b.rank || a.city_id.localeCompare(b.city_id)),
		median: median(kept.map((r) => r.value)),
		missing: [...comparison.missing, ...comparison.ranked.filter((_, i) => values[i] === null).map((r) => r.city_id)]
	};
}
