/**
 * Strategic monitoring: is a place moving toward its target? The rules, in one place (the /monitor
 * page explains them with these constants):
 *
 * - Years flagged "l" (under 75 % temporal coverage) are left out, and so are the values before the
 *   latest one flagged "b" (a break in series starts it again).
 * - **met**: the latest value, if it is no older than RECENT_YEARS before the reference year (the
 *   last year with data for the indicator), satisfies the target.
 * - **on track**: not met, the target has a year in the future, and the least-squares line through the
 *   last TREND_POINTS observations (at least MIN_TREND_POINTS) satisfies the target by that year.
 * - **off track**: a recent value that neither meets nor is on track.
 * - **no data**: no recent value.
 *
 * Direction of travel: the least-squares slope over the same last observations, as % of their mean
 * per year; within ±STABLE_PERCENT_PER_YEAR it is "stable", otherwise improving or worsening by the
 * indicator's direction (rising/falling where no direction is better).
 */
import { isBreak } from './trends';

export const RECENT_YEARS = 3;
export const TREND_POINTS = 5;
export const MIN_TREND_POINTS = 3;
export const STABLE_PERCENT_PER_YEAR = 1;

export interface Observation {
	year: number;
	value: number;
	flags?: string | null;
}

export interface Target {
	comparator: 'le' | 'ge';
	value: number;
	/** The year by which it must be met; null = in force now. */
	target_year: number | null;
}

export type Status = 'met' | 'on-track' | 'off-track' | 'no-data';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
	met: 'met',
	'on-track': 'on track',
	'off-track': 'off track',
	'no-data': 'no data'
};

/** Least-squares line through the points; null for fewer than two distinct years. */
export function leastSquares(points: readonly Observation[]): { slope: number; intercept: number } | null {
	const n = points.length;
	if (n < 2) return null;
	const mx = points.reduce((a, p) => a + p.year, 0) / n;
	const my = points.reduce((a, p) => a + p.value, 0) / n;
	const sxx = points.reduce((a, p) => a + (p.year - mx) ** 2, 0);
	if (sxx === 0) return null;
	const slope = points.reduce((a, p) => a + (p.year - mx) * (p.value - my), 0) / sxx;
	return { slope, intercept: my - slope * mx };
}

const satisfies = (value: number, target: Target) =>
	target.comparator === 'le' ? value <= target.value : value >= target.value;

/**
 * The current series: from the latest value flagged "b" (break in series — a new definition or
 * boundary from that year) on; values before it measure something else. Sorted by year.
 */
export function sinceLastBreak<T extends { year: number; flags?: string | null }>(observations: readonly T[]): T[] {
	const sorted = [...observations].sort((a, b) => a.year - b.year);
	let start = 0;
	sorted.forEach((o, i) => {
		if (isBreak(o)) start = i;
	});
	return sorted.slice(start);
}

/** The observations the rules use: not flagged "l", by year, since the latest break in series. */
export function usable(observations: readonly Observation[]): Observation[] {
	return sinceLastBreak(observations.filter((o) => !(o.flags ?? '').includes('l')));
}

/** The last observations the trend is fitted to. */
export function trendPoints(observations: readonly Observation[]): Observation[] {
	return usable(observations).slice(-TREND_POINTS);
}

export interface Assessment {
	status: Status;
	latest: Observation | null;
	/** The trend line's value in the target year (on track / off track with a target year). */
	projected: number | null;
}

export function assess(observations: readonly Observation[], target: Target, referenceYear: number): Assessment {
	const series = usable(observations);
	const latest = series.at(-1) ?? null;
	if (!latest || latest.year < referenceYear - RECENT_YEARS + 1) return { status: 'no-data', latest, projected: null };
	if (satisfies(latest.value, target)) return { status: 'met', latest, projected: null };
	const points = series.slice(-TREND_POINTS);
	const line = points.length >= MIN_TREND_POINTS ? leastSquares(points) : null;
	if (target.target_year === null || target.target_year <= referenceYear || !line) {
		return { status: 'off-track', latest, projected: null };
	}
	const projected = line.intercept + line.slope * target.target_year;
	return { status: satisfies(projected, target) ? 'on-track' : 'off-track', latest, projected };
}

export type Travel = 'improving' | 'worsening' | 'stable' | 'rising' | 'falling';

export interface DirectionOfTravel {
	travel: Travel;
	/** Slope in % of the mean level per year. */
	percentPerYear: number;
	from: number;
	to: number;
}

/** Direction of travel over the last observations; null with fewer than MIN_TREND_POINTS. */
export function directionOfTravel(observations: readonly Observation[], direction: string): DirectionOfTravel | null {
	const points = trendPoints(observations);
	const line = points.length >= MIN_TREND_POINTS ? leastSquares(points) : null;
	if (!line) return null;
	const mean = points.reduce((a, p) => a + p.value, 0) / points.length;
	const percentPerYear = mean === 0 ? 0 : (line.slope / Math.abs(mean)) * 100;
	const range = { from: points[0]!.year, to: points.at(-1)!.year };
	if (Math.abs(percentPerYear) <= STABLE_PERCENT_PER_YEAR) return { travel: 'stable', percentPerYear, ...range };
	const up = percentPerYear > 0;
	const travel: Travel =
		direction === 'neutral'
			? up
				? 'rising'
				: 'falling'
			: up === (direction === 'higher-is-better')
				? 'improving'
				: 'worsening';
	return { travel, percentPerYear, ...range };
}

/** An arrow and words, never colour alone. */
export const TRAVEL_TEXT: Readonly<Record<Travel, string>> = {
	improving: 'improving',
	worsening: 'worsening',
	stable: 'stable',
	rising: 'rising',
	falling: 'falling'
};

export function travelArrow(d: DirectionOfTravel): string {
	return d.travel === 'stable' ? '→' : d.percentPerYear > 0 ? '↗' : '↘';
}
