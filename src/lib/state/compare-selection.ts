/**
 * The compare workspace's whole selection as a URL query string, so a reload or a shared link brings
 * the same view back and back/forward step through selections. Only values that differ from the
 * defaults are written; anything unknown in a URL falls back to the default (never an error page).
 */
import type { BenchmarkScale } from '$lib/analysis/benchmark';
import { DEFAULT_WINDOW } from '$lib/data/defaults';
import { NORMALISATIONS, type Normalisation } from '$lib/analysis/normalise';
import type { GroupKind } from '$lib/analysis/peer-group';

export const VIEWS = ['ranking', 'map', 'benchmark', 'trends', 'scatter', 'profile', 'composite'] as const;

/** Whom the places are compared with (analysis/peer-group.ts). */
export const GROUP_KINDS = ['partners', 'size', 'country', 'europe', 'list'] as const;
export type CompareView = (typeof VIEWS)[number];

export interface CompareSelection {
	view: CompareView;
	indicator: string;
	/** Second indicator of the scatter (y axis). */
	y: string;
	/** A year, or null for the comparison year (docs/COMPARABILITY.md §4). */
	year: number | null;
	/** 1: that year only; more: each place's latest comparable value within this many years. */
	window: number;
	/** The highlighted city. */
	city: string | null;
	/** Places drawn in trends; empty = all partners. */
	cities: string[];
	norm: Normalisation;
	/** Trends: index, first year = 100. */
	indexed: boolean;
	/** Scatter: dot size by population. */
	sized: boolean;
	/** Benchmark and profile: the theme shown. */
	theme: string;
	/** Benchmark: distance from the median in % or in standard deviations. */
	scale: BenchmarkScale;
	/** Profile: rows sorted by 'name', 'mean' or an indicator id. */
	sort: string;
	/** Trends: change (and the index) since this year; null = each place's first year. */
	since: number | null;
	/** Composite: theme → weight 0–5. */
	weights: Record<string, number>;
	/** Compare with: the partners, the highlighted city's size class or country, all Europe, or `peers`. */
	group: GroupKind;
	/** The user's own list (partners' city ids, other places' Urban Audit codes). */
	peers: string[];
}

export interface SelectionContext {
	indicators: ReadonlySet<string>;
	places: ReadonlySet<string>;
	themes: readonly string[];
	/** Every theme with rankable indicators (benchmark, profile). */
	allThemes?: readonly string[];
}

export function defaultSelection(indicator: string, y: string, theme = 'economy-work'): CompareSelection {
	return {
		view: 'ranking',
		indicator,
		y,
		year: null,
		window: DEFAULT_WINDOW,
		city: null,
		cities: [],
		norm: 'raw',
		indexed: false,
		sized: false,
		theme,
		scale: 'pct',
		sort: 'mean',
		since: null,
		weights: {},
		group: 'partners',
		peers: []
	};
}

/** A place key as a URL may hold it: a partner's id or an Urban Audit code (checked against the catalogue later). */
const PLACE_KEY = /^([a-z][a-z-]{1,40}|[A-Z]{2}\d{3}C)$/;

const int = (text: string | null, min: number, max: number): number | null => {
	if (text === null || !/^\d+$/.test(text)) return null;
	const n = Number(text);
	return n >= min && n <= max ? n : null;
};

export function parseSelection(
	params: URLSearchParams,
	defaults: CompareSelection,
	context: SelectionContext
): CompareSelection {
	const view = VIEWS.find((v) => v === params.get('view')) ?? defaults.view;
	const indicator = params.get('indicator');
	const y = params.get('y');
	const city = params.get('city');
	const theme = params.get('theme');
	const sort = params.get('sort');
	const norm = NORMALISATIONS.find((n) => n.id === params.get('norm'))?.id ?? defaults.norm;
	const weights: Record<string, number> = {};
	for (const theme of context.themes) {
		const w = int(params.get(`w.${theme}`), 0, 5);
		if (w !== null) weights[theme] = w;
	}
	return {
		view,
		indicator: indicator && context.indicators.has(indicator) ? indicator : defaults.indicator,
		y: y && context.indicators.has(y) ? y : defaults.y,
		year: int(params.get('year'), 1900, 2100) ?? defaults.year,
		window: int(params.get('window'), 1, 30) ?? defaults.window,
		city: city && context.places.has(city) ? city : defaults.city,
		cities: (params.get('cities') ?? '').split(',').filter((c) => context.places.has(c)),
		norm,
		indexed: params.get('indexed') === '1',
		sized: params.get('sized') === '1',
		theme: theme && context.allThemes?.includes(theme) ? theme : defaults.theme,
		scale: params.get('scale') === 'z' ? 'z' : defaults.scale,
		// A sort key names a column; an unknown one sorts by name in the view (never an error).
		sort: sort && /^[a-z0-9_-]{1,80}$/.test(sort) ? sort : defaults.sort,
		since: int(params.get('since'), 1900, 2100) ?? defaults.since,
		weights,
		group: GROUP_KINDS.find((g) => g === params.get('group')) ?? defaults.group,
		peers: [...new Set((params.get('peers') ?? '').split(',').filter((k) => PLACE_KEY.test(k)))].slice(0, 200)
	};
}

export function selectionToParams(selection: CompareSelection, defaults: CompareSelection): URLSearchParams {
	const params = new URLSearchParams();
	const set = (key: string, value: string, fallback: string) => {
		if (value !== fallback) params.set(key, value);
	};
	set('view', selection.view, defaults.view);
	set('indicator', selection.indicator, defaults.indicator);
	set('y', selection.y, defaults.y);
	set('year', String(selection.year ?? ''), String(defaults.year ?? ''));
	set('window', String(selection.window), String(defaults.window));
	set('city', selection.city ?? '', defaults.city ?? '');
	set('cities', selection.cities.join(','), '');
	set('norm', selection.norm, defaults.norm);
	set('indexed', selection.indexed ? '1' : '', '');
	set('sized', selection.sized ? '1' : '', '');
	set('theme', selection.theme, defaults.theme);
	set('scale', selection.scale, defaults.scale);
	set('sort', selection.sort, defaults.sort);
	set('since', String(selection.since ?? ''), String(defaults.since ?? ''));
	set('group', selection.group, defaults.group);
	set('peers', selection.peers.join(','), '');
	for (const [theme, weight] of Object.entries(selection.weights).sort())
		if (weight !== 1) params.set(`w.${theme}`, String(weight));
	return params;
}
