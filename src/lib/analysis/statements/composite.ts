/** The composite index's summary: who ranks first and last with the weights chosen, with their scores. */
import { formatNumber } from '$lib/data/format';
import type { CompositeResult } from '../composite';
import { statement, type Claim, type Group, type PeriodFields, type Statement } from './claims';

export function compositeSummary(
	result: CompositeResult,
	indicatorIds: readonly string[],
	spans: Record<string, PeriodFields>,
	weights: Readonly<Record<string, number>>,
	nameOf: (id: string) => string,
	group: Group,
	/** The group's name when it is not the partners. */
	groupName?: string
): Statement {
	const n = result.ranked.length;
	const first = result.ranked[0];
	const last = result.ranked.at(-1);
	if (!first || !last || n < 2)
		return statement('summary', 'Too few places have values for enough of the indicators to be ranked.');
	const claim = (r: (typeof result.ranked)[number]): Claim => ({
		type: 'composite',
		group,
		place: r.place,
		indicators: [...indicatorIds],
		spans,
		total: indicatorIds.length,
		weights: { ...weights },
		score: r.score,
		rank: r.rank,
		n
	});
	return statement(
		'summary',
		`With these weights, ${nameOf(first.place)} ranks first (score ${formatNumber(first.score, 1)}) and ${nameOf(last.place)} last (score ${formatNumber(last.score, 1)}) of the ${n} ${groupName ? `${groupName} ` : 'places '}with values for enough of the ${result.total} indicators.`,
		[claim(first), claim(last)]
	);
}
