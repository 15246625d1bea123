/**
 * "My city": the partner place a reader chose as theirs (on its report card), remembered in this
 * browser (localStorage) until they clear it, and highlighted wherever a page's address names no other
 * place. Read only once the page runs (prerendered pages have no reader). A stored value of another
 * shape (an older version, a hand edit) is ignored; each page still checks the id against its places.
 */
const KEY = 'cities-of-change:my-city';

export interface MyCity {
	id: string;
	name: string;
}

export const myCity: { current: MyCity | null } = $state({ current: null });

function parse(text: string | null): MyCity | null {
	if (!text) return null;
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== 'object' || value === null) return null;
		const { id, name } = value as Record<string, unknown>;
		return typeof id === 'string' && /^[a-z0-9-]{1,64}$/.test(id) && typeof name === 'string' && name.length <= 200
			? { id, name }
			: null;
	} catch {
		return null;
	}
}

/** Reads the stored choice (call once, from the root layout, in the browser). */
export function loadMyCity(): void {
	try {
		myCity.current = parse(localStorage.getItem(KEY));
	} catch {
		// Storage refused (private mode, a policy): nothing remembered.
	}
}

export function setMyCity(city: MyCity | null): void {
	myCity.current = city;
	try {
		if (city) localStorage.setItem(KEY, JSON.stringify(city));
		else localStorage.removeItem(KEY);
	} catch {
		// Storage refused: the choice lasts for this visit.
	}
}

/** The place to highlight: the address's own choice when it has one ("none" included), else my city. */
export function highlightFrom(param: string | null, places: ReadonlySet<string>): string | null {
	if (param !== null) return places.has(param) ? param : null;
	const mine = myCity.current?.id ?? null;
	return mine && places.has(mine) ? mine : null;
}

/** The address's `city` for a chosen highlight: "none" must be said when my city would otherwise show. */
export function cityParam(city: string | null): string | null {
	return city ?? (myCity.current ? 'none' : null);
}
