import { describe, expect, it } from 'vitest';
import {
	countryName,
	describeFlags,
	formatCell,
	formatNumber,
	formatSigned,
	formatValue,
	ordinal
} from '$lib/data/format';

describe('formatNumber (en-GB, fixed decimals)', () => {
	it('groups thousands with commas and uses a decimal point whatever the machine locale', () => {
		expect(formatNumber(1234567)).toBe('1,234,567');
		expect(formatNumber(1234.5, 1)).toBe('1,234.5');
		expect(formatNumber(0.125, 2)).toBe('0.13');
		expect(formatNumber(-42, 0)).toBe('\u221242'); // a true minus sign
	});
	it('says "no data" for a missing value, never 0', () => {
		expect(formatValue(null, 0, 'persons')).toBe('no data');
		expect(formatValue(Number.NaN, 0, 'persons')).toBe('no data');
		expect(formatValue(0, 0, 'persons')).toBe('0 persons');
	});
});

describe('ordinal', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[101, '101st'],
		[111, '111th']
	])('%i → %s', (n, text) => expect(ordinal(n)).toBe(text));
});

describe('flags and countries', () => {
	it('spells out Eurostat flags, and unknown flags verbatim', () => {
		expect(describeFlags('bp')).toBe('break in time series, provisional');
		expect(describeFlags('z')).toBe('flag "z"');
		expect(describeFlags(null)).toBe('');
	});
	it("names countries from Eurostat's codes, including EL and UK", () => {
		expect(countryName('PL')).toBe('Poland');
		expect(countryName('EL')).toBe('Greece');
		expect(countryName('UK')).toBe('United Kingdom');
	});
});

describe('groupByTheme', () => {
	it('keeps the theme order, drops empty themes and puts unknown themes last', async () => {
		const { groupByTheme } = await import('$lib/data/themes');
		const groups = groupByTheme([
			{ id: 'a', theme: 'mobility' },
			{ id: 'b', theme: 'population' },
			{ id: 'c', theme: 'made-up' },
			{ id: 'd', theme: 'population' }
		]);
		expect(groups.map((g) => [g.label, g.indicators.map((i) => i.id)])).toEqual([
			['Population', ['b', 'd']],
			['Mobility', ['a']],
			['made-up', ['c']]
		]);
	});
});

describe('formatSigned', () => {
	it('writes the sign, a true minus and ± for zero', () => {
		expect(formatSigned(-8.66, 1)).toBe('−8.7');
		expect(formatSigned(1234.5)).toBe('+1,235');
		expect(formatSigned(0, 1)).toBe('±0.0');
	});
});

describe('formatCell', () => {
	it('writes years, ids and codes as they are, and quantities with separators', () => {
		expect(formatCell('year', 2020)).toBe('2020');
		expect(formatCell('Reference year', 2001)).toBe('2001');
		expect(formatCell('city_id', 12345)).toBe('12345');
		expect(formatCell('geo_code', 1001)).toBe('1001');
		expect(formatCell('value', 545073)).toBe('545,073');
		expect(formatCell('value', 16.125)).toBe('16.125');
		expect(formatCell('yearly_total', 2020)).toBe('2,020');
		expect(formatCell('year', null)).toBe('');
		expect(formatCell('note', 'a <b> text')).toBe('a <b> text');
	});
});
