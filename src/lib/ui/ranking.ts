/**
 * From a comparison (analysis/comparison.ts) to what RankingChart draws and says: bars with their
 * rank claims, the median and the targets as reference lines, the summary, and notes for the year
 * chosen, the values left out and the caveats — the same on /, /compare and the report cards.
 */
import { choosePeriod, yearCoverage, type ComparisonYear, type Panel, type Period } from '$lib/analysis/panel';
import { compare, type Comparison } from '$lib/analysis/comparison';
import { normaliseComparison, type Normalisation } from '$lib/analysis/normalise';
import type { Direction } from '$lib/db/queries';
import type { Statement } from '$lib/analysis/statements/claims';
import {
	comparisonYearStatement,
	meetingStatement,
	oldValuesNote,
	rankingSummary,
	setAsideStatements,
	type TargetLine
} from '$lib/analysis/statements/group';
import type { StatementContext } from '$lib/analysis/statements/place';
import type { RankingBar, ReferenceLine } from '$lib/charts/ranking-types';
import { formatNumber } from '$lib/data/format';
import { phraseOf, placeLabel } from '$lib/analysis/statements/words';
import { rankClaim } from '$lib/analysis/statements/place';
import { groupMembersNoun, type PeerGroup } from '$lib/analysis/peer-group';

export interface NamedPlace {
	city_id: string;
	name: string;
	country?: string;
}

export interface RankingModel {
	bars: RankingBar[];
	missing: string[];
	year: number | null;
	references: ReferenceLine[];
	subtitle: string;
	summary: Statement;
	notes: (string | Statement)[];
	missingLabel: string;
	/** One statement per target: how many places meet it. */
	targetStatements: Statement[];
}

/** Short labels for the reference lines (the notes give each target's full name). */
const shortTarget = (t: TargetLine & { kind?: string }) =>
	t.kind === 'guideline' ? t.label : t.target_year ? `EU limit from ${t.target_year}` : 'EU limit in force';

export function rankingModel(
	ctx: StatementContext,
	comparison: Comparison,
	places: readonly NamedPlace[],
	options: {
		targets?: readonly (TargetLine & { kind?: string })[];
		comparisonYear?: ComparisonYear | null;
		unit?: string;
		decimals?: number;
		/** A normalisation other than "as published": claims say so. */
		norm?: string;
	} = {}
): RankingModel {
	// Values shown normalised are said in the normalised unit and claimed as such; what the rules set
	// aside is said as published (`ctx`).
	const normalised = options.norm && options.norm !== 'raw';
	const shown: StatementContext = normalised
		? {
				...ctx,
				norm: options.norm,
				indicator: {
					...ctx.indicator,
					unit: options.unit ?? ctx.indicator.unit,
					decimals: options.decimals ?? ctx.indicator.decimals,
					phrase_noun: `${phraseOf(ctx.indicator).noun} (${options.unit})`
				}
			}
		: ctx;
	// By key: a group of every European city has ~900 places.
	const byKey = new Map(places.map((p) => [p.city_id, p]));
	const nameOf = (id: string) => byKey.get(id)?.name ?? id;
	const unit = shown.indicator.unit;
	const period = comparison.period;
	const n = comparison.ranked.length;
	const bars = comparison.ranked.map((r) => ({
		city_id: r.city_id,
		// A greater-city indicator ranks greater cities only: each bar says so.
		label: placeLabel(ctx.indicator, nameOf(r.city_id)),
		value: r.value,
		year: r.year,
		flags: r.row.flags ?? '',
		rank: r.rank,
		rankTo: r.rankTo,
		claims: [rankClaim(ctx, r, period, n, options.norm)]
	}));
	const fmt = (v: number) => formatNumber(v, shown.indicator.decimals);
	const targets = options.targets ?? [];
	const references: ReferenceLine[] = [
		...(comparison.median !== null && n > 1
			? [{ key: 'median', value: comparison.median, label: `Median ${fmt(comparison.median)}` }]
			: []),
		...targets.map((t) => ({
			key: t.target_id,
			value: t.value,
			label: `${shortTarget(t)}: ${formatNumber(t.value, Number.isInteger(t.value) ? 0 : ctx.indicator.decimals)}`
		}))
	];
	const countries = new Set(comparison.ranked.map((r) => byKey.get(r.city_id)?.country)).size;
	const notes: (string | Statement)[] = [
		...(options.comparisonYear && period.kind === 'year' && period.year === options.comparisonYear.year
			? [comparisonYearStatement(ctx, options.comparisonYear)]
			: []),
		...setAsideStatements(ctx, comparison, nameOf),
		...[oldValuesNote(ctx, comparison, nameOf)].filter((s): s is Statement => s !== null),
		...(comparison.margin !== null
			? [
					`Survey estimates from samples of about 500 residents per city: differences under ${formatNumber(comparison.margin, 1)} percentage points are within the margin of error, so ranks are given as ranges.`
				]
			: []),
		...(ctx.indicator.price_basis === 'nominal' && countries > 1
			? [
					'Nominal euros: not adjusted for inflation or for price levels between countries, so the order is not one of purchasing power.'
				]
			: [])
	];
	return {
		bars,
		missing: comparison.missing.map(nameOf),
		year: period.kind === 'year' ? period.year : null,
		references,
		// No count here: numbers about the data are said in statements, with their claims.
		subtitle: rankingSubtitle(ctx, period, unit),
		summary: rankingSummary(shown, comparison, nameOf, countries),
		notes,
		missingLabel:
			period.kind === 'year'
				? `No comparable value for ${period.year}`
				: `No comparable value in ${period.from}–${period.to}`,
		targetStatements: targets.map((t) => meetingStatement(ctx, comparison, t))
	};
}

export interface RankedIndicator {
	comparison: Comparison;
	comparisonYear: ComparisonYear | null;
	model: RankingModel;
	/** Years with comparable values and how many places, for a year picker. */
	years: { year: number; places: number }[];
}

/**
 * The ranking of one indicator for a group: the period (the chosen year, else the comparison year;
 * or a look-back window), the comparison, and what the chart draws and says.
 */
export function rankIndicator(args: {
	ctx: StatementContext;
	indicator: { direction: Direction; frequency: string };
	panel: Panel;
	places: readonly NamedPlace[];
	year: number | null;
	window: number;
	targets?: readonly (TargetLine & { kind?: string })[];
	norm?: {
		id: Normalisation;
		unit: string;
		decimals: number;
		population?: (row: { geo_code: string; year: number }) => number | null;
	};
}): RankedIndicator | null {
	const group = args.places.map((p) => p.city_id);
	const chosen = choosePeriod(args.panel, group, args.year, args.window);
	if (!chosen) return null;
	const raw = compare(args.panel, group, chosen.period, args.indicator);
	const comparison = args.norm
		? normaliseComparison(raw, args.norm.id, args.indicator.direction, args.norm.population)
		: raw;
	let model: RankingModel | undefined;
	return {
		comparison,
		comparisonYear: chosen.comparisonYear,
		years: yearCoverage(args.panel, group),
		// Built when first asked for: a group drawn as a distribution never needs its ~900 bars and notes.
		get model() {
			return (model ??= rankingModel(args.ctx, comparison, args.places, {
				targets: args.norm && args.norm.id !== 'raw' ? [] : args.targets,
				comparisonYear: chosen.comparisonYear,
				unit: args.norm?.unit,
				decimals: args.norm?.decimals,
				norm: args.norm?.id
			}));
		}
	};
}

/** "2023, persons — ranked among the European cities with a comparable value" (no count: counts are claims). */
export function rankingSubtitle(ctx: StatementContext, period: Period, unit: string): string {
	const when =
		period.kind === 'year'
			? String(period.year)
			: `latest comparable value in ${period.from}–${period.to} (each bar's own year shown)`;
	return `${when}, ${unit} — ranked among the ${groupMembersNoun(ctx.peers ?? { kind: 'partners' }, ctx.indicator.spatial_level)} with a comparable value`;
}

/** What every statement about `indicator` needs: the indicator, the group, the data release year. */
export function statementContext(
	indicator: StatementContext['indicator'],
	releaseYear: number,
	peers?: PeerGroup
): StatementContext {
	return peers ? { indicator, group: peers.id, peers, releaseYear } : { indicator, group: 'partners', releaseYear };
}
