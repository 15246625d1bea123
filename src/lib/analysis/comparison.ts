/**
 * A comparison of a group's places on one indicator in one period: the comparable values only
 * (panel.ts), ranked best first with competition ranks, the median, and — for survey estimates —
 * rank ranges, since differences inside the survey margin are "about the same", not an order.
 */
import type { Direction } from '$lib/db/queries';
import type { Classified } from './comparability';
import { entriesFor, type Panel, type PanelRow, type Period } from './panel';
import { median } from './rank';

/**
 * Survey estimates come from samples of about 500 residents per city (Flash Eurobarometer 419,
 * 2015; about 700 in 2019 and 850 in 2023). The 95 % margin of a difference between two cities' shares
 * at the worst case p = 50 %: 1.96 × √(2 × 0.25 / 500) = 6.198 percentage points, stated (and used)
 * rounded up to 6.2 — a floor: weighting widens it.
 */
export const SURVEY_MARGIN = 6.2;

export const isSurvey = (indicator: { frequency: string }) => indicator.frequency === 'survey-wave';

export interface RankedValue {
	city_id: string;
	value: number;
	/** Competition rank, best first: ties share the better rank (1, 2, 2, 4). */
	rank: number;
	/** The worst rank the place could have once the survey margin is allowed for (= rank otherwise). */
	rankTo: number;
	/** Rank from the other end (1 = the last place), for words such as "the smallest". */
	rankFromEnd: number;
}

/** Ranks values best first (neutral: largest first); with a margin, each rank is a range. */
export function rankValues(
	items: readonly { city_id: string; value: number }[],
	direction: Direction,
	margin: number | null = null
): RankedValue[] {
	// Counted by binary search over the values oriented so that larger is better (n log n: a group of
	// every European city has ~900 places); each test below is the pairwise rule, monotone in the value.
	const sign = direction === 'lower-is-better' ? -1 : 1;
	const sorted = [...items].sort((a, b) => (direction === 'lower-is-better' ? a.value - b.value : b.value - a.value));
	const goodness = sorted.map((item) => sign * item.value).sort((a, b) => a - b);
	const n = goodness.length;
	return sorted.map((item) => {
		const g = sign * item.value;
		const better = n - firstWhere(goodness, (o) => o > g);
		const rankFromEnd = 1 + firstWhere(goodness, (o) => o >= g);
		if (margin === null)
			return { city_id: item.city_id, value: item.value, rank: 1 + better, rankTo: 1 + better, rankFromEnd };
		// Better, or worse, by at least the margin: a suffix, or a prefix, of the oriented values.
		const clearlyBetter = n - firstWhere(goodness, (o) => o > g && o - g >= margin);
		const clearlyWorse = firstWhere(goodness, (o) => !(g > o && g - o >= margin));
		return { city_id: item.city_id, value: item.value, rank: 1 + clearlyBetter, rankTo: n - clearlyWorse, rankFromEnd };
	});
}

/** The first index of ascending `values` where `test` holds (it must hold for a suffix); the length if none. */
function firstWhere(values: readonly number[], test: (value: number) => boolean): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (test(values[middle]!)) high = middle;
		else low = middle + 1;
	}
	return low;
}

export interface ComparedPlace extends RankedValue {
	year: number;
	row: PanelRow;
}

export interface Comparison {
	period: Period;
	/** Places with a comparable value, best first. */
	ranked: ComparedPlace[];
	median: number | null;
	/** Survey margin in points, or null for other indicators. */
	margin: number | null;
	/** Places of the group without a comparable value in the period. */
	missing: string[];
	/** Values of the period left out, with the rule that left them out. */
	setAside: { city_id: string; value: Classified<PanelRow> }[];
}

export function compare(
	panel: Panel,
	group: readonly string[],
	period: Period,
	indicator: { direction: Direction; frequency: string }
): Comparison {
	const entries = entriesFor(panel, group, period);
	const used = entries.flatMap((e) =>
		e.used ? [{ city_id: e.city_id, value: e.used.point.value, row: e.used.point }] : []
	);
	const margin = isSurvey(indicator) ? SURVEY_MARGIN : null;
	const rows = new Map(used.map((u) => [u.city_id, u.row]));
	const ranked = rankValues(used, indicator.direction, margin).map((r) => ({
		...r,
		year: rows.get(r.city_id)!.year,
		row: rows.get(r.city_id)!
	}));
	return {
		period,
		ranked,
		median: median(used.map((u) => u.value)),
		margin,
		missing: entries.filter((e) => !e.used).map((e) => e.city_id),
		setAside: entries.flatMap((e) => e.setAside.map((value) => ({ city_id: e.city_id, value })))
	};
}

/** Where a value stands against the median, allowing for the survey margin. */
export function versusMedian(
	value: number,
	medianValue: number | null,
	margin: number | null
): 'above' | 'below' | 'about the same' | null {
	if (medianValue === null) return null;
	if (margin !== null ? Math.abs(value - medianValue) < margin : value === medianValue) return 'about the same';
	return value > medianValue ? 'above' : 'below';
}
