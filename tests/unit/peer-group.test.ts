/**
 * Peer groups (docs/COMPARABILITY.md §4) and percentiles (§10) as the app computes them: membership by
 * size class (band edges), country, all Europe and the user's list; percentiles with ties and places
 * without a value. Expected values are worked out by hand from the rows written here.
 */
import { describe, expect, it } from 'vitest';
import { groupFor, groupWords, resolveGroup, type CataloguePlace } from '$lib/analysis/peer-group';
import { percentileOf, shareWords } from '$lib/analysis/percentile';
import { sizeClassById, sizeClassOf } from '$lib/analysis/size-class';

function place(place_code: string, extra: Partial<CataloguePlace> = {}): CataloguePlace {
	return {
		place_code,
		name: place_code,
		country: 'LV',
		level: 'city',
		city_id: null,
		lat: null,
		lon: null,
		population: null,
		population_year: null,
		size_class: null,
		...extra
	};
}

const catalogue = [
	place('LV001C', { population: 605_273, size_class: 'XL' }),
	place('LV002C', { city_id: 'daugavpils', population: 79_120, size_class: 'S' }),
	place('LV003C', { population: 50_000, size_class: 'S' }),
	place('LT005C', { city_id: 'klaipeda', country: 'LT', population: 149_000, size_class: 'M' }),
	place('EE001C', { country: 'EE', population: 99_999, size_class: 'S' }),
	place('EE001K', { country: 'EE', level: 'greater_city' })
];
const partners = ['daugavpils', 'klaipeda', 'poznan'];
const countryName = (code: string) => ({ LV: 'Latvia', LT: 'Lithuania', EE: 'Estonia' })[code] ?? code;
const members = (id: string) => resolveGroup(id, catalogue, partners, countryName)?.members;

describe('size classes: EC–OECD bands, lower bounds inclusive', () => {
	it('puts each edge in the class it opens', () => {
		expect(
			[49_999, 50_000, 99_999, 100_000, 249_999, 250_000, 499_999, 500_000, 999_999, 1_000_000].map(
				(n) => sizeClassOf(n).id
			)
		).toEqual(['XS', 'S', 'S', 'M', 'M', 'L', 'L', 'XL', 'XL', 'XXL']);
	});

	it('names a class by its range', () => {
		expect(sizeClassById('S')?.range).toBe('50,000–100,000 inhabitants');
		expect(sizeClassById('XXXL')).toBeUndefined();
	});
});

describe('resolveGroup', () => {
	it('keys a partner by its city id and every other place by its Urban Audit code', () => {
		expect(members('size:S')).toEqual(['daugavpils', 'LV003C', 'EE001C']);
		expect(members('europe')).toEqual(['LV001C', 'daugavpils', 'LV003C', 'klaipeda', 'EE001C', 'EE001K']);
	});

	it('takes the partners from the partner list, with places the catalogue does not hold', () => {
		expect(members('partners')).toEqual(partners);
	});

	it('takes a country’s places at every level, and names the country', () => {
		expect(members('country:EE')).toEqual(['EE001C', 'EE001K']);
		expect(resolveGroup('country:LT', catalogue, partners, countryName)?.country).toEqual({
			code: 'LT',
			name: 'Lithuania'
		});
	});

	it('keeps a list’s known places once each, in order, and drops unknown keys', () => {
		const list = resolveGroup('list:EE001C+nowhere+LV001C+EE001C', catalogue, partners, countryName);
		expect(list?.members).toEqual(['EE001C', 'LV001C']);
		expect(list?.id).toBe('list:EE001C+LV001C');
	});

	it('names nothing for an unknown class, country, kind or an empty list', () => {
		for (const id of ['size:XXXL', 'country:FR', 'list:nowhere', 'list:', 'region:LV']) {
			expect(resolveGroup(id, catalogue, partners, countryName), id).toBeNull();
		}
	});
});

describe('groupFor', () => {
	it('gives a place its own size class and country; a place without population has no size group', () => {
		expect(groupFor('size', catalogue[1])).toBe('size:S');
		expect(groupFor('country', catalogue[3])).toBe('country:LT');
		expect(groupFor('size', catalogue[5])).toBeNull();
		expect(groupFor('list', undefined, ['EE001C', 'LV001C'])).toBe('list:EE001C+LV001C');
		expect(groupFor('list', undefined, [])).toBeNull();
	});

	it('words a group with its count and the indicator’s level', () => {
		const s = resolveGroup('size:S', catalogue, partners, countryName)!;
		expect(groupWords(s, 'city', 309)).toBe('309 European cities of 50,000–100,000 inhabitants');
		expect(groupWords(s, 'greater_city', 8)).toBe('8 European greater cities of 50,000–100,000 inhabitants');
		expect(groupWords({ kind: 'partners' }, 'city', 17)).toBe('17 partner places');
	});
});

describe('percentileOf', () => {
	const v = (city_id: string, value: number) => ({ city_id, value });

	it('counts the others below and above; ties count as neither; the share is rounded down', () => {
		// Others: 1, 2, 5, 5, 9, 12 — two below 5, two tied, two above.
		const values = [v('a', 1), v('b', 2), v('c', 5), v('d', 5), v('me', 5), v('e', 9), v('f', 12)];
		expect(percentileOf(values, 'me')).toEqual({
			place: 'me',
			value: 5,
			below: 2,
			above: 2,
			n: 6,
			side: 'higher',
			percent: 33
		});
	});

	it('says "lower" when more others are higher', () => {
		const values = [v('me', 1), v('a', 2), v('b', 3), v('c', 1)];
		expect(percentileOf(values, 'me')).toMatchObject({ below: 0, above: 2, n: 3, side: 'lower', percent: 66 });
	});

	it('has no percentile for a place without a value, or without another place', () => {
		expect(percentileOf([v('a', 1), v('b', 2)], 'me')).toBeNull();
		expect(percentileOf([v('me', 1)], 'me')).toBeNull();
	});

	it('says counts below ten others and a share from ten', () => {
		const few = percentileOf([v('me', 3), v('a', 1), v('b', 2), v('c', 4)], 'me')!;
		expect(shareWords(few)).toBe('2 of the other');
		const many = percentileOf([v('me', 10), ...[...Array(10).keys()].map((i) => v(`o${i}`, i))], 'me')!;
		expect(many).toMatchObject({ below: 10, n: 10, percent: 100 });
		expect(shareWords(many)).toBe('100 % of the other');
	});
});
