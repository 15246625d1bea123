/**
 * Regional and national context series (PROVENANCE.md §10, §11, §13): GDP per inhabitant by NUTS 3
 * region, life expectancy at birth by NUTS 2 region, and the NUTS 2 unemployment rate and GDP index
 * as rounded by a third party. These describe regions that contain a partner place (see regions.ts),
 * not the place; the app never ranks them against city values.
 */
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Observation } from './derive';
import { EUROSTAT_LICENCE, type IndicatorRecord, type SourceRecord } from './eurostat-urb';
import { readEurostatTsv } from './eurostat-tsv';

export const GDP_FILE = 'eurostat-nama_10r_3gdp-2023/nama_10r_3gdp_partner_nuts3_extract.tsv';
export const LIFE_FILE = 'eurostat-demo_r_mlifexp-2023/demo_r_mlifexp_Y_LT1_partner_regions_extract.tsv';
export const REGIONS_SECONDARY_FILE = 'kworlddatamap-eurostat-derived-2026/eurostat-regions_partner_nuts2_extract.json';

const GDP_SOURCE_ID = 'eurostat_nama_10r_3gdp';
const LIFE_SOURCE_ID = 'eurostat_demo_r_mlifexp';
const REGIONS_SECONDARY_SOURCE_ID = 'kworlddatamap_eurostat_regions';

const eurostatSource = (id: string, code: string, title: string, file: string, citation: string): SourceRecord => ({
	source_id: id,
	publisher: 'Eurostat',
	title,
	dataset_code: code,
	url: `https://ec.europa.eu/eurostat/databrowser/view/${code}/default/table`,
	repository_copy: `datasets/raw/${file}`,
	licence: EUROSTAT_LICENCE,
	licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
	citation,
	retrieved: '2023'
});

export const REGIONAL_SOURCES: readonly SourceRecord[] = [
	eurostatSource(
		GDP_SOURCE_ID,
		'nama_10r_3gdp',
		'Gross domestic product (GDP) at current market prices by NUTS 3 regions',
		GDP_FILE,
		'Eurostat (2023), Gross domestic product (GDP) at current market prices by NUTS 3 regions (nama_10r_3gdp), bulk download of 21 February 2023.'
	),
	eurostatSource(
		LIFE_SOURCE_ID,
		'demo_r_mlifexp',
		'Life expectancy by age, sex and NUTS 2 region',
		LIFE_FILE,
		'Eurostat (2023), Life expectancy by age, sex and NUTS 2 region (demo_r_mlifexp), bulk download of 6 July 2023.'
	),
	{
		source_id: REGIONS_SECONDARY_SOURCE_ID,
		publisher: 'Eurostat (processed by kevinkicho/kworlddatamap)',
		title: 'Eurostat regional unemployment rate (lfst_r_lfu3rt) and GDP index (nama_10r_2gdp) by NUTS 2 region, as downloaded and rounded by a third-party script',
		dataset_code: 'lfst_r_lfu3rt; nama_10r_2gdp PPS_HAB_EU27_2020',
		url: 'https://github.com/kevinkicho/kworlddatamap032926',
		repository_copy: `datasets/raw/${REGIONS_SECONDARY_FILE}`,
		licence: `Data: ${EUROSTAT_LICENCE}; processing: MIT (kworlddatamap). Secondary source: rounded copies of Eurostat values.`,
		licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
		citation:
			'Eurostat, lfst_r_lfu3rt and nama_10r_2gdp, via kevinkicho/kworlddatamap032926 (commit a9bc621, 2026-04-14), public/eurostat-regions.json; values rounded by the processor.',
		retrieved: '2026'
	}
];

const GDP_CAVEAT =
	' Regional context, not a city value: GDP is counted where people work, not where they live, so regions with many in-commuters (Wolfsburg, Braunschweig, Poznań, Bucharest) show far more than their residents earn.';

const indicator = (fields: Omit<IndicatorRecord, 'additive' | 'frequency' | 'component'> & { component?: string }): IndicatorRecord => ({
	indicator_id: fields.indicator_id,
	label: fields.label,
	short_label: fields.short_label,
	unit: fields.unit,
	theme: fields.theme,
	component: fields.component ?? 'living-standards',
	direction: fields.direction,
	spatial_level: fields.spatial_level,
	measure: fields.measure,
	additive: 'false',
	frequency: 'annual',
	decimals: fields.decimals,
	description: fields.description,
	formula: fields.formula,
	source_id: fields.source_id
});

/** GDP units kept from nama_10r_3gdp: unit code → indicator. */
const GDP_UNITS: Record<string, IndicatorRecord> = {
	PPS_EU27_2020_HAB: indicator({ indicator_id: 'gdp_pps_per_inhabitant', label: 'GDP per inhabitant in purchasing power standards (NUTS 3 region)', short_label: 'GDP per inhabitant (PPS)', unit: 'PPS per inhabitant', theme: 'economy-work', direction: 'higher-is-better', spatial_level: 'nuts3', measure: 'amount', decimals: 0, description: 'Gross domestic product at current market prices per inhabitant of the NUTS 3 region, in purchasing power standards (EU27 2020), which remove price-level differences between countries.' + GDP_CAVEAT, formula: 'Eurostat nama_10r_3gdp PPS_EU27_2020_HAB', source_id: GDP_SOURCE_ID }),
	PPS_HAB_EU27_2020: indicator({ indicator_id: 'gdp_pps_per_inhabitant_eu_index', label: 'GDP per inhabitant in PPS, % of the EU average (NUTS 3 region)', short_label: 'GDP per inhabitant, EU = 100', unit: '% of EU27 average', theme: 'economy-work', direction: 'higher-is-better', spatial_level: 'nuts3', measure: 'index', decimals: 0, description: 'GDP per inhabitant in PPS of the NUTS 3 region as a percentage of the EU27 (2020) average.' + GDP_CAVEAT, formula: 'Eurostat nama_10r_3gdp PPS_HAB_EU27_2020', source_id: GDP_SOURCE_ID })
};

const LIFE_SEXES: Record<string, { id: string; who: string }> = {
	T: { id: 'life_expectancy', who: '' },
	F: { id: 'life_expectancy_women', who: ', women' },
	M: { id: 'life_expectancy_men', who: ', men' }
};

const lifeIndicator = (sex: { id: string; who: string }, code: string) =>
	indicator({ indicator_id: sex.id, label: `Life expectancy at birth${sex.who} (NUTS 2 region)`, short_label: `Life expectancy${sex.who}`, unit: 'years', theme: 'health', component: 'both', direction: 'higher-is-better', spatial_level: 'nuts2', measure: 'mean', decimals: 1, description: `Life expectancy at birth${sex.who} in the NUTS 2 region containing the place (for Daugavpils all of Latvia). No city-level value was found for any partner place.`, formula: `Eurostat demo_r_mlifexp YR, sex ${code}, age Y_LT1`, source_id: LIFE_SOURCE_ID });

const SECONDARY_SERIES = [
	{ field: 'unemployment_history', indicator: indicator({ indicator_id: 'regional_unemployment_rate', label: 'Unemployment rate, ages 15–74 (NUTS 2 region, secondary source)', short_label: 'Regional unemployment rate', unit: '%', theme: 'economy-work', direction: 'lower-is-better', spatial_level: 'nuts2', measure: 'rate', decimals: 1, description: 'Unemployed persons aged 15–74 as a share of the labour force of the NUTS 2 region (Labour Force Survey). A different definition from the city unemployment rate. Rounded copy of Eurostat lfst_r_lfu3rt made by a third party (1 decimal).', formula: 'Eurostat lfst_r_lfu3rt, sex T, age Y15-74, isced11 TOTAL, unit PC; via kworlddatamap', source_id: REGIONS_SECONDARY_SOURCE_ID }) },
	{ field: 'gdp_pps_history', indicator: indicator({ indicator_id: 'gdp_pps_per_inhabitant_eu_index_nuts2', label: 'GDP per inhabitant in PPS, % of the EU average (NUTS 2 region, secondary source)', short_label: 'Regional GDP per inhabitant, EU = 100', unit: '% of EU27 average', theme: 'economy-work', direction: 'higher-is-better', spatial_level: 'nuts2', measure: 'index', decimals: 0, description: 'GDP per inhabitant in PPS of the NUTS 2 region as a percentage of the EU27 (2020) average. Rounded to whole numbers by a third party.' + GDP_CAVEAT, formula: 'Eurostat nama_10r_2gdp PPS_HAB_EU27_2020; via kworlddatamap', source_id: REGIONS_SECONDARY_SOURCE_ID }) }
] as const;

export function regionalIndicators(): IndicatorRecord[] {
	return [
		...Object.values(GDP_UNITS),
		...Object.entries(LIFE_SEXES).map(([code, sex]) => lifeIndicator(sex, code)),
		...SECONDARY_SERIES.map((s) => s.indicator)
	];
}

/** Eurostat GDP (NUTS 3 and countries) and life expectancy (NUTS 2 and countries) as observations. */
export async function readRegionalEurostat(
	conn: DuckDBConnection,
	raw: string,
	isKnownUnit: (geoCode: string) => boolean
): Promise<{ observations: Observation[]; leftOut: string[] }> {
	const observations: Observation[] = [];
	const leftOutGeo = new Set<string>();
	const keep = (geo: string) => {
		if (isKnownUnit(geo)) return true;
		leftOutGeo.add(geo);
		return false;
	};
	for (const cell of await readEurostatTsv(conn, `${raw}/${GDP_FILE}`)) {
		const target = GDP_UNITS[cell.dims.unit!];
		if (!target || !keep(cell.dims.geo!)) continue;
		observations.push({ geo_code: cell.dims.geo!, indicator_id: String(target.indicator_id), year: cell.year, value: cell.value, flags: cell.flags, source_id: GDP_SOURCE_ID, note: '' });
	}
	for (const cell of await readEurostatTsv(conn, `${raw}/${LIFE_FILE}`)) {
		const sex = LIFE_SEXES[cell.dims.sex!];
		if (cell.dims.unit !== 'YR' || cell.dims.age !== 'Y_LT1' || !sex || !keep(cell.dims.geo!)) continue;
		observations.push({ geo_code: cell.dims.geo!, indicator_id: sex.id, year: cell.year, value: cell.value, flags: cell.flags, source_id: LIFE_SOURCE_ID, note: '' });
	}
	const leftOut = [...leftOutGeo].sort().map((g) => `\`${g}\`: GDP/life-expectancy rows of a unit that is neither a partner's region nor its country (e.g. the EU27 aggregate) — not loaded.`);
	return { observations, leftOut };
}

/**
 * The NUTS 2 series of the third-party file ([year, value] pairs per region), and the regions' names
 * as the file gives them (some units are outside the NUTS 2021 list).
 */
export async function readRegionalSecondary(path: string): Promise<{ observations: Observation[]; names: Map<string, string> }> {
	const regions = JSON.parse(await readFile(path, 'utf8')) as Record<string, Record<string, unknown>>;
	const out: Observation[] = [];
	const names = new Map<string, string>();
	for (const [code, region] of Object.entries(regions)) {
		if (typeof region.name === 'string') names.set(code, region.name);
		for (const series of SECONDARY_SERIES) {
			const history = region[series.field];
			if (history === undefined) continue;
			if (!Array.isArray(history)) throw new Error(`${path}: ${code}.${series.field} is not a list of [year, value] pairs`);
			for (const pair of history as unknown[]) {
				if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0]) || typeof pair[1] !== 'number')
					throw new Error(`${path}: ${code}.${series.field}: ${JSON.stringify(pair)} is not a [year, value] pair`);
				out.push({ geo_code: code, indicator_id: String(series.indicator.indicator_id), year: pair[0] as number, value: String(pair[1]), flags: '', source_id: REGIONS_SECONDARY_SOURCE_ID, note: 'secondary source: rounded copy of a Eurostat value' });
			}
		}
	}
	return { observations: out, names };
}
