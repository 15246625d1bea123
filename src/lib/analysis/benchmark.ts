/**
 * One city against the partner median: how far its value lies from the median of the partner places
 * with data (the city included, as in the ranking), in % of the median or in standard deviations, and
 * whether that is better or worse given the indicator's direction.
 */
import { median } from './rank';

export type BenchmarkScale = 'pct' | 'z';
export type Verdict = 'better' | 'worse' | 'equal' | 'neutral';

export interface Benchmark {
	median: number | null;
	/** Distance from the median (% of it, or standard deviations); null without a value or a scale. */
	distance: number | null;
	verdict: Verdict | null;
	/** Places with data the median is taken over. */
	places: number;
}

/**
 * `margin`: survey estimates closer to the median than the survey margin are "equal" (about the
 * same), whatever the sign of the difference.
 */
export function benchmark(
	own: number | null,
	all: readonly (number | null)[],
	direction: string,
	scale: BenchmarkScale,
	margin: number | null = null
): Benchmark {
	const present = all.filter((v): v is number => v !== null && Number.isFinite(v));
	const m = median(present);
	if (own === null || m === null) return { median: m, distance: null, verdict: null, places: present.length };
	let distance: number | null;
	if (scale === 'pct') {
		distance = m === 0 ? null : ((own - m) / Math.abs(m)) * 100;
	} else {
		const mean = present.reduce((a, b) => a + b, 0) / present.length;
		const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
		distance = sd === 0 ? (own === m ? 0 : null) : (own - m) / sd;
	}
	let verdict: Verdict | null = null;
	if (distance !== null) {
		if (direction === 'neutral') verdict = 'neutral';
		else if (distance === 0 || (margin !== null && Math.abs(own - m) < margin)) verdict = 'equal';
		else verdict = distance > 0 === (direction === 'higher-is-better') ? 'better' : 'worse';
	}
	return { median: m, distance, verdict, places: present.length };
}
