/**
 * From a large group's comparison (more places than bars anyone can read) to what DistributionChart
 * draws and says: a dot per place, the median and targets as lines, and as summary the highlighted
 * place's percentile among the others (or, with no place highlighted, the range and the median).
 * Notes about values set aside or old are given for the partners and the highlighted place only;
 * every other place's are on the About page.
 */
import type { Comparison } from '$lib/analysis/comparison';
import type { ComparisonYear } from '$lib/analysis/panel';
import { percentileOf } from '$lib/analysis/percentile';
import { statement, type Statement } from '$lib/analysis/statements/claims';
import {
	comparisonNotes,
	comparisonYearStatement,
	rankingSummary,
	type TargetLine
} from '$lib/analysis/statements/group';
import { percentileStatement, type StatementContext } from '$lib/analysis/statements/place';
import { placeLabel } from '$lib/analysis/statements/words';
import type { SwarmPoint } from '$lib/charts/Swarm.svelte';
import type { ReferenceLine } from '$lib/charts/ranking-types';
import { formatNumber } from '$lib/data/format';
import type { Member } from './peers';

export interface DistributionModel {
	points: SwarmPoint[];
	references: ReferenceLine[];
	year: number | null;
	summary: Statement;
	notes: (string | Statement)[];
	/** The highlighted place's percentile statement, when it has a value. */
	percentile: Statement | null;
}

export function distributionModel(
	ctx: StatementContext,
	comparison: Comparison,
	members: readonly Member[],
	highlight: string | null,
	options: { targets?: readonly (TargetLine & { kind?: string })[]; comparisonYear?: ComparisonYear | null } = {}
): DistributionModel {
	const byKey = new Map(members.map((m) => [m.city_id, m]));
	const nameOf = (id: string) => byKey.get(id)?.name ?? id;
	const period = comparison.period;
	const points = comparison.ranked.map((r) => ({
		city_id: r.city_id,
		label: placeLabel(ctx.indicator, nameOf(r.city_id)),
		value: r.value,
		year: r.year,
		flags: r.row.flags ?? '',
		partner: byKey.get(r.city_id)?.partner ?? false
	}));
	const fmt = (v: number) => formatNumber(v, ctx.indicator.decimals);
	const references: ReferenceLine[] = [
		...(comparison.median !== null
			? [{ key: 'median', value: comparison.median, label: `Median ${fmt(comparison.median)}` }]
			: []),
		...(options.targets ?? []).map((t) => ({ key: t.target_id, value: t.value, label: `${t.label}: ${fmt(t.value)}` }))
	];
	const own = highlight ? comparison.ranked.find((r) => r.city_id === highlight) : undefined;
	const p = own ? percentileOf(comparison.ranked, own.city_id) : null;
	const percentile =
		own && p
			? percentileStatement(ctx, { city_id: own.city_id, name: nameOf(own.city_id) }, p, period, own.year)
			: null;
	const countries = new Set(comparison.ranked.map((r) => byKey.get(r.city_id)?.country)).size;
	const shownNotes = members.filter((m) => m.partner || m.city_id === highlight).map((m) => m.city_id);
	return {
		points,
		references,
		year: period.kind === 'year' ? period.year : null,
		summary: percentile ?? rankingSummary(ctx, comparison, nameOf, countries),
		percentile,
		notes: [
			...(options.comparisonYear && period.kind === 'year' && period.year === options.comparisonYear.year
				? [comparisonYearStatement(ctx, options.comparisonYear)]
				: []),
			...shownNotes.flatMap((id) => comparisonNotes(ctx, comparison, nameOf, id)),
			statement(
				'note',
				'Values of other places that the comparability rule sets aside (suspect jumps, breaks, other surveys) are listed on the About page and in COVERAGE.md.'
			)
		]
	};
}
