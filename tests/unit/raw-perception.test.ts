/**
 * Residents' views: the urb_percep bulk TSV, the 2023 QoL survey extract and UN-Habitat green areas,
 * traced from raw lines to the observation files. Sums are computed here from the raw cells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

const rawText = (path: string) => readFileSync(join(DATASETS_DIR, 'raw', path), 'utf8');
const percep = rawText('eurostat-urb_percep/urb_percep.tsv').split('\n');
const waves = percep[0]!
	.split('\t')
	.slice(1)
	.map((y) => Number(y.trim()));

/** wave → number for one code and city; `:` cells left out. */
function percepCells(code: string, city: string): Map<number, number> {
	const line = percep.find((l) => l.startsWith(`${code},PC,${city}\t`))!;
	const out = new Map<number, number>();
	line
		.split('\t')
		.slice(1)
		.forEach((cell, i) => {
			const value = cell.trim().split(' ')[0]!;
			if (value !== ':') out.set(waves[i]!, Number(value));
		});
	return out;
}

const observations = readCsv('observations.csv');
const value = (geo: string, indicator: string, year: number) =>
	observations.find((o) => o.geo_code === geo && o.indicator_id === indicator && Number(o.year) === year);

describe('urb_percep → residents’ views', () => {
	it('sums "strongly" and "somewhat agree" for satisfaction with living in Dublin, per wave and code', () => {
		const older = [percepCells('PS2092V', 'IE001C'), percepCells('PS2093V', 'IE001C')];
		for (const wave of [2004, 2006, 2012, 2015]) {
			const expected = older[0]!.get(wave)! + older[1]!.get(wave)!;
			expect(Number(value('urb_percep:IE001C', 'satisfied_living_in_city', wave)!.value)).toBeCloseTo(expected, 6);
		}
		// 2019 uses the new code PS3360V/PS3361V ("I'm satisfied to live in this city").
		const newer = percepCells('PS3360V', 'IE001C').get(2019)! + percepCells('PS3361V', 'IE001C').get(2019)!;
		expect(Number(value('urb_percep:IE001C', 'satisfied_living_in_city', 2019)!.value)).toBeCloseTo(newer, 6);
	});

	it('follows the schools question from PS1022V (to 2015) to PS1501V (2019)', () => {
		const y2015 = percepCells('PS1022V', 'IT009C').get(2015)! + percepCells('PS1023V', 'IT009C').get(2015)!;
		const y2019 = percepCells('PS1501V', 'IT009C').get(2019)! + percepCells('PS1502V', 'IT009C').get(2019)!;
		expect(Number(value('urb_percep:IT009C', 'satisfied_schools', 2015)!.value)).toBeCloseTo(y2015, 6);
		expect(Number(value('urb_percep:IT009C', 'satisfied_schools', 2019)!.value)).toBeCloseTo(y2019, 6);
	});

	it('marks the national-survey places as not comparable, and forms no share from a suppressed category', () => {
		const daugavpils = observations.filter((o) => o.geo_code === 'urb_percep:LV004C');
		expect(daugavpils.length).toBeGreaterThan(5);
		for (const o of daugavpils) expect(o.note).toContain('not comparable');
		for (const city of ['DE085C', 'DE104C']) {
			expect(
				observations.filter((o) => o.geo_code === `urb_percep:${city}`).every((o) => o.note!.includes('not comparable'))
			).toBe(true);
		}
		expect(
			observations.filter((o) => o.geo_code === 'urb_percep:IE001C').some((o) => o.note!.includes('not comparable'))
		).toBe(false);
		// Daugavpils 2015 "strongly agree" with "easy to find good housing" is ": u": no share.
		expect(percepCells('PS2032V', 'LV004C').has(2015)).toBe(false);
		expect(value('urb_percep:LV004C', 'easy_to_find_good_housing', 2015)).toBeUndefined();
	});

	it('the mapping file names every wave of every residents’-views indicator', () => {
		const mapping = readCsv('perception-mapping.csv');
		const surveyIndicators = readCsv('indicators.csv').filter((i) => i.theme === 'residents-views');
		for (const o of observations.filter(
			(x) => x.geo_code!.startsWith('urb_percep:') || x.geo_code!.startsWith('qol2023:')
		)) {
			expect(
				mapping.some((m) => m.indicator_id === o.indicator_id && m.wave === o.year),
				`${o.indicator_id} ${o.year}`
			).toBe(true);
		}
		expect(surveyIndicators.length).toBe(new Set(mapping.map((m) => m.indicator_id)).size);
	});
});

describe('QoL 2023 → residents’ views (fractions × 100)', () => {
	it('sums the two positive categories of Bologna’s answer to Q2_1 and multiplies by 100', () => {
		const rows = csvParse(rawText('eu-quality-of-life-survey-2023/qol2023_partner_cities_extract.csv'));
		const start = rows.findIndex((r) => r.row_label!.startsWith('Q2_1 '));
		const answers = rows.slice(start, start + 7);
		const share = (label: string) => Number(answers.find((r) => r.answer_label === label)!['1501 Bologna']);
		const expected = (share('3 Somewhat agree') + share('4 Strongly agree')) * 100;
		expect(expected).toBeGreaterThan(50);
		expect(Number(value('qol2023:IT009C', 'satisfied_living_in_city', 2023)!.value)).toBeCloseTo(expected, 3);
	});
});

describe('UN-Habitat green areas → observations-un-habitat.csv', () => {
	it('copies Poznań’s 2020 share and per-person values, marked "redistribution terms unverified"', () => {
		const raw = csvParse(rawText('un-habitat-green-areas-2024/green_areas_partner_cities_extract.csv'));
		const poznan = raw.find((r) => r['City Code'] === 'PL_POZNAN')!;
		const green = readCsv('observations-un-habitat.csv');
		const share = green.find(
			(o) => o.geo_code === 'UNH:PL_POZNAN' && o.indicator_id === 'green_area_share' && o.year === '2020'
		)!;
		expect(Number(share.value)).toBe(Number(poznan['Average share of green area in city/ urban area 2020 (%)']));
		const perPerson = green.find(
			(o) => o.geo_code === 'UNH:PL_POZNAN' && o.indicator_id === 'green_area_per_person' && o.year === '1990'
		)!;
		expect(Number(perPerson.value)).toBe(Number(poznan['Green area per capita 1990 (m2/person)']));
		expect(green.every((o) => o.note === 'redistribution terms unverified')).toBe(true);
	});
});
