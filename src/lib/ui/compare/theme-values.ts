/**
 * The theme views' data: each indicator's panel (one query for the theme and its inputs) and its
 * comparison in its own period (analysis/theme.ts) — the comparison year by default.
 */
import type { Comparison } from '$lib/analysis/comparison';
import { themeComparisons } from '$lib/analysis/theme';
import type { QueryEngine } from '$lib/db/engine';
import type { IndicatorRow } from '$lib/db/queries';
import { loadPanels } from '$lib/ui/panels';

export interface ThemeValues {
	theme: string;
	comparisons: Map<string, Comparison>;
}

export async function themeValues(
	engine: QueryEngine,
	catalogue: readonly IndicatorRow[],
	chosen: readonly IndicatorRow[],
	group: readonly string[],
	year: number | null,
	window: number
): Promise<Map<string, Comparison>> {
	const panels = await loadPanels(
		engine,
		chosen.map((i) => i.indicator_id),
		catalogue
	);
	return themeComparisons(panels, chosen, group, year, window);
}

/** The period in words, e.g. "each indicator in its comparison year" or "latest values in 2019–2023". */
export function themePeriod(year: number | null, window: number): string {
	if (year !== null) return window === 1 ? String(year) : `latest comparable values in ${year - window + 1}–${year}`;
	return window === 1
		? 'each indicator in its comparison year (the most recent with values for two-thirds of the places; year per row)'
		: `each indicator's latest comparable value, up to ${window} years before its last year`;
}
