/** WHO air-quality values traced back to the raw WHO file, read here with d3-dsv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

const raw = csvParse(
	readFileSync(
		join(DATASETS_DIR, 'raw/who-ambient-air-quality-2024-v6.1/who_aaq_v6.1_partner_cities.csv'),
		'utf8'
	).replace(/^\uFEFF/, '')
);
const who = readCsv('observations-who.csv');
const geo = readCsv('geo.csv');
const byKey = new Map(who.map((o) => [`${o.geo_code}|${o.indicator_id}|${o.year}`, o]));

describe('WHO Ambient Air Quality Database → observations-who.csv', () => {
	it('keeps every value of the names WHO uses for most years, with flag l under 75 % coverage', () => {
		const main = raw.filter((r) => r.city !== 'Den Haag/NLD' && r.city !== 'Goettingen/DEU');
		let checked = 0;
		for (const r of main) {
			for (const p of ['pm10', 'pm25', 'no2']) {
				const value = r[`${p}_concentration`];
				const o = byKey.get(`WHO:${r.city}|${p}_annual_mean|${r.year}`);
				if (value === 'NA') {
					expect(o, `${r.city} ${r.year} ${p} is NA and must not be a row`).toBeUndefined();
					continue;
				}
				expect(o, `${r.city} ${r.year} ${p}`).toBeDefined();
				expect(Number(o!.value)).toBe(Number(value));
				const coverage = r[`${p}_tempcov`];
				expect(o!.flags).toBe(coverage !== 'NA' && Number(coverage) < 75 ? 'l' : '');
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(300);
	});

	it('sets aside the second name of a place-year and says so', () => {
		const denHaag2013 = raw.find((r) => r.city === 'Den Haag/NLD' && r.year === '2013')!;
		const kept = byKey.get('WHO:Gravenhage/NLD|pm25_annual_mean|2013')!;
		expect(kept.note).toContain(`Den Haag/NLD 2013: ${denHaag2013.pm25_concentration} (set aside)`);
	});

	it('has no unit for places WHO does not list (Daugavpils, Hengelo, Wolverhampton)', () => {
		const whoPlaces = new Set(geo.filter((g) => g.geo_code!.startsWith('WHO:')).map((g) => g.city_id));
		for (const id of ['daugavpils', 'hengelo', 'wolverhampton']) expect(whoPlaces.has(id)).toBe(false);
		expect(whoPlaces.size).toBe(14);
	});
});
