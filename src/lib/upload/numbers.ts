/**
 * Cells → numbers the way statistics offices write them: decimal comma or point, thousands grouped
 * by point, comma, space or apostrophe, missing-value marks (":", "..", "NA", "-"), and Eurostat's
 * flags written after the number ("12.3 b", ": c"). Never guesses a number that is not written.
 */

export interface NumberFormat {
	decimal: '.' | ',';
	/** '' when numbers are not grouped. */
	thousands: '' | '.' | ',' | ' ' | "'";
}

export type Cell =
	{ kind: 'value'; value: number; flags: string } | { kind: 'missing'; flags: string } | { kind: 'invalid' };

/** Marks that mean "no value" in exports from Eurostat, national offices, R and spreadsheets. */
const MISSING = new Set(['', ':', '..', '...', '-', '–', '—', 'na', 'n/a', 'n.a.', 'nan', 'null', 'none', 'x', '#n/a']);

const FLAGGED = /^(.*?)\s*(?:\s|(?<=[\d:.]))([a-z]{1,3})$/i;
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
/** Spaces used between thousands: space, no-break space, narrow no-break space, thin space. */
const SPACES = /[ \u00a0\u202f\u2009]/g;

const GROUPED = new Map<string, RegExp>();
/** "1.234.567" for separator "." — built once per separator (this runs for every cell). */
function groupedBy(separator: string): RegExp {
	let pattern = GROUPED.get(separator);
	if (!pattern) {
		pattern = new RegExp(`^[-+]?\\d{1,3}(${separator.replace(/[.]/g, '\\.')}\\d{3})+$`);
		GROUPED.set(separator, pattern);
	}
	return pattern;
}

function toNumber(text: string, format: NumberFormat): number | null {
	const sep = format.thousands;
	// Every kind of space is the separator where thousands are spaced, and noise otherwise.
	const t = text.replace(/^\u2212/, '-').replace(SPACES, sep === ' ' ? ' ' : '');
	const [whole = '', ...fraction] = t.split(format.decimal);
	if (fraction.length > 1) return null;
	// A thousands separator must group by three ("1.234.567"), or "12.5" in a decimal-comma file would read as 125.
	const other = format.decimal === ',' ? '.' : ',';
	if (other !== sep && whole.includes(other)) return null;
	let digits = whole;
	if (sep && whole.includes(sep)) {
		if (!groupedBy(sep).test(whole)) return null;
		digits = whole.replaceAll(sep, '');
	}
	const plain = fraction.length ? `${digits}.${fraction[0]}` : digits;
	if (!PLAIN_NUMBER.test(plain)) return null;
	const value = Number(plain);
	return Number.isFinite(value) ? value : null;
}

/** One cell: a value (with any trailing flag letters), a missing mark (with flags), or invalid. */
export function parseCell(raw: string, format: NumberFormat): Cell {
	const text = raw.trim();
	if (MISSING.has(text.toLowerCase())) return { kind: 'missing', flags: '' };
	const direct = toNumber(text, format);
	if (direct !== null) return { kind: 'value', value: direct, flags: '' };
	const flagged = FLAGGED.exec(text);
	if (flagged) {
		const [, body = '', flags = ''] = flagged;
		const inner = body.trim();
		if (MISSING.has(inner.toLowerCase())) return { kind: 'missing', flags: flags.toLowerCase() };
		const value = toNumber(inner, format);
		if (value !== null) return { kind: 'value', value, flags: flags.toLowerCase() };
	}
	return { kind: 'invalid' };
}

/**
 * The decimal mark and grouping used in `cells`, by votes of cells that can be read only one way:
 * "12,5" or "1.234.567" say decimal comma; "12.5" or "1,234,567" say decimal point. "1,234" alone
 * is ambiguous and does not vote.
 */
export function detectNumberFormat(cells: readonly string[]): NumberFormat {
	let comma = 0;
	let point = 0;
	let groupedPoint = false;
	let groupedComma = false;
	let groupedSpace = false;
	let groupedApostrophe = false;
	for (const raw of cells) {
		const t = raw.trim().replace(/\s+[a-z]{1,3}$/i, '');
		if (!/^[-+\u2212]?[\d.,\s\u00a0\u202f']+$/.test(t) || !/\d/.test(t)) continue;
		if (/^[-+\u2212]?\d{1,3}(\.\d{3}){2,}(,\d+)?$|^[-+\u2212]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) {
			comma++;
			groupedPoint = true;
		} else if (/^[-+\u2212]?\d{1,3}(,\d{3}){2,}(\.\d+)?$|^[-+\u2212]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) {
			point++;
			groupedComma = true;
		} else if (/^[-+\u2212]?\d*,(\d{1,2}|\d{4,})$/.test(t) || /^[-+\u2212]?0,\d+$/.test(t)) comma++;
		else if (/^[-+\u2212]?\d*\.(\d{1,2}|\d{4,})$/.test(t) || /^[-+\u2212]?0\.\d+$/.test(t)) point++;
		if (/\d[ \u00a0\u202f]\d{3}\b/.test(t)) groupedSpace = true;
		if (/\d'\d{3}\b/.test(t)) groupedApostrophe = true;
	}
	const decimal = comma > point ? ',' : '.';
	const thousands =
		decimal === ',' && groupedPoint
			? '.'
			: decimal === '.' && groupedComma
				? ','
				: groupedSpace
					? ' '
					: groupedApostrophe
						? "'"
						: '';
	return { decimal, thousands };
}

/** Looks like a year column heading or value: 1900–2100, possibly with Eurostat's trailing space. */
export function asYear(text: string): number | null {
	const match = /^\s*((?:19|20)\d{2}|2100)(?:-A1|A)?\s*$/.exec(text);
	return match ? Number(match[1]) : null;
}
