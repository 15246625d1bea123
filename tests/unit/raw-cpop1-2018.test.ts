/** The September 2018 release of urb_cpop1, traced from its raw lines to the data package. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

// Label in the 2018 extract → unit code in the data package (PROVENANCE.md, "How the cities appear").
const UNIT: Record<string, string> = {
	Poznan: 'PL005C',
	Bologna: 'IT009C',
	Bucuresti: 'RO001C',
	Daugavpils: 'LV004C',
	Dublin: 'IE001C1',
	'Dublin (greater city)': 'IE001C',
	Firenze: 'IT007C',
	"Greater 's-Gravenhage": 'NL017C',
	Hengelo: 'NL024C',
	Klaipeda: 'LT005C',
	Murcia: 'ES007C',
	Padova: 'IT027C',
	Rennes: 'FR013C2',
	Wolverhampton: 'UK027C',
	Hannover: 'DE013C',
	Braunschweig: 'DE085C',
	'G\uFFFDttingen': 'DE020C',
	Wolfsburg: 'DE104C'
};

const raw = csvParse(
	readFileSync(join(DATASETS_DIR, 'raw/eurostat-urb_cpop1-2018-extract/urb_cpop1_1_Data.csv'), 'utf8')
).filter((r) => r.INDIC_UR === 'Population on the 1st of January, total' && r.Value !== ':' && r.CITIES! in UNIT);
const observations = readCsv('observations.csv');
const level = new Map(readCsv('geo.csv').map((g) => [g.geo_code!, g]));

describe('urb_cpop1, 2018 release → observations.csv', () => {
	it('keeps every value, or names it in the note of the newer value that took its place', () => {
		expect(raw.length).toBeGreaterThan(100);
		for (const r of raw) {
			const code = UNIT[r.CITIES!]!;
			const unit = level.get(code)!;
			const id = unit.level === 'greater_city' ? 'population_greater_city' : 'population';
			const own = observations.find((o) => o.geo_code === code && o.indicator_id === id && o.year === r.TIME);
			if (own?.source_id === 'eurostat_urb_cpop1_2018') {
				expect(own.value, `${r.CITIES} ${r.TIME}`).toBe(r.Value);
				expect(own.flags).toBe(r['Flag and Footnotes'] ?? '');
				continue;
			}
			// Set aside: a 2025-release value for the same place and year says so in its note.
			const sameUnitNote = `Eurostat 2018 release: ${r.Value}`;
			const otherUnitNote = `Eurostat 2018 release for unit ${code}: ${r.Value}`;
			const newer = observations.find(
				(o) =>
					o.indicator_id === id &&
					o.year === r.TIME &&
					level.get(o.geo_code!)!.city_id === unit.city_id &&
					(o.note!.includes(sameUnitNote) || o.note!.includes(otherUnitNote))
			);
			expect(newer, `${r.CITIES} ${r.TIME} set aside with a note`).toBeDefined();
		}
	});

	it('keeps the older, larger Rennes delimitation apart from the current greater city', () => {
		const rennes = observations.filter((o) => o.geo_code === 'FR013C2' && o.indicator_id === 'population_greater_city');
		expect(rennes.map((o) => o.year)).toEqual(['2009', '2010', '2011', '2012', '2013', '2014']);
		expect(level.get('FR013C2')!.name).toContain('older delimitation');
	});
});
