/**
 * Generated sentences on hand-made data: the words, the rank said from the nearer end, changes of
 * rates in percentage points, nominal money, old values, greater cities — every expected sentence
 * written here by hand.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '$lib/analysis/comparison';
import { buildPanels, type PanelIndicator, type PanelRow } from '$lib/analysis/panel';
import { rankingSummary, setAsideStatements, takeaway } from '$lib/analysis/statements/group';
import { changeStatement, levelStatement, periodChange, type StatementContext } from '$lib/analysis/statements/place';
import type { WordedIndicator } from '$lib/analysis/statements/words';

const base = {
	plausible_change: 15,
	old_after: 6,
	travel_tolerance: 0.2,
	derived_from: '',
	price_basis: '',
	label: '',
	frequency: 'annual',
	spatial_level: 'city'
};
type Indicator = WordedIndicator & PanelIndicator;
const population: Indicator = {
	...base,
	indicator_id: 'population',
	short_label: 'Population',
	unit: 'persons',
	decimals: 0,
	direction: 'neutral',
	measure: 'count',
	phrase_subject: 'the population',
	phrase_noun: 'population',
	phrase_value: '{value} residents',
	phrase_highest: 'largest',
	phrase_lowest: 'smallest'
};
const unemployment: Indicator = {
	...base,
	indicator_id: 'unemployment_rate',
	short_label: 'Unemployment rate',
	unit: '%',
	decimals: 1,
	direction: 'lower-is-better',
	measure: 'rate',
	plausible_change: 150,
	phrase_subject: 'the unemployment rate',
	phrase_noun: 'unemployment rate',
	phrase_value: 'an unemployment rate of {value} %',
	phrase_highest: 'highest',
	phrase_lowest: 'lowest'
};
const income: Indicator = {
	...unemployment,
	indicator_id: 'median_disposable_income',
	unit: 'EUR',
	decimals: 0,
	direction: 'higher-is-better',
	measure: 'amount',
	price_basis: 'nominal',
	phrase_subject: 'the median household income',
	phrase_noun: 'median household income',
	phrase_value: 'a median disposable household income of {value} euros a year (nominal)'
};
const ctx = (indicator: Indicator): StatementContext => ({ indicator, group: 'partners', releaseYear: 2026 });
const row = (indicator_id: string, city_id: string, year: number, value: number, flags = ''): PanelRow => ({
	indicator_id,
	city_id,
	geo_code: city_id.toUpperCase(),
	geo_name: city_id,
	survey: '',
	year,
	value,
	flags,
	note: ''
});
const names: Record<string, string> = { a: 'Alpha', b: 'Beta', c: 'Gamma', d: 'Delta' };
const nameOf = (id: string) => names[id]!;

describe('ranks in words', () => {
	const rows = [
		row('population', 'a', 2023, 500000),
		row('population', 'b', 2023, 300000),
		row('population', 'c', 2023, 200000),
		row('population', 'd', 2023, 100000),
		row('population', 'a', 2024, 90000, 'b')
	];
	const panel = buildPanels(['population'], () => population, rows).get('population')!;
	const c = compare(panel, ['a', 'b', 'c', 'd'], { kind: 'year', year: 2023 }, population);

	it('the last place is "the smallest", never "the 4th largest of 4"; ranks below the middle from that end', () => {
		const last = levelStatement(ctx(population), { city_id: 'd', name: 'Delta' }, c, rows[3]!);
		expect(last.text).toBe(
			'In 2023, Delta had 100,000 residents: the smallest population of the 4 partner places with a value in 2023.'
		);
		const third = levelStatement(ctx(population), { city_id: 'c', name: 'Gamma' }, c, rows[2]!);
		expect(third.text).toBe(
			'In 2023, Gamma had 200,000 residents: the 2nd smallest population of the 4 partner places with a value in 2023.'
		);
		expect(third.claims).toContainEqual(
			expect.objectContaining({ type: 'rank', place: 'c', year: 2023, rank: 3, n: 4 })
		);
	});

	it('a ranking summary gives each value its year and the median', () => {
		expect(rankingSummary(ctx(population), c, nameOf).text).toBe(
			'In 2023, Alpha had the largest population of the 4 partner places with a value (500,000 persons) and Delta the smallest (100,000 persons); the median is 250,000 persons.'
		);
	});

	it('a suspect value left out is named with the value it was compared with', () => {
		const window = compare(panel, ['a', 'b', 'c', 'd'], { kind: 'year', year: 2024 }, population);
		expect(setAsideStatements(ctx(population), window, nameOf).map((s) => s.text)).toEqual([
			'Population — Alpha: 90,000 persons (2024), left out as suspect: 82.0 % below 500,000 (2023), more than the plausible 15 % a year, and no later value confirms the new level.'
		]);
	});

	it('a greater-city value is labelled so', () => {
		const greater = { ...population, spatial_level: 'greater_city' };
		expect(rankingSummary(ctx(greater), c, nameOf).text).toContain('Alpha (greater city) had the largest population');
	});
});

describe('changes', () => {
	it('a rate changes in percentage points (6.6 % → 4.9 %: −1.7 points, not −25.8 %)', () => {
		const c = periodChange(unemployment, { year: 2017, value: 6.6 }, { year: 2021, value: 4.9 })!;
		expect(c.unit).toBe('points');
		expect(changeStatement(ctx(unemployment), { city_id: 'a', name: 'Poznań' }, c).text).toBe(
			'In Poznań, the unemployment rate fell from 6.6 % in 2017 to 4.9 in 2021 (−1.7 points).'
		);
	});
	it('a count changes in %', () => {
		const c = periodChange(population, { year: 2008, value: 101705 }, { year: 2024, value: 78942 })!;
		expect(changeStatement(ctx(population), { city_id: 'd', name: 'Daugavpils' }, c).text).toBe(
			'In Daugavpils, the population fell from 101,705 persons in 2008 to 78,942 in 2024 (−22.4 %).'
		);
	});
	it('nominal money says so, and rising money is not called improving', () => {
		const c = periodChange(income, { year: 2009, value: 19300 }, { year: 2019, value: 25080 })!;
		expect(changeStatement(ctx(income), { city_id: 'a', name: 'Hannover' }, c).text).toBe(
			'In Hannover, the median household income rose from 19,300 EUR in 2009 to 25,080 in 2019 (+29.9 %, nominal: not adjusted for inflation).'
		);
	});
});

describe('old values and the takeaway', () => {
	const rows = [
		row('unemployment_rate', 'a', 2015, 8),
		row('unemployment_rate', 'b', 2015, 5),
		row('unemployment_rate', 'c', 2015, 11)
	];
	const panel = buildPanels(['unemployment_rate'], () => unemployment, rows).get('unemployment_rate')!;
	const c = compare(panel, ['a', 'b', 'c'], { kind: 'year', year: 2015 }, unemployment);

	it('a value more than six years older than the data release is "the latest available"', () => {
		expect(levelStatement(ctx(unemployment), { city_id: 'b', name: 'Beta' }, c, rows[1]!).text).toBe(
			'In 2015 (the latest available), Beta had an unemployment rate of 5.0 %: the lowest unemployment rate of the 3 partner places with a value in 2015.'
		);
	});
	it('names the two ends by direction', () => {
		expect(takeaway(ctx(unemployment), c, nameOf).text).toBe(
			'In 2015 (the latest available), Beta had the lowest unemployment rate of the 3 partner places with a value (5.0 %), Gamma the highest (11.0 %).'
		);
	});
	it('with targets: how many meet the strictest in force and the one with a year, both drawn in the chart', () => {
		const targets = [
			{ target_id: 'eu', label: 'EU limit', comparator: 'le' as const, value: 10, target_year: null },
			{ target_id: 'who', label: 'WHO guideline', comparator: 'le' as const, value: 6, target_year: null },
			{ target_id: 'eu30', label: 'EU limit from 2030', comparator: 'le' as const, value: 9, target_year: 2030 }
		];
		const s = takeaway(ctx(unemployment), c, nameOf, targets);
		expect(s.text).toBe(
			'In 2015 (the latest available), 1 of the 3 partner places with a value met the WHO guideline (6 %) and 2 met the EU limit from 2030 (9 %).'
		);
		expect(s.claims.map((x) => x.type === 'meeting' && [x.target, x.meeting, x.n])).toEqual([
			['who', 1, 3],
			['eu30', 2, 3]
		]);
	});
	it('says so when too few places have a value', () => {
		const one = compare(panel, ['a'], { kind: 'year', year: 2015 }, unemployment);
		expect(takeaway(ctx(unemployment), one, nameOf).text).toBe(
			'Too few places have a comparable value for unemployment rate in 2015 to compare.'
		);
	});
});
