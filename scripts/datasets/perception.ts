/**
 * Residents' views (PROVENANCE.md §3 and §7): shares of respondents satisfied / agreeing, derived from
 * the Eurostat perception survey (urb_percep, waves 2004–2019) and the 2023 Survey on Quality of Life in
 * European Cities, as written in one mapping file, datasets/perception-mapping.csv: per indicator and
 * wave, the question code, its exact wording, the scale, the answer categories summed, how "don't
 * know" is treated and the factor (×100 for the 2023 fractions). The build checks every wording
 * against the raw files, so a mapping that names the wrong question fails.
 *
 * Survey values belong to the survey's own city sample, so each place gets a unit per survey
 * (`urb_percep:<city code>`, `qol2023:<city code>`). Daugavpils, Braunschweig and Wolfsburg report
 * national surveys to Eurostat: their values carry a "not comparable" note.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import type { Cell } from './csv-writer';
import { mergeFlags, type Observation } from './derive';
import { EUROSTAT_LICENCE, type IndicatorRecord, type SourceRecord } from './eurostat-urb';
import { readEurostatTsv } from './eurostat-tsv';
import { readCsvAsText } from './read-csv';

export const PERCEP_FILE = 'eurostat-urb_percep/urb_percep.tsv';
export const QOL_FILE = 'eu-quality-of-life-survey-2023/qol2023_partner_cities_extract.csv';
export const MAPPING_HEADER = ['indicator_id', 'wave', 'source_id', 'question_code', 'wording', 'scale', 'categories_summed', 'dont_know', 'factor', 'note'] as const;
export type MappingRow = Record<(typeof MAPPING_HEADER)[number], string>;

const PERCEP_SOURCE_ID = 'eurostat_urb_percep';
const QOL_SOURCE_ID = 'ec_qol_2023';

export const NOT_COMPARABLE_NOTE =
	'not comparable: from a national perception survey reported to Eurostat, not the EU survey (PROVENANCE.md §3)';
export const NATIONAL_SURVEY_CODES = new Set(['LV004C', 'DE085C', 'DE104C']);

/** QoL 2023 column → the place's Eurostat code (PROVENANCE.md, "How the cities appear"). */
const QOL_COLUMNS: Record<string, string> = {
	'1004 Rennes': 'FR016C',
	'1401 Dublin': 'IE001C',
	'1501 Bologna': 'IT009C',
	'2301 Bucureşti': 'RO001C'
};

export const PERCEPTION_SOURCES: readonly SourceRecord[] = [
	{ source_id: PERCEP_SOURCE_ID, publisher: 'Eurostat', title: 'Perception survey results (Flash Eurobarometer waves to 2015 and the 2019 survey on quality of life in European cities)', dataset_code: 'urb_percep', url: 'https://ec.europa.eu/eurostat/databrowser/view/urb_percep/default/table', repository_copy: `datasets/raw/${PERCEP_FILE}`, licence: EUROSTAT_LICENCE, licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright', citation: 'Eurostat (2023), Perception survey results (urb_percep), bulk download, waves 2004–2019.', retrieved: '2023' },
	{ source_id: QOL_SOURCE_ID, publisher: 'European Commission, DG REGIO', title: 'Survey on Quality of Life in European Cities 2023, aggregated data (revised 18 September 2024)', dataset_code: 'quality_of_life_european_cities_2023_aggregated_data', url: 'https://ec.europa.eu/regional_policy/en/information/maps/quality_of_life', repository_copy: `datasets/raw/${QOL_FILE}`, licence: 'European Commission reuse policy (Commission Decision 2011/833/EU); the file states no licence', licence_url: 'https://commission.europa.eu/legal-notice_en', citation: 'European Commission, DG REGIO (2024), Survey on Quality of Life in European Cities 2023, aggregated data, version of 18 September 2024. Fieldwork by Ipsos.', retrieved: '2024' }
];

const TEXT: Record<string, { label: string; short: string; component: string }> = {
	satisfied_living_in_city: { label: 'Residents satisfied to live in their city', short: 'Satisfied to live in city', component: 'both' },
	satisfied_public_transport: { label: 'Residents satisfied with public transport', short: 'Satisfied: public transport', component: 'living-standards' },
	satisfied_schools: { label: 'Residents satisfied with schools', short: 'Satisfied: schools', component: 'living-standards' },
	satisfied_health_care: { label: 'Residents satisfied with health care (doctors and hospitals)', short: 'Satisfied: health care', component: 'living-standards' },
	satisfied_green_spaces: { label: 'Residents satisfied with green spaces', short: 'Satisfied: green spaces', component: 'living-standards' },
	satisfied_cultural_facilities: { label: 'Residents satisfied with cultural facilities', short: 'Satisfied: culture', component: 'living-standards' },
	satisfied_air_quality: { label: 'Residents satisfied with the quality of the air', short: 'Satisfied: air quality', component: 'both' },
	satisfied_cleanliness: { label: 'Residents satisfied with the cleanliness of the city', short: 'Satisfied: cleanliness', component: 'living-standards' },
	feel_safe_in_city: { label: 'Residents who feel safe in their city', short: 'Feel safe in city', component: 'living-standards' },
	feel_safe_at_night_in_city: { label: 'Residents who feel safe walking alone at night in their city', short: 'Feel safe at night', component: 'living-standards' },
	easy_to_find_good_job: { label: 'Residents who agree it is easy to find a good job in the city', short: 'Easy to find a good job', component: 'both' },
	easy_to_find_good_housing: { label: 'Residents who agree it is easy to find good housing at a reasonable price', short: 'Easy to find good housing', component: 'both' }
};

export async function readMapping(conn: DuckDBConnection, path: string): Promise<MappingRow[]> {
	const reader = await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, MAPPING_HEADER)}`);
	return (reader.getRowObjectsJS() as unknown as Record<string, string | null>[]).map(
		(r) => Object.fromEntries(MAPPING_HEADER.map((h) => [h, r[h] ?? ''])) as MappingRow
	);
}

export function perceptionIndicators(mapping: readonly MappingRow[]): IndicatorRecord[] {
	return Object.entries(TEXT).map(([id, text]) => {
		const rows = mapping.filter((m) => m.indicator_id === id);
		if (rows.length === 0) throw new Error(`perception-mapping.csv: no row for ${id}`);
		const waves = rows.map((r) => r.wave).join(', ');
		return {
			indicator_id: id,
			label: text.label,
			short_label: text.short,
			unit: '% of respondents',
			theme: 'residents-views',
			component: text.component,
			direction: 'higher-is-better',
			spatial_level: 'city',
			measure: 'share',
			additive: 'false',
			frequency: 'survey-wave',
			decimals: 1,
			description: `Share of all respondents (don't know included in the base) giving one of the two positive answers; waves ${waves}. Question codes and wording changed between waves: see datasets/perception-mapping.csv. Daugavpils, Braunschweig and Wolfsburg values come from national surveys and are not comparable with the EU-survey cities.`,
			formula: `sum of the categories in perception-mapping.csv × factor; rounded to 4 decimals`,
			source_id: PERCEP_SOURCE_ID
		} satisfies IndicatorRecord;
	});
}

/** Geo rows for the survey units of the places that have survey values. */
export function surveyGeoRows(observations: readonly Observation[], placeOfCode: (code: string) => { cityId: string; name: string; country: string }): Cell[][] {
	const units = [...new Set(observations.map((o) => o.geo_code))].sort();
	return units.map((unit) => {
		const [survey, code] = unit.split(':') as [string, string];
		const place = placeOfCode(code);
		const what = survey === 'qol2023' ? 'Quality of Life survey 2023 sample' : 'perception survey sample';
		// The 2023 file and the urb_percep waves are the EU survey, except the national surveys Eurostat also lists.
		const type = survey === 'urb_percep' && NATIONAL_SURVEY_CODES.has(code) ? 'national' : 'eu';
		return [unit, `${place.name} (${what})`, 'city', place.country, place.cityId, type];
	});
}

const sum = (values: readonly number[], factor: number) => String(Number((values.reduce((a, b) => a + b, 0) * factor).toFixed(4)));

/** Observations for every mapping row, and what the cross-checks and gaps found. */
export async function readPerception(
	conn: DuckDBConnection,
	raw: string,
	mapping: readonly MappingRow[],
	codeLabels: ReadonlyMap<string, string>,
	/** The urb_percep file to read (default: the partners' extract) and whether to read the 2023 survey. */
	options: { percepFile?: string; qol?: boolean } = {}
): Promise<{ observations: Observation[]; disagreements: string[]; checked: number }> {
	const cells = await readEurostatTsv(conn, `${raw}/${options.percepFile ?? PERCEP_FILE}`);
	const cellOf = new Map(cells.map((c) => [`${c.dims.indic_ur}|${c.dims['cities']}|${c.year}`, c]));
	const qol = options.qol === false ? new Map<string, QolQuestion>() : await readQol(conn, `${raw}/${QOL_FILE}`);
	const observations: Observation[] = [];
	const disagreements: string[] = [];
	let checked = 0;
	for (const m of mapping) {
		const wave = Number(m.wave);
		const codes = m.categories_summed.split('+');
		if (m.source_id === PERCEP_SOURCE_ID) {
			for (const code of codes) {
				const label = codeLabels.get(code);
				if (!label?.startsWith(`${m.wording}:`)) throw new Error(`perception-mapping.csv: ${m.indicator_id} ${wave}: ${code} is "${label}" in indic_ur.dic, not "${m.wording}: …"`);
			}
			const places = new Set(cells.filter((c) => c.dims.indic_ur === codes[0] && c.year === wave).map((c) => c.dims['cities']!));
			for (const city of places) {
				const parts = codes.map((code) => cellOf.get(`${code}|${city}|${wave}`));
				if (parts.some((p) => !p)) continue; // a category not published (`:`): the share cannot be formed
				const value = sum(parts.map((p) => Number(p!.value)), Number(m.factor));
				observations.push({ geo_code: `urb_percep:${city}`, indicator_id: m.indicator_id, year: wave, value, flags: parts.map((p) => p!.flags).reduce(mergeFlags, ''), source_id: PERCEP_SOURCE_ID, note: `${m.categories_summed}${NATIONAL_SURVEY_CODES.has(city) ? `; ${NOT_COMPARABLE_NOTE}` : ''}` });
			}
		} else if (options.qol !== false) {
			const question = qol.get(m.question_code);
			if (!question || question.wording !== m.wording) throw new Error(`perception-mapping.csv: ${m.indicator_id} 2023: question ${m.question_code} is "${question?.wording}" in ${QOL_FILE}, not "${m.wording}"`);
			for (const [column, code] of Object.entries(QOL_COLUMNS)) {
				const parts = codes.map((c) => question.answers.get(c)?.[column]);
				if (parts.some((p) => p === undefined || p === null || p === '')) continue;
				const value = sum(parts.map(Number), Number(m.factor));
				observations.push({ geo_code: `qol2023:${code}`, indicator_id: m.indicator_id, year: wave, value, flags: '', source_id: QOL_SOURCE_ID, note: `${m.question_code}: ${m.categories_summed}` });
				// The file's own top-2 box must agree with the sum of the two categories (ours is rounded to 4 decimals).
				const top2 = qol.get(`TB_${m.question_code}`)?.answers.get('1 Top2')?.[column];
				if (top2 !== undefined && top2 !== null) {
					checked++;
					if (Math.abs(Number(top2) * 100 - Number(value)) > 1e-3) disagreements.push(`${code} ${m.indicator_id} 2023: sum of categories ${value} vs the file's top-2 box ${Number(top2) * 100}`);
				}
			}
		}
	}
	checked += crossCheckAggregates(observations, cellOf, disagreements);
	return { observations, disagreements, checked };
}

/** Eurostat's own "satisfied"/"agree" aggregates (PS9…V, 2015) against our sums, tolerance 1 point. */
const AGGREGATES: Record<string, string> = { satisfied_public_transport: 'PS9112V', satisfied_schools: 'PS9122V', satisfied_cultural_facilities: 'PS9182V', satisfied_living_in_city: 'PS9292V', easy_to_find_good_housing: 'PS9232V', satisfied_health_care: 'PS9342V' };

function crossCheckAggregates(observations: readonly Observation[], cellOf: ReadonlyMap<string, { value: string }>, disagreements: string[]): number {
	let checked = 0;
	for (const o of observations) {
		const code = AGGREGATES[o.indicator_id];
		if (!code || !o.geo_code.startsWith('urb_percep:')) continue;
		const city = o.geo_code.slice('urb_percep:'.length);
		const aggregate = cellOf.get(`${code}|${city}|${o.year}`);
		if (!aggregate) continue;
		checked++;
		if (Math.abs(Number(aggregate.value) - Number(o.value)) > 1) disagreements.push(`${city} ${o.indicator_id} ${o.year}: sum of categories ${o.value} vs Eurostat's aggregate ${code} ${aggregate.value} (kept: the sum of the categories)`);
	}
	return checked;
}

interface QolQuestion {
	wording: string;
	/** answer label → column → cell text */
	answers: Map<string, Record<string, string | null>>;
}

/** The QoL sheet extract: the question label appears only on its first row, as in the sheet. */
async function readQol(conn: DuckDBConnection, path: string): Promise<Map<string, QolQuestion>> {
	const text = await readFile(path, 'utf8');
	const header = text.slice(0, text.search(/\r?\n/)).split(',');
	for (const column of Object.keys(QOL_COLUMNS)) if (!header.includes(column)) throw new Error(`${path}: line 1: column "${column}" not found`);
	const reader = await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, header)}`);
	const questions = new Map<string, QolQuestion>();
	let current: QolQuestion | null = null;
	for (const row of reader.getRowObjectsJS() as unknown as Record<string, string | null>[]) {
		const label = row.row_label;
		if (label) {
			const space = label.indexOf(' ');
			current = { wording: label.slice(space + 1), answers: new Map() };
			questions.set(label.slice(0, space), current);
		}
		if (current && row.statistic === 'Column N %' && row.answer_label) current.answers.set(row.answer_label, row);
	}
	return questions;
}
