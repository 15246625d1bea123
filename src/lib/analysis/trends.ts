/**
 * Time series of one place: where a line may be drawn, the baseline of "change since", and the index
 * "base year = 100". Pure functions over a place's observations sorted by year.
 */

export interface YearValue {
	year: number;
	value: number;
	/** Eurostat flags; "b" marks a break in the series (a new definition or boundary from that year). */
	flags?: string | null;
	/** The comparability rule's status (comparability.ts); absent = comparable. */
	status?: string;
}

/** A value that starts a new series: a break (flag b, or the rule's "break") or a confirmed new level. */
const startsSeries = (p: YearValue) => isBreak(p) || p.status === 'break' || p.status === 'new-level';
/** A value the rule set aside (suspect, or from another survey): drawn on its own, never joined. */
const standsAlone = (p: YearValue) => p.status === 'suspect' || p.status === 'not-comparable';

/** Flag "b": a break in series — from this value on, a new definition or boundary. */
export const isBreak = (p: { flags?: string | null }) => (p.flags ?? '').includes('b');

/**
 * Runs of observations a line may join. An annual series expects every year, so a missing year
 * breaks the line; survey waves and decadal series are expected only in their own years, so their
 * observations are joined (and drawn with visible points). A value that starts a new series (a break
 * in series, flag b, or a confirmed new level) is never joined to the one before it, and a value the
 * comparability rule set aside is never joined at all: neither is measured like its neighbours.
 */
export function lineSegments<T extends YearValue>(points: readonly T[], frequency: string): T[][] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const runs: T[][] = [];
	for (const point of sorted) {
		const run = runs.at(-1);
		const previous = run?.at(-1);
		const expected = frequency !== 'annual' || (previous !== undefined && point.year === previous.year + 1);
		const joins = run && previous && expected && !startsSeries(point) && !standsAlone(point) && !standsAlone(previous);
		if (joins) run.push(point);
		else runs.push([point]);
	}
	return runs;
}

/** The baseline of "change since `since`": the observation in that year, else the first one after it. */
export function baseline<T extends YearValue>(points: readonly T[], since: number | null): T | null {
	const from = since ?? -Infinity;
	return [...points].sort((a, b) => a.year - b.year).find((p) => p.year >= from) ?? null;
}

export interface Change {
	from: YearValue;
	to: YearValue;
	absolute: number;
	/** Relative change in %; null when the baseline is 0. */
	percent: number | null;
	/** A break in series lies between the two values: the change mixes two definitions. */
	broken: boolean;
}

/** Change from the baseline to the latest observation; null with fewer than two observations since. */
export function changeSince(points: readonly YearValue[], since: number | null): Change | null {
	const from = baseline(points, since);
	const to = [...points].sort((a, b) => a.year - b.year).at(-1);
	if (!from || !to || to.year === from.year) return null;
	const absolute = to.value - from.value;
	const broken = points.some((p) => p.year > from.year && p.year <= to.year && isBreak(p));
	return {
		from: { year: from.year, value: from.value },
		to: { year: to.year, value: to.value },
		absolute,
		percent: from.value === 0 ? null : (absolute / Math.abs(from.value)) * 100,
		broken
	};
}

/** The series as an index, baseline = 100 (from `since` on); empty when the baseline is 0 or missing. */
export function indexSeries<T extends YearValue>(points: readonly T[], since: number | null): T[] {
	const base = baseline(points, since);
	if (!base || base.value === 0) return [];
	return points.filter((p) => p.year >= base.year).map((p) => ({ ...p, value: (p.value / base.value) * 100 }));
}
