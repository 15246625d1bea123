/** The indicator the overview opens on: the one series every partner publishes. */
export const DEFAULT_INDICATOR = 'population';

/** The second indicator of the compare scatter, before the reader picks one. */
export const COMPARE_DEFAULT_Y = 'cars_per_1000';

/**
 * Comparisons use one year by default (docs/COMPARABILITY.md §4): "latest available within N years"
 * is the reader's choice, never the default.
 */
export const DEFAULT_WINDOW = 1;

/**
 * The report card's headline indicators, in reading order; each as [city, greater-city fallback]: a
 * place published only as a greater city (Dublin, The Hague, Rennes) shows that value, labelled.
 */
export const HEADLINE_INDICATORS: readonly (readonly [string, string | null])[] = [
	['population', 'population_greater_city'],
	['unemployment_rate', 'unemployment_rate_greater_city'],
	['median_disposable_income', 'median_disposable_income_greater_city'],
	['cars_per_1000', 'cars_per_1000_greater_city'],
	['municipal_waste_per_resident', 'municipal_waste_per_resident_greater_city'],
	['pm25_annual_mean', null],
	['pm10_annual_mean', null],
	['no2_annual_mean', null],
	['satisfied_living_in_city', null],
	['feel_safe_in_city', null]
];

/** Regional and national context on the report card (never ranked). */
export const CONTEXT_INDICATORS: readonly string[] = ['gdp_pps_per_inhabitant', 'life_expectancy'];

/** The overview's "network at a glance" small multiples: living standards and monitoring, one each. */
export const GLANCE_INDICATORS: readonly string[] = [
	'unemployment_rate',
	'median_disposable_income',
	'pm25_annual_mean',
	'satisfied_living_in_city'
];
