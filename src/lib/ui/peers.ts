/**
 * The peer group a view compares with, from the selection: the partners, or — once the Europe-wide
 * data is loaded — the highlighted place's size class or country, every European city, or the user's
 * list. Also the names every member is shown by (partners by their English name, other places by
 * Eurostat's, without the "(greater city)" that statements add themselves).
 */
import { groupFor, PARTNERS_GROUP, resolveGroup, type GroupKind, type PeerGroup } from '$lib/analysis/peer-group';
import type { QueryEngine } from '$lib/db/engine';
import { listCatalogue, type CatalogueRow } from '$lib/db/europe-queries';
import type { PlaceRow } from '$lib/db/queries';

export interface Member {
	city_id: string;
	name: string;
	country: string;
	partner: boolean;
}

export interface Peers {
	group: PeerGroup;
	members: Member[];
	/** The place whose size class or country defines the group (size, country). */
	focus: string | null;
	/** Why the group asked for is not the one shown (e.g. a place without a population). */
	fallback: string | null;
}

/** The place a size or country group is about when none is highlighted: the lead partner. */
export const DEFAULT_FOCUS = 'poznan';

let cache: { engine: QueryEngine; rows: Promise<CatalogueRow[]> } | null = null;

export function loadCatalogue(engine: QueryEngine): Promise<CatalogueRow[]> {
	if (cache?.engine !== engine) {
		const rows = listCatalogue(engine);
		cache = { engine, rows };
		rows.catch(() => (cache = null));
	}
	return cache.rows;
}

export const displayName = (name: string) => name.replace(/ \(greater city\)$/, '');

export function partnerMembers(partners: readonly PlaceRow[]): Member[] {
	return partners.map((p) => ({ city_id: p.city_id, name: p.name, country: p.country, partner: true }));
}

/** The group of `kind` about `focus` (or the list), resolved against the catalogue. */
export function peersFrom(
	kind: GroupKind,
	focus: string | null,
	list: readonly string[],
	partners: readonly PlaceRow[],
	catalogue: readonly CatalogueRow[] | null
): Peers {
	const partnerIds = partners.map((p) => p.city_id);
	const asPartners = (fallback: string | null): Peers => ({
		group: PARTNERS_GROUP(partnerIds),
		members: partnerMembers(partners),
		focus: null,
		fallback
	});
	if (kind === 'partners' || !catalogue) return asPartners(null);
	const about = focus ?? DEFAULT_FOCUS;
	const place = catalogue.find((p) => p.city_id === about);
	const id = groupFor(kind, place, list);
	const names = new Map(catalogue.map((c) => [c.country, c.country_name]));
	const group = id ? resolveGroup(id, catalogue, partnerIds, (code) => names.get(code) ?? code) : null;
	if (!group) {
		const partner = partners.find((p) => p.city_id === about)?.name ?? about;
		return asPartners(
			kind === 'size'
				? `${partner} has no population Eurostat's rule accepts, so no size class: compared with the partners.`
				: kind === 'list'
					? 'Your list is empty: compared with the partners. Add places to your list.'
					: `No places found: compared with the partners.`
		);
	}
	const partnerName = new Map(partners.map((p) => [p.city_id, p.name]));
	const byKey = new Map(catalogue.map((c) => [c.city_id || c.place_code, c]));
	const members = group.members.map((key) => {
		const c = byKey.get(key)!;
		return {
			city_id: key,
			name: partnerName.get(key) ?? displayName(c.name),
			country: c.country,
			partner: !!c.city_id
		};
	});
	return { group, members, focus: kind === 'size' || kind === 'country' ? about : null, fallback: null };
}
