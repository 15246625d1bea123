/**
 * Which column is the place, the indicator, the year, the value, the flag and the unit — suggested
 * from column names in the languages of the partners and of Eurostat/SDMX exports, and from the
 * cells; the user confirms or changes every choice. "Wide" files have one column per year.
 */
import { asYear, parseCell } from './numbers';

export interface Mapping {
	layout: 'long' | 'wide';
	place: number | null;
	/** The indicator column, or null when the whole file is one indicator named `indicatorName`. */
	indicator: number | null;
	indicatorName: string;
	/** Long layout: the year column and the value column. */
	year: number | null;
	value: number | null;
	/** Wide layout: the columns whose heading is a year. */
	yearColumns: number[];
	flag: number | null;
	unit: number | null;
}

const NAMES = {
	place:
		/^(geo|geo\s*code|cities|city|city\s*code|place|municipality|location|area|region|nuts(_?\d|\s*code)?|ref_area|territory|gmina|miasto|comune|citt[aà]|stadt|gemeente|ville|ciudad|municipio|pa?vadinimas|savivaldyb[eė]|pils[eē]ta|name|geopolitical entity.*)$/i,
	indicator:
		/^(indic_?\w*|indicator(\s*(code|name|id))?|variable|measure|series|item|statistic|urban audit indicator|indicatore|indikator|wska[zź]nik|rodiklis|r[aā]d[iī]t[aā]js)$/i,
	year: /^(year|time|time_period|period|jahr|anno|a[nñ]o|rok|ann[eé]e|jaar|metai|gads|reference\s*year)$/i,
	value:
		/^(value|obs_value|observation value|wert|valore|valor|warto[sś][cć]|valeur|waarde|reik[sš]m[eė]|v[eē]rt[iī]ba|amount|number)$/i,
	flag: /^(flag|flags|obs_flag|obs_status|status|flag and footnotes|note|footnotes?)$/i,
	unit: /^(unit|units|unit of measure|unit_measure|jednostka|einheit|unit[aà]|unidad)$/i
};

function column(header: readonly string[], pattern: RegExp, taken: Set<number>): number | null {
	const index = header.findIndex((name, i) => !taken.has(i) && pattern.test(name.trim()));
	if (index < 0) return null;
	taken.add(index);
	return index;
}

/** Share of sample cells in column `j` that read as numbers. */
function numericShare(rows: readonly string[][], j: number): number {
	const sample = rows.slice(0, 200).map((r) => r[j] ?? '');
	const filled = sample.filter((c) => c.trim() !== '');
	if (filled.length === 0) return 0;
	const numbers = filled.filter(
		(c) =>
			parseCell(c, { decimal: ',', thousands: '' }).kind !== 'invalid' ||
			parseCell(c, { decimal: '.', thousands: '' }).kind !== 'invalid'
	);
	return numbers.length / filled.length;
}

export function suggestMapping(header: readonly string[], rows: readonly string[][]): Mapping {
	const yearColumns = header.flatMap((name, i) => (asYear(name) !== null ? [i] : []));
	const taken = new Set<number>(yearColumns);
	const wide = yearColumns.length >= 2;
	// SDMX-CSV names its columns exactly: prefer them over look-alikes (e.g. "Time" labels beside TIME_PERIOD).
	const exact = (name: string) => {
		const i = header.findIndex((h) => h === name);
		if (i >= 0) taken.add(i);
		return i >= 0 ? i : null;
	};
	const year = wide ? null : (exact('TIME_PERIOD') ?? column(header, NAMES.year, taken));
	const value = wide ? null : (exact('OBS_VALUE') ?? column(header, NAMES.value, taken));
	const flag = exact('OBS_FLAG') ?? column(header, NAMES.flag, taken);
	const place = exact('geo') ?? exact('cities') ?? column(header, NAMES.place, taken);
	const indicator = exact('indic_ur') ?? column(header, NAMES.indicator, taken);
	const unit = column(header, NAMES.unit, taken);
	let longYear = year;
	let longValue = value;
	if (!wide) {
		// No telling names: a column of years, and the last mostly numeric column for the values.
		longYear ??= header.findIndex(
			(_, j) => !taken.has(j) && rows.slice(0, 50).every((r) => asYear(r[j] ?? '') !== null)
		);
		if (longYear !== null && longYear < 0) longYear = null;
		if (longYear !== null) taken.add(longYear);
		if (longValue === null) {
			const candidates = header.map((_, j) => j).filter((j) => !taken.has(j) && numericShare(rows, j) > 0.8);
			longValue = candidates.at(-1) ?? null;
		}
	}
	return {
		layout: wide ? 'wide' : 'long',
		place,
		indicator,
		indicatorName: '',
		year: longYear,
		value: longValue,
		yearColumns,
		flag,
		unit
	};
}

/** What is still missing before rows can be read with `mapping`, in words; empty when ready. */
export function mappingGaps(mapping: Mapping): string[] {
	const gaps: string[] = [];
	if (mapping.place === null) gaps.push('Choose the column that names the place.');
	if (mapping.indicator === null && mapping.indicatorName.trim() === '')
		gaps.push('Choose the indicator column, or name the one indicator this file holds.');
	if (mapping.layout === 'long' && mapping.year === null) gaps.push('Choose the year column.');
	if (mapping.layout === 'long' && mapping.value === null) gaps.push('Choose the value column.');
	if (mapping.layout === 'wide' && mapping.yearColumns.length === 0) gaps.push('No column heading is a year.');
	return gaps;
}
