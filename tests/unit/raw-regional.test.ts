/**
 * Regional context (GDP by NUTS 3, life expectancy by NUTS 2, the third-party NUTS 2 series) and
 * Il Sole 24 ORE's provinces, traced from raw lines to the observation files. Raw TSV lines are split
 * here by hand, independently of the build's reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, placeObservations, readCsv } from '../support/datasets';

const rawText = (path: string) => readFileSync(join(DATASETS_DIR, 'raw', path), 'utf8');

/** year → [value, flags] of one bulk-TSV line, `:` cells skipped. */
function tsvLine(path: string, key: string): Map<number, [string, string]> {
	const lines = rawText(path).split('\n');
	const years = lines[0]!
		.split('\t')
		.slice(1)
		.map((y) => Number(y.trim()));
	const line = lines.find((l) => l.startsWith(`${key}\t`));
	if (!line) throw new Error(`${path}: no line ${key}`);
	const out = new Map<number, [string, string]>();
	line
		.split('\t')
		.slice(1)
		.forEach((cell, i) => {
			const [value, flags = ''] = cell.trim().split(' ');
			if (value !== ':') out.set(years[i]!, [value!, flags]);
		});
	return out;
}

const observations = readCsv('observations.csv');
const find = (geo: string, indicator: string, year: number) =>
	observations.find((o) => o.geo_code === geo && o.indicator_id === indicator && Number(o.year) === year);

/** Every published cell of a raw line is one observation with the same value and flags. */
function expectEveryCell(raw: Map<number, [string, string]>, geo: string, indicator: string): void {
	for (const [year, [value, flags]] of raw) {
		const o = find(geo, indicator, year);
		expect(o, `${geo} ${year}`).toBeDefined();
		expect(Number(o!.value)).toBe(Number(value));
		expect(o!.flags).toBe(flags);
	}
}

describe('nama_10r_3gdp (NUTS 3) → observations.csv', () => {
	const GDP = 'eurostat-nama_10r_3gdp-2023/nama_10r_3gdp_partner_nuts3_extract.tsv';
	it.each([
		['PPS_EU27_2020_HAB,PL415', 'PL415', 'gdp_pps_per_inhabitant'],
		['PPS_HAB_EU27_2020,DE913', 'DE913', 'gdp_pps_per_inhabitant_eu_index'],
		['PPS_HAB_EU27_2020,LV005', 'LV005', 'gdp_pps_per_inhabitant_eu_index'],
		['PPS_EU27_2020_HAB,DE', 'DE', 'gdp_pps_per_inhabitant']
	])('%s: every published year, value and flag', (key, geo, indicator) => {
		const raw = tsvLine(GDP, key);
		expect(raw.size).toBeGreaterThan(15);
		expectEveryCell(raw, geo, indicator);
		expect(find(geo, indicator, 2021), '2021 is ":" for this region').toEqual(
			geo === 'DE' ? expect.anything() : undefined
		);
	});
});

describe('demo_r_mlifexp (NUTS 2) → observations.csv', () => {
	const LIFE = 'eurostat-demo_r_mlifexp-2023/demo_r_mlifexp_Y_LT1_partner_regions_extract.tsv';
	it.each([
		['YR,T,Y_LT1,LV00', 'LV00', 'life_expectancy'],
		['YR,F,Y_LT1,UKG3', 'UKG3', 'life_expectancy_women'],
		['YR,M,Y_LT1,IE06', 'IE06', 'life_expectancy_men']
	])('%s', (key, geo, indicator) => {
		const raw = tsvLine(LIFE, key);
		expect(raw.size).toBeGreaterThan(8);
		expectEveryCell(raw, geo, indicator);
	});
});

describe('regional units are context', () => {
	it('each place is linked to one NUTS 2 region with values; NUTS names come from the code list', () => {
		const links = readCsv('place-regions.csv');
		const cities = readCsv('cities.csv');
		for (const c of cities)
			expect(
				links.some((l) => l.city_id === c.city_id && l.level === 'nuts2'),
				c.city_id
			).toBe(true);
		const nuts = rawText('eurostat-demo_r_mlifexp-2023/nuts2021_codes_partner_regions_excerpt.csv');
		const geo = new Map(readCsv('geo.csv').map((g) => [g.geo_code!, g]));
		expect(nuts).toContain(`LV005;;;;${geo.get('LV005')!.name};3`);
		expect(geo.get('DE91')!.city_id, 'a region is no place of its own').toBe('');
	});

	it('no NUTS value counts as a place’s own value (so none can be ranked)', () => {
		const levels = new Set(
			placeObservations().map((o) => readCsv('geo.csv').find((g) => g.geo_code === o.geo_code)!.level)
		);
		expect([...levels].sort()).toEqual(['city', 'greater_city']);
	});
});

describe('third-party NUTS 2 series (kworlddatamap) → observations.csv', () => {
	it('copies every [year, value] pair, marked as a rounded copy', () => {
		const regions = JSON.parse(
			rawText('kworlddatamap-eurostat-derived-2026/eurostat-regions_partner_nuts2_extract.json')
		) as Record<string, { unemployment_history?: [number, number][] }>;
		const pairs = regions.DE91!.unemployment_history!;
		expect(pairs.length).toBe(14);
		for (const [year, value] of pairs) {
			const o = find('DE91', 'regional_unemployment_rate', year);
			expect(Number(o!.value)).toBe(value);
			expect(o!.note).toContain('rounded copy');
		}
	});
});

describe('Il Sole 24 ORE (CC BY-NC 4.0) → observations-ilsole.csv', () => {
	it('keeps the provincial employment rate of 2019 for each province, in its own file', () => {
		const raw = csvParse(
			rawText('ilsole24ore-qualita-della-vita-2020/20201214_QDV2020_001_bologna_firenze_padova_extract.csv')
		);
		const rows = raw.filter((r) => r.INDICATORE === 'Tasso di occupazione');
		expect(rows).toHaveLength(3);
		const ilsole = readCsv('observations-ilsole.csv');
		for (const r of rows) {
			const o = ilsole.find(
				(x) => x.geo_code === r['CODICE NUTS 3 2021'] && x.indicator_id === 'province_employment_rate'
			);
			expect(Number(o!.value)).toBe(Number(r.VALORE));
			expect(o!.year).toBe('2019');
		}
		expect(observations.some((o) => o.source_id!.startsWith('ilsole'))).toBe(false);
		expect(readCsv('sources.csv').find((s) => s.source_id!.startsWith('ilsole'))!.licence).toContain('CC BY-NC 4.0');
	});
});
