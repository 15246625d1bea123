/** Choosing which year a view opens on. */

export interface YearCoverage {
	year: number;
	places: number;
}

/**
 * The most recent year among those where the most places have data: a fuller comparison beats a
 * newer one with half the partners missing. `null` when there is no year.
 */
export function bestCoveredYear(coverage: readonly YearCoverage[]): number | null {
	let best: YearCoverage | null = null;
	for (const c of coverage) {
		if (!best || c.places > best.places || (c.places === best.places && c.year > best.year)) best = c;
	}
	return best?.year ?? null;
}
