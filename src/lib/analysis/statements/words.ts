/**
 * The words sentences are built from: an indicator's phrases (datasets/indicator-phrases.csv, one row
 * per language; English now) and the rank words that follow its direction and measure. A sentence
 * function fills named slots of a fixed template with these parts, so another language can later
 * supply its own templates without touching the rules.
 */
import { formatNumber, formatValue, ordinal } from '$lib/data/format';
import type { Direction } from '$lib/db/queries';
import { groupWords, type PeerGroup } from '../peer-group';

/** What a group's words need (peer-group.ts). */
export type GroupDescriptor = Pick<PeerGroup, 'kind' | 'sizeClass' | 'country'>;

export interface IndicatorPhrase {
	/** As a sentence's subject: "the unemployment rate", "car ownership". */
	subject: string;
	/** After a rank word: "unemployment rate" ("the 3rd highest unemployment rate"). */
	noun: string;
	/** A value with its unit, after "had": "an unemployment rate of {value} %". */
	value: string;
	/** The words for the two ends: "highest"/"lowest", "largest"/"smallest". */
	highest: string;
	lowest: string;
}

export interface WordedIndicator {
	indicator_id: string;
	label: string;
	short_label: string;
	unit: string;
	decimals: number;
	direction: Direction;
	measure: string;
	spatial_level: string;
	frequency: string;
	price_basis: string | null;
	/** The phrase file's row for the page's language (NULL for an uploaded indicator). */
	phrase_subject?: string | null;
	phrase_noun?: string | null;
	phrase_value?: string | null;
	phrase_highest?: string | null;
	phrase_lowest?: string | null;
}

/** The indicator's phrases, or plain ones from its label and unit (an uploaded indicator has none). */
export function phraseOf(indicator: WordedIndicator): IndicatorPhrase {
	const i = indicator;
	if (i.phrase_subject && i.phrase_noun && i.phrase_value && i.phrase_highest && i.phrase_lowest)
		return {
			subject: i.phrase_subject,
			noun: i.phrase_noun,
			value: i.phrase_value,
			highest: i.phrase_highest,
			lowest: i.phrase_lowest
		};
	const noun = indicator.short_label.toLowerCase();
	const size = indicator.measure === 'count';
	return {
		subject: noun,
		noun,
		value: indicator.unit ? `{value} ${indicator.unit}` : '{value}',
		highest: size ? 'largest' : 'highest',
		lowest: size ? 'smallest' : 'lowest'
	};
}

/** The value phrase with the number written in: "455 registered cars per 1,000 residents". */
export function valuePhrase(indicator: WordedIndicator, value: number): string {
	return phraseOf(indicator).value.replace('{value}', formatNumber(value, indicator.decimals));
}

/** The value with its unit, for notes and tables: "94,044 persons". */
export const valueWithUnit = (indicator: WordedIndicator, value: number) =>
	formatValue(value, indicator.decimals, indicator.unit);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Rank 1's word and the last place's: by direction (neutral: the highest end first). */
export function endWords(indicator: WordedIndicator): { best: string; worst: string } {
	const p = phraseOf(indicator);
	return indicator.direction === 'lower-is-better'
		? { best: p.lowest, worst: p.highest }
		: { best: p.highest, worst: p.lowest };
}

/** "17 partner places", "309 European cities of 50,000–100,000 inhabitants": `n` places of the group at the indicator's level. */
export function groupNoun(
	indicator: Pick<WordedIndicator, 'spatial_level'>,
	n: number,
	peers: GroupDescriptor = { kind: 'partners' }
): string {
	return groupWords(peers, indicator.spatial_level, n);
}

/**
 * "the 3rd highest unemployment rate", said from the nearer end: rank 11 of 12 is "the 2nd lowest",
 * never "the 11th highest"; with a survey margin, a range ("between the 2nd and 4th highest").
 */
export function rankWords(
	indicator: WordedIndicator,
	rank: { rank: number; rankTo: number; rankFromEnd: number },
	n: number
): string {
	const { best, worst } = endWords(indicator);
	const noun = phraseOf(indicator).noun;
	if (rank.rankTo > rank.rank) {
		if (rank.rank === 1 && rank.rankTo === n) return `not clearly different from the others in ${noun}`;
		return `between the ${ordinal(rank.rank)} and ${ordinal(rank.rankTo)} ${best} ${noun}`;
	}
	if (rank.rank === 1) return `the ${best} ${noun}`;
	if (rank.rankFromEnd === 1) return `the ${worst} ${noun}`;
	return rank.rank <= rank.rankFromEnd
		? `the ${ordinal(rank.rank)} ${best} ${noun}`
		: `the ${ordinal(rank.rankFromEnd)} ${worst} ${noun}`;
}

/** A change in words with its sign and unit: "−8.7 %" or "+1.2 points" (percentage points for rates in %). */
export function changeText(change: number, unit: '%' | 'points'): string {
	const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
	return `${sign}${formatNumber(Math.abs(change), 1)} ${unit}`;
}

/** Changes of values in % (rates and shares) are in percentage points; others relative, in %. */
export const changeUnitOf = (indicator: Pick<WordedIndicator, 'unit'>): '%' | 'points' =>
	indicator.unit.trim().startsWith('%') ? 'points' : '%';

export function changeOf(indicator: Pick<WordedIndicator, 'unit'>, from: number, to: number): number | null {
	if (changeUnitOf(indicator) === 'points') return to - from;
	return from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
}

/** A place as statements about this indicator name it: a greater-city value is labelled so. */
export const placeLabel = (indicator: Pick<WordedIndicator, 'spatial_level'>, name: string) =>
	indicator.spatial_level === 'greater_city' ? `${name} (greater city)` : name;

/** A target's value: whole numbers as such ("5 µg/m³"), others with the indicator's decimals. */
export const targetValueText = (indicator: Pick<WordedIndicator, 'decimals' | 'unit'>, value: number) =>
	formatValue(value, Number.isInteger(value) ? 0 : indicator.decimals, indicator.unit);
