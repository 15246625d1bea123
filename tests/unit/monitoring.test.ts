/**
 * The monitoring rules with hand-checked cases (docs/COMPARABILITY.md §8): status against a target,
 * said with the direction of travel so the two cannot contradict each other, on a current series.
 */
import { describe, expect, it } from 'vitest';
import { assess, directionOfTravel, leastSquares, trendPoints } from '$lib/analysis/monitoring';
import { statusWords } from '$lib/analysis/statements/monitor';

const obs = (pairs: [number, number, string?][]) => pairs.map(([year, value, flags]) => ({ year, value, flags }));
const limit = (value: number, target_year: number | null = null) => ({ comparator: 'le' as const, value, target_year });
const pollutant = { direction: 'lower-is-better', travel_tolerance: 2 };
const target = (value: number, target_year: number | null) => ({
	target_id: 't',
	label: 'limit',
	comparator: 'le' as const,
	value,
	target_year
});

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
		const series = obs([
			[2020, 30],
			[2022, 18]
		]);
		expect(assess(series, limit(20), 2022, pollutant).status).toBe('met');
	});
	it('no data: the latest value is older than three years before the reference year', () => {
		// Reference 2023: recent means 2021–2023; 2020 is too old.
		const old = obs([
			[2019, 10],
			[2020, 10]
		]);
		expect(assess(old, limit(20), 2023, pollutant).status).toBe('no-data');
		expect(assess([], limit(20), 2023, pollutant).status).toBe('no-data');
	});
	it('falling fast enough: 30, 28, 26, 24, 22 (−2 a year) reaches 20 by 2030', () => {
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
			2023,
			pollutant
		);
		expect(a.status).toBe('not-met-on-course');
		expect(a.projected).toBeCloseTo(8, 10);
		expect(statusWords(a, target(20, 2030), 'µg/m³', 1)).toBe('not met — falling fast enough to meet it by 2030');
	});
	it('falling too slowly: 30, 29.5, 29 (−0.5 a year, −1.7 % of the level) reaches only 25.5 by 2030', () => {
		const a = assess(
			obs([
				[2021, 30],
				[2022, 29.5],
				[2023, 29]
			]),
			limit(20, 2030),
			2023,
			{ direction: 'lower-is-better', travel_tolerance: 1 }
		);
		expect(a.status).toBe('not-met-too-slowly');
		expect(a.projected).toBeCloseTo(25.5, 10);
		expect(statusWords(a, target(20, 2030), 'µg/m³', 1)).toBe('not met — falling too slowly to meet it by 2030');
	});
	it('rising values: "not met — rising", never "off track" beside an improving arrow', () => {
		const rising = obs([
			[2021, 22],
			[2022, 23],
			[2023, 24]
		]);
		const a = assess(rising, limit(20, 2030), 2023, pollutant);
		expect(a.status).toBe('not-met-away');
		expect(a.travel?.travel).toBe('worsening');
		expect(statusWords(a, target(20, 2030), 'µg/m³', 1)).toBe('not met — rising');
	});
	it('a target without a year: "falling about x a year" with x in the unit', () => {
		const falling = obs([
			[2021, 30],
			[2022, 26],
			[2023, 22]
		]);
		const a = assess(falling, limit(20), 2023, pollutant);
		expect(a.status).toBe('not-met-toward');
		expect(statusWords(a, target(20, null), 'µg/m³', 1)).toBe('not met — falling about 4.0 µg/m³ a year');
	});
	it('stable within the tolerance: "not falling", whatever the fitted line would reach', () => {
		// Slope −0.1 on a mean of 25: −0.4 % a year, within ±2 %.
		const a = assess(
			obs([
				[2021, 25.1],
				[2022, 25],
				[2023, 24.9]
			]),
			limit(20, 2030),
			2023,
			pollutant
		);
		expect(a.status).toBe('not-met-stable');
		expect(statusWords(a, target(20, 2030), 'µg/m³', 1)).toBe('not met — not falling');
	});
	it('too few points for a trend', () => {
		const a = assess(
			obs([
				[2022, 30],
				[2023, 22]
			]),
			limit(20, 2030),
			2023,
			pollutant
		);
		expect(a.status).toBe('not-met-no-trend');
	});
	it('years flagged l stay the latest value but are left out of the trend', () => {
		const series = obs([
			[2019, 30],
			[2020, 28],
			[2021, 26],
			[2022, 25, 'l']
		]);
		expect(trendPoints(series).map((p) => p.year)).toEqual([2019, 2020, 2021]);
	});
	it('higher-is-better targets (≥)', () => {
		expect(assess(obs([[2023, 70]]), { comparator: 'ge', value: 60, target_year: null }, 2023, pollutant).status).toBe(
			'met'
		);
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
			pollutant
		);
		expect(falling?.travel).toBe('improving');
		expect(falling?.percentPerYear).toBeCloseTo((-2 / 26) * 100, 10);
		const rising = obs([
			[2021, 20],
			[2022, 22],
			[2023, 24]
		]);
		expect(directionOfTravel(rising, pollutant)?.travel).toBe('worsening');
		// Slope 0.1 on a mean of 50: 0.2 % a year, within ±1 %.
		const flat = obs([
			[2021, 49.9],
			[2022, 50],
			[2023, 50.1]
		]);
		expect(directionOfTravel(flat, { direction: 'higher-is-better', travel_tolerance: 1 })?.travel).toBe('stable');
	});
	it("uses the indicator's own tolerance: Daugavpils-like population, −0.9 % a year, is falling", () => {
		// 85,000 → 82,000 over five years: slope −750 on a mean of 83,500 = −0.90 % a year; population's tolerance is 0.2 %.
		const population = obs([
			[2020, 85000],
			[2021, 84250],
			[2022, 83500],
			[2023, 82750],
			[2024, 82000]
		]);
		const travel = directionOfTravel(population, { direction: 'neutral', travel_tolerance: 0.2 });
		expect(travel?.travel).toBe('falling');
		expect(travel?.percentPerYear).toBeCloseTo((-750 / 83500) * 100, 10);
		expect(directionOfTravel(population, { direction: 'neutral', travel_tolerance: 1 })?.travel).toBe('stable');
	});
	it('nominal money rises or falls, never "improves"', () => {
		const income = obs([
			[2017, 20000],
			[2018, 21000],
			[2019, 22000]
		]);
		expect(
			directionOfTravel(income, { direction: 'higher-is-better', travel_tolerance: 0.5, price_basis: 'nominal' })
				?.travel
		).toBe('rising');
	});
	it('needs three observations', () => {
		const two = obs([
			[2022, 1],
			[2023, 2]
		]);
		expect(directionOfTravel(two, { direction: 'neutral', travel_tolerance: 1 })).toBeNull();
	});
});
