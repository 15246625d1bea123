/**
 * Secondary source (PROVENANCE.md §13): Eurostat city series as downloaded and **rounded** by a third
 * party (kevinkicho/kworlddatamap, 2026). Used only for series no raw Eurostat file here has —
 * unemployment rate, activity rate, median age — each row marked as a rounded copy. Only `…History`
 * pairs carry a year; a latest value without its year is not an observation. Where a raw Eurostat
 * file has the same variable (median income EC3039V, tourist nights CR2001V) the two are cross-checked
 * and disagreements beyond the rounding are listed in COVERAGE.md.
 */
import { readFile } from 'node:fs/promises';
import type { Observation } from './derive';
import { LEVELS, levelId, levelIndicator, type IndicatorRecord, type SourceRecord, type UrbLevel } from './eurostat-urb';

export const SECONDARY_FILE = 'kworlddatamap-eurostat-derived-2026/eurostat-cities_partner_cities_extract.json';
export const SECONDARY_SOURCE_ID = 'kworlddatamap_eurostat_cities';

export const SECONDARY_SOURCE: SourceRecord = {
	source_id: SECONDARY_SOURCE_ID,
	publisher: 'Eurostat (processed by kevinkicho/kworlddatamap)',
	title: 'Eurostat city statistics (urb_clma, urb_cpopstr) as downloaded and rounded by a third-party script',
	dataset_code: 'urb_clma EC1020I, EC1001I; urb_cpopstr DE1073V',
	url: 'https://github.com/kevinkicho/kworlddatamap032926',
	repository_copy: `datasets/raw/${SECONDARY_FILE}`,
	licence:
		'Data: Eurostat reuse policy, © European Union (Commission Decision 2011/833/EU); processing: MIT (kworlddatamap). Secondary source: rounded copies of Eurostat values.',
	licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
	citation:
		'Eurostat, city statistics urb_clma and urb_cpopstr, via kevinkicho/kworlddatamap032926 (commit a9bc621, 2026-04-14), public/eurostat-cities.json; values rounded by the processor.',
	retrieved: '2026'
};

interface SecondarySeries {
	id: string;
	field: string;
	code: string;
	label: string;
	shortLabel: string;
	unit: string;
	theme: string;
	direction: string;
	measure: string;
	decimals: number;
	rounding: string;
	description: string;
}

const SERIES: readonly SecondarySeries[] = [
	{ id: 'unemployment_rate', field: 'unemploymentHistory', code: 'EC1020I', label: 'Unemployment rate', shortLabel: 'Unemployment rate', unit: '%', theme: 'economy-work', direction: 'lower-is-better', measure: 'rate', decimals: 1, rounding: '2 decimals', description: 'Unemployed persons as a share of the economically active population (Eurostat EC1020I).' },
	{ id: 'activity_rate', field: 'activityHistory', code: 'EC1001I', label: 'Activity rate', shortLabel: 'Activity rate', unit: '%', theme: 'economy-work', direction: 'higher-is-better', measure: 'rate', decimals: 1, rounding: '2 decimals', description: 'Economically active population as a share of the working-age population (Eurostat EC1001I).' },
	{ id: 'median_age', field: 'medianAgeHistory', code: 'DE1073V', label: 'Median age of the population', shortLabel: 'Median age', unit: 'years', theme: 'population', direction: 'neutral', measure: 'mean', decimals: 1, rounding: '1 decimal', description: 'Median age of the resident population (Eurostat DE1073V).' }
];

/** Raw Eurostat series the secondary file also carries: field → our indicator id and rounding tolerance. */
const CROSS_CHECKS = [
	{ field: 'medianIncomeHistory', indicator: 'median_disposable_income', tolerance: 0.5 },
	{ field: 'touristNightsHistory', indicator: 'tourist_nights', tolerance: 0.5 }
] as const;

export function secondaryIndicators(): IndicatorRecord[] {
	return LEVELS.flatMap((level) =>
		SERIES.map((s) =>
			levelIndicator(
				{
					...s,
					component: 'both',
					description: `${s.description} Secondary source: a copy rounded to ${s.rounding} by a third party; no raw Eurostat file for this series is bundled.`
				},
				level,
				{ additive: false, formula: `Eurostat ${s.code} via kworlddatamap (rounded)`, source_id: SECONDARY_SOURCE_ID }
			)
		)
	);
}

type Entry = Record<string, unknown> & { eurostatCode?: string };

function history(entry: Entry, field: string): [number, number][] {
	const pairs = entry[field];
	if (!Array.isArray(pairs)) return [];
	return pairs.filter(
		(p): p is [number, number] => Array.isArray(p) && Number.isInteger(p[0]) && typeof p[1] === 'number' && Number.isFinite(p[1])
	);
}

export async function readSecondary(
	path: string,
	levelOf: (geoCode: string) => string | undefined,
	raw: readonly Observation[]
): Promise<{ observations: Observation[]; disagreements: string[]; checked: number }> {
	const entries = Object.values(JSON.parse(await readFile(path, 'utf8')) as Record<string, Entry>);
	const observations: Observation[] = [];
	const disagreements: string[] = [];
	let checked = 0;
	const rawByKey = new Map(raw.map((o) => [`${o.geo_code}|${o.indicator_id}|${o.year}`, o]));
	for (const entry of entries) {
		const code = entry.eurostatCode;
		if (typeof code !== 'string') throw new Error(`${path}: an entry has no eurostatCode`);
		const level = levelOf(code);
		if (level !== 'city' && level !== 'greater_city') throw new Error(`${path}: ${code} is not a partner city unit`);
		for (const s of SERIES) {
			for (const [year, value] of history(entry, s.field)) {
				observations.push({
					geo_code: code,
					indicator_id: levelId(s.id, level as UrbLevel),
					year,
					value: String(value),
					flags: '',
					source_id: SECONDARY_SOURCE_ID,
					note: `Secondary: Eurostat ${s.code} rounded to ${s.rounding} by kworlddatamap`
				});
			}
		}
		for (const check of CROSS_CHECKS) {
			for (const [year, value] of history(entry, check.field)) {
				const ours = rawByKey.get(`${code}|${levelId(check.indicator, level as UrbLevel)}|${year}`);
				if (ours) checked++;
				if (ours && Math.abs(Number(ours.value) - value) > check.tolerance) {
					disagreements.push(
						`\`${code}\` ${levelId(check.indicator, level as UrbLevel)} ${year}: raw Eurostat ${ours.value}, secondary (kworlddatamap) ${value}`
					);
				}
			}
		}
	}
	return { observations, disagreements, checked };
}
