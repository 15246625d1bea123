import { describe, expect, it } from 'vitest';
import { median, rankByValue } from '$lib/analysis/rank';
import { bestCoveredYear } from '$lib/analysis/years';

const place = (name: string, value: number | null) => ({ name, value });

describe('median', () => {
	it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 10])).toBe(3.5);
		expect(median([7])).toBe(7);
		expect(median([])).toBeNull();
	});
});

describe('rankByValue', () => {
	it('gives tied places the higher rank and skips the ranks they use (1, 2, 2, 4)', () => {
		const { ranked } = rankByValue(
			[place('a', 10), place('b', 30), place('c', 20), place('d', 20)],
			'higher-is-better'
		);
		expect(ranked.map((r) => [r.name, r.rank])).toEqual([
			['b', 1],
			['c', 2],
			['d', 2],
			['a', 4]
		]);
	});

	it('puts the lowest first when lower is better', () => {
		const { ranked } = rankByValue([place('a', 3), place('b', 1), place('c', 2)], 'lower-is-better');
		expect(ranked.map((r) => r.name)).toEqual(['b', 'c', 'a']);
	});

	it('ranks and takes the median only over places with their own value; missing is listed, not zero', () => {
		const ranking = rankByValue([place('a', 5), place('b', null), place('c', 1), place('d', 0)], 'neutral');
		expect(ranking.ranked.map((r) => r.name)).toEqual(['a', 'c', 'd']);
		expect(ranking.missing.map((r) => r.name)).toEqual(['b']);
		expect(ranking.median).toBe(1);
	});

	it('handles negative values and an empty list', () => {
		expect(rankByValue([place('a', -2), place('b', -1)], 'higher-is-better').ranked[0]?.name).toBe('b');
		expect(rankByValue([], 'neutral')).toEqual({ ranked: [], missing: [], median: null });
	});
});

describe('bestCoveredYear', () => {
	it('picks the year with most places, the latest among ties', () => {
		expect(
			bestCoveredYear([
				{ year: 2019, places: 12 },
				{ year: 2020, places: 13 },
				{ year: 2021, places: 13 },
				{ year: 2022, places: 4 }
			])
		).toBe(2021);
		expect(bestCoveredYear([])).toBeNull();
	});
});
