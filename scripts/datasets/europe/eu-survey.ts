/**
 * Which perception-survey units report the EU survey. Eurostat's urb_percep holds the EU Survey on
 * Quality of Life in European Cities (Flash Eurobarometer waves to 2015, the 2019 survey) and, for a
 * few places outside that survey's sample, national surveys (datasets/raw/PROVENANCE.md §3). The
 * sample is written in the raw data: the 2023 survey's aggregated file has one column per city,
 * "<country number><city number> <name>" (countries numbered as in the file: 1 Austria … 36 Türkiye).
 * A unit is an EU-survey city when one of those columns names it (same country, same name written
 * plainly); the partners' national surveys stay as documented; every other urb_percep unit is of
 * unknown survey type — never compared, and listed in COVERAGE.md.
 */
import readXlsxFile from 'read-excel-file/node';
import { plainName, unitNames } from './who-match';
import { baseName, type Unit } from './units';

export const QOL_FULL_FILE = 'eu-quality-of-life-survey-2023/quality_of_life_european_cities_2023_aggregated_data.xlsx';

/** The file's country numbers (the first digits of a city column) → Eurostat country code. */
const QOL_COUNTRY_NUMBERS: Readonly<Record<number, string>> = {
	1: 'AT', 2: 'BE', 3: 'BG', 4: 'HR', 5: 'CY', 6: 'CZ', 7: 'DK', 8: 'EE', 9: 'FI', 10: 'FR', 11: 'DE', 12: 'EL',
	13: 'HU', 14: 'IE', 15: 'IT', 16: 'LT', 17: 'LU', 18: 'LV', 19: 'MT', 20: 'NL', 21: 'PL', 22: 'PT', 23: 'RO',
	24: 'SK', 25: 'SI', 26: 'ES', 27: 'SE', 28: 'UK', 29: 'IS', 30: 'NO', 31: 'CH', 32: 'AL', 33: 'MK', 34: 'ME',
	35: 'RS', 36: 'TR'
};

export interface SurveyCity {
	column: string;
	country: string;
	code: string | null;
}

/**
 * The 2023 survey's cities, each matched to the one perception-survey unit (`units`: the urb_percep
 * samples) of its country that answers to its name.
 */
export async function euSurveyCities(path: string, units: readonly Unit[]): Promise<SurveyCity[]> {
	const sheet = (await readXlsxFile(path)).find((s) => s.sheet.startsWith('QoL in European cities'));
	if (!sheet) throw new Error(`${path}: no sheet "QoL in European cities …"`);
	const header = sheet.data[1]!.slice(4).filter((c) => c !== null).map(String);
	return header.map((column) => {
		const match = /^(\d+)(\d{2}) (.+)$/.exec(column);
		if (!match) throw new Error(`${path}: row 2: city column "${column}" is not "<number> <name>"`);
		const country = QOL_COUNTRY_NUMBERS[Number(match[1])];
		if (!country) throw new Error(`${path}: row 2: "${column}": country number ${match[1]} unknown`);
		const name = plainName(baseName(match[3]!));
		const found = units.filter((u) => u.country === country && unitNames(u).has(name));
		return { column, country, code: found.length === 1 ? found[0]!.code : null };
	});
}
