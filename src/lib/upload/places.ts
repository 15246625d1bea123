/**
 * A place written in a file → one of our spatial units (`geo_code`): by code (Eurostat city code,
 * with or without a vintage digit; NUTS; country) or by name, ignoring case, accents, punctuation and
 * a parenthesised qualifier, in English or the local language, with the usual other spellings.
 */

export interface PlaceCatalogue {
	places: readonly { city_id: string; name: string; name_local: string; eurostat_code: string }[];
	geo: readonly { geo_code: string; name: string; level: string; city_id: string | null }[];
}

/** Other names in use for partner cities (city_id → names), beside `name` and `name_local`. */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
	'the-hague': ["'s-Gravenhage", 'Gravenhage', 'Den Haag', 'La Haye', 'Den Haag (The Hague)'],
	florence: ['Firenze', 'Florenz'],
	padua: ['Padova', 'Padoue'],
	bucharest: ['București', 'Bucureşti', 'Bucuresti', 'Municipiul București', 'Bukarest'],
	poznan: ['Poznań', 'Posen', 'Miasto Poznań'],
	klaipeda: ['Klaipėda', 'Klaipėdos miesto savivaldybė', 'Klaipėdos m. sav.', 'Memel'],
	daugavpils: ['Daugavpils valstspilsētas pašvaldība', 'Dvinsk'],
	dublin: ['Baile Átha Cliath', 'Dublin City'],
	hannover: ['Hanover', 'Landeshauptstadt Hannover'],
	braunschweig: ['Brunswick'],
	goettingen: ['Göttingen', 'Goettingen', 'Gottingen'],
	wolverhampton: ['City of Wolverhampton'],
	hengelo: ['Hengelo (O.)', 'Hengelo Ov'],
	murcia: ['Murcia (Región de)'],
	bologna: ['Bologne'],
	rennes: ['Rennes Métropole']
};

/** Lower case, no accents or punctuation, ß → ss, ł → l; a parenthesised qualifier is kept out. */
export function foldName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[łŁ]/g, 'l')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A Eurostat city code, with or without its vintage digit (IE001C1). */
const EUROSTAT_CITY = /^[A-Z]{2}\d{3}[CK]\d?$/;

export type PlaceMatcher = (text: string) => string | null;

export function placeMatcher(catalogue: PlaceCatalogue): PlaceMatcher {
	const codes = new Map<string, string>();
	const names = new Map<string, string>();
	// Regions and countries first, so that a city's own unit wins a shared name ("Braunschweig").
	const ordered = [...catalogue.geo].sort((a, b) => Number(a.level === 'city') - Number(b.level === 'city'));
	for (const g of ordered) {
		codes.set(g.geo_code.toUpperCase(), g.geo_code);
		if (g.level !== 'greater_city') names.set(foldName(g.name), g.geo_code);
	}
	for (const place of catalogue.places) {
		// A name means the city itself: its city-level unit, even where Eurostat's code for the partner
		// is the greater city (The Hague, Dublin, Rennes); "Greater X" or the code reach the greater city.
		const units = catalogue.geo.filter((g) => g.city_id === place.city_id);
		// Survey-sample units ("Rennes (perception survey sample)") are never the city itself.
		const city = units.filter((g) => g.level === 'city');
		const own =
			city.find((g) => g.geo_code === place.eurostat_code)?.geo_code ??
			city.find((g) => EUROSTAT_CITY.test(g.geo_code))?.geo_code ??
			city.find((g) => g.name === place.name)?.geo_code ??
			units.find((g) => g.geo_code === place.eurostat_code)?.geo_code;
		if (!own) continue;
		const greater = units.find((g) => g.level === 'greater_city');
		for (const name of [place.name, place.name_local, place.city_id, ...(OTHER_NAMES[place.city_id] ?? [])]) {
			names.set(foldName(name), own);
			if (greater) names.set(`greater ${foldName(name)}`, greater.geo_code);
		}
	}
	// A name with U+FFFD (a character lost in an earlier re-encoding): match if only that differs.
	const damaged = (raw: string) => {
		const parts = foldName(raw.replace(/\uFFFD/g, 'zzlostzz')).split('zzlostzz');
		const pattern = new RegExp(`^${parts.join('.{1,2}')}$`);
		const hits = [...new Set([...names].filter(([n]) => pattern.test(n)).map(([, code]) => code))];
		return hits.length === 1 ? hits[0]! : null;
	};
	return (text) => {
		const raw = text.trim();
		if (raw === '') return null;
		const code = raw.toUpperCase();
		const byCode = codes.get(code) ?? codes.get(code.replace(/^([A-Z]{2}\d{3}[CK]\d?)\d$/, '$1'));
		if (byCode) return byCode;
		const folded = foldName(raw);
		return (
			names.get(folded) ??
			names.get(foldName(raw.replace(/\s*\([^)]*\)\s*/g, ' '))) ??
			(raw.includes('\uFFFD') ? damaged(raw) : null)
		);
	};
}
