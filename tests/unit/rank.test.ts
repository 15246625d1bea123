import { describe, expect, it } from 'vitest';
import { rankValues } from '$lib/analysis/comparison';
import { median } from '$lib/analysis/rank';

const item = (city_id: string, value: number) => ({ city_id, value });

describe('median', () => {
	it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 10])).toBe(3.5);
		expect(median([7])).toBe(7);
		expect(median([])).toBeNull();
	});
});

describe('rankValues', () => {
	it('gives tied places the better rank and skips the ranks they use (1, 2, 2, 4)', () => {
		const ranked = rankValues([item('a', 10), item('b', 30), item('c', 20), item('d', 20)], 'higher-is-better');
		expect(ranked.map((r) => [r.city_id, r.rank])).toEqual([
			['b', 1],
			['c', 2],
			['d', 2],
			['a', 4]
		]);
	});

	it('puts the lowest first when lower is better, the largest first when no direction is better', () => {
		expect(rankValues([item('a', 3), item('b', 1), item('c', 2)], 'lower-is-better').map((r) => r.city_id)).toEqual([
			'b',
			'c',
			'a'
		]);
		expect(rankValues([item('a', 3), item('b', 1), item('c', 2)], 'neutral').map((r) => r.city_id)).toEqual([
			'a',
			'c',
			'b'
		]);
	});

	it('handles negative values and an empty list', () => {
		expect(rankValues([item('a', -2), item('b', -1)], 'higher-is-better')[0]?.city_id).toBe('b');
		expect(rankValues([], 'neutral')).toEqual([]);
	});
});
