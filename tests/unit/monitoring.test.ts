/** The monitoring rules with hand-checked cases: status against a target and direction of travel. */
import { describe, expect, it } from 'vitest';
import { headline } from '$lib/analysis/city-report';
import { assess, directionOfTravel, leastSquares, sinceLastBreak } from '$lib/analysis/monitoring';
import { reportSentences } from '$lib/analysis/report-sentences';

const obs = (pairs: [number, number, string?][]) => pairs.map(([year, value, flags]) => ({ year, value, flags }));
const limit = (value: number, target_year: number | null = null) => ({ comparator: 'le' as const, value, target_year });

describe('least squares', () => {
	it('fits 2, 4, 6 over 2020–2022 as slope 2, intercept −4038 (4 = 2 × 2021 + b)', () => {
		expect(
			leastSquares(
				obs([
					[2020, 2],
					[2021, 4],
					[2022, 6]
				])
			)
		).toEqual({ slope: 2, intercept: -4038 });
		expect(leastSquares(obs([[2020, 2]]))).toBeNull();
	});
});

describe('status against a target', () => {
	it('met: the latest recent value satisfies a lower-is-better limit', () => {
		expect(
			assess(
				obs([
					[2020, 30],
					[2022, 18]
				]),
				limit(20),
				2022
			).status
		).toBe('met');
	});
	it('no data: the latest value is older than three years before the reference year', () => {
		// Reference 2023: recent means 2021–2023; 2020 is too old.
		expect(
			assess(
				obs([
					[2019, 10],
					[2020, 10]
				]),
				limit(20),
				2023
			).status
		).toBe('no-data');
		expect(assess([], limit(20), 2023).status).toBe('no-data');
	});
	it('on track: falling 30, 28, 26, 24, 22 (−2 a year) reaches 20 by 2030', () => {
		// Line: 22 in 2023, −2 a year → 8 in 2030 ≤ 20.
		const a = assess(
			obs([
				[2019, 30],
				[2020, 28],
				[2021, 26],
				[2022, 24],
				[2023, 22]
			]),
			limit(20, 2030),
			2023
		);
		expect(a.status).toBe('on-track');
		expect(a.projected).toBeCloseTo(8, 10);
	});
	it('off track: rising values never reach a lower limit; no target year means no "on track"', () => {
		const rising = obs([
			[2021, 22],
			[2022, 23],
			[2023, 24]
		]);
		expect(assess(rising, limit(20, 2030), 2023).status).toBe('off-track');
		const falling = obs([
			[2021, 30],
			[2022, 26],
			[2023, 22]
		]);
		expect(assess(falling, limit(20), 2023).status).toBe('off-track');
	});
	it('too few points for a trend: off track, not on track', () => {
		expect(
			assess(
				obs([
					[2022, 30],
					[2023, 22]
				]),
				limit(20, 2030),
				2023
			).status
		).toBe('off-track');
	});
	it('leaves out years flagged l (under 75 % coverage)', () => {
		// Without the flagged 2023 value (15) the latest is 2022's 25: not met.
		expect(
			assess(
				obs([
					[2022, 25],
					[2023, 15, 'l']
				]),
				limit(20),
				2023
			).status
		).toBe('off-track');
	});
	it('higher-is-better targets (≥)', () => {
		expect(assess(obs([[2023, 70]]), { comparator: 'ge', value: 60, target_year: null }, 2023).status).toBe('met');
	});
});

describe('direction of travel', () => {
	it('falling PM10 is improving, rising is worsening, small change is stable', () => {
		// 30 → 22 over five years: slope −2 on a mean of 26 = −7.7 % a year.
		const falling = directionOfTravel(
			obs([
				[2019, 30],
				[2020, 28],
				[2021, 26],
				[2022, 24],
				[2023, 22]
			]),
			'lower-is-better'
		);
		expect(falling?.travel).toBe('improving');
		expect(falling?.percentPerYear).toBeCloseTo((-2 / 26) * 100, 10);
		expect(
			directionOfTravel(
				obs([
					[2021, 20],
					[2022, 22],
					[2023, 24]
				]),
				'lower-is-better'
			)?.travel
		).toBe('worsening');
		// Slope 0.1 on a mean of 50: 0.2 % a year, within ±1 %.
		expect(
			directionOfTravel(
				obs([
					[2021, 49.9],
					[2022, 50],
					[2023, 50.1]
				]),
				'higher-is-better'
			)?.travel
		).toBe('stable');
		expect(
			directionOfTravel(
				obs([
					[2021, 10],
					[2022, 20],
					[2023, 30]
				]),
				'neutral'
			)?.travel
		).toBe('rising');
	});
	it('needs three observations', () => {
		expect(
			directionOfTravel(
				obs([
					[2022, 1],
					[2023, 2]
				]),
				'neutral'
			)
		).toBeNull();
	});
});

describe('a break in series (flag b) starts a new series', () => {
	it('keeps only the values from the latest break on', () => {
		const series = obs([
			[2018, 500],
			[2020, 90, 'b'],
			[2019, 510],
			[2021, 91],
			[2022, 93]
		]);
		expect(sinceLastBreak(series).map((o) => o.year)).toEqual([2020, 2021, 2022]);
		expect(sinceLastBreak(obs([[2020, 1]])).map((o) => o.year)).toEqual([2020]);
	});

	it('direction of travel is fitted after the break: 90, 91, 93 rising, not the fall from 510', () => {
		const series = obs([
			[2017, 505],
			[2018, 500],
			[2019, 510],
			[2020, 90, 'b'],
			[2021, 91],
			[2022, 93]
		]);
		// After the break: slope 1.5 a year over a mean of 91.33 → +1.6 % a year (over the 1 % tolerance).
		const travel = directionOfTravel(series, 'neutral');
		expect(travel).toMatchObject({ travel: 'rising', from: 2020, to: 2022 });
		expect(travel!.percentPerYear).toBeCloseTo((1.5 / (274 / 3)) * 100, 6);
		// With the break in the latest year, one point is left: no trend.
		expect(
			directionOfTravel(obs([...series.map((o) => [o.year, o.value] as [number, number]), [2023, 40, 'b']]), 'neutral')
		).toBeNull();
	});
});

describe('report card across a break', () => {
	const indicator = {
		indicator_id: 'population',
		label: 'Population on 1 January',
		short_label: 'Population',
		unit: 'persons',
		decimals: 0,
		direction: 'neutral' as const,
		theme: 'population',
		spatial_level: 'city'
	};
	const rows = (flags: string | null) => [
		{ city_id: 'a', year: 2022, value: 545045, flags: null },
		{ city_id: 'a', year: 2023, value: 540000, flags: null },
		{ city_id: 'a', year: 2024, value: 94044, flags },
		{ city_id: 'b', year: 2024, value: 200000, flags: null }
	];

	it('no change is computed across it, and the sentence says the value starts a new series', () => {
		const h = headline(indicator, rows('b'), 'a', 2024, 5, []);
		expect(h.first).toBeNull();
		expect(reportSentences([h])[0]).toBe(
			'Population was 94,044 persons in 2024, the 2nd largest of 2 places with data (a break in the series that year: not comparable with earlier years).'
		);
	});

	it('without the break, the change runs from the first year', () => {
		const h = headline(indicator, rows(null), 'a', 2024, 5, []);
		expect(h.first).toEqual({ year: 2022, value: 545045 });
		expect(reportSentences([h])[0]).toBe('Population fell from 545,045 in 2022 to 94,044 in 2024 (−82.7 %).');
	});
});
