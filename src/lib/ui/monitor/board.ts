/**
 * The monitoring board as the page shows it: every place × monitored indicator classified by the
 * comparability rule, its status against the chosen set's target and its direction of travel, each
 * with the statement (text and claims) the page prints.
 */
import { currentSeries } from '$lib/analysis/comparability';
import { boardCells, type BoardCell, type BoardTarget } from '$lib/analysis/monitor-board';
import { buildPanels, lastComparableYear, type Panel } from '$lib/analysis/panel';
import type { Statement } from '$lib/analysis/statements/claims';
import { statusStatement } from '$lib/analysis/statements/monitor';
import { travelClaim, valueClause } from '$lib/analysis/statements/place';
import { statement } from '$lib/analysis/statements/claims';
import { valueWithUnit } from '$lib/analysis/statements/words';
import type { IndicatorRow, PanelRow, PlaceRow } from '$lib/db/queries';
import { statementContext } from '$lib/ui/ranking';

export interface CellText {
	status: Statement | null;
	latest: Statement | null;
	travel: Statement | null;
}

export interface Board {
	panels: Map<string, Panel>;
	cells: BoardCell[];
	text: Map<string, CellText>;
}

export const cellKey = (city: string, indicator: string) => `${city}|${indicator}`;

export function board(
	places: readonly PlaceRow[],
	indicators: readonly IndicatorRow[],
	rows: readonly PanelRow[],
	targets: readonly BoardTarget[],
	set: string,
	releaseYear: number
): Board {
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const panels = buildPanels(
		indicators.map((i) => i.indicator_id),
		(id) => byId.get(id),
		rows
	);
	const group = places.map((p) => p.city_id);
	const current = (id: string, city: string) =>
		currentSeries(panels.get(id)?.series.get(city) ?? []).map((c) => c.point);
	const cells = boardCells(
		places,
		indicators,
		current,
		(id) => lastComparableYear(panels.get(id)!, group) ?? 0,
		targets,
		set
	);
	const text = new Map<string, CellText>();
	for (const cell of cells) {
		const indicator = byId.get(cell.indicator_id)!;
		const place = places.find((p) => p.city_id === cell.city_id)!;
		const ctx = statementContext(indicator, releaseYear);
		const latest = cell.assessment?.latest ?? null;
		const value = latest ? valueClause(ctx, place, latest, true) : null;
		text.set(cellKey(cell.city_id, cell.indicator_id), {
			status: cell.target && cell.assessment ? statusStatement(ctx, place, cell.target, cell.assessment) : null,
			latest:
				latest && value
					? statement('cell', `${valueWithUnit(indicator, latest.value)} (${latest.year})`, value.claims)
					: null,
			// The board's cells are narrow: the words only (the claim keeps the rate and years).
			travel: cell.travel ? statement('travel', cell.travel.travel, [travelClaim(ctx, place, cell.travel)]) : null
		});
	}
	return { panels, cells, text };
}
