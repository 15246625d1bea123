/**
 * Panels (classified series, analysis/panel.ts) as views ask for them: one query for the indicators
 * and their derived inputs, kept per engine for the visit — the data only changes when the user adds
 * some, which must call `forgetPanels()`. The same function prerenders with the Node engine.
 */
import { buildPanels, withInputs, type Panel, type PanelIndicator } from '$lib/analysis/panel';
import type { QueryEngine } from '$lib/db/engine';
import { europePanelRows } from '$lib/db/europe-queries';
import { panelRows, type IndicatorRow } from '$lib/db/queries';

/** Whose series a panel holds: the partners', or every Urban Audit place's (partners included). */
export type PanelScope = 'partners' | 'europe';

let cache: { engine: QueryEngine; panels: Map<string, Promise<Panel | undefined>> } | null = null;

export function forgetPanels(): void {
	cache = null;
}

const rowsOf = async (engine: QueryEngine, ids: readonly string[], scope: PanelScope) =>
	scope === 'partners'
		? panelRows(engine, ids)
		: (await Promise.all([panelRows(engine, ids), europePanelRows(engine, ids)])).flat();

/**
 * The panels of `ids` (with their inputs classified first), from one query for what is not cached.
 * `europe` panels hold every Urban Audit place (the Europe-wide tables are loaded on first use).
 */
export async function loadPanels(
	engine: QueryEngine,
	ids: readonly string[],
	indicators: readonly IndicatorRow[],
	scope: PanelScope = 'partners'
): Promise<Map<string, Panel>> {
	if (cache?.engine !== engine) cache = { engine, panels: new Map() };
	const panels = cache.panels;
	const rules = new Map<string, PanelIndicator>(indicators.map((i) => [i.indicator_id, i]));
	const wanted = withInputs(ids, (id) => rules.get(id));
	const keyOf = (id: string) => `${scope}|${id}`;
	const missing = wanted.filter((id) => !panels.has(keyOf(id)));
	if (missing.length) {
		// A derived value is classified against its inputs' series: read them too, even if cached —
		// but only the inputs of what is missing (a scatter's population panels are read once a visit).
		const needed = withInputs(missing, (id) => rules.get(id));
		const built = rowsOf(engine, needed, scope).then((rows) => buildPanels(needed, (id) => rules.get(id), rows));
		for (const id of missing) {
			const panel = built.then((m) => m.get(id));
			panel.catch(() => panels.delete(keyOf(id)));
			panels.set(keyOf(id), panel);
		}
	}
	const entries = await Promise.all(ids.map(async (id) => [id, await panels.get(keyOf(id))!] as const));
	return new Map(entries.filter((e): e is readonly [string, Panel] => e[1] !== undefined));
}
