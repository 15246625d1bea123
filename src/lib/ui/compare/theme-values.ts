/**
 * The data of the theme views (benchmark, profile): every place's latest own value of each of the
 * theme's indicators within the look-back window. The window ends in the chosen year or, for
 * "latest", in each indicator's own last year with partner data (indicators end in different years;
 * one common end would drop a place whose series stops earlier).
 */
import type { QueryEngine } from '$lib/db/engine';
import { latestValues, type IndicatorRow, type LatestValueRow } from '$lib/db/queries';
import { lastYearOf } from './last-years';

export interface ThemeValues {
	theme: string;
	/** The chosen year, or null for each indicator's latest. */
	year: number | null;
	values: LatestValueRow[];
}

export async function themeValues(
	engine: QueryEngine,
	indicators: readonly IndicatorRow[],
	year: number | null,
	window: number
): Promise<Omit<ThemeValues, 'theme'>> {
	const ids = indicators.map((i) => i.indicator_id);
	if (year !== null) return { year, values: await latestValues(engine, ids, year, window) };
	const ends = await Promise.all(ids.map((id) => lastYearOf(engine, id)));
	const byYear = new Map<number, string[]>();
	for (const [i, id] of ids.entries()) {
		const end = ends[i];
		if (end !== undefined) byYear.set(end, [...(byYear.get(end) ?? []), id]);
	}
	if (byYear.size === 0) throw new Error('no indicator of this theme has values for the partner places.');
	const parts = await Promise.all([...byYear].map(([end, group]) => latestValues(engine, group, end, window)));
	return { year: null, values: parts.flat() };
}

/** The period in words, e.g. "latest values in 2019–2023" or "each indicator's latest value (up to 5 years back)". */
export function themePeriod(year: number | null, window: number): string {
	if (year !== null) return window === 1 ? String(year) : `latest values in ${year - window + 1}–${year}`;
	return window === 1
		? "each indicator's last year"
		: `each indicator's latest value, up to ${window} years before its last year`;
}
