/**
 * A place's status against a target in words that cannot contradict its direction of travel:
 * "met", "not met — falling fast enough to meet it by 2030", "not met — falling too slowly",
 * "not met — rising", "not met — not falling", "not met — falling about 0.4 µg/m³ a year".
 */
import { formatNumber } from '$lib/data/format';
import type { Assessment, Status } from '../monitoring';
import { statement, type Claim, type Statement } from './claims';
import type { NamedPlace, StatementContext } from './place';
import { targetValueText } from './words';

export interface StatusTarget {
	target_id: string;
	label: string;
	comparator: 'le' | 'ge';
	value: number;
	target_year: number | null;
}

/** The status in words, e.g. "not met — falling too slowly". */
export function statusWords(a: Assessment, t: StatusTarget, unit: string, decimals: number): string {
	const toward = t.comparator === 'le' ? 'falling' : 'rising';
	const away = t.comparator === 'le' ? 'rising' : 'falling';
	const words: Record<Status, () => string> = {
		met: () => 'met',
		'no-data': () => 'no recent value',
		'not-met-no-trend': () => 'not met — too few years for a trend',
		'not-met-stable': () => `not met — not ${toward}`,
		'not-met-away': () => `not met — ${away}`,
		'not-met-on-course': () => `not met — ${toward} fast enough to meet it by ${t.target_year}`,
		'not-met-too-slowly': () => `not met — ${toward} too slowly to meet it by ${t.target_year}`,
		'not-met-toward': () =>
			`not met — ${toward} about ${formatNumber(Math.abs(a.travel!.slope), Math.max(1, decimals))}${unit ? ` ${unit}` : ''} a year`
	};
	return words[a.status]();
}

export const statusClaim = (ctx: StatementContext, place: NamedPlace, t: StatusTarget, a: Assessment): Claim => ({
	type: 'status',
	indicator: ctx.indicator.indicator_id,
	group: ctx.group,
	place: place.city_id,
	target: t.target_id,
	targetValue: t.value,
	status: a.status,
	year: a.latest?.year ?? null,
	value: a.latest?.value ?? null,
	...(a.travel ? { slope: a.travel.slope } : {})
});

/** A status cell: "not met — falling too slowly to meet it by 2030". */
export function statusStatement(ctx: StatementContext, place: NamedPlace, t: StatusTarget, a: Assessment): Statement {
	return statement('status', statusWords(a, t, ctx.indicator.unit, ctx.indicator.decimals), [
		statusClaim(ctx, place, t, a)
	]);
}

/**
 * "In 2021, Bologna had a PM2.5 annual mean of 14.2 µg/m³: against the EU limit value from 2030
 * (2024/2881) of 10 µg/m³, not met — falling fast enough to meet it by 2030."
 */
export function targetSentence(
	ctx: StatementContext,
	place: NamedPlace,
	t: StatusTarget,
	a: Assessment,
	valueText: string
): Statement {
	return statement(
		'sentence',
		`${valueText}: against the ${t.label} of ${targetValueText(ctx.indicator, t.value)}, ${statusWords(a, t, ctx.indicator.unit, ctx.indicator.decimals)}.`,
		[statusClaim(ctx, place, t, a)]
	);
}
