/** Municipal waste (urb_cenv, Latin-1, labels only), traced from the raw bytes to observations.csv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

const bytes = readFileSync(
	join(DATASETS_DIR, 'raw/eurostat-urb_cenv-waste-2021-extract/urb_cenv_1_Data_partner_cities_extract.csv')
);
const raw = csvParse(new TextDecoder('windows-1252').decode(bytes)).filter((r) => r.Value !== ':');
// Labels of the old Data Explorer → unit codes (PROVENANCE.md, "How the cities appear in the sources").
const UNIT: Record<string, string> = {
	Poznan: 'PL005C',
	Bologna: 'IT009C',
	Daugavpils: 'LV004C',
	Firenze: 'IT007C',
	"Greater 's-Gravenhage": 'NL017C',
	Hengelo: 'NL024C',
	Klaipeda: 'LT005C',
	Padova: 'IT027C',
	Rennes: 'FR013C2',
	Wolverhampton: 'UK027C',
	Braunschweig: 'DE085C',
	Wolfsburg: 'DE104C'
};
const observations = readCsv('observations.csv');

describe('urb_cenv municipal waste → observations.csv', () => {
	it('decodes Latin-1 (Göttingen is one byte) and keeps every partner value, thousands commas removed', () => {
		expect(bytes.includes(0xf6)).toBe(true);
		expect(new TextDecoder('windows-1252').decode(bytes)).toContain('"Göttingen"');
		const partnerRows = raw.filter((r) => r.CITIES! in UNIT);
		expect(partnerRows.length).toBeGreaterThan(80);
		for (const r of partnerRows) {
			const code = UNIT[r.CITIES!]!;
			const o = observations.find(
				(x) => x.geo_code === code && x.indicator_id!.startsWith('municipal_waste_kt') && x.year === r.TIME
			);
			if (r.CITIES === 'Daugavpils' && r.TIME === '2020') {
				expect(o, 'Daugavpils 2020 is in another unit and left out').toBeUndefined();
				continue;
			}
			expect(o, `${r.CITIES} ${r.TIME}`).toBeDefined();
			expect(Number(o!.value)).toBe(Number(r.Value!.replaceAll(',', '')));
			expect(o!.flags).toBe(r['Flag and Footnotes'] ?? '');
		}
	});

	it('lists the left-out value in COVERAGE.md', () => {
		const coverage = readFileSync(join(DATASETS_DIR, 'COVERAGE.md'), 'utf8');
		expect(coverage).toMatch(/`LV004C` municipal waste 2020: 28315\.95 left out/);
	});
});
