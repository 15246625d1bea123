/**
 * Statements about a group of places on one indicator: a ranking's summary, the "at a glance"
 * takeaway, how many places meet a target, which year a comparison uses and why, and what the
 * comparison left out. Each returns its text and the claims behind every number in it.
 */
import { formatNumber } from '$lib/data/format';
import type { ComparedPlace, Comparison } from '../comparison';
import type { ComparisonYear } from '../panel';
import { satisfies } from '../monitoring';
import { periodFields, periodWords, statement, type Claim, type Statement } from './claims';
import { endWords, groupNoun, phraseOf, placeLabel, targetValueText, valueWithUnit } from './words';
import { priceCaveat, rankClaim } from './place';
import type { NamedPlace, StatementContext } from './place';
import { isOld, type Classified } from '../comparability';
import { groupMembersNoun } from '../peer-group';
import type { PanelRow } from '$lib/db/queries';

export type NameOf = (cityId: string) => string;

const rankOf = (ctx: StatementContext, p: ComparedPlace, c: Comparison): Claim =>
	rankClaim(ctx, p, c.period, c.ranked.length, ctx.norm);

/** A value quoted from a comparison (normalised values say how they were normalised, over which period). */
const valueClaim = (ctx: StatementContext, p: ComparedPlace, c: Comparison): Claim =>
	ctx.norm
		? {
				type: 'normalised',
				indicator: ctx.indicator.indicator_id,
				group: ctx.group,
				norm: ctx.norm,
				stat: 'value',
				place: p.city_id,
				...periodFields(c.period),
				value: p.value
			}
		: {
				type: 'value',
				indicator: ctx.indicator.indicator_id,
				group: ctx.group,
				place: p.city_id,
				year: p.year,
				value: p.value,
				latest: false,
				old: isOld(p.year, ctx.releaseYear, ctx.indicator)
			};

const medianClaim = (ctx: StatementContext, c: Comparison): Claim =>
	ctx.norm
		? {
				type: 'normalised',
				indicator: ctx.indicator.indicator_id,
				group: ctx.group,
				norm: ctx.norm,
				stat: 'median',
				...periodFields(c.period),
				value: c.median!
			}
		: {
				type: 'median',
				indicator: ctx.indicator.indicator_id,
				group: ctx.group,
				...periodFields(c.period),
				value: c.median!,
				n: c.ranked.length
			};

/** "In 2023", or "In 2011 (the latest available)" when a value it quotes is old (docs/COMPARABILITY.md §6). */
function whenWords(ctx: StatementContext, c: Comparison, quoted: readonly ComparedPlace[]): string {
	const old = !ctx.norm && quoted.some((p) => isOld(p.year, ctx.releaseYear, ctx.indicator));
	return `${capitalFirst(periodWords(c.period))}${old ? ' (the latest available)' : ''}`;
}

/**
 * "In 2023, Bucharest had the largest population of the 14 partner places with a value (2,120,000)
 * and Hengelo the smallest (81,000); the median is 248,000." Survey estimates: the range and the
 * margin instead of an order.
 */
export function rankingSummary(ctx: StatementContext, c: Comparison, plainNameOf: NameOf, countries = 1): Statement {
	const nameOf = (id: string) => placeLabel(ctx.indicator, plainNameOf(id));
	const n = c.ranked.length;
	const first = c.ranked[0];
	const last = c.ranked.at(-1);
	const noun = phraseOf(ctx.indicator).noun;
	const when = periodWords(c.period);
	if (!first || !last) return statement('summary', `No place has a comparable value for ${noun} ${when}.`);
	const fmt = (p: ComparedPlace) => valueWithUnit(ctx.indicator, p.value);
	if (n === 1)
		return statement('summary', `Only ${nameOf(first.city_id)} has a comparable value ${when}: ${fmt(first)}.`, [
			valueClaim(ctx, first, c)
		]);
	const claims = [rankOf(ctx, first, c), valueClaim(ctx, first, c), rankOf(ctx, last, c), valueClaim(ctx, last, c)];
	const median = c.median === null ? '' : `; the median is ${valueWithUnit(ctx.indicator, c.median)}`;
	if (c.median !== null) claims.push(medianClaim(ctx, c));
	if (c.margin !== null) {
		return statement(
			'summary',
			`${whenWords(ctx, c, [first, last])}, the ${n} ${groupNoun(ctx.indicator, n, ctx.peers).split(' ').slice(1).join(' ')} with a comparable value range from ${fmt(last)} (${nameOf(last.city_id)}) to ${fmt(first)} (${nameOf(first.city_id)})${median}. Differences under ${formatNumber(c.margin, 1)} points are within the surveys' margin of error.`,
			claims
		);
	}
	const { best, worst } = endWords(ctx.indicator);
	return statement(
		'summary',
		`${whenWords(ctx, c, [first, last])}, ${nameOf(first.city_id)} had the ${best} ${noun} of the ${groupNoun(ctx.indicator, n, ctx.peers)} with a value (${fmt(first)}) and ${nameOf(last.city_id)} the ${worst} (${fmt(last)})${median}${priceCaveat(ctx.indicator, countries)}.`,
		claims
	);
}

const capitalFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface TargetLine {
	target_id: string;
	label: string;
	comparator: 'le' | 'ge';
	value: number;
	target_year: number | null;
}

/** How many ranked places satisfy the target, with its claim. */
export function meetingCount(
	ctx: StatementContext,
	c: Comparison,
	t: TargetLine
): { meeting: number; n: number; claim: Claim } {
	const meeting = c.ranked.filter((p) => satisfies(p.value, t)).length;
	const n = c.ranked.length;
	return {
		meeting,
		n,
		claim: {
			type: 'meeting',
			indicator: ctx.indicator.indicator_id,
			group: ctx.group,
			target: t.target_id,
			targetValue: t.value,
			...periodFields(c.period),
			meeting,
			n
		}
	};
}

/** "EU limit value from 2030 (2024/2881), at most 10 µg/m³ from 2030: 9 of the 13 partner places with a value in 2021 met it." */
export function meetingStatement(ctx: StatementContext, c: Comparison, t: TargetLine): Statement {
	const count = meetingCount(ctx, c, t);
	const bound = `${t.comparator === 'le' ? 'at most' : 'at least'} ${targetValueText(ctx.indicator, t.value)}${t.target_year ? ` from ${t.target_year}` : ''}`;
	return statement(
		'note',
		`${t.label}, ${bound}: ${count.meeting} of the ${groupNoun(ctx.indicator, count.n, ctx.peers)} with a value ${periodWords(c.period)} met it.`,
		[count.claim]
	);
}

/**
 * The one takeaway of an "at a glance" panel: against its targets where it has some (the strictest
 * in force and the one adopted with a year), else its two ends.
 */
export function takeaway(
	ctx: StatementContext,
	c: Comparison,
	plainNameOf: NameOf,
	targets: readonly TargetLine[] = [],
	countries = 1
): Statement {
	const nameOf = (id: string) => placeLabel(ctx.indicator, plainNameOf(id));
	const n = c.ranked.length;
	const noun = phraseOf(ctx.indicator).noun;
	const when = whenWords(ctx, c, c.ranked.length ? [c.ranked[0]!, c.ranked.at(-1)!] : []);
	if (n < 2)
		return statement(
			'takeaway',
			`Too few places have a comparable value for ${noun} ${periodWords(c.period)} to compare.`
		);
	const strictest = (list: readonly TargetLine[]) =>
		[...list].sort((a, b) => (a.comparator === 'le' ? a.value - b.value : b.value - a.value))[0];
	const shown = [
		strictest(targets.filter((t) => t.target_year === null)),
		strictest(targets.filter((t) => t.target_year !== null))
	].filter((t): t is TargetLine => !!t);
	if (shown.length) {
		const counts = shown.map((t) => ({ t, ...meetingCount(ctx, c, t) }));
		const parts = counts.map((x, i) =>
			i === 0
				? `${x.meeting} of the ${groupNoun(ctx.indicator, n, ctx.peers)} with a value met the ${x.t.label} (${targetValueText(ctx.indicator, x.t.value)})`
				: `${x.meeting} met the ${x.t.label} (${targetValueText(ctx.indicator, x.t.value)})`
		);
		return statement(
			'takeaway',
			`${when}, ${parts.join(' and ')}.`,
			counts.map((x) => x.claim)
		);
	}
	const first = c.ranked[0]!;
	const last = c.ranked.at(-1)!;
	const { best, worst } = endWords(ctx.indicator);
	if (c.margin !== null)
		return statement(
			'takeaway',
			`${when}, ${noun} ranged from ${valueWithUnit(ctx.indicator, last.value)} in ${nameOf(last.city_id)} to ${valueWithUnit(ctx.indicator, first.value)} in ${nameOf(first.city_id)} across ${n} places (survey estimates: differences under ${formatNumber(c.margin, 1)} points are about the same).`,
			[rankOf(ctx, first, c), valueClaim(ctx, first, c), rankOf(ctx, last, c), valueClaim(ctx, last, c)]
		);
	return statement(
		'takeaway',
		`${when}, ${nameOf(first.city_id)} had the ${best} ${noun} of the ${groupNoun(ctx.indicator, n, ctx.peers)} with a value (${valueWithUnit(ctx.indicator, first.value)}), ${nameOf(last.city_id)} the ${worst} (${valueWithUnit(ctx.indicator, last.value)})${priceCaveat(ctx.indicator, countries)}.`,
		[rankOf(ctx, first, c), valueClaim(ctx, first, c), rankOf(ctx, last, c), valueClaim(ctx, last, c)]
	);
}

/** "2023: the most recent year with a value for at least two-thirds of the places that have one (12 of 17)." */
export function comparisonYearStatement(ctx: StatementContext, y: ComparisonYear): Statement {
	const qualifies = 3 * y.n >= 2 * y.of;
	// Beyond the partners the group is named: "… of the European cities of 50,000–100,000 inhabitants …".
	const places =
		!ctx.peers || ctx.peers.kind === 'partners'
			? 'the places'
			: `the ${groupMembersNoun(ctx.peers, ctx.indicator.spatial_level)}`;
	const why = qualifies
		? `the most recent year with a comparable value for at least two-thirds of ${places} that have this indicator`
		: `no year has values for two-thirds of ${places} that have this indicator: the year with the most`;
	return statement('note', `Compared in ${y.year}: ${why} (${y.n} of ${y.of}).`, [
		{ type: 'comparison-year', indicator: ctx.indicator.indicator_id, group: ctx.group, year: y.year, n: y.n, of: y.of }
	]);
}

/** One note per value the comparison left out, saying which rule and against what. */
export function setAsideStatements(ctx: StatementContext, c: Comparison, nameOf: NameOf): Statement[] {
	return c.setAside.map(({ city_id, value }) => setAsideStatement(ctx, { city_id, name: nameOf(city_id) }, value));
}

export function setAsideStatement(ctx: StatementContext, place: NamedPlace, c: Classified<PanelRow>): Statement {
	const p = c.point;
	// The indicator is named too: on a report card the note stands apart from its chart.
	const what = `${ctx.indicator.short_label} — ${placeLabel(ctx.indicator, place.name)}: ${valueWithUnit(ctx.indicator, p.value)} (${p.year})`;
	const reason = c.reason!;
	const base = {
		indicator: ctx.indicator.indicator_id,
		group: ctx.group,
		place: place.city_id,
		year: p.year,
		value: p.value
	};
	if (reason.kind === 'not-comparable')
		return statement('note', `${what}, not compared: from a national survey, not the EU survey.`, [
			{ type: 'excluded', ...base, reason: 'not-comparable' }
		]);
	if (reason.kind === 'input-suspect')
		return statement(
			'note',
			`${what}, left out as suspect: computed from a suspect value (its input ${reason.input}, ${reason.year}).`,
			[{ type: 'excluded', ...base, reason: 'suspect' }]
		);
	const bound = ctx.indicator.plausible_change ?? 0;
	const change = `${formatNumber(Math.abs(reason.changePercent), 1)} % ${reason.changePercent < 0 ? 'below' : 'above'} ${formatNumber(reason.against.value, ctx.indicator.decimals)} (${reason.against.year})`;
	const why =
		reason.kind === 'unconfirmed-jump'
			? 'and no later value confirms the new level'
			: 'and the series returns to the earlier level afterwards';
	return statement(
		'note',
		`${what}, left out as suspect: ${change}, more than the plausible ${formatNumber(bound, 0)} % a year, ${why}.`,
		[
			{
				type: 'excluded',
				...base,
				reason: 'suspect',
				againstYear: reason.against.year,
				againstValue: reason.against.value,
				changePercent: reason.changePercent,
				bound
			}
		]
	);
}

/**
 * A place's values of one indicator set aside, in as few notes as honesty allows: every value from
 * another survey in one note, each suspect value in its own (it names the value it was compared with).
 */
export function setAsideNotes(
	ctx: StatementContext,
	place: NamedPlace,
	values: readonly Classified<PanelRow>[]
): Statement[] {
	const survey = values.filter((c) => c.reason?.kind === 'not-comparable');
	const notes = values.filter((c) => c.reason?.kind !== 'not-comparable').map((c) => setAsideStatement(ctx, place, c));
	if (survey.length === 1) notes.unshift(setAsideStatement(ctx, place, survey[0]!));
	else if (survey.length > 1)
		notes.unshift(
			statement(
				'note',
				`${ctx.indicator.short_label} — ${placeLabel(ctx.indicator, place.name)}: ${survey.map((c) => `${valueWithUnit(ctx.indicator, c.point.value)} (${c.point.year})`).join(', ')}, not compared: from a national survey, not the EU survey.`,
				survey.map((c) => ({
					type: 'excluded',
					indicator: ctx.indicator.indicator_id,
					group: ctx.group,
					place: place.city_id,
					year: c.point.year,
					value: c.point.value,
					reason: 'not-comparable'
				}))
			)
		);
	return notes;
}

/**
 * The old values a comparison shows: "More than 6 years older than the 2026 data release, the latest
 * available: Bucharest 11.3 % (2004), …" (docs/COMPARABILITY.md §6); null when none is old.
 */
export function oldValuesNote(ctx: StatementContext, c: Comparison, nameOf: NameOf): Statement | null {
	const old = c.ranked.filter((p) => isOld(p.year, ctx.releaseYear, ctx.indicator));
	if (old.length === 0 || ctx.norm) return null;
	return statement(
		'note',
		`More than ${ctx.indicator.old_after} years older than the ${ctx.releaseYear} data release, the latest available: ${old.map((p) => `${placeLabel(ctx.indicator, nameOf(p.city_id))} ${valueWithUnit(ctx.indicator, p.value)} (${p.year})`).join(', ')}.`,
		[
			{
				type: 'release',
				group: ctx.group,
				indicator: ctx.indicator.indicator_id,
				year: ctx.releaseYear,
				oldAfter: ctx.indicator.old_after!
			},
			...old.map((p) => valueClaim(ctx, p, c))
		]
	);
}

/**
 * What a comparison left out and what it shows that is old, as notes under a chart: each value set
 * aside (suspect or from another survey) and the old values used. `only` keeps one place's.
 */
export function comparisonNotes(ctx: StatementContext, c: Comparison, nameOf: NameOf, only?: string): Statement[] {
	const kept = only
		? {
				...c,
				ranked: c.ranked.filter((r) => r.city_id === only),
				setAside: c.setAside.filter((s) => s.city_id === only)
			}
		: c;
	return [
		...setAsideStatements(ctx, kept, nameOf),
		...[oldValuesNote(ctx, kept, nameOf)].filter((s): s is Statement => s !== null)
	];
}
