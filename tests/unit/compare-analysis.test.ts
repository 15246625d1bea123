/**
 * The compare views' pure rules, with expected values worked out by hand in the comments:
 * trend segments and change, Pearson's r, distance from the partner median, the profile's scores,
 * and direct-label dodging.
 */
import { describe, expect, it } from 'vitest';
import { benchmark } from '$lib/analysis/benchmark';
import { describeCorrelation, pearson } from '$lib/analysis/correlation';
import { profileRows, sortProfile } from '$lib/analysis/profile';
import { baseline, changeSince, indexSeries, lineSegments } from '$lib/analysis/trends';
import { dodge, placeLabels } from '$lib/charts/dodge';

const series = (pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe('trend lines', () => {
	it('breaks an annual series at a missing year', () => {
		const runs = lineSegments(
			series([
				[2013, 3],
				[2010, 1],
				[2011, 2]
			]),
			'annual'
		);
		expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2010, 2011], [2013]]);
	});
	it('never joins a value flagged as a break in series to the one before', () => {
		const points = [
			{ year: 2022, value: 1, flags: '' },
			{ year: 2023, value: 2, flags: 'e' },
			{ year: 2024, value: 9, flags: 'b' }
		];
		expect(lineSegments(points, 'annual').map((r) => r.map((p) => p.year))).toEqual([[2022, 2023], [2024]]);
		expect(lineSegments(points, 'survey-wave').map((r) => r.length)).toEqual([2, 1]);
		expect(changeSince(points, null)?.broken).toBe(true);
		expect(changeSince(points.slice(0, 2), null)?.broken).toBe(false);
	});
	it('joins survey waves and decadal observations', () => {
		const waves = series([
			[2004, 1],
			[2009, 2],
			[2015, 3]
		]);
		expect(lineSegments(waves, 'survey-wave').map((r) => r.length)).toEqual([3]);
		expect(lineSegments(waves, 'decadal').map((r) => r.length)).toEqual([3]);
		expect(lineSegments([], 'decadal')).toEqual([]);
	});
	it('takes the baseline in the chosen year, else the first year after it', () => {
		const points = series([
			[2010, 100],
			[2011, 110],
			[2013, 120]
		]);
		expect(baseline(points, 2011)?.year).toBe(2011);
		expect(baseline(points, 2012)?.year).toBe(2013);
		expect(baseline(points, 2014)).toBeNull();
		expect(baseline(points, null)?.year).toBe(2010);
	});
	it('measures change since a year: 100 → 120 is +20, +20 %', () => {
		const points = series([
			[2010, 100],
			[2011, 110],
			[2013, 120]
		]);
		expect(changeSince(points, null)).toEqual({
			from: { year: 2010, value: 100 },
			to: { year: 2013, value: 120 },
			absolute: 20,
			percent: 20,
			broken: false
		});
		// From 110 in 2011: +10, 10 / 110 = 9.0909 %.
		expect(changeSince(points, 2011)?.percent).toBeCloseTo(9.0909, 4);
		expect(changeSince(points, 2013)).toBeNull();
		expect(
			changeSince(
				series([
					[2010, 0],
					[2011, 5]
				]),
				null
			)?.percent
		).toBeNull();
		// A negative baseline: −10 → −5 is a rise of 5, +50 % of its size.
		expect(
			changeSince(
				series([
					[2010, -10],
					[2011, -5]
				]),
				null
			)?.percent
		).toBe(50);
	});
	it('indexes a series to its baseline = 100', () => {
		const points = series([
			[2010, 100],
			[2011, 110],
			[2013, 120]
		]);
		// Base 2011 = 110: 2013 → 120 / 110 × 100 = 109.0909.
		const indexed = indexSeries(points, 2011);
		expect(indexed.map((p) => p.year)).toEqual([2011, 2013]);
		expect(indexed[0]?.value).toBe(100);
		expect(indexed[1]?.value).toBeCloseTo(109.0909, 4);
		expect(
			indexSeries(
				series([
					[2010, 0],
					[2011, 3]
				]),
				null
			)
		).toEqual([]);
	});
});

describe("Pearson's r", () => {
	it('is 1 and −1 on straight lines, 0.8 on a hand-worked case', () => {
		expect(
			pearson([
				[1, 2],
				[2, 4],
				[3, 6]
			]).r
		).toBeCloseTo(1, 12);
		expect(
			pearson([
				[1, 3],
				[2, 2],
				[3, 1]
			]).r
		).toBeCloseTo(-1, 12);
		// Means 2.5, 2.5; Σdxdy = 2.25 − 0.25 − 0.25 + 2.25 = 4; Σdx² = Σdy² = 5 → r = 4 / 5.
		expect(
			pearson([
				[1, 1],
				[2, 3],
				[3, 2],
				[4, 4]
			]).r
		).toBeCloseTo(0.8, 12);
	});
	it('counts only places with both values, and gives no r for fewer than three or no variation', () => {
		expect(
			pearson([
				[1, 1],
				[2, null],
				[null, 3],
				[3, 3]
			])
		).toEqual({ r: null, n: 2 });
		expect(
			pearson([
				[1, 5],
				[2, 5],
				[3, 5]
			])
		).toEqual({ r: null, n: 3 });
	});
	it('puts r in words', () => {
		expect(describeCorrelation(0.8)).toBe('a strong positive relation');
		expect(describeCorrelation(-0.35)).toBe('a moderate negative relation');
		expect(describeCorrelation(0.05)).toBe('no clear linear relation');
	});
});

describe('benchmark against the partner median', () => {
	const all = [10, 20, 30, null];
	it('in % of the median, respecting direction', () => {
		// Median of 10, 20, 30 is 20; 30 is 50 % above it.
		expect(benchmark(30, all, 'higher-is-better', 'pct')).toEqual({
			median: 20,
			distance: 50,
			verdict: 'better',
			places: 3
		});
		expect(benchmark(30, all, 'lower-is-better', 'pct').verdict).toBe('worse');
		expect(benchmark(10, all, 'lower-is-better', 'pct').verdict).toBe('better');
		expect(benchmark(20, all, 'lower-is-better', 'pct').verdict).toBe('equal');
		expect(benchmark(30, all, 'neutral', 'pct').verdict).toBe('neutral');
		// A negative median: −10 against −20 is 50 % of its size above it.
		expect(benchmark(-10, [-10, -20, -30], 'higher-is-better', 'pct').distance).toBe(50);
	});
	it('in standard deviations: (30 − 20) / √(200 / 3) = 1.2247', () => {
		expect(benchmark(30, all, 'higher-is-better', 'z').distance).toBeCloseTo(1.224745, 5);
	});
	it('has no distance without an own value, or in % with a zero median', () => {
		expect(benchmark(null, all, 'higher-is-better', 'pct')).toEqual({
			median: 20,
			distance: null,
			verdict: null,
			places: 3
		});
		expect(benchmark(5, [0, 0, 5], 'higher-is-better', 'pct').distance).toBeNull();
	});
});

describe('profile heatmap scores', () => {
	const places = [
		{ place: 'a', name: 'Alpha' },
		{ place: 'b', name: 'Beta' },
		{ place: 'c', name: 'Gamma' }
	];
	const values: Record<string, (number | null)[]> = { a: [1, 5], b: [2, null], c: [3, 15] };
	const rows = profileRows(
		places,
		[{ direction: 'lower-is-better' }, { direction: 'higher-is-better' }],
		(p, c) => values[p]![c]!
	);
	it('turns lower-is-better z-scores so positive is better; missing stays missing', () => {
		// Column 0: mean 2, sd √(2/3) = 0.8165 → z = −1.2247, 0, 1.2247, turned: 1.2247, 0, −1.2247.
		expect(rows.map((r) => r.cells[0]!.score)).toEqual([expect.closeTo(1.224745, 5), 0, expect.closeTo(-1.224745, 5)]);
		// Column 1: 5 and 15 → z = −1, 1; Beta has none.
		expect(rows.map((r) => r.cells[1]!.score)).toEqual([-1, null, 1]);
		expect(rows[1]!.cells[1]!.value).toBeNull();
		// Mean over present scores: Alpha (1.2247 − 1) / 2 = 0.1124; Beta 0.
		expect(rows[0]!.mean).toBeCloseTo(0.112372, 5);
		expect(rows[1]!.mean).toBe(0);
		expect(rows.map((r) => r.covered)).toEqual([2, 1, 2]);
	});
	it('gives no mean score to a place with fewer than half of the indicators', () => {
		const three = [
			{ direction: 'higher-is-better' },
			{ direction: 'higher-is-better' },
			{ direction: 'higher-is-better' }
		];
		const v: Record<string, (number | null)[]> = { a: [1, 1, null], b: [2, null, null], c: [3, 3, 3] };
		const r = profileRows(places, three, (p, c) => v[p]![c]!);
		// Beta has 1 of 3 (< 1.5): no mean, sorted last by mean.
		expect(r[1]!.mean).toBeNull();
		expect(sortProfile(r, 'mean').at(-1)!.place).toBe('b');
	});
	it('sorts by a column best first with missing last, by mean, or by name', () => {
		expect(sortProfile(rows, '1').map((r) => r.place)).toEqual(['c', 'a', 'b']);
		expect(sortProfile(rows, '0').map((r) => r.place)).toEqual(['a', 'b', 'c']);
		// Means: Alpha 0.112, Beta 0, Gamma (−1.2247 + 1) / 2 = −0.112.
		expect(sortProfile(rows, 'mean').map((r) => r.place)).toEqual(['a', 'b', 'c']);
		expect(sortProfile(rows, 'name').map((r) => r.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
	});
});

describe('direct labels', () => {
	it('move apart to the gap, keeping their order', () => {
		expect(dodge([0, 5, 10], 10, 0, 100)).toEqual([0, 10, 20]);
		expect(dodge([10, 0], 10, 0, 100)).toEqual([10, 0]);
		// At the bottom edge they are pushed back up.
		expect(dodge([90, 95, 100], 10, 0, 100)).toEqual([80, 90, 100]);
	});
});

describe('scatter labels', () => {
	it('go right of a dot, else left, above or below, wherever they overlap nothing', () => {
		const spots = placeLabels([
			{ x: 0, y: 0, r: 4, width: 60 },
			{ x: 30, y: 0, r: 4, width: 60 }
		]);
		// Dot 0's right label (4…64) would cover dot 1 (26…34): it goes left instead.
		expect(spots.map((s) => s.anchor)).toEqual(['end', 'start']);
		const alone = placeLabels([{ x: 0, y: 0, r: 4, width: 60 }]);
		expect(alone).toEqual([{ dx: 8, dy: 0, anchor: 'start', hidden: false }]);
	});

	it('leave a label out rather than overprint, and keep clear of obstacles and bounds', () => {
		// Three dots in a row 10 px apart inside a 40 px box: no room for a 60 px label except where free.
		const bounds = { x0: -100, x1: 100, y0: -10, y1: 10 };
		const crowded = placeLabels(
			[
				{ x: 0, y: 0, r: 4, width: 60 },
				{ x: 10, y: 0, r: 4, width: 60 },
				{ x: 20, y: 0, r: 4, width: 60 }
			],
			14,
			bounds
		);
		expect(crowded.filter((s) => s.hidden).length).toBeGreaterThan(0);
		const blocked = placeLabels([{ x: 0, y: 0, r: 4, width: 60 }], 14, undefined, [
			{ x0: 0, x1: 100, y0: -20, y1: 20 }
		]);
		expect(blocked[0]).toMatchObject({ anchor: 'end', hidden: false });
	});
});
