/**
 * The profile's summary: the places with the highest and the lowest mean score over a theme's
 * indicators (each a directed z-score among the places with a comparable value, in its own period;
 * a mean needs half of the indicators).
 */
import { formatSigned } from '$lib/data/format';
import type { ProfileRow } from '../profile';
import { statement, type Group, type PeriodFields, type Statement } from './claims';

export function profileSummary(
	rows: readonly ProfileRow[],
	indicatorIds: readonly string[],
	spans: Record<string, PeriodFields>,
	group: Group,
	/** The group's name when it is not the partners: the scores are against it, the rows its partners. */
	groupName?: string
): Statement {
	const scored = rows.filter((r) => r.mean !== null).sort((a, b) => b.mean! - a.mean!);
	if (scored.length < 2)
		return statement('summary', 'Too few places have comparable values in this theme for a profile.');
	const top = scored[0]!;
	const bottom = scored.at(-1)!;
	const claim = (r: ProfileRow) => ({
		type: 'profile-mean' as const,
		group,
		place: r.place,
		indicators: [...indicatorIds],
		spans,
		total: indicatorIds.length,
		mean: r.mean!,
		covered: r.covered
	});
	return statement(
		'summary',
		`On the mean score over the ${indicatorIds.length} indicators${groupName ? ` (scored among ${groupName})` : ''}, ${top.name} is strongest (${formatSigned(top.mean!, 2)}) and ${bottom.name} weakest (${formatSigned(bottom.mean!, 2)})${groupName ? ' of the places shown' : ''}.`,
		[claim(top), claim(bottom)]
	);
}
