/**
 * The NUTS regions each partner place lies in (PROVENANCE.md §10, §11, §13). Their values are
 * context: shown beside the place's own figures under the region's name, never ranked or combined
 * with city values. `match` says how much of the region the place is, in words from PROVENANCE.md.
 * Region names are read from Eurostat's NUTS 2021 code list excerpt, never typed in.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCsvAsText } from './read-csv';

export const NUTS_FILE = 'eurostat-demo_r_mlifexp-2023/nuts2021_codes_partner_regions_excerpt.csv';

export interface RegionLink {
	cityId: string;
	geoCode: string;
	level: 'nuts3' | 'nuts2';
	match: string;
}

const link = (cityId: string, geoCode: string, level: RegionLink['level'], match: string): RegionLink => ({ cityId, geoCode, level, match });

export const REGION_LINKS: readonly RegionLink[] = [
	link('poznan', 'PL415', 'nuts3', 'the city itself'),
	link('poznan', 'PL41', 'nuts2', 'Wielkopolskie voivodeship, containing the city'),
	link('bologna', 'ITH55', 'nuts3', 'the province (città metropolitana), larger than the city'),
	link('bologna', 'ITH5', 'nuts2', 'Emilia-Romagna region, containing the city'),
	link('bucharest', 'RO321', 'nuts3', 'the municipality'),
	link('bucharest', 'RO32', 'nuts2', 'Bucharest with Ilfov county'),
	link('daugavpils', 'LV005', 'nuts3', 'the whole Latgale region'),
	link('daugavpils', 'LV00', 'nuts2', 'all of Latvia'),
	link('dublin', 'IE061', 'nuts3', 'County Dublin, close to the greater city'),
	link('dublin', 'IE06', 'nuts2', 'Eastern and Midland region (from 2013)'),
	link('florence', 'ITI14', 'nuts3', 'the province (città metropolitana), larger than the city'),
	link('florence', 'ITI1', 'nuts2', 'Tuscany region, containing the city'),
	link('the-hague', 'NL332', 'nuts3', 'the agglomeration of The Hague'),
	link('the-hague', 'NL33', 'nuts2', 'Zuid-Holland province (NUTS 2021 code)'),
	link('the-hague', 'NL36', 'nuts2', 'Zuid-Holland province (NUTS 2024 code)'),
	link('hengelo', 'NL213', 'nuts3', 'the whole Twente region'),
	link('hengelo', 'NL21', 'nuts2', 'Overijssel province, containing the city'),
	link('klaipeda', 'LT023', 'nuts3', 'Klaipėda county'),
	link('klaipeda', 'LT02', 'nuts2', 'Central and Western Lithuania region (from 2013)'),
	link('klaipeda', 'LT00', 'nuts2', 'all of Lithuania (NUTS 2013 code, until 2012)'),
	link('murcia', 'ES620', 'nuts3', 'the whole Región de Murcia'),
	link('murcia', 'ES62', 'nuts2', 'the whole Región de Murcia'),
	link('padua', 'ITH36', 'nuts3', 'the province, larger than the city'),
	link('padua', 'ITH3', 'nuts2', 'Veneto region, containing the city'),
	link('rennes', 'FRH03', 'nuts3', 'Ille-et-Vilaine département'),
	link('rennes', 'FRH0', 'nuts2', 'Brittany region, containing the city'),
	link('wolverhampton', 'UKG39', 'nuts3', 'the city'),
	link('wolverhampton', 'UKG3', 'nuts2', 'West Midlands metropolitan county'),
	link('hannover', 'DE929', 'nuts3', 'the city with the surrounding Region Hannover'),
	link('hannover', 'DE92', 'nuts2', 'Hannover statistical region'),
	link('braunschweig', 'DE911', 'nuts3', 'the city itself'),
	link('braunschweig', 'DE91', 'nuts2', 'Braunschweig statistical region (with Göttingen and Wolfsburg)'),
	link('goettingen', 'DE91C', 'nuts3', 'Göttingen district (Landkreis), larger than the city'),
	link('goettingen', 'DE91', 'nuts2', 'Braunschweig statistical region (with Braunschweig and Wolfsburg)'),
	link('wolfsburg', 'DE913', 'nuts3', 'the city itself'),
	link('wolfsburg', 'DE91', 'nuts2', 'Braunschweig statistical region (with Braunschweig and Göttingen)')
];

/** NUTS code → name as in Eurostat's NUTS 2021 list (`;`-separated, BOM, CRLF). */
export async function readNutsNames(conn: DuckDBConnection, path: string): Promise<Map<string, string>> {
	const columns = ['code', 'country', 'nuts1', 'nuts2', 'nuts3', 'level', 'country_order', 'region_order'];
	// The excerpt's rows end in ten empty columns; name them so DuckDB reads every row the same way.
	const all = [...columns, ...Array.from({ length: 11 }, (_, i) => `empty${i}`)];
	const reader = await conn.runAndReadAll(`SELECT code, nuts2, nuts3, level FROM ${readCsvAsText(path, all, { delim: ';' })}`);
	const names = new Map<string, string>();
	for (const [code, nuts2, nuts3, level] of reader.getRowsJS() as (string | null)[][]) {
		const name = level === '3' ? nuts3 : level === '2' ? nuts2 : null;
		if (code && name) names.set(code, name.trim());
	}
	return names;
}
