/**
 * Panels (classified series, analysis/panel.ts) as views ask for them: one query for the indicators
 * and their derived inputs, kept per engine for the visit — the data only changes when the user adds
 * some, which must call `forgetPanels()`. The same function prerenders with the Node engine.
 */
import { buildPanels, withInputs, type Panel, type PanelIndicator } from '$lib/analysis/panel';
import type { QueryEngine } from '$lib/db/engine';
import { panelRows, type IndicatorRow } from '$lib/db/queries';

let cache: { engine: QueryEngine; panels: Map<string, Promise<Panel | undefined>> } | null = null;

export function forgetPanels(): void {
	cache = null;
}

/** The panels of `ids` (with their inputs classified first), from one query for what is not cached. */
export async function loadPanels(
	engine: QueryEngine,
	ids: readonly string[],
	indicators: readonly IndicatorRow[]
): Promise<Map<string, Panel>> {
	if (cache?.engine !== engine) cache = { engine, panels: new Map() };
	const panels = cache.panels;
	const rules = new Map<string, PanelIndicator>(indicators.map((i) => [i.indicator_id, i]));
	const wanted = withInputs(ids, (id) => rules.get(id));
	const missing = wanted.filter((id) => !panels.has(id));
	if (missing.length) {
		// A derived value is classified against its inputs' series: read them too, even if cached.
		const built = panelRows(engine, wanted).then((rows) => buildPanels(wanted, (id) => rules.get(id), rows));
		for (const id of missing) {
			const panel = built.then((m) => m.get(id));
			panel.catch(() => panels.delete(id));
			panels.set(id, panel);
		}
	}
	const entries = await Promise.all(ids.map(async (id) => [id, await panels.get(id)!] as const));
	return new Map(entries.filter((e): e is readonly [string, Panel] => e[1] !== undefined));
}
