/**
 * Ranking among the partner places. Only places with their own value take part: a place with no
 * data is listed apart, never ranked last and never counted as zero.
 */
import type { Direction } from '$lib/db/queries';

export type { Direction };

/** Median; for an even count, the mean of the middle two. `null` for no values. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Valued {
	value: number | null;
}

export type Ranked<T> = T & { value: number; rank: number };

export interface Ranking<T> {
	/** Best first (for `neutral`, largest first), with competition ranks: ties share the higher rank (1, 2, 2, 4). */
	ranked: Ranked<T>[];
	/** Places without a value, in their input order. */
	missing: T[];
	median: number | null;
}

export function rankByValue<T extends Valued>(rows: readonly T[], direction: Direction): Ranking<T> {
	const withValue = rows.filter((r): r is T & { value: number } => r.value !== null && Number.isFinite(r.value));
	const missing = rows.filter((r) => r.value === null || !Number.isFinite(r.value));
	const sign = direction === 'lower-is-better' ? 1 : -1;
	const sorted = [...withValue].sort((a, b) => sign * (a.value - b.value));
	const ranked: Ranked<T>[] = [];
	for (const [i, row] of sorted.entries()) {
		const previous = ranked[i - 1];
		const rank = previous && previous.value === row.value ? previous.rank : i + 1;
		ranked.push({ ...row, rank });
	}
	return { ranked, missing, median: median(withValue.map((r) => r.value)) };
}
