/**
 * The theme views' data: each indicator's panel (one query for the theme and its inputs) and its
 * comparison in its own period (analysis/theme.ts) — the comparison year by default.
 */
import type { Comparison } from '$lib/analysis/comparison';
import { themeComparisons } from '$lib/analysis/theme';
import type { QueryEngine } from '$lib/db/engine';
import type { IndicatorRow } from '$lib/db/queries';
import type { Panel } from '$lib/analysis/panel';
import type { CatalogueRow } from '$lib/db/europe-queries';
import { loadPanels, type PanelScope } from '$lib/ui/panels';
import { loadCatalogue } from '$lib/ui/peers';

export interface ThemeValues {
	theme: string;
	comparisons: Map<string, Comparison>;
}

export interface ThemePanels {
	theme: string;
	panels: Map<string, Panel>;
	/** Every Urban Audit place, when the group reaches beyond the partners. */
	catalogue: readonly CatalogueRow[] | null;
}

/** The panels of a theme's indicators for the group's scope, and the catalogue a wider group needs. */
export async function themePanels(
	engine: QueryEngine,
	indicators: readonly IndicatorRow[],
	chosen: readonly IndicatorRow[],
	theme: string,
	scope: PanelScope
): Promise<ThemePanels> {
	const [panels, catalogue] = await Promise.all([
		loadPanels(
			engine,
			chosen.map((i) => i.indicator_id),
			indicators,
			scope
		),
		scope === 'europe' ? loadCatalogue(engine) : null
	]);
	return { theme, panels, catalogue };
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
