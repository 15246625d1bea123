/** The scatter plot's summary: Pearson's r over the places with comparable values of both indicators. */
import { formatNumber } from '$lib/data/format';
import { describeCorrelation, type Correlation } from '../correlation';
import type { Period } from '../panel';
import { periodFields, periodWords, statement, type Group, type Statement } from './claims';

export function correlationSummary(
	x: { indicator_id: string; short_label: string },
	y: { indicator_id: string; short_label: string },
	period: Period,
	correlation: Correlation,
	group: Group
): Statement {
	const claims = [
		{
			type: 'correlation' as const,
			group,
			x: x.indicator_id,
			y: y.indicator_id,
			...periodFields(period),
			r: correlation.r,
			n: correlation.n
		}
	];
	if (correlation.r === null)
		return statement(
			'summary',
			`${correlation.n} places have comparable values of both ${periodWords(period)}: too few, or no variation, for a correlation.`,
			claims
		);
	return statement(
		'summary',
		`${periodWords(period).replace(/^in/, 'In')}, across the ${correlation.n} places with comparable values of both, ${y.short_label.toLowerCase()} and ${x.short_label.toLowerCase()} show ${describeCorrelation(correlation.r)} (Pearson r = ${formatNumber(correlation.r, 2)}, n = ${correlation.n}). With so few places, r describes these cities only, and one city can change it a lot.`,
		claims
	);
}
