/**
 * The monitoring board's tallies in words: for a set of targets, how many place × indicator cells
 * are met, not met but on course, not met, or without a recent value — for the whole board and for
 * one indicator's chart. Each carries a claim the checker recomputes from the CSVs.
 */
import type { BoardCell } from '../monitor-board';
import type { Status } from '../monitoring';
import { statement, type Claim, type Group, type Statement } from './claims';

export type StatusCounts = Record<'met' | 'on-course' | 'not-met' | 'no-data', number>;

export function countStatuses(cells: readonly BoardCell[]): StatusCounts {
	const counts: StatusCounts = { met: 0, 'on-course': 0, 'not-met': 0, 'no-data': 0 };
	for (const c of cells) {
		const s: Status | undefined = c.assessment?.status;
		if (!s) continue;
		if (s === 'met') counts.met += 1;
		else if (s === 'no-data') counts['no-data'] += 1;
		else if (s === 'not-met-on-course') counts['on-course'] += 1;
		else counts['not-met'] += 1;
	}
	return counts;
}

const boardClaim = (set: string, counts: StatusCounts, group: Group, indicator?: string): Claim => ({
	type: 'board',
	group,
	set,
	...(indicator ? { indicator } : {}),
	...counts
});

/** "EU limit value from 2030 (2024/2881): 5 met, 3 not met but on course, 9 not met, 24 without a recent value (places × indicators)." */
export function boardTally(setLabel: string, set: string, cells: readonly BoardCell[], group: Group): Statement {
	const c = countStatuses(cells);
	return statement(
		'tally',
		`${setLabel}: ${c.met} met, ${c['on-course']} not met but on course, ${c['not-met']} not met, ${c['no-data']} without a recent value (places × indicators).`,
		[boardClaim(set, c, group)]
	);
}

/** One indicator's chart: "Places that met it: 2; not met but on course to meet it in time: 3; not met: 8; no recent value: 4." */
export function indicatorTally(set: string, indicator: string, cells: readonly BoardCell[], group: Group): Statement {
	const c = countStatuses(cells.filter((x) => x.indicator_id === indicator));
	return statement(
		'summary',
		`Places that met it: ${c.met}; not met but on course to meet it in time: ${c['on-course']}; not met: ${c['not-met']}; no recent value: ${c['no-data']}.`,
		[boardClaim(set, c, group, indicator)]
	);
}
