/**
 * Peer groups: whom a place is compared with. Every comparison (ranking, median, percentile,
 * benchmark, profile, composite, report card, sentence) runs over one group's members, under the same
 * comparability rule (docs/COMPARABILITY.md); the group is named, with its size, in every statement.
 *
 * - `partners`: the network's 17 places (the default);
 * - `size:<class>`: every Urban Audit place of a size class (src/lib/analysis/size-class.ts) — the
 *   class of the place being looked at ("cities of similar size");
 * - `country:<code>`: every Urban Audit place of a country;
 * - `europe`: every Urban Audit place with data;
 * - `list:<key>+<key>…`: the user's own list (kept in the URL).
 *
 * A member is keyed like a panel's places: a partner by its city id, any other place by its Urban
 * Audit code (places.csv). A group holds places of every level; each indicator compares only the
 * units of its own level (a greater-city indicator has values for greater cities only), so a city is
 * compared with cities and a greater city with greater cities.
 */
import { sizeClassById, type SizeClass } from './size-class';

/** A claim's group: 'partners', 'europe', 'size:S', 'country:LV' or 'list:…'. */
export type GroupId = string;

export type GroupKind = 'partners' | 'size' | 'country' | 'europe' | 'list';

/** One row of places.csv, as the app reads it. */
export interface CataloguePlace {
	place_code: string;
	name: string;
	country: string;
	level: string;
	city_id: string | null;
	lat: number | null;
	lon: number | null;
	population: number | null;
	population_year: number | null;
	size_class: string | null;
}

export interface PeerGroup {
	id: GroupId;
	kind: GroupKind;
	/** Member keys: partners' city ids, other places' Urban Audit codes. */
	members: string[];
	sizeClass?: SizeClass;
	country?: { code: string; name: string };
}

/** The key a place has in panels and groups. */
export const memberKey = (p: Pick<CataloguePlace, 'city_id' | 'place_code'>) => p.city_id || p.place_code;

export const PARTNERS_GROUP = (partnerIds: readonly string[]): PeerGroup => ({
	id: 'partners',
	kind: 'partners',
	members: [...partnerIds]
});

/** The group `id` names, resolved against the catalogue; null when it names nothing known. */
export function resolveGroup(
	id: GroupId,
	catalogue: readonly CataloguePlace[],
	partnerIds: readonly string[],
	countryName: (code: string) => string
): PeerGroup | null {
	if (id === 'partners') return PARTNERS_GROUP(partnerIds);
	if (id === 'europe') return { id, kind: 'europe', members: catalogue.map(memberKey) };
	const [kind, arg = ''] = id.split(/:(.*)/s) as [string, string | undefined];
	if (kind === 'size') {
		const sizeClass = sizeClassById(arg);
		if (!sizeClass) return null;
		return { id, kind: 'size', sizeClass, members: catalogue.filter((p) => p.size_class === arg).map(memberKey) };
	}
	if (kind === 'country') {
		const members = catalogue.filter((p) => p.country === arg).map(memberKey);
		return members.length ? { id, kind: 'country', country: { code: arg, name: countryName(arg) }, members } : null;
	}
	if (kind === 'list') {
		const known = new Set(catalogue.map(memberKey));
		const members = [...new Set(arg.split('+'))].filter((k) => known.has(k));
		return members.length ? { id: `list:${members.join('+')}`, kind: 'list', members } : null;
	}
	return null;
}

/** The group of kind `kind` for a place (its size class, its country); null when it has none. */
export function groupFor(
	kind: GroupKind,
	place: CataloguePlace | undefined,
	list: readonly string[] = []
): GroupId | null {
	if (kind === 'partners' || kind === 'europe') return kind;
	if (kind === 'list') return list.length ? `list:${list.join('+')}` : null;
	if (!place) return null;
	if (kind === 'size') return place.size_class ? `size:${place.size_class}` : null;
	return `country:${place.country}`;
}

/**
 * The group in words, for `n` of its places at the indicator's level: "17 partner places",
 * "309 European cities of 50,000–100,000 inhabitants", "8 greater cities in Spain".
 */
export function groupWords(group: Pick<PeerGroup, 'kind' | 'sizeClass' | 'country'>, level: string, n: number): string {
	if (group.kind === 'partners')
		return `${n} ${level === 'greater_city' ? 'partner greater cities' : 'partner places'}`;
	return `${n} ${groupMembersNoun(group, level)}`;
}

/** The group's members as a plural noun without a count: "European cities of 50,000–100,000 inhabitants". */
export function groupMembersNoun(group: Pick<PeerGroup, 'kind' | 'sizeClass' | 'country'>, level: string): string {
	const greater = level === 'greater_city';
	const cities = greater ? 'greater cities' : 'cities';
	switch (group.kind) {
		case 'partners':
			return greater ? 'partner greater cities' : 'partner places';
		case 'europe':
			return `European ${cities}`;
		case 'size':
			return `European ${cities} of ${group.sizeClass!.range}`;
		case 'country':
			return `${cities} in ${group.country!.name}`;
		case 'list':
			return `${greater ? 'greater cities' : 'places'} of your list`;
	}
}

/** A short name for controls and chart titles: "cities of 50,000–100,000 inhabitants". */
export function groupTitle(group: Pick<PeerGroup, 'kind' | 'sizeClass' | 'country'>): string {
	switch (group.kind) {
		case 'partners':
			return 'the partners';
		case 'europe':
			return 'European cities with data';
		case 'size':
			return `European cities of ${group.sizeClass!.range}`;
		case 'country':
			return `cities in ${group.country!.name}`;
		case 'list':
			return 'the places of your list';
	}
}

/** Up to this many places a ranking draws bars; a larger group is drawn as a distribution. */
export const MAX_BARS = 40;
