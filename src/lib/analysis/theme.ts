/**
 * The theme views (benchmark, profile, composite): each indicator compared in its own period — by
 * default its own comparison year (indicators end in different years; one common year would drop
 * most of them), or the year or look-back window the reader chose. Counts are left out: a count
 * says how big a place is, not how well it does (docs/COMPARABILITY.md §7).
 */
import { compare, type Comparison } from './comparison';
import { choosePeriod, type Panel } from './panel';
import type { Direction } from '$lib/db/queries';

export interface ThemeIndicator {
	indicator_id: string;
	direction: Direction;
	frequency: string;
	measure: string;
}

/** Indicators a theme view may compare: not counts. */
export const comparableInThemes = <T extends { measure: string }>(indicators: readonly T[]): T[] =>
	indicators.filter((i) => i.measure !== 'count');

export function themeComparisons(
	panels: ReadonlyMap<string, Panel>,
	indicators: readonly ThemeIndicator[],
	group: readonly string[],
	year: number | null,
	window: number
): Map<string, Comparison> {
	const out = new Map<string, Comparison>();
	for (const indicator of comparableInThemes(indicators)) {
		const panel = panels.get(indicator.indicator_id);
		const chosen = panel ? choosePeriod(panel, group, year, window) : null;
		if (panel && chosen) out.set(indicator.indicator_id, compare(panel, group, chosen.period, indicator));
	}
	return out;
}
