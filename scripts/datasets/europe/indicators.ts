/**
 * Indicators new with the Europe-wide data: Eurostat transport (urb_ctran, 16 variables besides cars
 * per 1,000, which the SDMX-CSV download already gives) and the environment subset reshaped by
 * FAIRiCUBE (urb_cenv: climate, water and sewerage, land use). Each exists at the levels that have
 * values; ids get "_greater_city" at the greater-city level, as every Urban Audit series does.
 */
import { EUROSTAT_LICENCE, levelIndicator, levelText, type IndicatorRecord, type IndicatorText, type SourceRecord, type UrbLevel } from '../eurostat-urb';

export interface EuropeSeries extends IndicatorText {
	/** Eurostat variable code (indic_ur). */
	code: string;
	additive: boolean;
}

const share = (id: string, code: string, mode: string, direction: string): EuropeSeries => ({
	id,
	code,
	label: `Share of journeys to work by ${mode}`,
	shortLabel: `Commuting by ${mode}`,
	unit: '% of journeys to work',
	theme: 'mobility',
	component: 'both',
	direction,
	measure: 'share',
	decimals: 1,
	additive: false,
	description: `Journeys to work made by ${mode}, as a percentage of all journeys to work of the residents.`
});

/** urb_ctran variables read from the Excel export (by the indic_ur label each sheet names). */
export const CTRAN_SERIES: readonly EuropeSeries[] = [
	share('commute_car_share', 'TT1003V', 'car', 'lower-is-better'),
	share('commute_public_transport_share', 'TT1010V', 'public transport', 'higher-is-better'),
	share('commute_motorcycle_share', 'TT1006V', 'motorcycle', 'neutral'),
	share('commute_bicycle_share', 'TT1007V', 'bicycle', 'higher-is-better'),
	share('commute_foot_share', 'TT1008V', 'foot', 'higher-is-better'),
	share('commute_car_or_motorcycle_share', 'TT1012V', 'car or motorcycle', 'lower-is-better'),
	{ id: 'commute_time_minutes', code: 'TT1019V', label: 'Average time of journey to work', shortLabel: 'Journey time to work', unit: 'minutes', theme: 'mobility', component: 'both', direction: 'lower-is-better', measure: 'mean', decimals: 1, additive: false, description: 'Average duration of a journey to work, in minutes.' },
	{ id: 'commute_car_length_km', code: 'TT1020V', label: 'Average length of journey to work by private car', shortLabel: 'Car journey to work (km)', unit: 'km', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'mean', decimals: 1, additive: false, description: 'Average length of a journey to work by private car, in kilometres.' },
	{ id: 'commuters_in', code: 'TT1064V', label: 'People commuting into the city', shortLabel: 'Commuters in', unit: 'persons', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'count', decimals: 0, additive: true, description: 'People who work in the place and live outside it (count).' },
	{ id: 'commuters_out', code: 'TT1065V', label: 'People commuting out of the city', shortLabel: 'Commuters out', unit: 'persons', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'count', decimals: 0, additive: true, description: 'Residents who work outside the place (count).' },
	{ id: 'bicycle_network_km', code: 'TT1079V', label: 'Length of bicycle network (dedicated cycle paths and lanes)', shortLabel: 'Bicycle network (km)', unit: 'km', theme: 'mobility', component: 'both', direction: 'neutral', measure: 'amount', decimals: 0, additive: true, description: 'Length of dedicated cycle paths and lanes, in kilometres. A length, not a density: larger places have longer networks.' },
	{ id: 'public_transport_monthly_ticket_eur', code: 'TT1080V', label: 'Cost of a combined monthly public transport ticket (5–10 km, central zone)', shortLabel: 'Monthly ticket (EUR)', unit: 'EUR', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'amount', decimals: 2, additive: false, description: 'Cost of a combined monthly ticket for all modes of public transport for 5–10 km in the central zone, in euro at current prices (not adjusted for price levels between countries).' },
	{ id: 'taxi_ride_eur', code: 'TT1081V', label: 'Cost of a taxi ride of 5 km to the centre at day time', shortLabel: 'Taxi ride 5 km (EUR)', unit: 'EUR', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'amount', decimals: 2, additive: false, description: 'Cost of a 5 km taxi ride to the centre at day time, in euro at current prices (not adjusted for price levels between countries).' },
	{ id: 'private_cars_registered', code: 'TT1057V', label: 'Private cars registered', shortLabel: 'Private cars', unit: 'cars', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'count', decimals: 0, additive: true, description: 'Number of private cars registered (count).' },
	{ id: 'road_deaths', code: 'TT1060V', label: 'Deaths in road accidents', shortLabel: 'Road deaths', unit: 'deaths', theme: 'mobility', component: 'living-standards', direction: 'neutral', measure: 'count', decimals: 0, additive: true, description: 'Number of people killed in road accidents (count). Small numbers vary a lot from year to year.' },
	{ id: 'road_deaths_per_10000', code: 'TT1060I', label: 'People killed in road accidents per 10,000 residents', shortLabel: 'Road deaths per 10,000', unit: 'per 10,000 residents', theme: 'mobility', component: 'both', direction: 'lower-is-better', measure: 'rate', decimals: 2, additive: false, description: 'People killed in road accidents per 10,000 residents, as published by Eurostat. Small numbers vary a lot from year to year.' }
];

/** The urb_ctran variable the SDMX-CSV download gives already: the Excel values only cross-check it. */
export const CTRAN_CHECK_ONLY = { code: 'TT1057I', id: 'cars_per_1000' } as const;

const landShare = (id: string, code: string, what: string, short: string, direction = 'neutral'): EuropeSeries => ({
	id,
	code,
	label: `Share of land: ${what}`,
	shortLabel: short,
	unit: '% of land',
	theme: 'environment',
	component: 'living-standards',
	direction,
	measure: 'share',
	decimals: 1,
	additive: false,
	description: `Land covered by ${what.toLowerCase()}, as a percentage of the place's area (Urban Atlas land use, mostly around 2012).`
});

/** urb_cenv variables of the FAIRiCUBE table (third-party reshaped, no flags). */
export const CENV_SERIES: readonly EuropeSeries[] = [
	{ id: 'sunshine_hours_per_day', code: 'EN1002V', label: 'Hours of sunshine per day', shortLabel: 'Sunshine hours a day', unit: 'hours per day', theme: 'environment', component: 'living-standards', direction: 'neutral', measure: 'mean', decimals: 1, additive: false, description: 'Total number of hours of sunshine per day (a climate average).' },
	{ id: 'warmest_month_temperature', code: 'EN1003V', label: 'Average temperature of the warmest month', shortLabel: 'Warmest month (°C)', unit: '°C', theme: 'environment', component: 'living-standards', direction: 'neutral', measure: 'mean', decimals: 1, additive: false, description: 'Average temperature of the warmest month, in degrees Celsius.' },
	{ id: 'coldest_month_temperature', code: 'EN1004V', label: 'Average temperature of the coldest month', shortLabel: 'Coldest month (°C)', unit: '°C', theme: 'environment', component: 'living-standards', direction: 'neutral', measure: 'mean', decimals: 1, additive: false, description: 'Average temperature of the coldest month, in degrees Celsius.' },
	{ id: 'drinking_water_connection_share', code: 'EN3012V', label: 'Share of population connected to the drinking water system', shortLabel: 'Connected to drinking water', unit: '% of residents', theme: 'environment', component: 'living-standards', direction: 'higher-is-better', measure: 'share', decimals: 1, additive: false, description: 'Residents connected to the potable drinking water system, as a percentage of all residents.' },
	{ id: 'sewerage_treatment_connection_share', code: 'EN3013V', label: 'Share of population connected to sewage treatment', shortLabel: 'Connected to sewage treatment', unit: '% of residents', theme: 'environment', component: 'living-standards', direction: 'higher-is-better', measure: 'share', decimals: 1, additive: false, description: 'Residents connected to the sewerage treatment system, as a percentage of all residents.' },
	landShare('land_continuous_residential_share', 'EN5200V', 'Continuous residential urban fabric', 'Land: dense housing'),
	landShare('land_discontinuous_residential_share', 'EN5201V', 'Discontinuous residential urban fabric', 'Land: loose housing'),
	landShare('land_industrial_commercial_share', 'EN5202V', 'Industrial, commercial, public, military and private units', 'Land: industry, commerce'),
	landShare('land_transport_share', 'EN5203V', 'Transport infrastructure', 'Land: transport'),
	landShare('land_other_artificial_share', 'EN5204V', 'Other artificial areas', 'Land: other artificial'),
	// Not UN-Habitat's satellite green-area share (green_area_share): another definition, its own id.
	landShare('green_urban_land_share', 'EN5205V', 'Green urban areas and sports and leisure facilities', 'Land: green urban areas', 'higher-is-better'),
	landShare('land_agricultural_share', 'EN5206V', 'Agricultural areas', 'Land: agriculture'),
	landShare('land_natural_share', 'EN5207V', 'Natural areas', 'Land: natural areas')
];

export const CTRAN_XLSX_SOURCE_ID = 'eurostat_urb_ctran_xlsx';
export const CENV_SOURCE_ID = 'fairicube_urb_cenv';

export const CTRAN_XLSX_FILE = 'europe/eurostat-urb_ctran-2025-all-indicators/urb_ctran.xlsx';
export const CTRAN_CODES_FILE = 'europe/eurostat-urb_ctran-2025-all-indicators/estat_urb_ctran_filtered_en.csv.gz';
export const CENV_FILE = 'europe/fairicube-eu-cities-atlas-2025/eurostat_urb_data_2004_2021.csv';

export const EUROPE_SOURCES: readonly SourceRecord[] = [
	{
		source_id: CTRAN_XLSX_SOURCE_ID,
		publisher: 'Eurostat',
		title: 'Transport - cities and greater cities (Excel export urb_ctran__custom_19014583, all 17 variables)',
		dataset_code: 'urb_ctran',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/urb_ctran/default/table',
		repository_copy: `datasets/raw/${CTRAN_XLSX_FILE}`,
		licence: EUROSTAT_LICENCE,
		licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
		citation:
			'Eurostat (2025), Transport - cities and greater cities (urb_ctran), Excel export urb_ctran__custom_19014583, data last updated 17 November 2025, extracted 22 November 2025; copy in troyrusso/STAT451_Final.',
		retrieved: '2025-11'
	},
	{
		source_id: CENV_SOURCE_ID,
		publisher: 'Eurostat, reshaped by FAIRiCUBE',
		title: 'Environment - cities and greater cities (urb_cenv), 13 variables 2004–2021, reshaped by the FAIRiCUBE project (no flags)',
		dataset_code: 'urb_cenv',
		url: 'https://github.com/FAIRiCUBE/uc1-urban-climate',
		repository_copy: `datasets/raw/${CENV_FILE}`,
		licence: `${EUROSTAT_LICENCE}; reshaping by FAIRiCUBE (eu_cities_atlas), CC BY 4.0`,
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		citation:
			'Eurostat, Environment - cities and greater cities (urb_cenv); table eurostat_urb_data_2004_2021.csv processed by the FAIRiCUBE project, FAIRiCUBE/uc1-urban-climate, commit dacb755 (2025-10-01), CC BY 4.0. Eurostat flags are not carried.',
		retrieved: '2025-10'
	}
];

function description(series: EuropeSeries, level: UrbLevel, note: string): IndicatorText {
	return { ...series, description: `${series.description}${levelText(level)}${note}` };
}

/** indicators.csv rows for `series` at each level in `levels`. */
export function europeIndicators(
	series: readonly EuropeSeries[],
	levels: ReadonlyMap<string, ReadonlySet<UrbLevel>>,
	sourceId: string,
	dataset: string,
	note = ''
): IndicatorRecord[] {
	return (['city', 'greater_city'] as const).flatMap((level) =>
		series
			.filter((s) => levels.get(s.code)?.has(level))
			.map((s) =>
				levelIndicator(description(s, level, note), level, {
					additive: s.additive,
					formula: `Eurostat ${dataset} ${s.code}`,
					source_id: sourceId
				})
			)
	);
}
