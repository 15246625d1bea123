/**
 * The comparability columns of indicators.csv (docs/COMPARABILITY.md): for every indicator, by its
 * id without the "_greater_city" suffix (both levels follow the same rules):
 *
 * - `plausible_change` (% a year, compounded over gaps): a change beyond it makes a value suspect
 *   unless the next value confirms the new level. Chosen from the year-on-year changes in the
 *   partner data (median, 90th and 99th percentile of |ln change| a year, measured 2026-11) so that
 *   real shocks pass and unit or boundary errors do not: tourist nights fell 82 % in Florence in
 *   2020 (COVID, real: bound 500 %); unemployment doubles in a recession (Latvia 2009: bound 150 %
 *   for the rate, 100 % for the count); a city's population does not change by 15 % in a year.
 *   Empty: no bound (survey shares, whose comparability is the survey rule's; changes that cross zero).
 * - `old_after` (years): a value older than this, counted from the data release, is "old".
 * - `travel_tolerance` (% of the level a year): within it the direction of travel is "stable".
 *   Population's is 0.2 % (a city of 80,000 losing 160 residents a year is stable; Daugavpils lost
 *   about 0.9 % a year and is falling). Empty: no direction of travel (values that cross zero).
 * - `derived_from`: the inputs of a value this project computes (same unit; `@-1` the year before):
 *   a derived value is suspect when an input is.
 * - `price_basis`: `nominal` money (current prices) is never "improving" for rising alone.
 */

export interface ComparabilityColumns {
	plausible_change: number | null;
	old_after: number;
	travel_tolerance: number | null;
	derived_from: string;
	price_basis: '' | 'nominal' | 'pps';
}

const OLD = 6;

const rule = (
	plausible: number | null,
	tolerance: number | null,
	extra: Partial<Pick<ComparabilityColumns, 'derived_from' | 'price_basis' | 'old_after'>> = {}
): ComparabilityColumns => ({
	plausible_change: plausible,
	old_after: extra.old_after ?? OLD,
	travel_tolerance: tolerance,
	derived_from: extra.derived_from ?? '',
	price_basis: extra.price_basis ?? ''
});

/** Rules by base indicator id. Derived inputs name the base id; the level suffix is added per level. */
const RULES: Readonly<Record<string, ComparabilityColumns>> = {
	population: rule(15, 0.2),
	unemployed_persons: rule(100, 2),
	employed_persons_20_64: rule(25, 0.5),
	tertiary_students: rule(50, 1),
	tourist_nights: rule(500, 2),
	cars_per_1000: rule(15, 0.5),
	median_disposable_income: rule(20, 0.5, { price_basis: 'nominal' }),
	mean_disposable_income: rule(20, 0.5, { price_basis: 'nominal' }),
	foreign_born_persons: rule(30, 1),
	population_change: rule(null, null, { derived_from: 'population population@-1' }),
	unemployed_per_1000: rule(100, 2, { derived_from: 'unemployed_persons population' }),
	employed_20_64_per_1000: rule(25, 0.5, { derived_from: 'employed_persons_20_64 population' }),
	tertiary_students_per_1000: rule(50, 1, { derived_from: 'tertiary_students population' }),
	tourist_nights_per_resident: rule(500, 2, { derived_from: 'tourist_nights population' }),
	foreign_born_share: rule(30, 1, { derived_from: 'foreign_born_persons population' }),
	unemployment_rate: rule(150, 2),
	activity_rate: rule(15, 0.5),
	median_age: rule(5, 0.2),
	municipal_waste_kt: rule(50, 1),
	municipal_waste_per_resident: rule(50, 1, { derived_from: 'municipal_waste_kt population' }),
	gdp_pps_per_inhabitant: rule(50, 1, { price_basis: 'pps' }),
	gdp_pps_per_inhabitant_eu_index: rule(50, 1, { price_basis: 'pps' }),
	gdp_pps_per_inhabitant_eu_index_nuts2: rule(50, 1, { price_basis: 'pps' }),
	life_expectancy: rule(5, 0.1),
	life_expectancy_women: rule(5, 0.1),
	life_expectancy_men: rule(5, 0.1),
	regional_unemployment_rate: rule(150, 2),
	satisfied_living_in_city: rule(null, 1),
	satisfied_public_transport: rule(null, 1),
	satisfied_schools: rule(null, 1),
	satisfied_health_care: rule(null, 1),
	satisfied_green_spaces: rule(null, 1),
	satisfied_cultural_facilities: rule(null, 1),
	satisfied_air_quality: rule(null, 1),
	satisfied_cleanliness: rule(null, 1),
	feel_safe_in_city: rule(null, 1),
	feel_safe_at_night_in_city: rule(null, 1),
	easy_to_find_good_job: rule(null, 1),
	easy_to_find_good_housing: rule(null, 1),
	// Decadal satellite estimates: a 2020 value is the latest there will be for years.
	green_area_share: rule(25, 0.5, { old_after: 10 }),
	green_area_per_person: rule(25, 0.5, { old_after: 10 }),
	// Station sets change between years (WHO flags some "l"): only changes beyond 2.5× a year are suspect.
	pm10_annual_mean: rule(150, 2),
	pm25_annual_mean: rule(150, 2),
	no2_annual_mean: rule(150, 2),
	// Il Sole 24 ORE 2020: one reference period per indicator, so no series to check.
	province_employment_rate: rule(null, 1),
	province_disposable_income_per_head: rule(null, 0.5, { price_basis: 'nominal' }),
	province_neet_share: rule(null, 1),
	province_upper_secondary_share: rule(null, 1),
	province_old_age_index: rule(null, 1),
	province_crime_rate: rule(null, 1),
	// Transport (urb_ctran): commuting shares and times come from censuses and surveys years apart;
	// networks grow; small counts of road deaths swing (no bound, no direction of travel).
	commute_car_share: rule(30, 1),
	commute_public_transport_share: rule(30, 1),
	commute_motorcycle_share: rule(null, 1),
	commute_bicycle_share: rule(50, 1),
	commute_foot_share: rule(30, 1),
	commute_car_or_motorcycle_share: rule(30, 1),
	commute_time_minutes: rule(30, 1),
	commute_car_length_km: rule(30, 1),
	commuters_in: rule(50, 2),
	commuters_out: rule(50, 2),
	bicycle_network_km: rule(100, 2),
	public_transport_monthly_ticket_eur: rule(50, 1, { price_basis: 'nominal' }),
	taxi_ride_eur: rule(50, 1, { price_basis: 'nominal' }),
	private_cars_registered: rule(15, 0.5),
	road_deaths: rule(null, null),
	road_deaths_per_10000: rule(null, null),
	// Environment subset (FAIRiCUBE): climate averages and land use around 2012 — one reference period
	// each, quoted as old; water and sewerage connection shares change slowly.
	sunshine_hours_per_day: rule(null, null),
	warmest_month_temperature: rule(null, null),
	coldest_month_temperature: rule(null, null),
	drinking_water_connection_share: rule(10, 0.5),
	sewerage_treatment_connection_share: rule(20, 0.5),
	land_continuous_residential_share: rule(null, null),
	land_discontinuous_residential_share: rule(null, null),
	land_industrial_commercial_share: rule(null, null),
	land_transport_share: rule(null, null),
	land_other_artificial_share: rule(null, null),
	green_urban_land_share: rule(null, null),
	land_agricultural_share: rule(null, null),
	land_natural_share: rule(null, null)
};

const GREATER = '_greater_city';

/** The columns of one indicator; throws for an indicator without a written rule. */
export function comparabilityColumns(indicatorId: string): ComparabilityColumns {
	const greater = indicatorId.endsWith(GREATER);
	const base = greater ? indicatorId.slice(0, -GREATER.length) : indicatorId;
	const found = RULES[base];
	if (!found) throw new Error(`No comparability rule for indicator "${indicatorId}" (scripts/datasets/comparability.ts)`);
	const derived = found.derived_from
		.split(' ')
		.filter(Boolean)
		.map((term) => {
			const [id, lag] = term.split('@') as [string, string | undefined];
			return `${greater ? `${id}${GREATER}` : id}${lag ? `@${lag}` : ''}`;
		})
		.join(' ');
	return { ...found, derived_from: derived };
}
