/**
 * The claims checker's own reading of docs/COMPARABILITY.md §4 groups: from a group id to its members,
 * over the rows of datasets/places.csv and the partners of cities.csv. Written apart from src/ (nothing
 * there is imported); pure functions, so unit tests can feed them hand-made rows.
 *
 * The size classes are computed here from `population` with the checker's own bands; the `size_class`
 * column is only compared with them, and every disagreement that touches the group's class is a problem.
 */

/** One row of places.csv, as the checker reads it. */
export interface Place {
	placeCode: string;
	name: string;
	country: string;
	countryName: string;
	level: string;
	/** Set only for the 17 partners. */
	cityId: string;
	/** The latest population the rule accepts; null when the column is empty. */
	population: number | null;
	/** The column as published (empty when no population). */
	sizeClass: string;
}

export interface SizeBand {
	id: 'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL';
	/** Inclusive lower bound. */
	from: number;
	/** Exclusive upper bound; null for the largest class. */
	to: number | null;
	/** How a statement names the class (§4 table, with an en dash U+2013). */
	range: string;
}

/** §4: XS < 50,000 ≤ S < 100,000 ≤ M < 250,000 ≤ L < 500,000 ≤ XL < 1,000,000 ≤ XXL. */
export const SIZE_BANDS: readonly SizeBand[] = [
	{ id: 'XS', from: 0, to: 50_000, range: 'under 50,000 inhabitants' },
	{ id: 'S', from: 50_000, to: 100_000, range: '50,000\u2013100,000 inhabitants' },
	{ id: 'M', from: 100_000, to: 250_000, range: '100,000\u2013250,000 inhabitants' },
	{ id: 'L', from: 250_000, to: 500_000, range: '250,000\u2013500,000 inhabitants' },
	{ id: 'XL', from: 500_000, to: 1_000_000, range: '500,000\u20131,000,000 inhabitants' },
	{ id: 'XXL', from: 1_000_000, to: null, range: '1,000,000 inhabitants or more' }
];

/** The class of a population by the checker's bands (lower bounds inclusive); '' for none. */
export function sizeClassOf(population: number | null): string {
	if (population === null || !Number.isFinite(population) || population < 0) return '';
	return SIZE_BANDS.find((b) => population >= b.from && (b.to === null || population < b.to))?.id ?? '';
}

export function sizeBand(id: string): SizeBand | undefined {
	return SIZE_BANDS.find((b) => b.id === id);
}

/** §4: a member is keyed like a series — its city_id if it is a partner, else its place_code. */
export function placeKey(place: Pick<Place, 'cityId' | 'placeCode'>): string {
	return place.cityId !== '' ? place.cityId : place.placeCode;
}

export type GroupKind = 'partners' | 'europe' | 'size' | 'country' | 'list';

export interface ResolvedGroup {
	id: string;
	kind: GroupKind;
	/** Member keys (city_id for partners, else place_code), without repeats. */
	members: string[];
	memberSet: ReadonlySet<string>;
	/** size groups: the band. */
	band?: SizeBand;
	/** country groups: the code and places.csv's country_name. */
	country?: { code: string; name: string };
	/** Where places.csv disagrees with the checker's own reading (size_class against population). */
	problems: string[];
}

export interface GroupError {
	error: string;
}

function group(
	id: string,
	kind: GroupKind,
	members: readonly string[],
	extra: Partial<ResolvedGroup> = {}
): ResolvedGroup {
	const unique = [...new Set(members)];
	return { id, kind, members: unique, memberSet: new Set(unique), problems: [], ...extra };
}

function formatPopulation(population: number | null): string {
	return population === null ? 'no population' : `population ${population.toLocaleString('en-GB')}`;
}

/**
 * Rows of places.csv whose `size_class` column disagrees with the class their population falls in,
 * where either of the two is `classId` (every row when `classId` is undefined).
 */
export function sizeClassProblems(catalogue: readonly Place[], classId?: string): string[] {
	return catalogue.flatMap((p) => {
		const computed = sizeClassOf(p.population);
		if (computed === p.sizeClass) return [];
		if (classId !== undefined && computed !== classId && p.sizeClass !== classId) return [];
		return [
			`places.csv ${p.placeCode} (${p.name}) has size_class ${JSON.stringify(p.sizeClass)} but ${formatPopulation(p.population)} gives ${JSON.stringify(computed)}`
		];
	});
}

/**
 * §4: the members of the group `id` names, or why it names none.
 *
 * - `partners`: every city_id of cities.csv;
 * - `europe`: every row of places.csv;
 * - `size:<class>`: the rows whose population falls in the class's band (computed here; see `problems`);
 * - `country:<code>`: the rows of that country;
 * - `list:<key>+<key>…`: the listed keys that are keys of places.csv rows (Q18).
 */
export function resolveGroup(
	id: unknown,
	catalogue: readonly Place[],
	partners: readonly string[]
): ResolvedGroup | GroupError {
	if (typeof id !== 'string' || id === '') return { error: `group should be a group id, found ${JSON.stringify(id)}` };
	if (id === 'partners') return group(id, 'partners', partners);
	if (id === 'europe') return group(id, 'europe', catalogue.map(placeKey));
	const colon = id.indexOf(':');
	const kind = colon < 0 ? id : id.slice(0, colon);
	const argument = colon < 0 ? '' : id.slice(colon + 1);
	if (kind === 'size') {
		const band = sizeBand(argument);
		if (!band) return { error: `group ${id}: no size class ${JSON.stringify(argument)}` };
		const members = catalogue.filter((p) => sizeClassOf(p.population) === band.id).map(placeKey);
		return group(id, 'size', members, { band, problems: sizeClassProblems(catalogue, band.id) });
	}
	if (kind === 'country') {
		const rows = catalogue.filter((p) => p.country === argument);
		if (rows.length === 0)
			return { error: `group ${id}: no place of places.csv has country ${JSON.stringify(argument)}` };
		const names = [...new Set(rows.map((p) => p.countryName))];
		const problems =
			names.length > 1 ? [`places.csv gives ${argument} more than one country_name: ${names.join(', ')}`] : [];
		return group(id, 'country', rows.map(placeKey), { country: { code: argument, name: names[0] ?? '' }, problems });
	}
	if (kind === 'list') {
		const known = new Set(catalogue.map(placeKey));
		const members = argument.split('+').filter((key) => known.has(key));
		if (members.length === 0) return { error: `group ${id} lists no place` };
		return group(id, 'list', members);
	}
	return { error: `unknown group ${JSON.stringify(id)}` };
}

export function isGroupError(resolved: ResolvedGroup | GroupError): resolved is GroupError {
	return 'error' in resolved;
}

/**
 * §10: the words a statement must contain when one of its claims is of a group other than the
 * partners (§4's "named in text as"): a size class by its range, a country by its places.csv name,
 * "European", "your list". `words` is undefined for the partners; `error` when the id names no group.
 */
export function groupNameWords(
	id: unknown,
	countryName: (code: string) => string | undefined
): { words?: string; error?: string } {
	if (id === 'partners') return {};
	if (id === 'europe') return { words: 'European' };
	if (typeof id !== 'string') return { error: `group should be a group id, found ${JSON.stringify(id)}` };
	if (id.startsWith('size:')) {
		const band = sizeBand(id.slice('size:'.length));
		return band ? { words: band.range } : { error: `group ${id}: no size class` };
	}
	if (id.startsWith('country:')) {
		const name = countryName(id.slice('country:'.length));
		return name ? { words: name } : { error: `group ${id}: no place of places.csv has that country` };
	}
	if (id.startsWith('list:')) return { words: 'your list' };
	return { error: `unknown group ${JSON.stringify(id)}` };
}
