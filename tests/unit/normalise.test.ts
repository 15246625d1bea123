/** Normalisations and the composite index, against values worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { allowedNormalisations, directedScores, normalise } from '../../src/lib/analysis/normalise';
import { compositeIndex } from '../../src/lib/analysis/composite';

const rows = [{ value: 10 }, { value: null }, { value: 20 }, { value: 40 }];

describe('normalise', () => {
	it('min–max: lowest 0, highest 100, missing stays missing', () => {
		// (20 − 10) / (40 − 10) × 100 = 33.33…
		const out = normalise(rows, 'minmax');
		expect(out[0]).toBe(0);
		expect(out[1]).toBeNull();
		expect(out[2]).toBeCloseTo(33.3333, 3);
		expect(out[3]).toBe(100);
	});

	it('z-score uses the population standard deviation', () => {
		// mean 70/3 = 23.333; deviations −13.333, −3.333, 16.667; variance (177.78 + 11.11 + 277.78) / 3 = 155.56; sd 12.472
		const out = normalise(rows, 'zscore');
		expect(out[0]).toBeCloseTo(-1.069, 3);
		expect(out[3]).toBeCloseTo(1.336, 3);
		expect(out[1]).toBeNull();
	});

	it('index against the partner median (median of 10, 20, 40 is 20)', () => {
		expect(normalise(rows, 'median-index')).toEqual([50, null, 100, 200]);
	});

	it('per 1,000 inhabitants needs a population and is offered for counts only', () => {
		expect(
			normalise(
				[
					{ value: 500, population: 250_000 },
					{ value: 3, population: null }
				],
				'per1000'
			)
		).toEqual([2, null]);
		expect(allowedNormalisations('count')).toContain('per1000');
		expect(allowedNormalisations('share')).not.toContain('per1000');
	});

	it('equal values: min–max 50, z-score 0', () => {
		expect(normalise([{ value: 5 }, { value: 5 }], 'minmax')).toEqual([50, 50]);
		expect(normalise([{ value: 5 }, { value: 5 }], 'zscore')).toEqual([0, 0]);
	});

	it('directed scores put the best at 100 for lower-is-better indicators', () => {
		const scores = directedScores([10, 20, 40], 'lower-is-better');
		expect(scores[0]).toBe(100);
		expect(scores[1]).toBeCloseTo(66.667, 3);
		expect(scores[2]).toBe(0);
	});
});

describe('compositeIndex', () => {
	// Three indicators in two themes. a: higher is better; b: lower is better; c (other theme): higher.
	const indicators = [
		{ indicator_id: 'a', theme: 'economy', direction: 'higher-is-better' },
		{ indicator_id: 'b', theme: 'economy', direction: 'lower-is-better' },
		{ indicator_id: 'c', theme: 'environment', direction: 'higher-is-better' }
	];
	const data: Record<string, Record<string, number | null>> = {
		p: { a: 10, b: 5, c: 0 },
		q: { a: 20, b: 10, c: 100 },
		r: { a: 30, b: 15, c: 50 },
		s: { a: 25, b: null, c: null } // 1 of 3 indicators: below 2/3, excluded
	};
	const value = (place: string, id: string) => data[place]![id] ?? null;
	const places = Object.keys(data);

	it('equal weights: theme means averaged; the under-covered place is excluded, not ranked', () => {
		// Scores among p, q, r. a: p 0, q 50, r 100. b (turned): p 100, q 50, r 0. c: p 0, q 100, r 50.
		// economy = mean(a, b): p 50, q 50, r 50. environment = c. Equal weights: p 25, q 75, r 50.
		const result = compositeIndex({ indicators, places, value, weights: {} });
		expect(result.ranked.map((r) => [r.place, r.score, r.rank, r.covered])).toEqual([
			['q', 75, 1, 3],
			['r', 50, 2, 3],
			['p', 25, 3, 3]
		]);
		expect(result.excluded).toEqual([{ place: 's', covered: 1 }]);
		expect(result.ranked.every((r) => r.movedBy === 0)).toBe(true);
	});

	it('weights change the ranking and report how far each place moved', () => {
		// economy 5, environment 0: all three score 50 → tied first; vs equal weights q fell from 1 to 1 (0),
		// r from 2 to 1 (+1), p from 3 to 1 (+2).
		const result = compositeIndex({ indicators, places, value, weights: { economy: 5, environment: 0 } });
		expect(result.ranked.map((r) => [r.place, r.rank, r.movedBy])).toEqual([
			['p', 1, 2],
			['q', 1, 0],
			['r', 1, 1]
		]);
	});

	it('a lower threshold lets the place with one indicator in', () => {
		const result = compositeIndex({ indicators, places, value, weights: {}, threshold: 1 / 3 });
		expect(result.excluded).toEqual([]);
		expect(result.ranked).toHaveLength(4);
	});
});
