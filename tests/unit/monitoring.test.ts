/** The monitoring rules with hand-checked cases: status against a target and direction of travel. */
import { describe, expect, it } from 'vitest';
import { assess, directionOfTravel, leastSquares } from '$lib/analysis/monitoring';

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
