/**
 * The claims checker's peer groups (tests/e2e/claims/groups.ts, recompute.ts, statements.ts): group
 * resolution with the checker's own size bands, series of places that are not partners, the
 * `percentile` check and the group-name text rule. Expected values are worked out by hand from the
 * rows of datasets/ quoted beside each case (or from hand-made rows).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { groupNameWords, isGroupError, resolveGroup, sizeClassOf, type Place } from '../e2e/claims/groups';
import {
	checkClaim,
	loadRecomputation,
	percentileAmong,
	type PlaceValue,
	type Recomputation
} from '../e2e/claims/recompute';
import { checkText, loadTextRules, numbersIn, type Statement } from '../e2e/claims/statements';

let model: Recomputation;

beforeAll(async () => {
	model = await loadRecomputation();
});

function place(placeCode: string, population: number | null, sizeClass: string, extra: Partial<Place> = {}): Place {
	return {
		placeCode,
		name: placeCode,
		country: 'XX',
		countryName: 'Nowhere',
		level: 'city',
		cityId: '',
		population,
		sizeClass,
		...extra
	};
}

function membersOf(id: string, catalogue: readonly Place[], partners: readonly string[] = []): string[] {
	const resolved = resolveGroup(id, catalogue, partners);
	if (isGroupError(resolved)) throw new Error(resolved.error);
	return resolved.members;
}

describe('§4 size bands: lower bounds inclusive', () => {
	it('puts 49,999 in XS, 50,000 and 99,999 in S, 100,000 in M, and no population in no class', () => {
		expect(sizeClassOf(49_999)).toBe('XS');
		expect(sizeClassOf(50_000)).toBe('S');
		expect(sizeClassOf(99_999)).toBe('S');
		expect(sizeClassOf(100_000)).toBe('M');
		expect(sizeClassOf(249_999)).toBe('M');
		expect(sizeClassOf(250_000)).toBe('L');
		expect(sizeClassOf(500_000)).toBe('XL');
		expect(sizeClassOf(999_999)).toBe('XL');
		expect(sizeClassOf(1_000_000)).toBe('XXL');
		expect(sizeClassOf(null)).toBe('');
	});

	// Hand-made rows at the edges; E100 says "S" in its size_class column, but 100,000 is M.
	const catalogue = [
		place('E049', 49_999, 'XS'),
		place('E050', 50_000, 'S'),
		place('E099', 99_999, 'S'),
		place('E100', 100_000, 'S'),
		place('GREATER', null, '', { level: 'greater_city' }),
		place('P1', 545_073, 'XL', { cityId: 'poznan' })
	];

	it('size groups take the members from the population, not from the size_class column', () => {
		expect(membersOf('size:XS', catalogue)).toEqual(['E049']);
		expect(membersOf('size:S', catalogue)).toEqual(['E050', 'E099']);
		expect(membersOf('size:M', catalogue)).toEqual(['E100']);
		// A partner is keyed by its city_id.
		expect(membersOf('size:XL', catalogue)).toEqual(['poznan']);
	});

	it('a size_class column that disagrees is a problem of both classes it touches, and only of those', () => {
		const problemsOf = (id: string) => {
			const resolved = resolveGroup(id, catalogue, []);
			return isGroupError(resolved) ? [resolved.error] : resolved.problems;
		};
		expect(problemsOf('size:S')).toEqual([
			'places.csv E100 (E100) has size_class "S" but population 100,000 gives "M"'
		]);
		expect(problemsOf('size:M')).toHaveLength(1);
		expect(problemsOf('size:XS')).toEqual([]);
		expect(problemsOf('size:L')).toEqual([]);
	});

	it('names no group for an unknown class, country or id, nor for a list of no place', () => {
		for (const id of ['size:XXXL', 'country:ZZ', 'list:nowhere+XX999C', 'region:7', 42]) {
			expect(isGroupError(resolveGroup(id, catalogue, []))).toBe(true);
		}
	});
});

describe('§4 groups on datasets/places.csv and cities.csv', () => {
	it('partners are the 17 city_ids; europe every one of the 925 rows, partners by city_id', () => {
		expect(model.members('partners')).toHaveLength(17);
		const europe = model.members('europe');
		expect(europe).toHaveLength(925);
		expect(europe).toContain('daugavpils');
		expect(europe).not.toContain('LV004C');
		expect(europe).toContain('LV001C');
	});

	it('size:S holds Daugavpils (78,942), Hengelo (82,311) and Alytus (51,340), not Slavonski Brod (HR003C, 48,892) nor Tartu (101,032)', () => {
		const small = model.members('size:S');
		for (const key of ['daugavpils', 'hengelo', 'LT004C']) expect(small).toContain(key);
		for (const key of ['HR003C', 'EE002C', 'LV004C']) expect(small).not.toContain(key);
		expect(model.members('size:XS')).toContain('HR003C');
		expect(model.members('size:M')).toContain('EE002C');
		// The column has 309 rows "S" and agrees with the checker's bands everywhere.
		expect(small).toHaveLength(309);
		const resolved = model.group('size:S');
		expect(isGroupError(resolved) ? resolved.error : resolved.problems).toEqual([]);
	});

	it('country:LV holds the 9 Latvian rows, Daugavpils by its city_id; the name is places.csv country_name', () => {
		const latvia = model.group('country:LV');
		if (isGroupError(latvia)) throw new Error(latvia.error);
		expect(latvia.members).toEqual(expect.arrayContaining(['LV001C', 'LV002C', 'LV003C', 'daugavpils', 'LV009C']));
		expect(latvia.members).toHaveLength(9);
		expect(latvia.country).toEqual({ code: 'LV', name: 'Latvia' });
	});

	it('a list keeps the keys that are places: a partner by city_id, not by its Urban Audit code (Q18)', () => {
		expect(model.members('list:LV001C+EE001C+PL005C+poznan+XX999C+LV001C')).toEqual(['LV001C', 'EE001C', 'poznan']);
	});
});

describe('§2 series of places that are not partners (geo-europe.csv units by place_code)', () => {
	it("Rīga's population (LV001C, observations-europe.csv): 2008 697,272 … 2024 601,882, all within 15 % a year", () => {
		const series = model.classified('LV001C', 'population');
		expect(series.map((c) => c.year)).toEqual([
			2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024
		]);
		expect(series[0]).toMatchObject({ geo: 'LV001C', year: 2008, value: 697272, flags: 'de', status: 'start' });
		// 2009 713,016 → 2010 673,433 is −5.6 %: ok.
		expect(series.slice(1).every((c) => c.status === 'ok')).toBe(true);
		expect(model.latestComparable('LV001C', 'population')).toMatchObject({ year: 2024, value: 601882 });
	});

	it("Rīga's PM10 comes from its WHO unit (WHO:Riga/LVA, observations-europe-who.csv); 2022 (20.7, l) is the latest", () => {
		const series = model.classified('LV001C', 'pm10_annual_mean');
		expect(series.map((c) => c.year)).toEqual([2010, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
		expect(series.every((c) => c.geo === 'WHO:Riga/LVA')).toBe(true);
		expect(model.latestComparable('LV001C', 'pm10_annual_mean')).toMatchObject({ year: 2022, value: 20.7, flags: 'l' });
	});

	it("Liepāja's perception sample (urb_percep:LV002C, survey unknown) is not comparable; Rīga's (eu) is", () => {
		const liepaja = model.classified('LV002C', 'feel_safe_in_city');
		expect(liepaja[0]).toMatchObject({ year: 2015, value: 82.3, status: 'not-comparable' });
		expect(liepaja.every((c) => c.status === 'not-comparable')).toBe(true);
		const riga = model.classified('LV001C', 'feel_safe_in_city');
		expect(riga.length).toBeGreaterThan(0);
		expect(riga.every((c) => c.status !== 'not-comparable')).toBe(true);
	});

	it('a partner keeps its city_id key and geo.csv units: no series under its Urban Audit code', () => {
		expect(model.series('LV004C', 'population')).toEqual([]);
		expect(model.latestComparable('daugavpils', 'population')).toMatchObject({ year: 2024, value: 78942 });
	});

	it('group-dependent rules use the group: Estonia 2024 population (Tallinn 457,572, Tartu 101,032, Narva 53,360)', () => {
		expect(model.comparisonYear('population', 'country:EE')).toEqual({ year: 2024, n: 3, of: 3 });
		const values = model.groupValues('population', { from: 2024, to: 2024 }, 'country:EE');
		expect(values.map((v) => [v.place, v.point.value])).toEqual([
			['EE001C', 457572],
			['EE002C', 101032],
			['EE003C', 53360]
		]);
		const median = { type: 'median', group: 'country:EE', indicator: 'population', year: 2024, n: 3 };
		expect(checkClaim(model, { ...median, value: 101032 })).toEqual([]);
		expect(checkClaim(model, { ...median, value: 101032, group: 'partners' }).join('\n')).toMatch(/n is 3/);
	});
});

describe('§10 percentile', () => {
	const pv = (place: string, value: number): PlaceValue => ({
		place,
		point: { geo: place, year: 2020, value, flags: '', survey: '', status: 'ok' }
	});

	it('counts others strictly lower and higher; ties count as neither; the larger side, rounded down', () => {
		const values = [pv('a', 10), pv('b', 20), pv('c', 20), pv('d', 30), pv('e', 5), pv('f', 20)];
		// b = 20 against 10, 20, 30, 5, 20: 2 lower, 1 higher, 2 equal; 100 × 2 / 5 = 40.
		expect(percentileAmong(values, 'b')).toEqual({ value: 20, below: 2, above: 1, n: 5, side: 'higher', percent: 40 });
		// e = 5: 0 lower, 5 higher → lower than 100 %.
		expect(percentileAmong(values, 'e')).toMatchObject({ below: 0, above: 5, side: 'lower', percent: 100 });
		// below = above: "higher" (below ≥ above); a place with no value has no percentile.
		expect(percentileAmong([pv('a', 1), pv('b', 2), pv('c', 3)], 'b')).toMatchObject({ side: 'higher', percent: 50 });
		expect(percentileAmong(values, 'z')).toBeUndefined();
		// b = 2 against 1, 3, 3: 1 lower, 2 higher → lower than in 100 × 2 / 3 = 66.7 → 66 %.
		expect(percentileAmong([pv('a', 1), pv('b', 2), pv('c', 3), pv('d', 3)], 'b')).toMatchObject({
			below: 1,
			above: 2,
			side: 'lower',
			percent: 66
		});
	});

	// observations-europe.csv and observations.csv, public_transport_monthly_ticket_eur 2018 (EUR; plausible
	// change 50 %, every series smooth): Vilnius LT001C 29, Kaunas LT002C 28, Panevėžys LT003C 27.8,
	// Šiauliai LT006C 28, Klaipėda (partner) 27; Alytus LT004C has none before 2019 (2019: 26.17).
	const base = { type: 'percentile', group: 'country:LT', indicator: 'public_transport_monthly_ticket_eur' };

	it('Kaunas 2018 in country:LT: 2 lower, 1 higher, Šiauliai tied: higher than in 50 % of 4', () => {
		const claim = { ...base, place: 'LT002C', year: 2018, value: 28, below: 2, above: 1, n: 4, side: 'higher' };
		expect(checkClaim(model, { ...claim, percent: 50 })).toEqual([]);
		expect(checkClaim(model, { ...claim, percent: 66 }).join('\n')).toMatch(/percent is 66, recomputed 50/);
		expect(checkClaim(model, { ...claim, n: 5, percent: 50 }).join('\n')).toMatch(/n is 5, recomputed 4/);
	});

	it('Klaipėda (a partner, by its city_id) 2018: lower than in 100 % of 4', () => {
		const claim = { ...base, place: 'klaipeda', year: 2018, value: 27, below: 0, above: 4, n: 4, side: 'lower' };
		expect(checkClaim(model, { ...claim, percent: 100 })).toEqual([]);
		expect(checkClaim(model, { ...claim, place: 'LT005C', percent: 100 }).join('\n')).toMatch(
			/place LT005C is not in the group country:LT/
		);
	});

	it('Alytus has no value in 2018; in the window 2018–2019 its 26.17 (2019) is lower than all 5 others', () => {
		const claim = { ...base, place: 'LT004C', value: 26.17, below: 0, above: 5, n: 5, side: 'lower', percent: 100 };
		expect(checkClaim(model, { ...claim, year: 2018 }).join('\n')).toMatch(/LT004C has no comparable value in 2018/);
		expect(checkClaim(model, { ...claim, from: 2018, to: 2019 })).toEqual([]);
	});

	it('a place outside the group, or a group that names nothing, is a finding', () => {
		const claim = { ...base, place: 'LV001C', year: 2018, value: 1, below: 0, above: 0, n: 0, side: 'higher' };
		expect(checkClaim(model, { ...claim, percent: 0 }).join('\n')).toMatch(/not in the group country:LT/);
		expect(checkClaim(model, { ...claim, group: 'country:ZZ', percent: 0 }).join('\n')).toMatch(/country:ZZ/);
	});
});

describe('§10 text: a group other than the partners is named; percentile numbers', () => {
	const rules = loadTextRules();
	const claim = {
		type: 'percentile',
		group: 'country:LT',
		indicator: 'public_transport_monthly_ticket_eur',
		place: 'LT002C',
		year: 2018,
		value: 28,
		below: 2,
		above: 1,
		n: 4,
		side: 'higher',
		percent: 50
	};
	const statement = (text: string, claims: Record<string, unknown>[] = [claim]): Statement => ({
		kind: 'sentence',
		text,
		claims,
		nestedClaims: []
	});
	const sentence =
		'In 2018, Kaunas had a monthly ticket of 28.00 EUR: higher than in 50 % of the other 4 cities in Lithuania with a value in 2018.';

	it('accepts the percentile sentence naming the country, and wants the name', () => {
		expect(checkText(statement(sentence), rules)).toEqual([]);
		expect(checkText(statement(sentence.replace('in Lithuania', 'nearby')), rules).join('\n')).toMatch(
			/does not name it \("Lithuania"\)/
		);
		expect(checkText(statement(sentence.replace('50 %', '51 %')), rules).join('\n')).toMatch(/"51"/);
	});

	it('the size ranges are fixed texts; only as whole phrases', () => {
		const text = 'higher than in 62 % of the other 308 European cities of 50,000–100,000 inhabitants';
		expect(numbersIn(text, rules.fixedTexts).map((t) => t.text)).toEqual(['62', '308']);
		expect(numbersIn('1,000,000 inhabitants or more', rules.fixedTexts)).toEqual([]);
		expect(numbersIn('150,000–100,000 inhabitants', rules.fixedTexts).map((t) => t.text)).toEqual([
			'150,000',
			'100,000'
		]);
	});

	it('names each kind of group by its words', () => {
		const names = (id: string) => groupNameWords(id, (code) => rules.countryNames.get(code));
		expect(names('partners')).toEqual({});
		expect(names('europe')).toEqual({ words: 'European' });
		expect(names('size:S')).toEqual({ words: '50,000\u2013100,000 inhabitants' });
		expect(names('size:XXL')).toEqual({ words: '1,000,000 inhabitants or more' });
		expect(names('country:LV')).toEqual({ words: 'Latvia' });
		expect(names('list:LV001C+EE001C')).toEqual({ words: 'your list' });
		expect(names('size:Q').error).toBeDefined();
		const europe = { ...claim, group: 'europe' };
		expect(checkText(statement(sentence.replace('in Lithuania', 'in Europe'), [europe]), rules).join('\n')).toMatch(
			/"European"/
		);
	});
});
