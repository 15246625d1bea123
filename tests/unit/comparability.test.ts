/**
 * The comparability rules (docs/COMPARABILITY.md) on hand-made series: every expected status, value
 * and year below is written by hand from the rule, not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import {
	classifySeries,
	currentSeries,
	isOld,
	latestComparable,
	withinBound,
	type SeriesValue
} from '../../src/lib/analysis/comparability';
import {
	buildPanels,
	comparisonYear,
	entriesFor,
	type PanelIndicator,
	type PanelRow
} from '../../src/lib/analysis/panel';
import { compare, rankValues, SURVEY_MARGIN, versusMedian } from '../../src/lib/analysis/comparison';
import { comparableInThemes } from '../../src/lib/analysis/theme';

const series = (...points: [year: number, value: number, flags?: string][]): SeriesValue[] =>
	points.map(([year, value, flags = '']) => ({ geo_code: 'X', year, value, flags }));
const statuses = (points: SeriesValue[], bound: number | null) =>
	classifySeries(points, bound).map((c) => `${c.point.year}:${c.status}`);

describe('the plausibility bound', () => {
	it('compounds over the years between two values, in both directions', () => {
		// 15 % a year: 1.15 in one year, 1.3225 over two.
		expect(withinBound({ geo_code: 'X', year: 2020, value: 100 }, { geo_code: 'X', year: 2021, value: 114 }, 15)).toBe(
			true
		);
		expect(withinBound({ geo_code: 'X', year: 2020, value: 100 }, { geo_code: 'X', year: 2021, value: 116 }, 15)).toBe(
			false
		);
		expect(withinBound({ geo_code: 'X', year: 2020, value: 100 }, { geo_code: 'X', year: 2022, value: 130 }, 15)).toBe(
			true
		);
		// A fall to 1/1.15 = 0.8696 of the level is the same distance as a rise by 15 %.
		expect(withinBound({ geo_code: 'X', year: 2020, value: 100 }, { geo_code: 'X', year: 2021, value: 87 }, 15)).toBe(
			true
		);
		expect(withinBound({ geo_code: 'X', year: 2020, value: 100 }, { geo_code: 'X', year: 2021, value: 86 }, 15)).toBe(
			false
		);
	});
	it('means nothing without a bound or for values that are not both positive', () => {
		expect(withinBound({ geo_code: 'X', year: 2020, value: 100 }, { geo_code: 'X', year: 2021, value: 1 }, null)).toBe(
			true
		);
		expect(withinBound({ geo_code: 'X', year: 2020, value: -1 }, { geo_code: 'X', year: 2021, value: 3 }, 15)).toBe(
			true
		);
	});
});

describe('the jump rule', () => {
	it('an unconfirmed jump at the end of a series is suspect (Hannover 2024, flagged b)', () => {
		const points = series([2022, 545045], [2023, 545045], [2024, 94044, 'b']);
		expect(statuses(points, 15)).toEqual(['2022:start', '2023:ok', '2024:suspect']);
		const c = classifySeries(points, 15);
		expect(c[2]!.reason).toMatchObject({ kind: 'unconfirmed-jump', against: { year: 2023, value: 545045 } });
		expect(latestComparable(c)!.point.year).toBe(2023);
	});
	it('an unflagged jump is suspect too (Wolfsburg 2024: 125,961 → 76,100)', () => {
		expect(statuses(series([2023, 125961], [2024, 76100]), 15)).toEqual(['2023:start', '2024:suspect']);
	});
	it('a jump confirmed by the next value starts a new series (The Hague greater city 2016)', () => {
		const points = series([2014, 508940], [2016, 744315, 'b'], [2019, 769888], [2020, 780000]);
		expect(statuses(points, 15)).toEqual(['2014:start', '2016:new-level', '2019:ok', '2020:ok']);
		expect(currentSeries(classifySeries(points, 15)).map((c) => c.point.year)).toEqual([2016, 2019, 2020]);
	});
	it('a jump after a gap is judged against the bound compounded over the gap', () => {
		// 100 → 150 in four years: 1.15⁴ = 1.75, so within; in one year it would be a jump.
		expect(statuses(series([2010, 100], [2014, 150]), 15)).toEqual(['2010:start', '2014:ok']);
		expect(statuses(series([2013, 100], [2014, 150]), 15)).toEqual(['2013:start', '2014:suspect']);
	});
	it('after a suspect value the series recovers against the last value that was not suspect', () => {
		const points = series([2010, 100], [2011, 50], [2012, 101], [2013, 103]);
		expect(statuses(points, 15)).toEqual(['2010:start', '2011:suspect', '2012:ok', '2013:ok']);
		expect(currentSeries(classifySeries(points, 15)).map((c) => c.point.value)).toEqual([100, 101, 103]);
	});
	it('a run at another level that comes back is a temporary level (Hengelo unemployed 2021–22: 2 and 2)', () => {
		const points = series([2020, 1966, 'd'], [2021, 2, 'd'], [2022, 2], [2023, 1340]);
		expect(statuses(points, 100)).toEqual(['2020:start', '2021:suspect', '2022:suspect', '2023:ok']);
		expect(classifySeries(points, 100)[1]!.reason).toMatchObject({ kind: 'temporary-level' });
	});
	it('a break in series within the bound starts a new series, as before', () => {
		const points = series([2014, 100], [2015, 105, 'b'], [2016, 106]);
		expect(statuses(points, 15)).toEqual(['2014:start', '2015:break', '2016:ok']);
		expect(currentSeries(classifySeries(points, 15)).map((c) => c.point.year)).toEqual([2015, 2016]);
	});
	it('no bound: nothing is suspect', () => {
		expect(statuses(series([2014, 1], [2015, 100]), null)).toEqual(['2014:start', '2015:ok']);
	});
});

describe('surveys', () => {
	it('values from a national survey are not comparable and take no part in the jump rule', () => {
		const points: SeriesValue[] = [
			{ geo_code: 'S', year: 2015, value: 95, survey: 'national' },
			{ geo_code: 'S', year: 2019, value: 96.5, survey: 'national' }
		];
		expect(statuses(points, null)).toEqual(['2015:not-comparable', '2019:not-comparable']);
		expect(latestComparable(classifySeries(points, null))).toBeNull();
	});
	it('differences inside the margin are about the same: ranks become ranges', () => {
		// 1.96 × √(2 × 0.25 / 500) × 100 = 6.198, stated and used rounded up to 6.2.
		expect(1.96 * Math.sqrt((2 * 0.25) / 500) * 100).toBeCloseTo(6.198, 3);
		expect(SURVEY_MARGIN).toBe(6.2);
		// 90, 88, 80, 70 (higher is better): 88 is within 6.2 of 90 but clearly above 80.
		const ranked = rankValues(
			[
				{ city_id: 'a', value: 90 },
				{ city_id: 'b', value: 88 },
				{ city_id: 'c', value: 80 },
				{ city_id: 'd', value: 70 }
			],
			'higher-is-better',
			SURVEY_MARGIN
		);
		expect(ranked.map((r) => [r.city_id, r.rank, r.rankTo])).toEqual([
			['a', 1, 2],
			['b', 1, 2],
			['c', 3, 3],
			['d', 4, 4]
		]);
		expect(versusMedian(88, 84, SURVEY_MARGIN)).toBe('about the same');
		expect(versusMedian(95, 84, SURVEY_MARGIN)).toBe('above');
	});
});

describe('ranks', () => {
	it('ties share the better rank; the rank from the other end names the last place 1', () => {
		const ranked = rankValues(
			[
				{ city_id: 'a', value: 10 },
				{ city_id: 'b', value: 9 },
				{ city_id: 'c', value: 9 },
				{ city_id: 'd', value: 8 }
			],
			'lower-is-better'
		);
		expect(ranked.map((r) => [r.city_id, r.rank, r.rankFromEnd])).toEqual([
			['d', 1, 4],
			['b', 2, 2],
			['c', 2, 2],
			['a', 4, 1]
		]);
	});
});

const rule = (id: string, extra: Partial<PanelIndicator> = {}): PanelIndicator => ({
	indicator_id: id,
	plausible_change: 15,
	old_after: 6,
	travel_tolerance: 0.2,
	derived_from: '',
	price_basis: '',
	...extra
});
const row = (indicator_id: string, city_id: string, year: number, value: number, flags = ''): PanelRow => ({
	indicator_id,
	city_id,
	geo_code: `${city_id}-unit`,
	geo_name: city_id,
	survey: '',
	year,
	value,
	flags,
	note: ''
});

describe('panels, periods and derived values', () => {
	const rules = new Map([
		['population', rule('population')],
		['unemployed', rule('unemployed', { plausible_change: 100 })],
		[
			'unemployed_per_1000',
			rule('unemployed_per_1000', { plausible_change: 100, derived_from: 'unemployed population' })
		]
	]);
	const rows = [
		row('population', 'h', 2023, 545045),
		row('population', 'h', 2024, 94044, 'b'),
		row('unemployed', 'h', 2024, 30000),
		row('unemployed_per_1000', 'h', 2023, 50),
		row('unemployed_per_1000', 'h', 2024, 55),
		row('population', 'a', 2022, 100000),
		row('population', 'a', 2023, 101000),
		row('population', 'b', 2023, 50000),
		row('population', 'c', 2021, 70000)
	];
	const panels = buildPanels(['unemployed_per_1000', 'population'], (id) => rules.get(id), rows);

	it('a ratio whose denominator is suspect is suspect', () => {
		const h = panels.get('unemployed_per_1000')!.series.get('h')!;
		expect(h.map((c) => c.status)).toEqual(['start', 'suspect']);
		expect(h[1]!.reason).toEqual({ kind: 'input-suspect', input: 'population', year: 2024 });
	});

	it('the comparison year is the most recent with two-thirds of the places that have the indicator', () => {
		// Places with population at all: h, a, b, c (4). 2024: none comparable (h's is suspect);
		// 2023: h, a, b = 3 ≥ ⅔ × 4.
		expect(comparisonYear(panels.get('population')!, ['h', 'a', 'b', 'c'])).toEqual({ year: 2023, n: 3, of: 4 });
	});

	it('in a year, each place has its value of that year; suspect values are set aside, never ranked', () => {
		const entries = entriesFor(panels.get('population')!, ['h', 'a', 'c'], { kind: 'year', year: 2024 });
		expect(entries.map((e) => [e.city_id, e.used?.point.value ?? null, e.setAside.length])).toEqual([
			['h', null, 1],
			['a', null, 0],
			['c', null, 0]
		]);
	});

	it('in a window, each place has its latest comparable value, and labels keep its own year', () => {
		const result = compare(
			panels.get('population')!,
			['h', 'a', 'b', 'c'],
			{ kind: 'window', from: 2020, to: 2024 },
			{ direction: 'neutral', frequency: 'annual' }
		);
		expect(result.ranked.map((r) => [r.city_id, r.value, r.year, r.rank])).toEqual([
			['h', 545045, 2023, 1],
			['a', 101000, 2023, 2],
			['c', 70000, 2021, 3],
			['b', 50000, 2023, 4]
		]);
		expect(result.setAside.map((s) => [s.city_id, s.value.point.year])).toEqual([['h', 2024]]);
		expect(result.median).toBe((101000 + 70000) / 2);
	});

	it('a value more than old_after years before the data release is old', () => {
		expect(isOld(2019, 2026, { old_after: 6 })).toBe(true);
		expect(isOld(2020, 2026, { old_after: 6 })).toBe(false);
	});
});

describe('like with like in a comparison', () => {
	const survey = (city_id: string, year: number, value: number, type: string): PanelRow => ({
		indicator_id: 'satisfied',
		city_id,
		geo_code: `s:${city_id}`,
		geo_name: city_id,
		survey: type,
		year,
		value,
		flags: '',
		note: ''
	});
	const satisfied = {
		indicator_id: 'satisfied',
		plausible_change: null,
		old_after: 6,
		travel_tolerance: 1,
		derived_from: '',
		price_basis: ''
	};

	it('a national-survey value among EU-survey values is set aside, never ranked or in the median', () => {
		const rows = [
			survey('a', 2019, 90, 'eu'),
			survey('b', 2019, 80, 'eu'),
			survey('c', 2019, 96.5, 'national'),
			survey('d', 2019, 70, 'eu')
		];
		const panel = buildPanels(['satisfied'], () => satisfied, rows).get('satisfied')!;
		const c = compare(
			panel,
			['a', 'b', 'c', 'd'],
			{ kind: 'year', year: 2019 },
			{
				direction: 'higher-is-better',
				frequency: 'survey-wave'
			}
		);
		expect(c.ranked.map((r) => r.city_id)).toEqual(['a', 'b', 'd']);
		expect(c.median).toBe(80);
		expect(c.setAside.map((s) => [s.city_id, s.value.status])).toEqual([['c', 'not-comparable']]);
		// 90 and 80 are 10 points apart (over the 6.2 margin): an order; every range is one rank.
		expect(c.ranked.map((r) => [r.rank, r.rankTo])).toEqual([
			[1, 1],
			[2, 2],
			[3, 3]
		]);
	});

	it('counts are left out of the theme views; rates and shares stay', () => {
		const kept = comparableInThemes([
			{ indicator_id: 'population', measure: 'count' },
			{ indicator_id: 'unemployment_rate', measure: 'rate' },
			{ indicator_id: 'foreign_born_share', measure: 'share' }
		]);
		expect(kept.map((i) => i.indicator_id)).toEqual(['unemployment_rate', 'foreign_born_share']);
	});
});
