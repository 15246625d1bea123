/**
 * An indicator's panel: every place's series, classified by the comparability rule (derived values
 * checked against their inputs' series), and the selections views make from it — the comparison
 * year, the values of a year or of a window, each place's value used and what was set aside.
 */
import {
	classifySeries,
	derivedInputs,
	isComparable,
	latestComparable,
	type Classified,
	type ComparabilityRule
} from './comparability';
import type { PanelRow } from '$lib/db/queries';

export type { PanelRow };

export interface PanelIndicator extends ComparabilityRule {
	indicator_id: string;
}

export interface Panel {
	indicator_id: string;
	/** Each place's classified series, by year. */
	series: ReadonlyMap<string, readonly Classified<PanelRow>[]>;
}

const key = (geo: string, year: number) => `${geo}|${year}`;

/**
 * Classifies `rows` of `indicator` (and, for a derived indicator, marks values whose inputs are
 * suspect: `inputs` are the input indicators' panels, by id).
 */
export function buildPanel(
	indicator: PanelIndicator,
	rows: readonly PanelRow[],
	inputs: ReadonlyMap<string, Panel> = new Map()
): Panel {
	const suspectInputs = new Map<string, Set<string>>();
	for (const { id } of derivedInputs(indicator)) {
		const panel = inputs.get(id);
		if (!panel) continue;
		const suspect = new Set<string>();
		for (const series of panel.series.values())
			for (const c of series) if (c.status === 'suspect') suspect.add(key(c.point.geo_code, c.point.year));
		suspectInputs.set(id, suspect);
	}
	const inputSuspect = (p: PanelRow) => {
		for (const { id, lag } of derivedInputs(indicator)) {
			if (suspectInputs.get(id)?.has(key(p.geo_code, p.year + lag))) return { input: id, year: p.year + lag };
		}
		return null;
	};
	const byPlace = new Map<string, PanelRow[]>();
	for (const r of rows) {
		if (r.indicator_id !== indicator.indicator_id) continue;
		const list = byPlace.get(r.city_id) ?? [];
		list.push(r);
		byPlace.set(r.city_id, list);
	}
	const series = new Map<string, Classified<PanelRow>[]>();
	for (const [place, points] of byPlace)
		series.set(place, classifySeries(points, indicator.plausible_change, inputSuspect));
	return { indicator_id: indicator.indicator_id, series };
}

/**
 * Panels for `ids` and, recursively, their inputs, from `rows` holding all of them. Inputs are
 * classified first so a derived value can be marked when an input is suspect.
 */
export function buildPanels(
	ids: readonly string[],
	rules: (id: string) => PanelIndicator | undefined,
	rows: readonly PanelRow[]
): Map<string, Panel> {
	const done = new Map<string, Panel>();
	const build = (id: string, depth = 0): Panel | undefined => {
		if (done.has(id)) return done.get(id);
		const rule = rules(id);
		if (!rule || depth > 4) return undefined;
		const inputs = new Map<string, Panel>();
		for (const input of derivedInputs(rule)) {
			const panel = build(input.id, depth + 1);
			if (panel) inputs.set(input.id, panel);
		}
		const panel = buildPanel(rule, rows, inputs);
		done.set(id, panel);
		return panel;
	};
	for (const id of ids) build(id);
	return done;
}

/** Every indicator a view must read to classify `ids`: the ids and their inputs. */
export function withInputs(ids: readonly string[], rules: (id: string) => PanelIndicator | undefined): string[] {
	const all = new Set<string>();
	const add = (id: string) => {
		if (all.has(id)) return;
		all.add(id);
		const rule = rules(id);
		if (rule) for (const input of derivedInputs(rule)) add(input.id);
	};
	ids.forEach(add);
	return [...all];
}

export type Period = { kind: 'year'; year: number } | { kind: 'window'; from: number; to: number };

/** A place's part in a comparison: the value used (or none) and the values set aside, with reasons. */
export interface PlaceEntry {
	city_id: string;
	used: Classified<PanelRow> | null;
	/** Values of the period that are not used: suspect or from another survey, each with its reason. */
	setAside: Classified<PanelRow>[];
}

const inPeriod = (year: number, period: Period) =>
	period.kind === 'year' ? year === period.year : year >= period.from && year <= period.to;

/**
 * Each place of `group` in `period`: in a year, its comparable value of that year; in a window, its
 * latest comparable value in the window. Values of the period that are not comparable (and, in a
 * window, later than the one used) are set aside.
 */
export function entriesFor(panel: Panel, group: readonly string[], period: Period): PlaceEntry[] {
	return group.map((city_id) => {
		const series = (panel.series.get(city_id) ?? []).filter((c) => inPeriod(c.point.year, period));
		const used = latestComparable(series);
		const setAside = series.filter(
			(c) => !isComparable(c) && (!used || c.point.year > used.point.year || period.kind === 'year')
		);
		return { city_id, used, setAside };
	});
}

export interface ComparisonYear {
	year: number;
	/** Places of the group with a comparable value in that year. */
	n: number;
	/** Places of the group with a comparable value in any year. */
	of: number;
}

/**
 * The most recent year in which at least two-thirds of the group's places that have the indicator at
 * all have a comparable value; if none, the year with most such places (the most recent of equals).
 */
export function comparisonYear(panel: Panel, group: readonly string[]): ComparisonYear | null {
	const counts = new Map<number, number>();
	let of = 0;
	for (const city of group) {
		const years = (panel.series.get(city) ?? []).filter(isComparable).map((c) => c.point.year);
		if (years.length) of += 1;
		for (const y of new Set(years)) counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	if (of === 0) return null;
	const years = [...counts].sort((a, b) => b[0] - a[0]);
	const qualifying = years.find(([, n]) => 3 * n >= 2 * of);
	if (qualifying) return { year: qualifying[0], n: qualifying[1], of };
	const [year, n] = years.reduce((best, c) => (c[1] > best[1] ? c : best));
	return { year, n, of };
}

/** Years with comparable values of the group's places, each with how many places: for year pickers. */
export function yearCoverage(panel: Panel, group: readonly string[]): { year: number; places: number }[] {
	const counts = new Map<number, number>();
	for (const city of group)
		for (const c of panel.series.get(city) ?? [])
			if (isComparable(c)) counts.set(c.point.year, (counts.get(c.point.year) ?? 0) + 1);
	return [...counts].map(([year, places]) => ({ year, places })).sort((a, b) => a.year - b.year);
}

/** The last year with a comparable value of a place of the group (the monitoring reference year). */
export function lastComparableYear(panel: Panel, group: readonly string[]): number | null {
	let last: number | null = null;
	for (const city of group)
		for (const c of panel.series.get(city) ?? [])
			if (isComparable(c) && (last === null || c.point.year > last)) last = c.point.year;
	return last;
}

/**
 * The period a view compares: one year (the chosen one, else the comparison year), or with a
 * look-back window of more than one year each place's latest comparable value in the window ending
 * in the chosen year, else in the group's last year with a comparable value.
 */
export function choosePeriod(
	panel: Panel,
	group: readonly string[],
	year: number | null,
	window: number
): { period: Period; comparisonYear: ComparisonYear | null } | null {
	const cy = comparisonYear(panel, group);
	if (window <= 1) {
		const chosen = year ?? cy?.year ?? null;
		return chosen === null ? null : { period: { kind: 'year', year: chosen }, comparisonYear: cy };
	}
	const to = year ?? lastComparableYear(panel, group);
	return to === null ? null : { period: { kind: 'window', from: to - window + 1, to }, comparisonYear: cy };
}

/**
 * The comparison year of several indicators together (a scatter plot): the most recent year in which
 * at least two-thirds of the places that have all of them have a comparable value of each; if none,
 * the year with most such places.
 */
export function jointComparisonYear(panels: readonly Panel[], group: readonly string[]): ComparisonYear | null {
	const yearsOf = (panel: Panel, city: string) =>
		new Set((panel.series.get(city) ?? []).filter(isComparable).map((c) => c.point.year));
	const counts = new Map<number, number>();
	let of = 0;
	for (const city of group) {
		const sets = panels.map((p) => yearsOf(p, city));
		if (sets.every((s) => s.size > 0)) of += 1;
		const common = [...(sets[0] ?? [])].filter((y) => sets.every((s) => s.has(y)));
		for (const y of common) counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	if (of === 0 || counts.size === 0) return null;
	const years = [...counts].sort((a, b) => b[0] - a[0]);
	const qualifying = years.find(([, n]) => 3 * n >= 2 * of);
	const [year, n] = qualifying ?? years.reduce((best, c) => (c[1] > best[1] ? c : best));
	return { year, n, of };
}
