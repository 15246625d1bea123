/**
 * Values in observations.csv traced back to the raw public files: every published cell of every
 * partner place in the Eurostat downloads, read here with d3-dsv straight from datasets/raw/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

const RAW_DIR = join(DATASETS_DIR, 'raw', 'eurostat-urb-sdmx-2025');
const observations = readCsv('observations.csv');
const byKey = new Map(observations.map((o) => [`${o.geo_code}|${o.indicator_id}|${o.year}`, o]));
const cities = readCsv('cities.csv');
const indicators = readCsv('indicators.csv');
const coverage = readFileSync(join(DATASETS_DIR, 'COVERAGE.md'), 'utf8');

describe.each(readdirSync(RAW_DIR).filter((f) => f.endsWith('.csv')))('%s', (file) => {
	const raw = csvParse(readFileSync(join(RAW_DIR, file), 'utf8')).filter(
		(r) => r.OBS_VALUE !== '' && r.CONF_STATUS !== 'C'
	);
	const code = raw[0]!.indic_ur!;
	const ids = indicators.filter((i) => i.formula === `Eurostat ${file.split('_').slice(0, 2).join('_')} ${code}`);

	it('has every partner-place value in observations.csv, unchanged, with its flags', () => {
		expect(ids.length, `indicators for ${code}`).toBe(2);
		const partnerRows = raw.filter((r) => cities.some((c) => c.eurostat_code === r.cities));
		expect(partnerRows.length).toBeGreaterThan(0);
		for (const r of partnerRows) {
			const found = ids.map((i) => byKey.get(`${r.cities}|${i.indicator_id}|${r.TIME_PERIOD}`)).find(Boolean);
			if (!found) {
				// Only a value COVERAGE.md lists as left out may be missing.
				expect(coverage, `${file} ${r.cities} ${r.TIME_PERIOD}`).toContain(
					`\`${r.cities}\` ${ids[0]!.indicator_id} ${r.TIME_PERIOD}: ${r.OBS_VALUE}`
				);
				continue;
			}
			expect(Number(found!.value)).toBe(Number(r.OBS_VALUE));
			expect(found!.flags).toBe(r.OBS_FLAG ?? '');
		}
	});

	it('holds no value the raw file does not have', () => {
		const rawKeys = new Set(raw.map((r) => `${r.cities}|${r.TIME_PERIOD}`));
		const dataset = file.split('_').slice(0, 2).join('_');
		const ours = observations.filter(
			(o) => o.source_id === `eurostat_${dataset}` && ids.some((i) => i.indicator_id === o.indicator_id)
		);
		for (const o of ours) expect(rawKeys.has(`${o.geo_code}|${o.year}`), `${o.geo_code} ${o.year}`).toBe(true);
	});
});

describe('derived ratios', () => {
	it('equal count ÷ population of the same unit and year, from the CSV itself', () => {
		const pairs: [string, string, number][] = [
			['unemployed_per_1000', 'unemployed_persons', 1000],
			['foreign_born_share', 'foreign_born_persons', 100],
			['tourist_nights_per_resident', 'tourist_nights', 1],
			['employed_20_64_per_1000_greater_city', 'employed_persons_20_64_greater_city', 1000]
		];
		for (const [ratio, count, factor] of pairs) {
			const population = count.endsWith('_greater_city') ? 'population_greater_city' : 'population';
			const rows = observations.filter((o) => o.indicator_id === ratio);
			expect(rows.length, ratio).toBeGreaterThan(0);
			for (const o of rows) {
				const n = byKey.get(`${o.geo_code}|${count}|${o.year}`);
				const d = byKey.get(`${o.geo_code}|${population}|${o.year}`);
				expect(n && d, `${ratio} ${o.geo_code} ${o.year} inputs`).toBeTruthy();
				expect(Number(o.value)).toBeCloseTo((Number(n!.value) / Number(d!.value)) * factor, 3);
			}
		}
	});
});

describe('population change', () => {
	it('is the change on the previous year of the same unit, only for consecutive years, flags carried', () => {
		for (const [change, population] of [
			['population_change', 'population'],
			['population_change_greater_city', 'population_greater_city']
		] as const) {
			const rows = observations.filter((o) => o.indicator_id === change);
			expect(rows.length, change).toBeGreaterThan(0);
			for (const o of rows) {
				const now = byKey.get(`${o.geo_code}|${population}|${o.year}`)!;
				const before = byKey.get(`${o.geo_code}|${population}|${Number(o.year) - 1}`)!;
				expect(now && before, `${o.geo_code} ${o.year}`).toBeTruthy();
				expect(Number(o.value)).toBeCloseTo((Number(now.value) / Number(before.value) - 1) * 100, 3);
				for (const flag of `${now.flags}${before.flags}`) expect(o.flags).toContain(flag);
			}
			// Every consecutive pair has its change.
			const pops = observations.filter((o) => o.indicator_id === population);
			const pairs = pops.filter((o) => byKey.has(`${o.geo_code}|${population}|${Number(o.year) - 1}`));
			expect(rows.length).toBe(pairs.length);
		}
	});
});

describe('urb_clivcon income extract (labels only)', () => {
	const file = join(DATASETS_DIR, 'raw/eurostat-urb_clivcon-income/urb_clivcon__custom_20168663_linear.csv');
	const raw = csvParse(readFileSync(file, 'utf8')).filter((r) => r.OBS_VALUE !== '' && r.CONF_STATUS !== 'C');
	// Eurostat's own label → code pairs, from the SDMX files that carry both; country names from geo.csv.
	const codeOf = new Map<string, string>(readCsv('geo.csv').map((g) => [g.name!, g.geo_code!]));
	for (const f of readdirSync(RAW_DIR)) {
		for (const r of csvParse(readFileSync(join(RAW_DIR, f), 'utf8'))) {
			codeOf.set(r['Geopolitical entity (declaring)']!, r.cities!);
		}
	}
	const idOf = (label: string) => (label.startsWith('Median') ? 'median_disposable_income' : 'mean_disposable_income');

	it('has every published value, matched by code, with its flags', () => {
		expect(raw.length).toBeGreaterThan(300);
		for (const r of raw) {
			const code = codeOf.get(r.cities!);
			expect(code, r.cities).toBeDefined();
			const o = [idOf(r.indic_ur!), `${idOf(r.indic_ur!)}_greater_city`]
				.map((id) => byKey.get(`${code}|${id}|${r.TIME_PERIOD}`))
				.find(Boolean);
			expect(o, `${r.cities} ${r.indic_ur} ${r.TIME_PERIOD}`).toBeDefined();
			expect(Number(o!.value)).toBe(Number(r.OBS_VALUE));
			expect(o!.flags).toBe(r.OBS_FLAG ?? '');
		}
	});

	it('leaves out empty and confidential cells (Poznań and Daugavpils have none with a value)', () => {
		expect(byKey.has('PL005C|median_disposable_income|2002')).toBe(false);
		expect(
			observations.some((o) => o.geo_code === 'LV004C' && (o.indicator_id ?? '').includes('disposable_income'))
		).toBe(false);
	});
});
