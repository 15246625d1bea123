/**
 * The one number formatter of the app: a fixed locale (en-GB, until the interface is translated) and
 * the indicator's number of decimals. Tests format expected values with the same function.
 */
export const LOCALE = 'en-GB';

const formatters = new Map<number, Intl.NumberFormat>();

/** A number as the pages print it: grouped, the given decimals, and a true minus sign (U+2212). */
export function formatNumber(value: number, decimals = 0): string {
	let formatter = formatters.get(decimals);
	if (!formatter) {
		formatter = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		formatters.set(decimals, formatter);
	}
	return formatter.format(value).replace('-', '\u2212');
}

/** A value with its unit, e.g. "538,633 persons"; "no data" for a missing value (never zero). */
export function formatValue(value: number | null | undefined, decimals: number, unit: string): string {
	if (value === null || value === undefined || Number.isNaN(value)) return 'no data';
	return unit ? `${formatNumber(value, decimals)} ${unit}` : formatNumber(value, decimals);
}

/** Ordinal in English: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
	const lastTwo = n % 100;
	if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
	const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
	return `${n}${suffix}`;
}

/** Eurostat observation flags, in words (PROVENANCE.md). */
export const FLAG_MEANINGS: Readonly<Record<string, string>> = {
	b: 'break in time series',
	d: 'definition differs',
	e: 'estimated',
	p: 'provisional',
	r: 'revised',
	u: 'low reliability',
	l: 'under 75 % temporal coverage'
};

export function describeFlags(flags: string | null | undefined): string {
	if (!flags) return '';
	return [...flags].map((letter) => FLAG_MEANINGS[letter] ?? `flag "${letter}"`).join(', ');
}

/** Eurostat writes Greece and the United Kingdom as EL and UK; ISO 3166 (and Intl) as GR and GB. */
const EUROSTAT_TO_ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };
const regionNames = new Intl.DisplayNames([LOCALE], { type: 'region' });

/** The English name of a country given its Eurostat or ISO code; the code itself if unknown. */
export function countryName(code: string): string {
	try {
		return regionNames.of(EUROSTAT_TO_ISO[code] ?? code) ?? code;
	} catch {
		return code;
	}
}

const exact = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6 });

/** A value as stored (up to 6 decimals), for tables of raw data. */
export function formatExact(value: number): string {
	return exact.format(value);
}

/**
 * Whether a column holds identifiers rather than quantities — a year, an id, a code, a number of a
 * row — whose digits are never grouped ("2020", not "2,020").
 */
export function isIdentifierColumn(column: string): boolean {
	return /(^|[_\s-])(year|id|code)$/i.test(column.trim());
}

/** One cell of a table of raw data: empty for a missing value, identifiers as written, numbers exact. */
export function formatCell(column: string, value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return isIdentifierColumn(column) ? String(value) : formatExact(value);
	return String(value);
}

/** A change or a distance with its sign, as printed: "+4.8", "−22.4" (a true minus), "±0.0". */
export function formatSigned(value: number, decimals = 0): string {
	return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), decimals)}`;
}
