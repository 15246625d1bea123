/**
 * The explore page's filter as a URL query string (shared links, back/forward), parsed defensively:
 * unknown values fall back to defaults, lists keep only known ids, flags only known letters.
 */
export const EXPLORE_SORTS = [
	'place',
	'country',
	'partner',
	'spatial_unit',
	'level',
	'indicator',
	'year',
	'value',
	'flags',
	'source'
] as const;
export type ExploreSort = (typeof EXPLORE_SORTS)[number];

/** Flags a researcher may leave out: estimated, provisional, low reliability. */
export const EXCLUDABLE_FLAGS = ['e', 'p', 'u'] as const;

export interface ExploreFilter {
	cities: string[];
	themes: string[];
	indicators: string[];
	from: number | null;
	to: number | null;
	/** Leave out values carrying any of these flags. */
	exclude: string[];
	/** Also the regions' and countries' values (context), not only the places' own. */
	context: boolean;
	/** Also every other European (Urban Audit) city, not only the partners. */
	europe: boolean;
	shape: 'long' | 'wide-year' | 'wide-indicator';
	sort: ExploreSort;
	desc: boolean;
	page: number;
}

export const DEFAULT_FILTER: ExploreFilter = {
	cities: [],
	themes: [],
	indicators: [],
	from: null,
	to: null,
	exclude: [],
	context: false,
	europe: false,
	shape: 'long',
	sort: 'place',
	desc: false,
	page: 0
};

export interface FilterContext {
	cities: ReadonlySet<string>;
	themes: ReadonlySet<string>;
	indicators: ReadonlySet<string>;
}

const list = (text: string | null, known: ReadonlySet<string>) => [
	...new Set((text ?? '').split(',').filter((x) => known.has(x)))
];
const year = (text: string | null) => (text && /^\d{4}$/.test(text) ? Number(text) : null);

export function parseFilter(params: URLSearchParams, context: FilterContext): ExploreFilter {
	const shape = params.get('shape');
	const sort = params.get('sort');
	const page = params.get('page');
	return {
		cities: list(params.get('cities'), context.cities),
		themes: list(params.get('themes'), context.themes),
		indicators: list(params.get('indicators'), context.indicators),
		from: year(params.get('from')),
		to: year(params.get('to')),
		exclude: list(params.get('exclude'), new Set(EXCLUDABLE_FLAGS)),
		context: params.get('context') === '1',
		europe: params.get('europe') === '1',
		shape: shape === 'wide-year' || shape === 'wide-indicator' ? shape : 'long',
		sort: EXPLORE_SORTS.find((s) => s === sort) ?? DEFAULT_FILTER.sort,
		desc: params.get('desc') === '1',
		page: page && /^\d{1,7}$/.test(page) ? Number(page) : 0
	};
}

export function filterToParams(filter: ExploreFilter): URLSearchParams {
	const params = new URLSearchParams();
	if (filter.cities.length) params.set('cities', filter.cities.join(','));
	if (filter.themes.length) params.set('themes', filter.themes.join(','));
	if (filter.indicators.length) params.set('indicators', filter.indicators.join(','));
	if (filter.from !== null) params.set('from', String(filter.from));
	if (filter.to !== null) params.set('to', String(filter.to));
	if (filter.exclude.length) params.set('exclude', filter.exclude.join(','));
	if (filter.context) params.set('context', '1');
	if (filter.europe) params.set('europe', '1');
	if (filter.shape !== 'long') params.set('shape', filter.shape);
	if (filter.sort !== DEFAULT_FILTER.sort) params.set('sort', filter.sort);
	if (filter.desc) params.set('desc', '1');
	if (filter.page) params.set('page', String(filter.page));
	return params;
}

/** The filter in words, for file metadata and the page ("places: Poznań, Murcia; all themes; …"). */
export function describeFilter(filter: ExploreFilter, name: (id: string) => string = (id) => id): string {
	const all = (items: string[], noun: string) =>
		items.length ? `${noun}: ${items.map(name).join(', ')}` : `all ${noun}`;
	return [
		all(filter.cities, 'places'),
		all(filter.themes, 'themes'),
		all(filter.indicators, 'indicators'),
		`years ${filter.from ?? 'first'}–${filter.to ?? 'last'}`,
		filter.exclude.length ? `without values flagged ${filter.exclude.join(', ')}` : 'all flags',
		filter.context ? "with the regions' and countries' values" : "places' own values only",
		...(filter.europe ? ['and every other European city'] : [])
	].join('; ');
}
