/**
 * A report card's content, built from the panels through the comparability rule: which level each
 * headline is shown at, the opening sentences, the table's cells as statements, the main trend, the
 * comparison with the median, and the context values (latest comparable, never ranked).
 */
import { benchmark } from '$lib/analysis/benchmark';
import { headline, type Headline } from '$lib/analysis/city-report';
import { classifySeries, isComparable, latestComparable, type Classified } from '$lib/analysis/comparability';
import { buildPanels, type Panel } from '$lib/analysis/panel';
import { benchmarkSummary, type BenchmarkedIndicator } from '$lib/analysis/statements/benchmark';
import { statement, type Statement } from '$lib/analysis/statements/claims';
import { setAsideNotes } from '$lib/analysis/statements/group';
import { statusStatement } from '$lib/analysis/statements/monitor';
import {
	changeCell,
	changeStatement,
	rankClaim,
	travelClaim,
	travelStatement,
	travelWords,
	valueClause,
	type StatementContext
} from '$lib/analysis/statements/place';
import { reportBrief } from '$lib/analysis/statements/report';
import { valueWithUnit } from '$lib/analysis/statements/words';
import { comparableInThemes } from '$lib/analysis/theme';
import { HEADLINE_INDICATORS } from '$lib/data/defaults';
import { describeFlags, ordinal } from '$lib/data/format';
import type { MonitorTargetRow, ContextRow } from '$lib/db/place-queries';
import type { IndicatorRow, PanelRow, PlaceRow } from '$lib/db/queries';
import { statementContext } from '$lib/ui/ranking';

export interface CardRow {
	headline: Headline;
	latest: Statement | null;
	rank: Statement;
	change: Statement | null;
	travel: Statement | null;
	statuses: { status: Headline['statuses'][number]; text: Statement }[];
}

export interface ReportCard {
	headlines: Headline[];
	brief: Statement[];
	rows: CardRow[];
	/** Values after a place's latest comparable one that the rules set aside. */
	setAside: Statement[];
	trend: { headline: Headline; summary: Statement } | null;
	benchmark: {
		items: (BenchmarkedIndicator & { indicator: IndicatorRow; flags: string; year: number })[];
		summary: Statement;
	};
	context: { indicator: IndicatorRow; row: ContextRow }[];
}

/**
 * The headline's level: the city's own series if it has a comparable value, else the greater city's;
 * a level with values that are all set aside (a national survey) is still shown, as not compared.
 */
export function chooseLevel(
	panels: ReadonlyMap<string, Panel>,
	cityId: string,
	ids: readonly (string | null)[]
): string | null {
	const series = (id: string | null) => (id ? (panels.get(id)?.series.get(cityId) ?? []) : []);
	return ids.find((id) => series(id).some(isComparable)) ?? ids.find((id) => series(id).length > 0) ?? null;
}

export function reportCard(input: {
	place: PlaceRow;
	places: readonly PlaceRow[];
	indicators: readonly IndicatorRow[];
	rows: readonly PanelRow[];
	targets: readonly MonitorTargetRow[];
	context: readonly ContextRow[];
	releaseYear: number;
}): ReportCard {
	const byId = new Map(input.indicators.map((i) => [i.indicator_id, i]));
	const group = input.places.map((p) => p.city_id);
	const panels = buildPanels(
		HEADLINE_INDICATORS.flat().filter((id): id is string => id !== null && byId.has(id)),
		(id) => byId.get(id),
		input.rows
	);
	const place = input.place;
	const ctxOf = (h: Headline): StatementContext =>
		statementContext(byId.get(h.indicator.indicator_id)!, input.releaseYear);
	const headlines = HEADLINE_INDICATORS.flatMap((pair) => {
		const id = chooseLevel(panels, place.city_id, pair);
		const indicator = id ? byId.get(id) : undefined;
		if (!id || !indicator) return [];
		const targets = input.targets.filter((t) => t.indicator_id === id);
		return [headline(indicator, panels.get(id)!, group, place.city_id, targets, input.releaseYear)];
	});
	const countries = (h: Headline) =>
		new Set(h.comparison?.ranked.map((r) => input.places.find((p) => p.city_id === r.city_id)?.country)).size;

	const rows: CardRow[] = headlines.map((h) => {
		const ctx = ctxOf(h);
		const latest = h.latest;
		const value = latest ? valueClause(ctx, place, latest, true) : null;
		const n = h.comparison?.ranked.length ?? 0;
		const rank =
			h.ranked && latest
				? statement(
						'cell',
						`${h.ranked.rankTo > h.ranked.rank ? `${ordinal(h.ranked.rank)}–${ordinal(h.ranked.rankTo)}` : ordinal(h.ranked.rank)} of ${n} in ${latest.year}`,
						[rankClaim(ctx, h.ranked, { kind: 'year', year: latest.year }, n)]
					)
				: latest
					? statement(
							'cell',
							`not ranked: ${n} ${n === 1 ? 'place' : 'places'} with a comparable value in ${latest.year}`,
							[{ type: 'coverage', indicator: h.indicator.indicator_id, group: ctx.group, year: latest.year, n }]
						)
					: statement('cell', 'no comparable value');
		return {
			headline: h,
			latest:
				latest && value
					? statement(
							'cell',
							`${valueWithUnit(h.indicator, latest.value)} (${[latest.year, describeFlags(latest.flags), h.old ? 'the latest available' : ''].filter(Boolean).join(', ')})`,
							value.claims
						)
					: null,
			rank,
			change: h.change ? changeCell(ctx, place, h.change) : null,
			travel: h.travel ? statement('travel', travelWords(h.travel), [travelClaim(ctx, place, h.travel)]) : null,
			statuses: h.statuses.map((s) => ({ status: s, text: statusStatement(ctx, place, s.target, s.assessment) }))
		};
	});

	const main = headlines[0];
	const mainCtx = main ? ctxOf(main) : null;
	const trend =
		main && mainCtx
			? {
					headline: main,
					summary: main.travel
						? travelStatement(mainCtx, place, main.travel)
						: main.seriesChange
							? changeStatement(mainCtx, place, main.seriesChange)
							: statement('summary', `Too few comparable values for a trend.`)
				}
			: null;

	const benchmarked = headlines
		.filter(
			(h) => h.indicator.direction !== 'neutral' && comparableInThemes([h.indicator]).length && h.ranked && h.latest
		)
		.map((h) => {
			const comparison = h.comparison!;
			return {
				ctx: ctxOf(h),
				comparison,
				indicator: byId.get(h.indicator.indicator_id)!,
				value: h.latest!.value,
				year: h.latest!.year,
				flags: h.latest!.flags,
				benchmark: benchmark(
					h.latest!.value,
					comparison.ranked.map((r) => r.value),
					h.indicator.direction,
					'pct',
					comparison.margin
				)
			};
		});

	// Context: each region's and the country's latest comparable value, by the indicator's own rule.
	const context = [...new Set(input.context.map((c) => `${c.indicator_id}|${c.geo_code}`))].flatMap((key) => {
		const [id, geo] = key.split('|') as [string, string];
		const indicator = byId.get(id);
		const series = input.context.filter((c) => c.indicator_id === id && c.geo_code === geo);
		if (!indicator) return [];
		const latest: Classified<ContextRow> | null = latestComparable(classifySeries(series, indicator.plausible_change));
		return latest ? [{ indicator, row: latest.point }] : [];
	});

	return {
		headlines,
		brief: reportBrief(headlines, place, ctxOf, countries),
		rows,
		setAside: headlines.flatMap((h) => setAsideNotes(ctxOf(h), place, h.laterSetAside)),
		trend,
		benchmark: { items: benchmarked, summary: benchmarkSummary(place, benchmarked) },
		context
	};
}
