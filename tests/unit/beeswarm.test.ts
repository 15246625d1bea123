import { describe, expect, it } from 'vitest';
import { beeswarm } from '$lib/charts/beeswarm';

describe('beeswarm', () => {
	it('never lets two dots overlap, keeps the first on the axis and draws the same picture twice', () => {
		let seed = 3;
		const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		// 900 values bunched like a real indicator: many close together, some tied.
		const xs = [...Array(900).keys()].map(() => Math.round(300 + 80 * (next() + next() + next() - 1.5) * 3));
		const radius = 3;
		const ys = beeswarm(xs, radius);
		const diameter = 2 * radius + 0.5;
		for (let a = 0; a < xs.length; a++)
			for (let b = a + 1; b < xs.length; b++) {
				const d2 = (xs[a]! - xs[b]!) ** 2 + (ys[a]! - ys[b]!) ** 2;
				if (d2 < diameter ** 2 - 1e-6) throw new Error(`dots ${a} and ${b} overlap`);
			}
		expect(ys[xs.indexOf(Math.min(...xs))]).toBe(0);
		expect(beeswarm(xs, radius)).toEqual(ys);
	});

	it('stacks tied values one above, one below, alternately nearest the axis', () => {
		expect(beeswarm([10, 10, 10], 2, 0)).toEqual([0, 4, -4]);
	});
});
