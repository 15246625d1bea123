/** The "at a glance" one-liners, on hand-made values. */
import { describe, expect, it } from 'vitest';
import { takeaway } from '$lib/analysis/takeaway';

const places = [
	{ name: 'Alpha', value: 12.5 },
	{ name: 'Beta', value: 3 },
	{ name: 'Gamma', value: null },
	{ name: 'Delta', value: 7 }
];
const rate = { short_label: 'Unemployment rate', unit: '%', decimals: 1, direction: 'lower-is-better' as const };

describe('takeaway', () => {
	it('names the best and the worst place with data, by direction', () => {
		expect(takeaway(rate, places)).toBe('Beta has the lowest unemployment rate (3.0 %), Alpha the highest (12.5 %).');
		expect(takeaway({ ...rate, direction: 'higher-is-better' }, places)).toBe(
			'Alpha has the highest unemployment rate (12.5 %), Beta the lowest (3.0 %).'
		);
	});
	it('counts places meeting the strictest target in force (not one with a future year)', () => {
		const targets = [
			{ label: 'EU limit', comparator: 'le' as const, value: 10, target_year: null },
			{ label: 'WHO guideline', comparator: 'le' as const, value: 5, target_year: null },
			{ label: '2030 limit', comparator: 'le' as const, value: 1, target_year: 2030 }
		];
		// ≤ 5: only Beta (3) of the three with data.
		expect(takeaway(rate, places, targets)).toBe(
			'1 of 3 places with data meet the WHO guideline (5.0 %); best: Beta, 3.0 %.'
		);
	});
	it('says so when too few places have data', () => {
		expect(takeaway(rate, [{ name: 'Alpha', value: 1 }])).toBe(
			'Too few places have a recent value for unemployment rate.'
		);
	});
});
