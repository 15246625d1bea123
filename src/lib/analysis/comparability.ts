/**
 * The one comparability rule (docs/COMPARABILITY.md): which value of a place may enter a ranking,
 * median, percentile, benchmark, profile, composite, correlation, direction of travel, headline or
 * sentence, and why any other value was set aside. Pure functions; every view and statement calls
 * them, nothing picks "the latest value" on its own.
 */
import { isBreak } from './trends';

/** An indicator's comparability columns (indicators.csv). */
export interface ComparabilityRule {
	/** Largest plausible change in one year, in %; null = no bound. */
	plausible_change: number | null;
	/** Years after which a value counts as old, from the data release. */
	old_after: number | null;
	/** ± % of the level a year within which the direction of travel is "stable"; null = none. */
	travel_tolerance: number | null;
	/** Inputs of a derived value: "id" (same unit and year) or "id@-1" (the year before). */
	derived_from: string | null;
	/** 'nominal' money is never "improving" for rising alone. */
	price_basis: string | null;
}

export interface SeriesValue {
	geo_code: string;
	year: number;
	value: number;
	flags?: string | null;
	/** The unit's survey type: 'eu', 'national', 'unknown'; empty for units that are no survey sample. */
	survey?: string | null;
}

export type ValueStatus = 'start' | 'ok' | 'break' | 'new-level' | 'suspect' | 'not-comparable';

export type SetAsideReason =
	| { kind: 'unconfirmed-jump' | 'temporary-level'; against: { year: number; value: number }; changePercent: number }
	| { kind: 'input-suspect'; input: string; year: number }
	| { kind: 'not-comparable'; survey: string };

export interface Classified<T extends SeriesValue = SeriesValue> {
	point: T;
	status: ValueStatus;
	reason: SetAsideReason | null;
}

/** Statuses whose values may be compared. */
export const isComparable = (c: { status: ValueStatus }) => c.status !== 'suspect' && c.status !== 'not-comparable';

/** Survey units other than the EU survey's (national or unknown surveys) are never compared. */
export const isOtherSurvey = (p: { survey?: string | null }) => !!p.survey && p.survey !== 'eu';

/**
 * Whether `c` stays within the plausible change of `a`: |ln(c/a)| ≤ years × ln(1 + bound). True
 * without a bound or for values that are not both positive (a relative bound means nothing there).
 */
export function withinBound(a: SeriesValue, c: SeriesValue, plausibleChange: number | null): boolean {
	if (plausibleChange === null || !(a.value > 0) || !(c.value > 0)) return true;
	const years = Math.max(1, c.year - a.year);
	return Math.abs(Math.log(c.value / a.value)) <= years * Math.log(1 + plausibleChange / 100) + 1e-12;
}

const percentChange = (from: number, to: number) => ((to - from) / Math.abs(from)) * 100;

/**
 * Classifies one place's series (any order; returned by year). `inputSuspect(point)` names an input
 * of a derived value that is suspect, or null. Steps: other surveys → not comparable; suspect inputs
 * → suspect; then the jump rule on what is left (docs/COMPARABILITY.md §3).
 */
export function classifySeries<T extends SeriesValue>(
	points: readonly T[],
	plausibleChange: number | null,
	inputSuspect: (point: T) => { input: string; year: number } | null = () => null
): Classified<T>[] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const out = new Map<T, Classified<T>>();
	const walk: T[] = [];
	for (const point of sorted) {
		if (isOtherSurvey(point)) {
			out.set(point, { point, status: 'not-comparable', reason: { kind: 'not-comparable', survey: point.survey! } });
			continue;
		}
		const input = inputSuspect(point);
		if (input) {
			out.set(point, { point, status: 'suspect', reason: { kind: 'input-suspect', ...input } });
			continue;
		}
		walk.push(point);
	}
	let last: T | null = null;
	let i = 0;
	while (i < walk.length) {
		const v = walk[i]!;
		if (last === null || withinBound(last, v, plausibleChange)) {
			out.set(v, { point: v, status: last === null ? 'start' : isBreak(v) ? 'break' : 'ok', reason: null });
			last = v;
			i += 1;
			continue;
		}
		// A jump: its run is v and the values after it that each stay within the bound of the one before.
		let end = i;
		while (end + 1 < walk.length && withinBound(walk[end]!, walk[end + 1]!, plausibleChange)) end += 1;
		const after = walk[end + 1];
		const against = { year: last.year, value: last.value };
		if (end === i) {
			out.set(v, {
				point: v,
				status: 'suspect',
				reason: { kind: 'unconfirmed-jump', against, changePercent: percentChange(last.value, v.value) }
			});
			i += 1;
		} else if (after && withinBound(last, after, plausibleChange)) {
			// The series comes back to the old level: the whole run was a temporary level.
			for (const p of walk.slice(i, end + 1)) {
				out.set(p, {
					point: p,
					status: 'suspect',
					reason: { kind: 'temporary-level', against, changePercent: percentChange(last.value, p.value) }
				});
			}
			i = end + 1;
		} else {
			walk
				.slice(i, end + 1)
				.forEach((p, k) =>
					out.set(p, { point: p, status: k === 0 ? 'new-level' : isBreak(p) ? 'break' : 'ok', reason: null })
				);
			last = walk[end]!;
			i = end + 1;
		}
	}
	return sorted.map((p) => out.get(p)!);
}

/** The current series: from the latest start, break or new level on, comparable values only. */
export function currentSeries<T extends SeriesValue>(classified: readonly Classified<T>[]): Classified<T>[] {
	const comparable = classified.filter(isComparable);
	let start = 0;
	comparable.forEach((c, i) => {
		if (c.status !== 'ok') start = i;
	});
	return comparable.slice(start);
}

/** The latest comparable value of a classified series, or null. */
export function latestComparable<T extends SeriesValue>(classified: readonly Classified<T>[]): Classified<T> | null {
	for (let i = classified.length - 1; i >= 0; i -= 1) if (isComparable(classified[i]!)) return classified[i]!;
	return null;
}

/** A value more than `old_after` years before the data release (never, without an `old_after`). */
export function isOld(year: number, releaseYear: number, rule: Pick<ComparabilityRule, 'old_after'>): boolean {
	return rule.old_after !== null && releaseYear - year > rule.old_after;
}

/** "id" or "id@-1" terms of `derived_from`. */
export function derivedInputs(rule: Pick<ComparabilityRule, 'derived_from'>): { id: string; lag: number }[] {
	return (rule.derived_from ?? '')
		.split(/\s+/)
		.filter(Boolean)
		.map((term) => {
			const [id, lag] = term.split('@') as [string, string | undefined];
			return { id, lag: lag ? Number(lag) : 0 };
		});
}
