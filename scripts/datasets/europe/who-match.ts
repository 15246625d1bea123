/**
 * WHO Ambient Air Quality Database cities (the whole European Region) matched to Urban Audit units.
 * WHO names a city `<name>/<ISO3>` and gives its coordinates; a WHO city matches the unit whose
 * country is the same, whose name is the same once written plainly (no accents or case, "'s-" dropped;
 * any part of a bilingual "Bruxelles/Brussel"; "(greater city)" dropped), and whose point lies within
 * MATCH_DISTANCE_KM of WHO's. A WHO city with no such unit, or with two, is listed as unmatched; a unit
 * two WHO names match keeps the name with more years (the other is listed as set aside).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCsvAsText } from '../read-csv';
import { EUROPE_COUNTRIES } from './countries';
import { baseName, type Unit } from './units';

/**
 * Largest distance between WHO's coordinates and the unit's point. Chosen from the data (2026-11):
 * among the 700 name-and-country pairs the median distance is 2.2 km and the 95th percentile 10 km;
 * large Nordic municipalities, whose GISCO point is the centroid of a wide area, reach 26–37 km
 * (Norrköping, Oulu, Jyväskylä, Stavanger); the next pairs are 61 km and more and are not the same
 * place (Salamanca, whose WHO point lies elsewhere; "Furth" 77 km from Fürth; Marseille, Chambéry).
 */
export const MATCH_DISTANCE_KM = 40;

export interface WhoCity {
	city: string;
	iso3: string;
	lat: number;
	lon: number;
	rows: number;
}

export interface Point {
	lat: number;
	lon: number;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: Point, b: Point): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** A name written plainly: no accents, lower case, no Dutch "'s-", no full stops, hyphens as spaces. */
export function plainName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/^'s[- ]/, '')
		.replace(/\./g, '')
		.replace(/[-‐]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every plain form a unit answers to: each of its names, and each part of a bilingual name. */
export function unitNames(unit: Pick<Unit, 'name'> & { aliases?: readonly string[] }): Set<string> {
	return new Set(
		[unit.name, ...(unit.aliases ?? [])].flatMap((name) => {
			const base = baseName(name);
			return [base, ...base.split('/')].map(plainName);
		})
	);
}

const WHO_COLUMNS = [
	'who_region', 'iso3', 'country_name', 'city', 'year', 'version', 'pm10_concentration', 'pm25_concentration',
	'no2_concentration', 'pm10_tempcov', 'pm25_tempcov', 'no2_tempcov', 'type_of_stations', 'reference', 'web_link',
	'population', 'population_source', 'latitude', 'longitude', 'who_ms'
];

/** WHO's cities with their median coordinates over the years (a row per city). */
export async function readWhoCities(conn: DuckDBConnection, path: string): Promise<WhoCity[]> {
	const reader = await conn.runAndReadAll(
		`SELECT city, any_value(iso3) AS iso3, median(latitude::DOUBLE) AS lat, median(longitude::DOUBLE) AS lon, count(*)::INTEGER AS rows
		   FROM ${readCsvAsText(path, WHO_COLUMNS, { nullstr: 'NA' })} GROUP BY city ORDER BY city`
	);
	return reader.getRowObjectsJS() as unknown as WhoCity[];
}

export interface WhoMatch {
	city: string;
	code: string;
	distanceKm: number;
}

export interface WhoMatching {
	matches: WhoMatch[];
	/** WHO cities (of a covered country) no Urban Audit unit is named like. */
	noUnit: string[];
	/** Named like a unit of the country, but further than MATCH_DISTANCE_KM, or like two units. */
	refused: string[];
	/** A second WHO name for a unit that already has one with more years. */
	setAside: string[];
}

export function matchWhoCities(
	cities: readonly WhoCity[],
	units: readonly Unit[],
	pointOf: (code: string) => Point | undefined
): WhoMatching {
	const countryOfIso3 = new Map(EUROPE_COUNTRIES.map((c) => [c.iso3, c.code]));
	const namesOf = new Map(units.map((u) => [u.code, unitNames(u)]));
	const candidates: WhoMatch[] = [];
	const noUnit: string[] = [];
	const refused: string[] = [];
	for (const who of cities) {
		const country = countryOfIso3.get(who.iso3);
		if (!country) continue;
		const name = plainName(who.city.replace(/\/[A-Z]{3}$/, ''));
		const named = units.filter((u) => u.country === country && namesOf.get(u.code)!.has(name));
		if (named.length === 0) {
			noUnit.push(who.city);
			continue;
		}
		const near = named
			.map((unit) => ({ unit, point: pointOf(unit.code) }))
			.map((c) => ({ ...c, km: c.point ? distanceKm(c.point, who) : Infinity }));
		const within = near.filter((c) => c.km <= MATCH_DISTANCE_KM);
		// A city and its greater city may share a name: the city (the smaller unit) is WHO's city.
		const cityLevel = within.filter((c) => c.unit.level === 'city');
		const chosen = cityLevel.length === 1 ? cityLevel : within;
		if (chosen.length === 1) {
			candidates.push({ city: who.city, code: chosen[0]!.unit.code, distanceKm: chosen[0]!.km });
			continue;
		}
		const described = near.map((c) => `${c.unit.code} ${Number.isFinite(c.km) ? `${Math.round(c.km)} km` : 'no point'}`).join(', ');
		refused.push(`${who.city}: ${chosen.length > 1 ? 'two units within reach' : `too far`} (${described})`);
	}
	const rowsOf = new Map(cities.map((c) => [c.city, c.rows]));
	const byCode = new Map<string, WhoMatch[]>();
	for (const m of candidates) byCode.set(m.code, [...(byCode.get(m.code) ?? []), m]);
	const matches: WhoMatch[] = [];
	const setAside: string[] = [];
	for (const [code, list] of byCode) {
		list.sort((a, b) => rowsOf.get(b.city)! - rowsOf.get(a.city)! || a.city.localeCompare(b.city));
		matches.push(list[0]!);
		for (const other of list.slice(1)) setAside.push(`${other.city} (also ${code}; ${list[0]!.city} has more years)`);
	}
	matches.sort((a, b) => a.code.localeCompare(b.code));
	return { matches, noUnit, refused, setAside };
}
