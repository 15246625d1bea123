/**
 * Each indicator's last year with partner data, asked once per engine and kept: "latest available"
 * then needs no query of its own before the values (one query fewer on the redraw path). The data
 * only changes when a user adds some (issue 7), which must call `forgetLastYears()`.
 */
import type { QueryEngine } from '$lib/db/engine';
import { indicatorLastYears } from '$lib/db/queries';

let cached: { engine: QueryEngine; years: Promise<Map<string, number>> } | null = null;

export function lastYearOf(engine: QueryEngine, indicatorId: string): Promise<number | undefined> {
	if (cached?.engine !== engine) {
		const years = indicatorLastYears(engine).then((rows) => new Map(rows.map((r) => [r.indicator_id, r.year])));
		cached = { engine, years };
		// A failed query is not kept: the next redraw asks again.
		years.catch(() => (cached = null));
	}
	return cached.years.then((m) => m.get(indicatorId));
}

export function forgetLastYears(): void {
	cached = null;
}
