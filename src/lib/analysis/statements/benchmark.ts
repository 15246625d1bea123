/**
 * The benchmark's summary: how one place stands against the median of the group on each indicator
 * of a theme, each indicator in its own period; claims per indicator and for the tally.
 */
import type { Benchmark } from '../benchmark';
import type { Comparison } from '../comparison';
import { periodFields, statement, type Claim, type Statement } from './claims';
import type { NamedPlace, StatementContext } from './place';

export interface BenchmarkedIndicator {
	ctx: StatementContext;
	comparison: Comparison;
	benchmark: Benchmark;
	value: number;
}

export function benchmarkClaim(place: NamedPlace, b: BenchmarkedIndicator): Claim {
	return {
		type: 'benchmark',
		indicator: b.ctx.indicator.indicator_id,
		group: b.ctx.group,
		place: place.city_id,
		...periodFields(b.comparison.period),
		value: b.value,
		median: b.benchmark.median!,
		n: b.comparison.ranked.length,
		verdict: b.benchmark.verdict!
	};
}

/** "Poznań is better than the median on 3 and worse on 2 of the 7 indicators where it has a comparable value (1 about the same or neutral)." */
export function benchmarkSummary(
	place: NamedPlace,
	items: readonly BenchmarkedIndicator[],
	/** The group's name when it is not the partners: "European cities of 50,000–100,000 inhabitants". */
	groupName?: string
): Statement {
	const drawn = items.filter((i) => i.benchmark.verdict !== null);
	if (drawn.length === 0)
		return statement('summary', `${place.name} has no comparable value for any indicator of this theme in the period.`);
	const count = (v: string) => drawn.filter((i) => i.benchmark.verdict === v).length;
	const better = count('better');
	const worse = count('worse');
	const other = drawn.length - better - worse;
	const tally: Claim = {
		type: 'tally',
		place: place.city_id,
		group: drawn[0]!.ctx.group,
		better,
		worse,
		other,
		of: drawn.length
	};
	return statement(
		'summary',
		`${place.name} is better than the median${groupName ? ` of ${groupName}` : ''} on ${better} and worse on ${worse} of the ${drawn.length} indicators where it has a comparable value` +
			(other > 0 ? ` (${other} about the same, or with no better direction).` : '.'),
		[tally, ...drawn.map((i) => benchmarkClaim(place, i))]
	);
}
