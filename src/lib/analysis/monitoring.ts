/**
 * Strategic monitoring: is a place moving toward its target? The rules (docs/COMPARABILITY.md §8; the
 * /monitor page states them with these constants), always on a place's **current series** — its
 * comparable values since the latest break or new level (comparability.ts):
 *
 * - Trend points: the last TREND_POINTS values not flagged "l" (WHO: under 75 % temporal coverage);
 *   a trend needs MIN_TREND_POINTS.
 * - Direction of travel: the least-squares slope as % of the points' mean a year; within the
 *   indicator's tolerance it is "stable"; otherwise improving/worsening by its direction, or
 *   rising/falling where no direction is better or for nominal money.
 * - Status: **no data** without a value in the last RECENT_YEARS up to the reference year; **met**
 *   when the latest value satisfies the target; otherwise "not met", said with the direction of
 *   travel so that the two can never contradict each other: too few years for a trend, not moving,
 *   moving away, or moving toward it — fast enough to meet it by its year, too slowly, or (a target
 *   without a year) at about x a year.
 */

export const RECENT_YEARS = 3;
export const TREND_POINTS = 5;
export const MIN_TREND_POINTS = 3;

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

export interface TravelIndicator {
	direction: string;
	travel_tolerance: number | null;
	price_basis?: string | null;
}

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

export const satisfies = (value: number, target: Pick<Target, 'comparator' | 'value'>) =>
	target.comparator === 'le' ? value <= target.value : value >= target.value;

/** The points a trend is fitted to: the last values of the current series not flagged "l". */
export function trendPoints<T extends Observation>(current: readonly T[]): T[] {
	return [...current]
		.sort((a, b) => a.year - b.year)
		.filter((o) => !(o.flags ?? '').includes('l'))
		.slice(-TREND_POINTS);
}

export type Travel = 'improving' | 'worsening' | 'stable' | 'rising' | 'falling';

export interface DirectionOfTravel {
	travel: Travel;
	/** Slope in % of the mean level per year. */
	percentPerYear: number;
	/** Slope in the indicator's unit per year. */
	slope: number;
	from: number;
	to: number;
	/** The tolerance it was judged with, % a year. */
	tolerance: number;
}

/**
 * Direction of travel of a current series; null with fewer than MIN_TREND_POINTS, or for an indicator
 * without a tolerance (values that cross zero, such as population change: a slope "as % of the level"
 * means nothing there).
 */
export function directionOfTravel(
	current: readonly Observation[],
	indicator: TravelIndicator
): DirectionOfTravel | null {
	const points = trendPoints(current);
	const line = points.length >= MIN_TREND_POINTS ? leastSquares(points) : null;
	if (!line || indicator.travel_tolerance === null) return null;
	const tolerance = indicator.travel_tolerance;
	const mean = points.reduce((a, p) => a + p.value, 0) / points.length;
	const percentPerYear = mean === 0 ? 0 : (line.slope / Math.abs(mean)) * 100;
	const range = { from: points[0]!.year, to: points.at(-1)!.year, slope: line.slope, tolerance };
	if (Math.abs(percentPerYear) <= tolerance) return { travel: 'stable', percentPerYear, ...range };
	const up = percentPerYear > 0;
	const plain = indicator.direction === 'neutral' || indicator.price_basis === 'nominal';
	const travel: Travel = plain
		? up
			? 'rising'
			: 'falling'
		: up === (indicator.direction === 'higher-is-better')
			? 'improving'
			: 'worsening';
	return { travel, percentPerYear, ...range };
}

/**
 * met / no data, or how a place that has not met its target is moving: too few points for a trend,
 * stable, away from it, toward it fast enough (by the target year), too slowly, or toward it (a
 * target without a year still ahead).
 */
export type Status =
	| 'met'
	| 'no-data'
	| 'not-met-no-trend'
	| 'not-met-stable'
	| 'not-met-away'
	| 'not-met-on-course'
	| 'not-met-too-slowly'
	| 'not-met-toward';

export interface Assessment {
	status: Status;
	latest: Observation | null;
	travel: DirectionOfTravel | null;
	/** The trend line's value in the target year (targets with a year still ahead). */
	projected: number | null;
}

export function assess(
	current: readonly Observation[],
	target: Target,
	referenceYear: number,
	indicator: TravelIndicator
): Assessment {
	const sorted = [...current].sort((a, b) => a.year - b.year);
	const latest = sorted.at(-1) ?? null;
	const travel = directionOfTravel(sorted, indicator);
	if (!latest || latest.year < referenceYear - RECENT_YEARS + 1)
		return { status: 'no-data', latest, travel, projected: null };
	if (satisfies(latest.value, target)) return { status: 'met', latest, travel, projected: null };
	if (!travel) return { status: 'not-met-no-trend', latest, travel, projected: null };
	if (travel.travel === 'stable') return { status: 'not-met-stable', latest, travel, projected: null };
	const toward = target.comparator === 'le' ? travel.slope < 0 : travel.slope > 0;
	if (!toward) return { status: 'not-met-away', latest, travel, projected: null };
	if (target.target_year === null || target.target_year <= referenceYear)
		return { status: 'not-met-toward', latest, travel, projected: null };
	const line = leastSquares(trendPoints(sorted))!;
	const projected = line.intercept + line.slope * target.target_year;
	return {
		status: satisfies(projected, target) ? 'not-met-on-course' : 'not-met-too-slowly',
		latest,
		travel,
		projected
	};
}

/** Short labels for tallies and legends. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
	met: 'met',
	'no-data': 'no data',
	'not-met-no-trend': 'not met, too few years for a trend',
	'not-met-stable': 'not met, not moving',
	'not-met-away': 'not met, moving away',
	'not-met-on-course': 'not met, on course',
	'not-met-too-slowly': 'not met, too slow',
	'not-met-toward': 'not met, moving toward it'
};

/** An arrow and words, never colour alone. */
export const TRAVEL_TEXT: Readonly<Record<Travel, string>> = {
	improving: 'improving',
	worsening: 'worsening',
	stable: 'stable',
	rising: 'rising',
	falling: 'falling'
};

export function travelArrow(d: Pick<DirectionOfTravel, 'travel' | 'percentPerYear'>): string {
	return d.travel === 'stable' ? '→' : d.percentPerYear > 0 ? '↗' : '↘';
}
