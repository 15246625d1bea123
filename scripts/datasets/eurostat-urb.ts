/**
 * The Eurostat city statistics (Urban Audit) series taken from the 2025 SDMX-CSV downloads, and the
 * ratios derived from them. Each series exists at two spatial levels: a city (municipality) and a
 * greater city (a larger area; Dublin, The Hague and Rennes are only published so). These are two
 * definitions, so two indicator ids: `<id>` and `<id>_greater_city`.
 */
import type { Cell } from './csv-writer';

export type IndicatorRecord = Record<
	| 'indicator_id'
	| 'label'
	| 'short_label'
	| 'unit'
	| 'theme'
	| 'component'
	| 'direction'
	| 'spatial_level'
	| 'measure'
	| 'additive'
	| 'frequency'
	| 'decimals'
	| 'description'
	| 'formula'
	| 'source_id',
	Cell
>;

export interface SourceRecord {
	source_id: string;
	publisher: string;
	title: string;
	dataset_code: string;
	url: string;
	repository_copy: string;
	licence: string;
	licence_url: string;
	citation: string;
	retrieved: string;
}

export const EUROSTAT_LICENCE =
	'Eurostat reuse policy: © European Union, reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)';

/** What an indicator means and how it reads, shared by its city and greater-city variants. */
export interface IndicatorText {
	id: string;
	label: string;
	shortLabel: string;
	unit: string;
	theme: string;
	component: string;
	direction: string;
	measure: string;
	decimals: number;
	description: string;
}

/** One Urban Audit variable as downloaded: one file, one variable code. */
export interface UrbSeries extends IndicatorText {
	code: string;
	dataset: string;
	datasetTitle: string;
	file: string;
	additive: boolean;
	/** `codes`: SDMX-CSV with code/label pairs, one variable a file; `labels`: labels only. */
	layout?: 'codes' | 'labels';
}

const CLIVCON_FILE = 'eurostat-urb_clivcon-income/urb_clivcon__custom_20168663_linear.csv';

export const URB_SERIES: readonly UrbSeries[] = [
	{ id: 'population', code: 'DE1001V', dataset: 'urb_cpop1', datasetTitle: 'Population on 1 January by age groups and sex - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_cpop1_DE1001V.csv', label: 'Population on 1 January', shortLabel: 'Population', unit: 'persons', theme: 'population', component: 'both', direction: 'neutral', measure: 'count', additive: true, decimals: 0, description: 'Residents on 1 January.' },
	{ id: 'unemployed_persons', code: 'EC1010V', dataset: 'urb_clma', datasetTitle: 'Labour market - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_clma_EC1010V.csv', label: 'Persons unemployed', shortLabel: 'Unemployed persons', unit: 'persons', theme: 'economy-work', component: 'living-standards', direction: 'neutral', measure: 'count', additive: true, decimals: 0, description: 'Unemployed residents (count). Not a rate: Eurostat gives no active population for these places here.' },
	{ id: 'employed_persons_20_64', code: 'EC1177V', dataset: 'urb_clma', datasetTitle: 'Labour market - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_clma_EC1177V.csv', label: 'Persons employed, aged 20–64', shortLabel: 'Employed persons 20–64', unit: 'persons', theme: 'economy-work', component: 'living-standards', direction: 'neutral', measure: 'count', additive: true, decimals: 0, description: 'Employed residents aged 20–64 (count).' },
	{ id: 'tertiary_students', code: 'TE1026V', dataset: 'urb_ceduc', datasetTitle: 'Education - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_ceduc_TE1026V.csv', label: 'Students in higher education (ISCED 5–8)', shortLabel: 'Tertiary students', unit: 'persons', theme: 'education', component: 'living-standards', direction: 'neutral', measure: 'count', additive: true, decimals: 0, description: 'Students enrolled in higher education institutions in the place (count).' },
	{ id: 'tourist_nights', code: 'CR2001V', dataset: 'urb_ctour', datasetTitle: 'Culture and tourism - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_ctour_CR2001V.csv', label: 'Nights spent in tourist accommodation', shortLabel: 'Tourist nights', unit: 'nights', theme: 'economy-work', component: 'living-standards', direction: 'neutral', measure: 'count', additive: true, decimals: 0, description: 'Total nights spent in tourist accommodation establishments (count).' },
	{ id: 'cars_per_1000', code: 'TT1057I', dataset: 'urb_ctran', datasetTitle: 'Transport - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_ctran_TT1057I.csv', label: 'Registered cars per 1,000 residents', shortLabel: 'Cars per 1,000', unit: 'cars per 1,000 residents', theme: 'mobility', component: 'both', direction: 'lower-is-better', measure: 'rate', additive: false, decimals: 0, description: 'Registered private cars per 1,000 residents, as published by Eurostat. Fewer cars is read as better for liveability and emissions.' },
	{ id: 'median_disposable_income', code: 'EC3039V', dataset: 'urb_clivcon', datasetTitle: 'Living conditions - cities and greater cities', file: CLIVCON_FILE, layout: 'labels', label: 'Median disposable annual household income', shortLabel: 'Median household income', unit: 'EUR', theme: 'living-conditions', component: 'living-standards', direction: 'higher-is-better', measure: 'amount', additive: false, decimals: 0, description: 'Median disposable annual income of households, in euro at current prices (not adjusted for price levels between countries).' },
	{ id: 'mean_disposable_income', code: 'EC3040V', dataset: 'urb_clivcon', datasetTitle: 'Living conditions - cities and greater cities', file: CLIVCON_FILE, layout: 'labels', label: 'Average disposable annual household income', shortLabel: 'Average household income', unit: 'EUR', theme: 'living-conditions', component: 'living-standards', direction: 'higher-is-better', measure: 'amount', additive: false, decimals: 0, description: 'Mean disposable annual income of households, in euro at current prices (not adjusted for price levels between countries).' },
	{ id: 'foreign_born_persons', code: 'DE2009V', dataset: 'urb_cpopcb', datasetTitle: 'Population by citizenship and country of birth - cities and greater cities', file: 'eurostat-urb-sdmx-2025/urb_cpopcb_DE2009V.csv', label: 'Foreign-born residents', shortLabel: 'Foreign-born', unit: 'persons', theme: 'population', component: 'living-standards', direction: 'neutral', measure: 'count', additive: true, decimals: 0, description: 'Residents born abroad (count).' }
];

/** A ratio of a published count to the population of the same unit and year. */
export interface DerivedRatio extends IndicatorText {
	numerator: string;
	factor: number;
}

export const DERIVED_RATIOS: readonly DerivedRatio[] = [
	{ id: 'unemployed_per_1000', numerator: 'unemployed_persons', factor: 1000, label: 'Unemployed persons per 1,000 residents', shortLabel: 'Unemployed per 1,000', unit: 'per 1,000 residents', theme: 'economy-work', component: 'both', direction: 'lower-is-better', measure: 'rate', decimals: 1, description: 'Unemployed persons per 1,000 residents of all ages. Not the unemployment rate (which divides by the labour force).' },
	{ id: 'employed_20_64_per_1000', numerator: 'employed_persons_20_64', factor: 1000, label: 'Employed persons aged 20–64 per 1,000 residents', shortLabel: 'Employed 20–64 per 1,000', unit: 'per 1,000 residents', theme: 'economy-work', component: 'both', direction: 'higher-is-better', measure: 'rate', decimals: 1, description: 'Employed persons aged 20–64 per 1,000 residents of all ages. Not the employment rate (which divides by residents aged 20–64).' },
	{ id: 'tertiary_students_per_1000', numerator: 'tertiary_students', factor: 1000, label: 'Students in higher education per 1,000 residents', shortLabel: 'Tertiary students per 1,000', unit: 'per 1,000 residents', theme: 'education', component: 'living-standards', direction: 'neutral', measure: 'rate', decimals: 1, description: 'Students enrolled in the place per 1,000 residents; students may live elsewhere.' },
	{ id: 'tourist_nights_per_resident', numerator: 'tourist_nights', factor: 1, label: 'Tourist nights per resident', shortLabel: 'Tourist nights per resident', unit: 'nights per resident', theme: 'economy-work', component: 'living-standards', direction: 'neutral', measure: 'rate', decimals: 2, description: 'Nights spent in tourist accommodation per resident: tourism intensity.' },
	{ id: 'foreign_born_share', numerator: 'foreign_born_persons', factor: 100, label: 'Foreign-born residents, share of population', shortLabel: 'Foreign-born share', unit: '%', theme: 'population', component: 'living-standards', direction: 'neutral', measure: 'share', decimals: 1, description: 'Residents born abroad as a percentage of all residents.' }
];

export const LEVELS = ['city', 'greater_city'] as const;
export type UrbLevel = (typeof LEVELS)[number];

/** The indicator level a unit's values go to: greater cities apart; cities and national context together. */
export const seriesLevel = (unitLevel: string): UrbLevel => (unitLevel === 'greater_city' ? 'greater_city' : 'city');

export const levelId = (id: string, level: UrbLevel) => (level === 'city' ? id : `${id}_greater_city`);
const levelLabel = (label: string, level: UrbLevel) => (level === 'city' ? label : `${label}, greater city`);
const levelShort = (label: string, level: UrbLevel) => (level === 'city' ? label : `${label} (greater city)`);
export const levelText = (level: UrbLevel) =>
	level === 'city'
		? ' For the city (municipality).'
		: ' For the greater city, an area larger than the municipality (Eurostat publishes some places, Dublin, The Hague and Rennes among them, only so).';

/**
 * The indicators.csv row of `text` at `level`: id, label and short label get the level's suffix;
 * the description is used as given (callers add `levelText` where the level needs explaining).
 */
export function levelIndicator(
	text: IndicatorText,
	level: UrbLevel,
	rest: { additive: boolean; formula: string; source_id: string; frequency?: string }
): IndicatorRecord {
	return {
		indicator_id: levelId(text.id, level),
		label: levelLabel(text.label, level),
		short_label: levelShort(text.shortLabel, level),
		unit: text.unit,
		theme: text.theme,
		component: text.component,
		direction: text.direction,
		spatial_level: level,
		measure: text.measure,
		additive: String(rest.additive),
		frequency: rest.frequency ?? 'annual',
		decimals: text.decimals,
		description: text.description,
		formula: rest.formula,
		source_id: rest.source_id
	};
}

const POPULATION_CHANGE: IndicatorText = {
	id: 'population_change',
	label: 'Population change on the previous year',
	shortLabel: 'Population change',
	unit: '% per year',
	theme: 'population',
	component: 'strategic-monitoring',
	direction: 'neutral',
	measure: 'rate',
	decimals: 2,
	description:
		'Change of the population on 1 January against the year before, in per cent. Only for two consecutive years of the same unit; a break flag (b) on either year travels with the change.'
};

export const urbSourceId = (dataset: string) => `eurostat_${dataset}`;

export function urbSources(retrieved: string): SourceRecord[] {
	const datasets = [...new Map(URB_SERIES.map((s) => [s.dataset, s])).values()];
	return datasets.map((s) => ({
		source_id: urbSourceId(s.dataset),
		publisher: 'Eurostat',
		title: s.datasetTitle,
		dataset_code: s.dataset,
		url: `https://ec.europa.eu/eurostat/databrowser/view/${s.dataset}/default/table`,
		repository_copy: [...new Set(URB_SERIES.filter((x) => x.dataset === s.dataset).map((x) => `datasets/raw/${x.file}`))].join(' '),
		licence: EUROSTAT_LICENCE,
		licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
		citation: `Eurostat (${s.layout === 'labels' ? '2026' : '2025'}), ${s.datasetTitle} (${s.dataset}), variables ${URB_SERIES.filter((x) => x.dataset === s.dataset)
			.map((x) => x.code)
			.join(', ')}. ${s.layout === 'labels' ? 'Data last updated 9 February 2026.' : 'Downloaded November 2025.'}`,
		// The label-only extract was downloaded after its data update of 9 February 2026.
		retrieved: s.layout === 'labels' ? '2026' : retrieved
	}));
}

export function urbIndicators(): IndicatorRecord[] {
	return LEVELS.flatMap((level) => {
		const explained = (text: IndicatorText) => ({ ...text, description: text.description + levelText(level) });
		return [
			...URB_SERIES.map((s) =>
				levelIndicator(explained(s), level, {
					additive: s.additive,
					formula: `Eurostat ${s.dataset} ${s.code}`,
					source_id: urbSourceId(s.dataset)
				})
			),
			levelIndicator(explained(POPULATION_CHANGE), level, {
				additive: false,
				formula: '(DE1001V in year t / DE1001V in year t−1 − 1) × 100, same unit; rounded to 4 decimals',
				source_id: urbSourceId('urb_cpop1')
			}),
			...DERIVED_RATIOS.map((r) => {
				const numerator = URB_SERIES.find((s) => s.id === r.numerator)!;
				return levelIndicator(explained(r), level, {
					additive: false,
					formula: `${numerator.code} / DE1001V × ${r.factor}, same unit and year (Eurostat ${numerator.dataset} and urb_cpop1); rounded to 4 decimals`,
					source_id: urbSourceId(numerator.dataset)
				});
			})
		];
	});
}
