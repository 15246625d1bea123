/**
 * The countries of Urban Audit cities: Eurostat's code (UK, EL — not ISO's GB, GR), the English name
 * Eurostat's 2025 downloads write (checked against their country rows by the build), and the ISO 3166
 * alpha-3 code the WHO database uses. Identities only, no numbers.
 */
export interface Country {
	code: string;
	name: string;
	iso3: string;
}

export const EUROPE_COUNTRIES: readonly Country[] = [
	{ code: 'AT', name: 'Austria', iso3: 'AUT' },
	{ code: 'BE', name: 'Belgium', iso3: 'BEL' },
	{ code: 'BG', name: 'Bulgaria', iso3: 'BGR' },
	{ code: 'CH', name: 'Switzerland', iso3: 'CHE' },
	{ code: 'CY', name: 'Cyprus', iso3: 'CYP' },
	{ code: 'CZ', name: 'Czechia', iso3: 'CZE' },
	{ code: 'DE', name: 'Germany', iso3: 'DEU' },
	{ code: 'DK', name: 'Denmark', iso3: 'DNK' },
	{ code: 'EE', name: 'Estonia', iso3: 'EST' },
	{ code: 'EL', name: 'Greece', iso3: 'GRC' },
	{ code: 'ES', name: 'Spain', iso3: 'ESP' },
	{ code: 'FI', name: 'Finland', iso3: 'FIN' },
	{ code: 'FR', name: 'France', iso3: 'FRA' },
	{ code: 'HR', name: 'Croatia', iso3: 'HRV' },
	{ code: 'HU', name: 'Hungary', iso3: 'HUN' },
	{ code: 'IE', name: 'Ireland', iso3: 'IRL' },
	{ code: 'IS', name: 'Iceland', iso3: 'ISL' },
	{ code: 'IT', name: 'Italy', iso3: 'ITA' },
	{ code: 'LT', name: 'Lithuania', iso3: 'LTU' },
	{ code: 'LU', name: 'Luxembourg', iso3: 'LUX' },
	{ code: 'LV', name: 'Latvia', iso3: 'LVA' },
	{ code: 'MT', name: 'Malta', iso3: 'MLT' },
	{ code: 'NL', name: 'Netherlands', iso3: 'NLD' },
	{ code: 'NO', name: 'Norway', iso3: 'NOR' },
	{ code: 'PL', name: 'Poland', iso3: 'POL' },
	{ code: 'PT', name: 'Portugal', iso3: 'PRT' },
	{ code: 'RO', name: 'Romania', iso3: 'ROU' },
	{ code: 'SE', name: 'Sweden', iso3: 'SWE' },
	{ code: 'SI', name: 'Slovenia', iso3: 'SVN' },
	{ code: 'SK', name: 'Slovakia', iso3: 'SVK' },
	{ code: 'TR', name: 'Türkiye', iso3: 'TUR' },
	{ code: 'UK', name: 'United Kingdom', iso3: 'GBR' }
];

export const countryByCode = new Map(EUROPE_COUNTRIES.map((c) => [c.code, c]));

/**
 * Names older Eurostat exports give countries (the 2018 population release, the 2021 waste export,
 * cities.dic): each is a country row, never a city.
 */
export const OLDER_COUNTRY_NAMES: Readonly<Record<string, string>> = {
	'Czech Republic': 'CZ',
	Hrvatska: 'HR',
	'Luxembourg (Grand Duchy)': 'LU',
	Norge: 'NO',
	'Schweiz/Suisse': 'CH',
	Turkey: 'TR',
	'Former Yugoslav Republic of Macedonia, the': 'MK'
};

/** Country name (current or older) → Eurostat code. */
export function countryCodeOfName(name: string): string | undefined {
	return EUROPE_COUNTRIES.find((c) => c.name === name)?.code ?? OLDER_COUNTRY_NAMES[name];
}
