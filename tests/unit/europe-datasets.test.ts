/**
 * The Europe-wide datasets (places.csv, geo-europe.csv, observations-europe*.csv) traced back to the
 * raw files in datasets/raw/europe/, read here independently: gzip with node:zlib, CSV with d3-dsv,
 * the Excel export with fflate and the sheet XML. Expected codes and classes are written by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { csvParse } from 'd3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

const RAW = join(DATASETS_DIR, 'raw', 'europe');
const gz = (path: string) => csvParse(gunzipSync(readFileSync(join(RAW, path))).toString('utf8'));
const places = readCsv('places.csv');
const placeOf = new Map(places.map((p) => [p.place_code!, p]));
const europe = readCsv('observations-europe.csv');
const partners = readCsv('observations.csv');
const geoEurope = readCsv('geo-europe.csv');
const coverage = readFileSync(join(DATASETS_DIR, 'COVERAGE.md'), 'utf8');
const key = (geo: string, id: string, year: string | number) => `${geo}|${id}|${year}`;
const values = new Map([...europe, ...partners].map((o) => [key(o.geo_code!, o.indicator_id!, o.year!), o]));

const PARTNER_CODES: Record<string, string> = {
	PL005C: 'poznan',
	IT009C: 'bologna',
	RO001C: 'bucharest',
	LV004C: 'daugavpils',
	IE001C: 'dublin',
	IT007C: 'florence',
	NL017C: 'the-hague',
	NL024C: 'hengelo',
	LT005C: 'klaipeda',
	ES007C: 'murcia',
	IT027C: 'padua',
	FR016C: 'rennes',
	UK027C: 'wolverhampton',
	DE013C: 'hannover',
	DE085C: 'braunschweig',
	DE020C: 'goettingen',
	DE104C: 'wolfsburg'
};

describe('places.csv: the catalogue of Urban Audit units', () => {
	it('holds current codes, one level each from Eurostat’s label, and the 17 partner places by code', () => {
		expect(places.length).toBeGreaterThan(850);
		for (const p of places) {
			expect(p.place_code).toMatch(/^[A-Z]{2}\d{3}C$/);
			expect(p.level, p.name).toBe(p.name!.endsWith('(greater city)') ? 'greater_city' : 'city');
		}
		const partnerRows = Object.fromEntries(places.filter((p) => p.city_id).map((p) => [p.place_code, p.city_id]));
		expect(partnerRows).toEqual(PARTNER_CODES);
	});

	it('gives every unit of the 2025 population file whose name says "(greater city)" that level (174 of them)', () => {
		const raw = gz('eurostat-urb-sdmx-2025-all-cities/urb_cpop1_page_linear_2_0.csv.gz');
		const units = new Map(
			raw.filter((r) => /C$/.test(r.cities!)).map((r) => [r.cities!, r['Geopolitical entity (declaring)']!.trim()])
		);
		expect(units.size).toBe(858);
		const greater = [...units].filter(([, name]) => name.endsWith('(greater city)'));
		expect(greater).toHaveLength(174);
		for (const [code] of greater) expect(placeOf.get(code)?.level, code).toBe('greater_city');
	});

	it('takes the size class from the latest population the rule accepts: Berlin from 2023, not its broken 2024 value', () => {
		const raw = gz('eurostat-urb-sdmx-2025-all-cities/urb_cpop1_page_linear_2_0.csv.gz').filter(
			(r) => r.cities === 'DE001C'
		);
		const y2023 = raw.find((r) => r.TIME_PERIOD === '2023')!;
		const y2024 = raw.find((r) => r.TIME_PERIOD === '2024')!;
		expect(Number(y2024.OBS_VALUE)).toBeLessThan(Number(y2023.OBS_VALUE) * 0.15); // −91.6 %, flagged b
		const berlin = placeOf.get('DE001C')!;
		expect([berlin.population, berlin.population_year, berlin.size_class]).toEqual([
			String(Number(y2023.OBS_VALUE)),
			'2023',
			'XXL'
		]);
		// Wuppertal: −98.1 % in 2024 without a flag; its class comes from 2023 too.
		expect(placeOf.get('DE124C')!.population_year).toBe('2023');
		expect(placeOf.get('DE124C')!.size_class).toBe('L');
	});

	it('classes by the EC–OECD bands, lower bounds inclusive', () => {
		const band = (n: number) =>
			n < 5e4 ? 'XS' : n < 1e5 ? 'S' : n < 2.5e5 ? 'M' : n < 5e5 ? 'L' : n < 1e6 ? 'XL' : 'XXL';
		for (const p of places.filter((x) => x.population))
			expect(p.size_class, p.place_code).toBe(band(Number(p.population)));
		expect(placeOf.get('LV004C')!.size_class).toBe('S'); // Daugavpils
		expect(placeOf.get('PL005C')!.size_class).toBe('XL'); // Poznań
	});

	it('has a point for most units, each with its source, inside Europe', () => {
		const withPoint = places.filter((p) => p.lat);
		expect(withPoint.length / places.length).toBeGreaterThan(0.95);
		for (const p of withPoint) {
			expect(p.point_source).toMatch(/^(GISCO URAU 2021|GeoNames \d+ \(.+\))$/);
			expect(Number(p.lat)).toBeGreaterThan(-25); // La Réunion lies at 21° S
			expect(Number(p.lat)).toBeLessThan(72);
		}
		expect(placeOf.get('UK027C')!.point_source).toBe('GeoNames 2633691 (Wolverhampton)');
		expect(placeOf.get('PL005C')!.point_source).toBe('GISCO URAU 2021');
	});
});

describe('Eurostat SDMX-CSV 2025, every city', () => {
	const files: Record<string, [string, string]> = {
		'urb_cpop1_page_linear_2_0.csv.gz': ['population', 'eurostat_urb_cpop1'],
		'urb_clma_page_linear_2_0.csv.gz': ['unemployed_persons', 'eurostat_urb_clma'],
		'urb_ctour_page_linear_2_0.csv.gz': ['tourist_nights', 'eurostat_urb_ctour'],
		'urb_ctran_page_linear_2_0.csv.gz': ['cars_per_1000', 'eurostat_urb_ctran']
	};
	it.each(Object.entries(files))(
		'%s: every published city value is in the datasets, unchanged, or listed as left out',
		(file, [id]) => {
			const raw = gz(`eurostat-urb-sdmx-2025-all-cities/${file}`).filter(
				(r) => /C$/.test(r.cities!) && r.OBS_VALUE !== ''
			);
			const units = new Set(raw.map((r) => r.cities));
			let checked = 0;
			for (const r of raw) {
				const level = placeOf.get(r.cities!)!.level === 'greater_city' ? '_greater_city' : '';
				const o = values.get(key(r.cities!, id + level, r.TIME_PERIOD!));
				if (!o) {
					expect(coverage, `${r.cities} ${r.TIME_PERIOD}`).toContain(
						`\`${r.cities}\` ${id + level} ${r.TIME_PERIOD}: ${r.OBS_VALUE}`
					);
					continue;
				}
				checked++;
				expect(Number(o.value), `${r.cities} ${r.TIME_PERIOD}`).toBe(Number(r.OBS_VALUE));
				expect(o.flags).toBe(r.OBS_FLAG ?? '');
			}
			expect(checked).toBeGreaterThan(raw.length * 0.98);
			// Counts per source: every unit of the file has values in the datasets.
			const inData = new Set(
				[...europe, ...partners]
					.filter((o) => o.indicator_id === id || o.indicator_id === `${id}_greater_city`)
					.map((o) => o.geo_code)
			);
			for (const unit of units) expect(inData.has(unit!), unit).toBe(true);
		}
	);

	it('counts 858 units with a 2025-release population and 100+ suspect 2024 values, most of them German', () => {
		const match = /(\d+) population values \((\d+) German; (\d+) of them in 2024\)/.exec(coverage)!;
		expect(Number(match[1])).toBeGreaterThan(100);
		expect(Number(match[2])).toBeGreaterThan(90);
		expect(Number(match[3])).toBeGreaterThan(95);
		expect(coverage).toContain('`DE124C` Wuppertal 2024: 6,836 against 358,876, −98.1 %');
		expect(coverage).toContain('`DE001C` Berlin 2024: 317,050 (b) against 3,755,251, −91.6 %');
	});
});

/** The Excel export's sheets read with fflate and the sheet XML (inline strings, `<v>` numbers). */
function readSheet(sheetNumber: number): { label: string; cells: (string | null)[] }[] {
	const zip = unzipSync(readFileSync(join(RAW, 'eurostat-urb_ctran-2025-all-indicators/urb_ctran.xlsx')));
	const xml = strFromU8(zip[`xl/worksheets/sheet${sheetNumber + 1}.xml`]!);
	const rows: { label: string; cells: (string | null)[] }[] = [];
	for (const [, number, body] of xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/gs)) {
		if (Number(number) < 10) continue;
		const cells = [...body!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/gs)].map(([, , inner]) => {
			const text = /<t[^>]*>(.*?)<\/t>/s.exec(inner!)?.[1] ?? /<v>(.*?)<\/v>/.exec(inner!)?.[1] ?? null;
			return text === null
				? null
				: text.replaceAll('&amp;', '&').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
		});
		if (!cells[0] || cells[0] === 'Special value') break;
		rows.push({ label: cells[0].replace(/[\s\u00a0]+/g, ' ').trim(), cells });
	}
	return rows;
}

describe('urb_ctran Excel export (labels only)', () => {
	const labels = readCsv('urb-ctran-labels.csv');

	it('resolves each ambiguous "(greater city)" label as its evidence line says', () => {
		expect(Object.fromEntries(labels.map((l) => [l.label, l.code]))).toEqual({
			'København (greater city)': 'DK001C',
			'Cork (greater city)': 'IE002C',
			'Limerick (greater city)': 'IE003C',
			'Galway (greater city)': 'IE004C',
			'Waterford (greater city)': 'IE005C',
			'Athina (greater city)': 'EL001C',
			'Thessaloniki (greater city)': 'EL002C',
			'Pátra (greater city)': 'EL003C',
			'Irakleio (greater city)': 'EL004C',
			'Volos (greater city)': 'EL006C',
			'Ioannina (greater city)': 'EL007C',
			'Wien (greater city)': 'AT001C',
			'Linz (greater city)': 'AT003C',
			'Biel/Bienne (greater city)': 'CH010C'
		});
		for (const l of labels) expect(l.evidence!.length, l.label).toBeGreaterThan(60);
	});

	const SHEETS = [
		'commute_car_share',
		'commute_public_transport_share',
		'commute_motorcycle_share',
		'commute_bicycle_share',
		'commute_foot_share',
		'commute_car_or_motorcycle_share',
		'commute_time_minutes',
		'commute_car_length_km',
		'commuters_in',
		'commuters_out',
		'bicycle_network_km',
		'public_transport_monthly_ticket_eur',
		'taxi_ride_eur',
		'private_cars_registered',
		'road_deaths'
	];

	it('puts any sheet value of those rows on the hand-checked codes (none has one: all ":"), and names the units by them', () => {
		let checked = 0;
		for (const [i, id] of SHEETS.entries()) {
			const sheet = readSheet(i + 1);
			for (const l of labels) {
				const row = sheet.find((r) => r.label === l.label)!;
				expect(row, l.label).toBeDefined();
				for (let c = 1; c < row.cells.length; c += 2) {
					const text = row.cells[c];
					if (!text || text === ':') continue;
					const year = 2015 + (c - 1) / 2;
					const o = values.get(key(l.code!, `${id}_greater_city`, year));
					expect(o, `${l.label} ${id} ${year}`).toBeDefined();
					expect(Number(o!.value)).toBe(Number(text));
					checked++;
				}
			}
		}
		expect(checked).toBe(0);
		// The labels still name and level the units: Wien's other values are greater-city values.
		expect(placeOf.get('AT001C')).toMatchObject({ name: 'Wien (greater city)', level: 'greater_city' });
		expect(placeOf.get('CH010C')).toMatchObject({ name: 'Biel/Bienne (greater city)', level: 'greater_city' });
	});

	it('keeps every value of one sheet (bicycle network, sheet 11) on the unit its label names', () => {
		const sheet = readSheet(11);
		const codeOf = new Map<string, string>();
		for (const p of places) codeOf.set(p.name!, p.place_code!);
		for (const l of labels) codeOf.set(l.label!, l.code!);
		let checked = 0;
		for (const row of sheet) {
			const code = codeOf.get(row.label);
			if (!code) continue; // a country row, or a place no other source names
			const level = placeOf.get(code)!.level === 'greater_city' ? '_greater_city' : '';
			for (let c = 1; c < row.cells.length; c += 2) {
				const text = row.cells[c];
				if (!text || text === ':') continue;
				const o = values.get(key(code, `bicycle_network_km${level}`, 2015 + (c - 1) / 2));
				expect(o, `${row.label} ${2015 + (c - 1) / 2}`).toBeDefined();
				expect(Number(o!.value)).toBe(Number(text));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(1000);
	});
});

describe('WHO air quality matched to Urban Audit units', () => {
	const unitOfWho = new Map(
		geoEurope.filter((g) => g.geo_code!.startsWith('WHO:')).map((g) => [g.geo_code!.slice(4), g.place_code])
	);
	const partnerGeo = readCsv('geo.csv');

	it('matches known cities to the code stated here', () => {
		expect(unitOfWho.get('Wien/AUT')).toBe('AT001C');
		expect(unitOfWho.get('Koln/DEU')).toBe('DE004C');
		expect(unitOfWho.get('Lisboa/PRT')).toBe('PT001C');
		expect(unitOfWho.get('Stavanger/NOR')).toBe('NO004C'); // 37 km: a large municipality's centroid
		expect(unitOfWho.get('Espoo/FIN')).toBe('FI005C'); // Esbo, its Swedish name, set aside
		expect(unitOfWho.has('Esbo/FIN')).toBe(false);
	});

	it('refuses a same-named town and leaves Daugavpils, Hengelo and Wolverhampton without WHO values', () => {
		expect(unitOfWho.has('Furth/DEU')).toBe(false); // Furth im Wald, 77 km from Fürth
		expect(coverage).toMatch(/- Furth\/DEU: too far \(DE116C 77 km\)/);
		for (const city of ['daugavpils', 'hengelo', 'wolverhampton'])
			expect(partnerGeo.some((g) => g.city_id === city && g.geo_code!.startsWith('WHO:'))).toBe(false);
		for (const code of ['LV004C', 'NL024C', 'UK027C']) expect([...unitOfWho.values()]).not.toContain(code);
		expect(unitOfWho.has('Bilston/GBR')).toBe(false); // a town within Wolverhampton, another name
	});

	it('copies each matched value from the raw file with its coverage flag', () => {
		const raw = gz('who-aaq-v6.1-europe-full/who_ambient_air_quality_database_version_2024_v6.1_europe.csv.gz').filter(
			(r) => r.city === 'Koln/DEU'
		);
		const who = readCsv('observations-europe-who.csv');
		for (const r of raw.filter((x) => x.pm10_concentration !== 'NA')) {
			const o = who.find(
				(x) => x.geo_code === 'WHO:Koln/DEU' && x.indicator_id === 'pm10_annual_mean' && x.year === r.year
			)!;
			expect(Number(o.value)).toBe(Number(r.pm10_concentration));
			expect(o.flags).toBe(r.pm10_tempcov !== 'NA' && Number(r.pm10_tempcov) < 75 ? 'l' : '');
		}
	});
});

describe('perception survey beyond the partners', () => {
	it('marks a sample EU-survey only when the 2023 survey lists the city; the others are unknown and listed', () => {
		const survey = new Map(
			geoEurope.filter((g) => g.geo_code!.startsWith('urb_percep:')).map((g) => [g.place_code, g.survey])
		);
		expect(survey.get('DE001C')).toBe('eu'); // Berlin
		expect(survey.get('AT002C')).toBe('eu'); // Graz
		expect(survey.get('DE004C')).toBe('unknown'); // Köln: not in the EU survey's city list
		expect(coverage).toContain('- `DE004C` Köln');
	});
});
