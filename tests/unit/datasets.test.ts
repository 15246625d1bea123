/** The bundled datasets against the catalogue the issues and PROVENANCE.md fix. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { populationJumps } from '../../scripts/datasets/coverage';
import { DATASETS_DIR, placeObservations, readCsv, readObservations } from '../support/datasets';

const firstLine = (file: string) => readFileSync(join(DATASETS_DIR, file), 'utf8').split('\n')[0];

describe('cities.csv and partners.csv', () => {
	const cities = readCsv('cities.csv');
	it('has the exact header and the 17 places', () => {
		expect(firstLine('cities.csv')).toBe('city_id,name,name_local,country,partner_id,role,eurostat_code,lat,lon');
		expect(cities.map((c) => c.city_id).sort()).toEqual(
			[
				'poznan',
				'bologna',
				'bucharest',
				'daugavpils',
				'dublin',
				'florence',
				'the-hague',
				'hengelo',
				'klaipeda',
				'murcia',
				'padua',
				'rennes',
				'wolverhampton',
				'hannover',
				'braunschweig',
				'goettingen',
				'wolfsburg'
			].sort()
		);
	});

	it('uses the current Urban Audit codes from PROVENANCE.md', () => {
		const codes = Object.fromEntries(cities.map((c) => [c.city_id, c.eurostat_code]));
		expect(codes).toEqual({
			poznan: 'PL005C',
			bologna: 'IT009C',
			bucharest: 'RO001C',
			daugavpils: 'LV004C',
			dublin: 'IE001C',
			florence: 'IT007C',
			'the-hague': 'NL017C',
			hengelo: 'NL024C',
			klaipeda: 'LT005C',
			murcia: 'ES007C',
			padua: 'IT027C',
			rennes: 'FR016C',
			wolverhampton: 'UK027C',
			hannover: 'DE013C',
			braunschweig: 'DE085C',
			goettingen: 'DE020C',
			wolfsburg: 'DE104C'
		});
	});

	it('has one lead, four members of the metropolitan region, and 14 partners', () => {
		const partners = readCsv('partners.csv');
		expect(firstLine('partners.csv')).toBe('partner_id,name,kind');
		expect(partners).toHaveLength(14);
		expect(cities.filter((c) => c.role === 'lead').map((c) => c.city_id)).toEqual(['poznan']);
		const members = cities.filter((c) => c.role === 'member');
		expect(members.map((c) => c.partner_id)).toEqual(Array(4).fill('hannover-braunschweig-goettingen-wolfsburg'));
		for (const c of cities.filter((c) => c.role !== 'member')) expect(c.partner_id).toBe(c.city_id);
		for (const c of cities) expect(partners.some((p) => p.partner_id === c.partner_id)).toBe(true);
	});

	it('has coordinates inside Europe', () => {
		for (const c of cities) {
			expect(Number(c.lat), c.city_id).toBeGreaterThan(34);
			expect(Number(c.lat), c.city_id).toBeLessThan(72);
			expect(Number(c.lon), c.city_id).toBeGreaterThan(-11);
			expect(Number(c.lon), c.city_id).toBeLessThan(35);
		}
	});
});

describe('observations.csv', () => {
	const observations = readObservations();
	const geo = new Set(readCsv('geo.csv').map((g) => g.geo_code));
	const indicators = new Set(readCsv('indicators.csv').map((i) => i.indicator_id));
	const sources = new Set(readCsv('sources.csv').map((s) => s.source_id));

	it('refers only to known places, indicators and sources', () => {
		for (const o of observations) {
			expect(geo.has(o.geo_code), o.geo_code).toBe(true);
			expect(indicators.has(o.indicator_id), o.indicator_id).toBe(true);
			expect(sources.has(o.source_id), o.source_id).toBe(true);
		}
	});

	it('has one finite value per place, indicator and year, never an empty value', () => {
		const keys = observations.map((o) => `${o.geo_code}|${o.indicator_id}|${o.year}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const o of observations) {
			expect(o.value, JSON.stringify(o)).not.toBe('');
			expect(Number.isFinite(Number(o.value)), JSON.stringify(o)).toBe(true);
			expect(Number.isInteger(Number(o.year))).toBe(true);
		}
	});
});

describe('one value per place', () => {
	it('never has two units of one place at the same level with a value for the same indicator and year', () => {
		const seen = new Set<string>();
		for (const o of placeObservations()) {
			const key = `${o.city_id}|${o.indicator_id}|${o.year}`;
			expect(seen.has(key), key).toBe(false);
			seen.add(key);
		}
	});
});

describe('targets.csv', () => {
	const targets = readCsv('targets.csv');
	it('has the exact header, known indicators and sources, and a vocabulary of comparators and kinds', () => {
		expect(firstLine('targets.csv')).toBe(
			'target_id,indicator_id,scope,comparator,value,target_year,kind,label,source_id'
		);
		const indicators = new Set(readCsv('indicators.csv').map((i) => i.indicator_id));
		const sources = new Set(readCsv('sources.csv').map((s) => s.source_id));
		for (const t of targets) {
			expect(indicators.has(t.indicator_id), t.target_id).toBe(true);
			expect(sources.has(t.source_id), t.target_id).toBe(true);
			expect(['le', 'ge']).toContain(t.comparator);
			expect(['legal-limit', 'guideline', 'city-target']).toContain(t.kind);
		}
	});
	it('holds the annual air-quality standards of the EU directives and the WHO 2021 guidelines', () => {
		const value = (id: string) => Number(targets.find((t) => t.target_id === id)?.value);
		// Directive 2008/50/EC Annexes XI and XIV; Directive (EU) 2024/2881 Annex I; WHO AQG 2021.
		expect([value('eu2008_pm10_annual'), value('eu2008_pm25_annual'), value('eu2008_no2_annual')]).toEqual([
			40, 25, 40
		]);
		expect([value('eu2030_pm10_annual'), value('eu2030_pm25_annual'), value('eu2030_no2_annual')]).toEqual([
			20, 10, 20
		]);
		expect([value('who2021_pm10_annual'), value('who2021_pm25_annual'), value('who2021_no2_annual')]).toEqual([
			15, 5, 10
		]);
	});
});

describe('plausibility', () => {
	it('has no subgroup of residents larger than the population of its unit and year', () => {
		const observations = readObservations();
		const population = new Map(
			observations
				.filter((o) => o.indicator_id!.startsWith('population') && !o.indicator_id!.includes('change'))
				.map((o) => [`${o.geo_code}|${o.year}`, Number(o.value)])
		);
		for (const o of observations.filter((x) =>
			/^(unemployed_persons|employed_persons_20_64|foreign_born_persons)/.test(x.indicator_id!)
		)) {
			const whole = population.get(`${o.geo_code}|${o.year}`);
			if (whole !== undefined)
				expect(Number(o.value), `${o.geo_code} ${o.indicator_id} ${o.year}`).toBeLessThanOrEqual(whole);
		}
	});

	it('keeps shares within 0–100 and uses only known flags', () => {
		const units = new Map(readCsv('indicators.csv').map((i) => [i.indicator_id!, i]));
		for (const o of readObservations()) {
			const i = units.get(o.indicator_id!)!;
			if (i.measure === 'share' || i.unit === '%') {
				expect(Number(o.value), `${o.geo_code} ${o.indicator_id} ${o.year}`).toBeGreaterThanOrEqual(0);
				expect(Number(o.value), `${o.geo_code} ${o.indicator_id} ${o.year}`).toBeLessThanOrEqual(100);
			}
			expect(o.flags, `${o.geo_code} ${o.indicator_id} ${o.year}`).toMatch(/^[bdeprucl]*$/);
		}
	});
});

describe('COVERAGE.md: population jumps', () => {
	const o = (geo_code: string, year: number, value: string, flags = '') => ({
		geo_code,
		indicator_id: 'population',
		year,
		value,
		flags,
		source_id: 's',
		note: ''
	});

	it('lists a change of more than 10 % between consecutive values, with its flag, and nothing else', () => {
		const jumps = populationJumps([
			o('AA001C', 2020, '1000'),
			o('AA001C', 2022, '1110', 'b'), // +11.0 %, two years apart: still consecutive values
			o('AA001C', 2021, '1050'), // sorted in: 2020 → 2021 +5 %, 2021 → 2022 +5.7 %
			o('BB001C', 2023, '1000'),
			o('BB001C', 2024, '620') // −38.0 %
		]);
		expect(jumps).toEqual(['`BB001C` population: 2023 1000 → 2024 620 (−38.0 %; no flag) — kept as published.']);
		expect(populationJumps([o('AA001C', 2020, '1000'), o('AA001C', 2022, '1110', 'b')])).toEqual([
			'`AA001C` population: 2020 1000 → 2022 1110 (+11.0 %; flagged `b`) — kept as published.'
		]);
	});

	it('is in the generated COVERAGE.md for the bundled population series', () => {
		const coverage = readFileSync(join(DATASETS_DIR, 'COVERAGE.md'), 'utf8');
		const rows = readObservations().filter((r) => r.indicator_id === 'population' && r.geo_code === 'DE104C');
		const byYear = rows.sort((a, b) => Number(a.year) - Number(b.year));
		const last = byYear.at(-1)!;
		const before = byYear.at(-2)!;
		const change = Number(last.value) / Number(before.value) - 1;
		expect(Math.abs(change)).toBeGreaterThan(0.1);
		expect(coverage).toContain(`\`DE104C\` population: ${before.year} ${before.value} → ${last.year} ${last.value}`);
	});
});
