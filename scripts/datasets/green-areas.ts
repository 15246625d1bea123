/**
 * UN-Habitat green area share and green area per person, 1990–2020 (PROVENANCE.md §8): Dublin,
 * Bologna and Poznań only. Measured by satellite over a Degree of Urbanisation city area, not the
 * municipality, so each place gets its own unit `UNH:<city code>`. The file states no licence: the
 * values are a separate resource marked "redistribution terms unverified".
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import type { Cell } from './csv-writer';
import type { Observation } from './derive';
import type { IndicatorRecord, SourceRecord } from './eurostat-urb';
import { readCsvAsText } from './read-csv';

export const GREEN_FILE = 'un-habitat-green-areas-2024/green_areas_partner_cities_extract.csv';
const SOURCE_ID = 'un_habitat_green_areas_2024';
export const UNVERIFIED = 'redistribution terms unverified';

/** UN-Habitat city code → our place. */
const CITY_CODES: Record<string, string> = { IE_DUBLIN: 'dublin', IT_BOLOGNA: 'bologna', PL_POZNAN: 'poznan' };
const YEARS = [1990, 2000, 2010, 2020] as const;

export const GREEN_SOURCE: SourceRecord = {
	source_id: SOURCE_ID,
	publisher: 'UN-Habitat (United Nations Human Settlements Programme)',
	title: 'Global Urban Indicators Database: share of green areas and green area per capita in cities and urban areas, 1990–2020 (update August 2024)',
	dataset_code: 'Share_of_green_areas_and_green_area_per_capita_in_cities_and_urban_areas_1990_-_2020',
	url: 'https://data.unhabitat.org/',
	repository_copy: `datasets/raw/${GREEN_FILE}`,
	licence: `No licence stated in the file; ${UNVERIFIED}`,
	licence_url: '',
	citation: 'UN-Habitat (United Nations Human Settlements Programme), Global Urban Indicators Database, share of green areas in cities and green area per capita, 2024.',
	retrieved: '2024'
};

const base = { theme: 'environment', component: 'living-standards', direction: 'higher-is-better', spatial_level: 'city', additive: 'false', frequency: 'decadal', decimals: 1, source_id: SOURCE_ID } as const;
const METHOD = 'NDVI analysis of Landsat/Sentinel imagery over the Degree of Urbanisation city area (not the municipal boundary); per-person values use GHS-POP population estimates. UN-Habitat; redistribution terms unverified.';

const SERIES = [
	{ id: 'green_area_share', prefix: 'Average share of green area in city', ...base, label: 'Green area, share of the city area', short_label: 'Green area share', unit: '%', measure: 'share', description: `Share of the urban area covered by green vegetation. ${METHOD}` },
	{ id: 'green_area_per_person', prefix: 'Green area per capita', ...base, label: 'Green area per person', short_label: 'Green area per person', unit: 'm² per person', measure: 'rate', description: `Green area per inhabitant. ${METHOD}` }
] as const;

export function greenIndicators(): IndicatorRecord[] {
	return SERIES.map((s) => ({ indicator_id: s.id, label: s.label, short_label: s.short_label, unit: s.unit, theme: s.theme, component: s.component, direction: s.direction, spatial_level: s.spatial_level, measure: s.measure, additive: s.additive, frequency: s.frequency, decimals: s.decimals, description: s.description, formula: `UN-Habitat column "${s.prefix} … <year>"`, source_id: s.source_id }));
}

export async function readGreenAreas(conn: DuckDBConnection, path: string): Promise<Observation[]> {
	const text = await readFile(path, 'utf8');
	const header = text.slice(0, text.search(/\r?\n/)).split(',');
	const reader = await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, header)}`);
	const out: Observation[] = [];
	for (const row of reader.getRowObjectsJS() as unknown as Record<string, string | null>[]) {
		const code = row['City Code'] ?? '';
		if (!CITY_CODES[code]) throw new Error(`${path}: city code "${code}" is not a partner place`);
		for (const series of SERIES) {
			for (const year of YEARS) {
				// Column names vary ("city/urban area", "city/ urban area"): find the one for the year.
				const column = header.find((h) => h.startsWith(series.prefix) && h.includes(` ${year} `));
				if (!column) throw new Error(`${path}: line 1: no column "${series.prefix} … ${year}"`);
				const raw = row[column]?.trim();
				if (!raw) continue;
				if (!Number.isFinite(Number(raw))) throw new Error(`${path}: ${code} ${column}: "${raw}" is not a number`);
				out.push({ geo_code: `UNH:${code}`, indicator_id: series.id, year, value: raw, flags: '', source_id: SOURCE_ID, note: UNVERIFIED });
			}
		}
	}
	return out;
}

export function greenGeoRows(place: (cityId: string) => { name: string; country: string }): Cell[][] {
	return Object.entries(CITY_CODES).map(([code, cityId]) => [`UNH:${code}`, `${place(cityId).name} (UN-Habitat urban area)`, 'city', place(cityId).country, cityId]);
}
