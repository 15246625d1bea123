/**
 * Statements about one place and one indicator: its value, its rank in a comparison, its change over
 * a period and its direction of travel. Each returns the text and the claims behind every number in
 * it; the numbers come only from the comparability rule's choices (comparability.ts, comparison.ts).
 */
import { formatNumber, formatSigned } from '$lib/data/format';
import type { PanelRow } from '$lib/db/queries';
import { isOld } from '../comparability';
import type { Comparison, ComparedPlace } from '../comparison';
import type { DirectionOfTravel } from '../monitoring';
import type { Period } from '../panel';
import { shareWords, type Percentile } from '../percentile';
import { periodFields, periodWords, statement, type Claim, type Group, type Statement } from './claims';
import {
	capitalise,
	changeOf,
	changeText,
	changeUnitOf,
	groupNoun,
	phraseOf,
	placeLabel,
	rankWords,
	valuePhrase,
	valueWithUnit,
	type GroupDescriptor,
	type WordedIndicator
} from './words';

export interface StatementContext {
	indicator: WordedIndicator & { old_after: number | null; plausible_change: number | null };
	/** The group's id, as claims carry it. */
	group: Group;
	/** The group's words (default: the partners). */
	peers?: GroupDescriptor;
	/** The data release year: ages are counted from it. */
	releaseYear: number;
	/** Values shown normalised (per1000, minmax, zscore, median-index): claims say so. */
	norm?: string;
}

export interface NamedPlace {
	city_id: string;
	name: string;
}

/** "In 2024, Daugavpils had 78,942 residents" (+ "(the latest available)" for an old value). */
export function valueClause(
	ctx: StatementContext,
	place: NamedPlace,
	row: Pick<PanelRow, 'year' | 'value'>,
	latest: boolean
): { text: string; claims: Claim[] } {
	const old = isOld(row.year, ctx.releaseYear, ctx.indicator);
	return {
		text: `In ${row.year}${old ? ' (the latest available)' : ''}, ${placeLabel(ctx.indicator, place.name)} had ${valuePhrase(ctx.indicator, row.value)}`,
		claims: [
			{
				type: 'value',
				indicator: ctx.indicator.indicator_id,
				group: ctx.group,
				place: place.city_id,
				year: row.year,
				value: row.value,
				latest,
				old
			}
		]
	};
}

/** Money in current prices across countries: the rank is not of purchasing power. */
export function priceCaveat(indicator: Pick<WordedIndicator, 'price_basis'>, countries: number): string {
	return indicator.price_basis === 'nominal' && countries > 1
		? ' (nominal euros, not adjusted for price levels between countries)'
		: '';
}

/** The claim behind a rank: its period, the rank from both ends, the survey range, n. */
export function rankClaim(
	ctx: StatementContext,
	place: Pick<ComparedPlace, 'city_id' | 'rank' | 'rankTo' | 'rankFromEnd'>,
	period: Period,
	n: number,
	norm?: string
): Claim {
	return {
		type: 'rank',
		indicator: ctx.indicator.indicator_id,
		group: ctx.group,
		place: place.city_id,
		...periodFields(period),
		rank: place.rank,
		...(place.rankTo > place.rank ? { rankTo: place.rankTo } : {}),
		rankFromEnd: place.rankFromEnd,
		n,
		...(norm && norm !== 'raw' ? { norm } : {})
	};
}

/** "the 3rd lowest unemployment rate of the 11 partner places with a value in 2021". */
export function rankClause(
	ctx: StatementContext,
	place: ComparedPlace,
	comparison: Comparison
): { text: string; claims: Claim[] } {
	const n = comparison.ranked.length;
	const margin =
		comparison.margin !== null && place.rankTo > place.rank
			? ` (differences under ${formatNumber(comparison.margin, 1)} points are within the surveys' margin of error)`
			: '';
	return {
		text: `${rankWords(ctx.indicator, place, n)} of the ${groupNoun(ctx.indicator, n, ctx.peers)} with a value ${periodWords(comparison.period)}${margin}`,
		claims: [rankClaim(ctx, place, comparison.period, n)]
	};
}

/** "In 2021, Poznań had an unemployment rate of 5.1 %: the 3rd lowest … of the 11 partner places with a value in 2021." */
export function levelStatement(
	ctx: StatementContext,
	place: NamedPlace,
	comparison: Comparison | null,
	row: PanelRow,
	countries = 1
): Statement {
	const value = valueClause(ctx, place, row, true);
	const ranked = comparison?.ranked.find((r) => r.city_id === place.city_id);
	if (!comparison || !ranked || comparison.ranked.length < 3)
		return statement('sentence', `${value.text}.`, value.claims);
	const rank = rankClause(ctx, ranked, comparison);
	return statement('sentence', `${value.text}: ${rank.text}${priceCaveat(ctx.indicator, countries)}.`, [
		...value.claims,
		...rank.claims
	]);
}

export interface PeriodChange {
	from: Pick<PanelRow, 'year' | 'value'>;
	to: Pick<PanelRow, 'year' | 'value'>;
	change: number;
	unit: '%' | 'points';
}

/** The change between two values of one current series; null when it cannot be said (a zero base). */
export function periodChange(
	indicator: Pick<WordedIndicator, 'unit'>,
	from: Pick<PanelRow, 'year' | 'value'>,
	to: Pick<PanelRow, 'year' | 'value'>
): PeriodChange | null {
	if (from.year === to.year) return null;
	const change = changeOf(indicator, from.value, to.value);
	return change === null ? null : { from, to, change, unit: changeUnitOf(indicator) };
}

export const changeClaim = (ctx: StatementContext, place: NamedPlace, c: PeriodChange): Claim => ({
	type: 'change',
	indicator: ctx.indicator.indicator_id,
	group: ctx.group,
	place: place.city_id,
	fromYear: c.from.year,
	fromValue: c.from.value,
	toYear: c.to.year,
	toValue: c.to.value,
	change: c.change,
	changeUnit: c.unit
});

/** "In Daugavpils, the population fell from 101,705 persons in 2008 to 78,942 in 2024 (−22.4 %)." */
export function changeStatement(ctx: StatementContext, place: NamedPlace, c: PeriodChange): Statement {
	const fmt = (v: number) => formatNumber(v, ctx.indicator.decimals);
	const verb = c.to.value > c.from.value ? 'rose' : c.to.value < c.from.value ? 'fell' : 'did not change';
	const subject = phraseOf(ctx.indicator).subject;
	const where = placeLabel(ctx.indicator, place.name);
	const nominal = ctx.indicator.price_basis === 'nominal' ? ', nominal: not adjusted for inflation' : '';
	const text =
		verb === 'did not change'
			? `In ${where}, ${subject} was ${valueWithUnit(ctx.indicator, c.to.value)} in both ${c.from.year} and ${c.to.year}.`
			: `In ${where}, ${subject} ${verb} from ${valueWithUnit(ctx.indicator, c.from.value)} in ${c.from.year} to ${fmt(c.to.value)} in ${c.to.year} (${changeText(c.change, c.unit)}${nominal}).`;
	return statement('sentence', text, [changeClaim(ctx, place, c)]);
}

/** "−21.9 % (2008–2024)": a table cell with its period. */
export function changeCell(ctx: StatementContext, place: NamedPlace, c: PeriodChange): Statement {
	return statement('cell', `${changeText(c.change, c.unit)} (${c.from.year}–${c.to.year})`, [
		changeClaim(ctx, place, c)
	]);
}

export const travelClaim = (ctx: StatementContext, place: NamedPlace, t: DirectionOfTravel): Claim => ({
	type: 'travel',
	indicator: ctx.indicator.indicator_id,
	group: ctx.group,
	place: place.city_id,
	fromYear: t.from,
	toYear: t.to,
	slope: t.percentPerYear,
	travel: t.travel
});

/** "falling, −0.9 % a year (2020–2024)" — words first, the rate and the years it was fitted over. */
export function travelWords(t: DirectionOfTravel): string {
	return t.travel === 'stable'
		? `stable (${t.from}–${t.to})`
		: `${t.travel}, ${formatSigned(t.percentPerYear, 1)} % a year (${t.from}–${t.to})`;
}

/** "From 2020 to 2024, the population of Daugavpils was falling by about 0.9 % a year." */
export function travelStatement(ctx: StatementContext, place: NamedPlace, t: DirectionOfTravel): Statement {
	const subject = phraseOf(ctx.indicator).subject;
	const where = placeLabel(ctx.indicator, place.name);
	const text =
		t.travel === 'stable'
			? `From ${t.from} to ${t.to}, ${subject} in ${where} was stable.`
			: `From ${t.from} to ${t.to}, ${subject} in ${where} was ${t.travel}, by about ${formatNumber(Math.abs(t.percentPerYear), 1)} % a year.`;
	return statement('sentence', capitalise(text), [travelClaim(ctx, place, t)]);
}

/** The period a claim's numbers are for, in words: "in 2024" or "in 2019–2023". */
export { periodWords };
export type { Period };

/**
 * "In 2024, Daugavpils had 455 registered cars per 1,000 residents: more than in 62 % of the other
 * 308 European cities of 50,000–100,000 inhabitants with a value in 2024."
 */
export function percentileStatement(
	ctx: StatementContext,
	place: NamedPlace,
	p: Percentile,
	period: Period,
	year: number
): Statement {
	const old = isOld(year, ctx.releaseYear, ctx.indicator);
	const more = ctx.indicator.measure === 'count' ? (p.side === 'higher' ? 'more' : 'fewer') : p.side;
	const text = `In ${year}${old ? ' (the latest available)' : ''}, ${placeLabel(ctx.indicator, place.name)} had ${valuePhrase(ctx.indicator, p.value)}: ${more} than in ${shareWords(p)} ${groupNoun(ctx.indicator, p.n, ctx.peers)} with a value ${periodWords(period)}.`;
	return statement('sentence', text, [percentileClaim(ctx, p, period)]);
}

export const percentileClaim = (ctx: StatementContext, p: Percentile, period: Period): Claim => ({
	type: 'percentile',
	indicator: ctx.indicator.indicator_id,
	group: ctx.group,
	place: p.place,
	...periodFields(period),
	value: p.value,
	below: p.below,
	above: p.above,
	n: p.n,
	side: p.side,
	percent: p.percent
});
