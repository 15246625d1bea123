/** The bundled datasets against the catalogue the issues and PROVENANCE.md fix. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
	const geo = new Set([...readCsv('geo.csv'), ...readCsv('geo-europe.csv')].map((g) => g.geo_code));
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

describe('COVERAGE.md: values the comparability rule sets aside', () => {
	const coverage = readFileSync(join(DATASETS_DIR, 'COVERAGE.md'), 'utf8');

	it('lists every suspect value of the hand-checked cases, with the value it was compared with', () => {
		// Hannover 2024 and Wolfsburg 2024: checked against the CSV here, not the rule's code.
		for (const [geo, city] of [
			['DE013C', 'Hannover'],
			['DE104C', 'Wolfsburg']
		] as const) {
			const rows = readObservations()
				.filter((r) => r.indicator_id === 'population' && r.geo_code === geo)
				.sort((a, b) => Number(a.year) - Number(b.year));
			const [before, last] = [rows.at(-2)!, rows.at(-1)!];
			expect(Math.abs(Number(last.value) / Number(before.value) - 1), city).toBeGreaterThan(0.15);
			expect(coverage).toContain(`\`${geo}\` population ${last.year}: ${last.value}`);
			expect(coverage).toContain(
				`on ${before.value} (${before.year}), beyond 15 % a year; no later value confirms it.`
			);
		}
		expect(coverage).toMatch(/`NL017C` population_greater_city 2016: 744315 \(flag `b`\) — a new level/);
	});

	it('counts the suspect values in its heading', () => {
		const heading = coverage.match(/## Values the comparability rule marks suspect \((\d+), published as is\)/);
		expect(heading).not.toBeNull();
		const section = coverage.split(heading![0])[1]!.split('\n## ')[0]!;
		expect(section.split('\n').filter((l) => l.startsWith('- ')).length).toBe(Number(heading![1]));
	});
});
