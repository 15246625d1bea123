/**
 * WHO Ambient Air Quality Database, 6th edition V6.1 (2024): annual mean PM10, PM2.5 and NO2 in
 * µg/m³ for the partner places WHO lists. A separate resource because its licence (CC BY-NC-SA 3.0
 * IGO) differs from Eurostat's.
 *
 * Places are matched by WHO's `city` name (PROVENANCE.md §6). WHO values belong to WHO's own
 * city unit, so each place gets a geo code `WHO:<city name as WHO writes it>` of level `city`.
 * Two places appear under two names; one value per year is kept (see PRECEDENCE) and the other is
 * named in the note. `NA` is missing, never zero. Years with under 75 % temporal coverage get flag `l`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Observation } from './derive';
import { readCsvAsText } from './read-csv';
import type { IndicatorRecord, SourceRecord } from './eurostat-urb';

export const WHO_SOURCE_ID = 'who_aaq_2024';
export const WHO_FILE = 'who-ambient-air-quality-2024-v6.1/who_aaq_v6.1_partner_cities.csv';

/** WHO city name → our place, and the one WHO unit code used for the place. */
export const WHO_PLACES: Readonly<Record<string, { cityId: string; geoCode: string }>> = {
	'Poznan/POL': { cityId: 'poznan', geoCode: 'WHO:Poznan/POL' },
	'Bologna/ITA': { cityId: 'bologna', geoCode: 'WHO:Bologna/ITA' },
	'Bucuresti/ROU': { cityId: 'bucharest', geoCode: 'WHO:Bucuresti/ROU' },
	'Dublin/IRL': { cityId: 'dublin', geoCode: 'WHO:Dublin/IRL' },
	'Firenze/ITA': { cityId: 'florence', geoCode: 'WHO:Firenze/ITA' },
	// The Hague appears as Gravenhage (2013–2020) and Den Haag (2010, 2013).
	'Gravenhage/NLD': { cityId: 'the-hague', geoCode: 'WHO:Gravenhage/NLD' },
	'Den Haag/NLD': { cityId: 'the-hague', geoCode: 'WHO:Gravenhage/NLD' },
	'Klaipeda/LTU': { cityId: 'klaipeda', geoCode: 'WHO:Klaipeda/LTU' },
	'Murcia/ESP': { cityId: 'murcia', geoCode: 'WHO:Murcia/ESP' },
	'Padova/ITA': { cityId: 'padua', geoCode: 'WHO:Padova/ITA' },
	'Rennes/FRA': { cityId: 'rennes', geoCode: 'WHO:Rennes/FRA' },
	'Hannover/DEU': { cityId: 'hannover', geoCode: 'WHO:Hannover/DEU' },
	'Braunschweig/DEU': { cityId: 'braunschweig', geoCode: 'WHO:Braunschweig/DEU' },
	// Göttingen appears as Gottingen (2010–2021) and Goettingen (2010 only).
	'Gottingen/DEU': { cityId: 'goettingen', geoCode: 'WHO:Gottingen/DEU' },
	'Goettingen/DEU': { cityId: 'goettingen', geoCode: 'WHO:Gottingen/DEU' },
	'Wolfsburg/DEU': { cityId: 'wolfsburg', geoCode: 'WHO:Wolfsburg/DEU' }
};

/**
 * Where one place has two WHO rows for a year, the row under the name WHO uses for most years wins:
 * its station set continues the series; the other is set aside and named in the note.
 */
const PRECEDENCE: readonly string[] = ['Gravenhage/NLD', 'Gottingen/DEU'];

const POLLUTANTS = [
	{ id: 'pm10', column: 'pm10', label: 'PM10', name: 'particulate matter (PM10)' },
	{ id: 'pm25', column: 'pm25', label: 'PM2.5', name: 'fine particulate matter (PM2.5)' },
	{ id: 'no2', column: 'no2', label: 'NO₂', name: 'nitrogen dioxide (NO₂)' }
] as const;

export const WHO_SOURCE: SourceRecord = {
	source_id: WHO_SOURCE_ID,
	publisher: 'World Health Organization',
	title: 'WHO Ambient Air Quality Database, 6th edition (V6.1), update 2024',
	dataset_code: 'who_aaq_v6.1',
	url: 'https://www.who.int/data/gho/data/themes/air-pollution/who-air-quality-database',
	repository_copy: `datasets/raw/${WHO_FILE}`,
	licence: 'CC BY-NC-SA 3.0 IGO (non-commercial use, share alike)',
	licence_url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
	citation:
		'World Health Organization (2024). WHO Ambient Air Quality Database, 6th edition (V6.1), released 31 January 2024. Geneva: WHO. Licence: CC BY-NC-SA 3.0 IGO.',
	retrieved: '2025-11'
};

export function whoIndicators(): IndicatorRecord[] {
	return POLLUTANTS.map((p) => ({
		indicator_id: `${p.id}_annual_mean`,
		label: `${p.label}, annual mean concentration`,
		short_label: p.label,
		unit: 'µg/m³',
		theme: 'environment',
		component: 'both',
		direction: 'lower-is-better',
		spatial_level: 'city',
		measure: 'mean',
		additive: 'false',
		frequency: 'annual',
		decimals: 1,
		description: `Annual mean concentration of ${p.name} at the city's monitoring stations, as compiled by WHO. Flag "l": under 75 % of the year covered.`,
		formula: `WHO AAQ V6.1 ${p.column}_concentration`,
		source_id: WHO_SOURCE_ID
	}));
}

interface WhoRow {
	city: string;
	year: string;
	[column: string]: string | null;
}

/**
 * `unitOf` gives the geo code a WHO city's values go to (default: the partners' WHO_PLACES, where an
 * unknown city stops the build); with `unitOf`, cities it does not know are skipped.
 */
export async function readWho(
	conn: DuckDBConnection,
	path: string,
	unitOf?: (city: string) => string | undefined
): Promise<Observation[]> {
	const columns = ['who_region', 'iso3', 'country_name', 'city', 'year', 'version']
		.concat(POLLUTANTS.map((p) => `${p.column}_concentration`), POLLUTANTS.map((p) => `${p.column}_tempcov`))
		.concat(['type_of_stations', 'reference', 'web_link', 'population', 'population_source', 'latitude', 'longitude', 'who_ms']);
	const reader = await conn.runAndReadAll(
		`SELECT * FROM ${readCsvAsText(path, columns, { nullstr: 'NA' })} ORDER BY city, year`
	);
	const rows = reader.getRowObjectsJS() as unknown as WhoRow[];
	const chosen = new Map<string, { obs: Observation; city: string }>();
	for (const row of rows) {
		const geoCode = unitOf ? unitOf(row.city) : WHO_PLACES[row.city]?.geoCode;
		if (!geoCode && unitOf) continue;
		if (!geoCode) throw new Error(`${path}: WHO city "${row.city}" is not a partner place`);
		const place = { geoCode };
		const year = Number(row.year);
		if (!Number.isInteger(year)) throw new Error(`${path}: ${row.city}: year "${row.year}" is not a year`);
		for (const p of POLLUTANTS) {
			const raw = row[`${p.column}_concentration`];
			if (raw === null || raw === undefined || raw.trim() === '') continue;
			const value = Number(raw);
			if (!Number.isFinite(value) || value < 0) throw new Error(`${path}: ${row.city} ${year}: ${p.column} "${raw}" is not a concentration`);
			const coverage = row[`${p.column}_tempcov`];
			const obs: Observation = {
				geo_code: place.geoCode,
				indicator_id: `${p.id}_annual_mean`,
				year,
				value: raw.trim(),
				flags: coverage !== null && coverage !== undefined && Number(coverage) < 75 ? 'l' : '',
				source_id: WHO_SOURCE_ID,
				note: coverage === null || coverage === undefined ? 'temporal coverage not stated' : ''
			};
			const key = `${place.geoCode}|${obs.indicator_id}|${year}`;
			const other = chosen.get(key);
			if (!other) {
				chosen.set(key, { obs, city: row.city });
				continue;
			}
			const [keep, drop] = PRECEDENCE.includes(row.city) ? [{ obs, city: row.city }, other] : [other, { obs, city: row.city }];
			keep.obs.note = [keep.obs.note, `WHO also lists ${drop.city} ${year}: ${drop.obs.value} (set aside)`].filter(Boolean).join('; ');
			chosen.set(key, keep);
		}
	}
	return [...chosen.values()].map((c) => c.obs);
}

/** The WHO units for geo.csv: named as the place is, level city. */
export function whoGeoRows(placeName: (cityId: string) => string, country: (cityId: string) => string): string[][] {
	const units = new Map(Object.values(WHO_PLACES).map((p) => [p.geoCode, p.cityId]));
	return [...units].map(([code, cityId]) => [code, placeName(cityId), 'city', country(cityId), cityId]);
}
