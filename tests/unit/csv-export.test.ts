import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsvText } from '$lib/data/csv-export';

const columns = [
	{ key: 'place', label: 'Place' },
	{ key: 'value', label: 'Value' }
];

describe('toCsvText', () => {
	it('writes a header, CRLF line ends and RFC 4180 quoting that a CSV parser reads back', () => {
		const rows = [
			{ place: 'Hannover, Region', value: 1 },
			{ place: 'The "Hague"', value: -2.5 },
			{ place: 'Line\nbreak', value: null }
		];
		const text = toCsvText(columns, rows);
		expect(text.startsWith('Place,Value\r\n')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect([...csvParse(text)]).toEqual([
			{ Place: 'Hannover, Region', Value: '1' },
			{ Place: 'The "Hague"', Value: '-2.5' },
			{ Place: 'Line\nbreak', Value: '' }
		]);
	});

	it('defuses text a spreadsheet would run as a formula, but keeps negative numbers numeric', () => {
		const text = toCsvText(columns, [
			{ place: '=HYPERLINK("http://x")', value: -1 },
			{ place: '@SUM(A1)', value: 2 }
		]);
		const parsed = csvParse(text);
		expect(parsed[0]).toEqual({ Place: `'=HYPERLINK("http://x")`, Value: '-1' });
		expect(parsed[1]?.Place).toBe(`'@SUM(A1)`);
		expect(neutraliseFormula('-5 apples')).toBe(`'-5 apples`);
		expect(neutraliseFormula('Poznań')).toBe('Poznań');
	});
});
