/**
 * From cells to observations: numbers as offices write them, Eurostat's TSV and SDMX-CSV from the raw
 * sources (counts checked against a plain split of the same file), place names in their many spellings,
 * and a targets file. Expected values are written here by hand or counted independently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { indicatorLabels } from '$lib/upload/dataset';
import { parseCell, detectNumberFormat } from '$lib/upload/numbers';
import { placeMatcher } from '$lib/upload/places';
import { readFile } from '$lib/upload/read-file';
import { shapeObservations } from '$lib/upload/shape';
import { readTargets } from '$lib/upload/targets';
import { placeCatalogue } from '../support/datasets';

const RAW = join(process.cwd(), 'datasets/raw');
const match = placeMatcher(placeCatalogue());

describe('cells', () => {
	const comma = { decimal: ',', thousands: '.' } as const;
	const point = { decimal: '.', thousands: ',' } as const;
	it.each([
		['12,5', comma, { kind: 'value', value: 12.5, flags: '' }],
		['1.234.567,8', comma, { kind: 'value', value: 1234567.8, flags: '' }],
		['−3,2', comma, { kind: 'value', value: -3.2, flags: '' }],
		['1,234,567.8', point, { kind: 'value', value: 1234567.8, flags: '' }],
		['12.3 b', point, { kind: 'value', value: 12.3, flags: 'b' }],
		['34.2 e', point, { kind: 'value', value: 34.2, flags: 'e' }],
		['70.0 ', point, { kind: 'value', value: 70, flags: '' }],
		[': ', point, { kind: 'missing', flags: '' }],
		[': c', point, { kind: 'missing', flags: 'c' }],
		['NA', point, { kind: 'missing', flags: '' }],
		['..', point, { kind: 'missing', flags: '' }],
		['abc', point, { kind: 'invalid' }],
		['12.5', comma, { kind: 'invalid' }],
		['1 234', { decimal: ',', thousands: ' ' } as const, { kind: 'value', value: 1234, flags: '' }]
	])('%s', (text, format, want) => expect(parseCell(text, format)).toEqual(want));

	it('decimal mark: "12,5" votes comma, "12.5" votes point, "1,234" does not vote', () => {
		expect(detectNumberFormat(['12,5', '1,234', '3,75'])).toEqual({ decimal: ',', thousands: '' });
		expect(detectNumberFormat(['12.5', '1,234', '3.75'])).toEqual({ decimal: '.', thousands: '' });
		expect(detectNumberFormat(['1.234.567', '2,5'])).toEqual({ decimal: ',', thousands: '.' });
		expect(detectNumberFormat(['1 234,5', '2,5'])).toEqual({ decimal: ',', thousands: ' ' });
	});
});

describe('places', () => {
	it.each([
		['Poznan', 'PL005C'],
		['POZNAŃ', 'PL005C'],
		['PL005C', 'PL005C'],
		['Klaipeda', 'LT005C'],
		// A name is the city itself: its city-level unit in geo.csv, not Eurostat's greater city.
		['Den Haag', 'WHO:Gravenhage/NLD'],
		["'s-Gravenhage", 'WHO:Gravenhage/NLD'],
		['Greater Den Haag', 'NL017C'],
		['NL017C', 'NL017C'],
		['Dublin', 'IE001C1'],
		['IE001C', 'IE001C'],
		['Rennes', 'WHO:Rennes/FRA'],
		['Firenze', 'IT007C'],
		['Padova', 'IT027C'],
		['Bucureşti', 'RO001C'],
		['București', 'RO001C'],
		['Göttingen', 'DE020C'],
		['G\uFFFDttingen', 'DE020C'],
		['DE013C1', 'DE013C'],
		['Germany', 'DE'],
		['Atlantis', null]
	])('%s → %s', (text, code) => expect(match(text)).toBe(code));
});

describe('Eurostat and SDMX exports from the raw sources', () => {
	it("urb_percep.tsv (Eurostat TSV): every cell that is not ':' becomes a value, flags kept", () => {
		const bytes = new Uint8Array(readFileSync(join(RAW, 'eurostat-urb_percep/urb_percep.tsv')));
		const { table, mapping, settings } = readFile(bytes);
		expect(table.eurostatTsv).toBe(true);
		expect(table.header.slice(0, 3)).toEqual(['indic_ur', 'unit', 'cities']);
		const shaped = shapeObservations(table, mapping, settings, match);
		// Independent count: split lines and tabs; a cell is a value unless it is ':' (with or without a flag).
		const lines = new TextDecoder().decode(bytes).trim().split('\n').slice(1);
		const cells = lines.flatMap((l) => l.split('\t').slice(1));
		const values = cells.filter((c) => !c.trim().startsWith(':'));
		const unmatchedValues = [...shaped.unmatched.values()].reduce((n, u) => n + u.values, 0);
		expect(shaped.observations.length + unmatchedValues + shaped.problemCount).toBe(values.length);
		const latvia = shaped.observations.find(
			(o) => o.geo_code === 'LV004C' && o.indicator === 'PS1012V' && o.year === 2015
		);
		expect(latvia).toMatchObject({ value: 34.2, flags: 'e' });
	});

	it('urb_cpop1 SDMX-CSV: one value per row with an OBS_VALUE, the columns found by their SDMX names', () => {
		const path = join(RAW, 'eurostat-urb-sdmx-2025/urb_cpop1_DE1001V.csv');
		const { table, mapping, settings } = readFile(new Uint8Array(readFileSync(path)));
		expect([mapping.year, mapping.value, mapping.flag].map((j) => table.header[j!])).toEqual([
			'TIME_PERIOD',
			'OBS_VALUE',
			'OBS_FLAG'
		]);
		const shaped = shapeObservations(table, mapping, settings, match);
		const rows = csvParse(readFileSync(path, 'utf8')).filter((r) => r.OBS_VALUE !== '');
		expect(shaped.observations.length + shaped.problemCount).toBe(rows.length);
		// Its label column, right after the code column, names the indicator.
		expect(table.header[mapping.indicator!]).toBe('indic_ur');
		expect(indicatorLabels(table, mapping)).toEqual(new Map([['DE1001V', rows[0]!['Urban audit indicator']]]));
	});

	it('suggests no label where the next column is mapped, repeats the code or varies for one code', () => {
		const table = {
			header: ['geo', 'ind', 'label', 'year', 'value'],
			rows: [
				['PL005C', 'A', 'Green share', '2020', '1'],
				['PL005C', 'A', 'Green share', '2021', '2'],
				['PL005C', 'B', 'Other thing', '2021', '2']
			]
		};
		const mapping = {
			layout: 'long' as const,
			place: 0,
			indicator: 1,
			indicatorName: '',
			year: 3,
			value: 4,
			yearColumns: [],
			flag: null,
			unit: null
		};
		expect(indicatorLabels(table, mapping)).toEqual(
			new Map([
				['A', 'Green share'],
				['B', 'Other thing']
			])
		);
		expect(indicatorLabels(table, { ...mapping, unit: 2 }).size).toBe(0);
		const varying = { ...table, rows: [...table.rows, ['PL005C', 'A', 'Something else', '2022', '3']] };
		expect(indicatorLabels(varying, mapping).size).toBe(0);
		const repeats = { ...table, rows: table.rows.map((r) => [r[0]!, r[1]!, r[1]!, r[3]!, r[4]!]) };
		expect(indicatorLabels(repeats, mapping).size).toBe(0);
	});
});

describe('years', () => {
	it('reports a year out of range, a quarter and a word each with what was expected', () => {
		const text = [
			'city,indicator,year,value',
			'Poznan,x,2021,1',
			'Poznan,x,1850,2',
			'Poznan,x,2021-Q1,3',
			'Poznan,x,soon,4'
		].join('\n');
		const { table, mapping, settings } = readFile(new TextEncoder().encode(text));
		const shaped = shapeObservations(table, mapping, settings, match);
		expect(shaped.observations).toHaveLength(1);
		expect(shaped.problems.map((p) => [p.line, p.value, p.expected])).toEqual([
			[3, '1850', 'a year between 1900 and 2100'],
			[4, '2021-Q1', 'a year such as 2021 (only yearly values are imported, not quarters or months)'],
			[5, 'soon', 'a year such as 2021']
		]);
	});
});

describe('targets file', () => {
	it('valid rows kept with le/ge, unknown indicator and place reported by line', () => {
		const text = [
			'indicator_id,scope,comparator,value,target_year,label',
			'pm25_annual_mean,poznan,≤,10,2030,Poznań plan',
			'no_such,poznan,le,5,,x',
			'pm10_annual_mean,atlantis,ge,1,,x',
			'pm10_annual_mean,all,>=,12,2031,plan'
		].join('\n');
		const { table, settings } = readFile(new TextEncoder().encode(text));
		const result = readTargets(
			table,
			settings,
			{ indicators: new Set(['pm25_annual_mean', 'pm10_annual_mean']), places: new Set(['poznan']) },
			{ sourceId: 'user-x', label: 'Mine' }
		);
		expect(result.rows).toBe(2);
		expect(result.problems.map((p) => [p.line, p.column])).toEqual([
			[3, 'indicator_id'],
			[4, 'scope']
		]);
		const kept = csvParse(result.csv);
		expect(kept.map((t) => [t.indicator_id, t.scope, t.comparator, t.value, t.target_year, t.source_id])).toEqual([
			['pm25_annual_mean', 'poznan', 'le', '10', '2030', 'user-x'],
			['pm10_annual_mean', 'all', 'ge', '12', '2031', 'user-x']
		]);
	});
});

describe('a decimal mark of the other convention is an error, not a guess', () => {
	it.each([
		['12.5', { decimal: ',', thousands: '' } as const],
		['1,5', { decimal: '.', thousands: '' } as const],
		['12.34.5', { decimal: ',', thousands: '.' } as const]
	])('%s', (text, format) => expect(parseCell(text, format)).toEqual({ kind: 'invalid' }));
});
