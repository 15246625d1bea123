import { describe, expect, it } from 'vitest';
import { rankValues } from '$lib/analysis/comparison';
import { median } from '$lib/analysis/rank';
import type { Direction } from '$lib/db/queries';

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

describe('rankValues agrees with the pairwise definition', () => {
	/** The definition, pair by pair (O(n²)): better others, worse others, and by at least the margin. */
	function pairwise(items: { city_id: string; value: number }[], direction: Direction, margin: number | null) {
		const better = (a: number, b: number) => (direction === 'lower-is-better' ? a < b : a > b);
		return Object.fromEntries(
			items.map((item) => {
				const others = items.filter((o) => o !== item);
				const rank = 1 + others.filter((o) => better(o.value, item.value)).length;
				const rankFromEnd = 1 + others.filter((o) => better(item.value, o.value)).length;
				const clear = (a: number, b: number) => better(a, b) && Math.abs(a - b) >= (margin ?? 0);
				const rankFrom = margin === null ? rank : 1 + others.filter((o) => clear(o.value, item.value)).length;
				const rankTo = margin === null ? rank : 1 + others.filter((o) => !clear(item.value, o.value)).length;
				return [item.city_id, [rankFrom, rankTo, rankFromEnd]];
			})
		);
	}

	it('on shares with one decimal, many ties, both directions, with and without the survey margin', () => {
		// A seeded generator: the same cases on every run.
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let trial = 0; trial < 200; trial++) {
			const n = 1 + Math.floor(next() * 60);
			const items = [...Array(n).keys()].map((i) => item(`p${i}`, Math.round(next() * 300) / 10));
			for (const direction of ['higher-is-better', 'lower-is-better', 'neutral'] as const) {
				for (const margin of [null, 6.2, 0.1]) {
					const ranked = Object.fromEntries(
						rankValues(items, direction, margin).map((r) => [r.city_id, [r.rank, r.rankTo, r.rankFromEnd]])
					);
					expect(ranked, `${direction} ${margin} ${JSON.stringify(items)}`).toEqual(pairwise(items, direction, margin));
				}
			}
		}
	});
});
