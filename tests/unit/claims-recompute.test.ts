/**
 * The claims checker's recomputation (tests/e2e/claims/) against the cases docs/COMPARABILITY.md states by
 * hand, on the real datasets/, plus hand-made series and hand-written statements.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	changeBetween,
	checkChangeClaim,
	checkClaim,
	checkRankClaim,
	classifySeries,
	competitionRank,
	currentSeries,
	directionOfTravel,
	loadRecomputation,
	median,
	surveyRankRange,
	type Classified,
	type Indicator,
	type Observation,
	type Recomputation
} from '../e2e/claims/recompute';
import { checkText, loadTextRules, numbersIn, type Statement } from '../e2e/claims/statements';

let model: Recomputation;

beforeAll(async () => {
	model = await loadRecomputation();
});

function at(place: string, indicator: string, year: number): Classified | undefined {
	return model.classified(place, indicator).find((c) => c.year === year);
}

describe('§3 classification on the real datasets', () => {
	it("Hannover's population 2024 (94,044, b) is suspect; the latest comparable value is 2023's 545,045", () => {
		expect(at('hannover', 'population', 2024)).toMatchObject({ value: 94044, flags: 'b', status: 'suspect' });
		expect(at('hannover', 'population', 2024)?.reason).toBe('unconfirmed jump');
		expect(at('hannover', 'population', 2024)?.comparedWith).toMatchObject({ year: 2023, value: 545045 });
		expect(model.latestComparable('hannover', 'population')).toMatchObject({ year: 2023, value: 545045 });
	});

	it("Wolfsburg's and Braunschweig's 2024 populations are suspect", () => {
		expect(at('wolfsburg', 'population', 2024)).toMatchObject({ status: 'suspect', reason: 'unconfirmed jump' });
		expect(at('braunschweig', 'population', 2024)).toMatchObject({ status: 'suspect', reason: 'unconfirmed jump' });
		expect(model.latestComparable('wolfsburg', 'population')?.year).toBe(2023);
	});

	it("The Hague's greater-city population 2016 is a new level and starts the current series", () => {
		expect(at('the-hague', 'population_greater_city', 2016)?.status).toBe('new-level');
		expect(model.current('the-hague', 'population_greater_city')[0]?.year).toBe(2016);
	});

	it("Hengelo's unemployed persons 2021 and 2022 are a temporary level; 2023 is ok again", () => {
		for (const year of [2021, 2022]) {
			expect(at('hengelo', 'unemployed_persons', year)).toMatchObject({ status: 'suspect', reason: 'temporary level' });
		}
		expect(at('hengelo', 'unemployed_persons', 2023)?.status).toBe('ok');
		expect(model.latestComparable('hengelo', 'unemployed_persons')).toMatchObject({ year: 2023, value: 1340 });
	});

	it('a derived value with a suspect input is input suspect (population change 2024 of Hannover)', () => {
		expect(at('hannover', 'population_change', 2024)).toMatchObject({ status: 'suspect', reason: 'input suspect' });
		expect(at('hannover', 'population_change', 2023)?.status).not.toBe('suspect');
	});

	it('national-survey samples (Daugavpils, Braunschweig, Wolfsburg) are not comparable', () => {
		for (const place of ['daugavpils', 'braunschweig', 'wolfsburg']) {
			const values = model.classified(place, 'satisfied_living_in_city');
			expect(values.length).toBeGreaterThan(0);
			expect(values.every((c) => c.status === 'not-comparable')).toBe(true);
			expect(model.latestComparable(place, 'satisfied_living_in_city')).toBeUndefined();
		}
		expect(model.classified('bologna', 'satisfied_living_in_city').every((c) => c.status !== 'not-comparable')).toBe(
			true
		);
	});

	it('the data release year R comes from the sources with observations', () => {
		expect(model.releaseYear).toBe(2026);
	});
});

function series(values: [number, number, string?][]): Observation[] {
	return values.map(([year, value, flags = '']) => ({ geo: 'X', year, value, flags, survey: '' }));
}

function statuses(classified: Classified[]): string[] {
	return classified.map((c) => (c.reason ? `${c.status}:${c.reason}` : c.status));
}

describe('§3 classification on hand-made series (plausible change 15 % a year)', () => {
	it('a lone jump is suspect, and the walk goes on against the last good value', () => {
		const result = classifySeries(
			series([
				[2020, 100],
				[2021, 102],
				[2022, 200],
				[2023, 104]
			]),
			15
		);
		expect(statuses(result)).toEqual(['start', 'ok', 'suspect:unconfirmed jump', 'ok']);
	});

	it('a within-bound b is a break; a confirmed new level starts the current series, a b inside its run a break (Q2)', () => {
		const result = classifySeries(
			series([
				[2017, 100],
				[2018, 101, 'b'],
				[2019, 102],
				[2020, 200],
				[2021, 204, 'b'],
				[2022, 206]
			]),
			15
		);
		expect(statuses(result)).toEqual(['start', 'break', 'ok', 'new-level', 'break', 'ok']);
		expect(currentSeries(result).map((c) => c.year)).toEqual([2021, 2022]);
	});

	it('a run that returns to the old level is a temporary level', () => {
		const result = classifySeries(
			series([
				[2018, 100],
				[2019, 300],
				[2020, 310],
				[2021, 105]
			]),
			15
		);
		expect(statuses(result)).toEqual(['start', 'suspect:temporary level', 'suspect:temporary level', 'ok']);
	});

	it('the bound compounds over missing years, and empty bounds accept everything', () => {
		const gap = series([
			[2010, 100],
			[2013, 150]
		]);
		expect(statuses(classifySeries(gap, 15))).toEqual(['start', 'ok']); // 1.15³ = 1.52
		expect(
			statuses(
				classifySeries(
					series([
						[2010, 100],
						[2011, 1000]
					]),
					null
				)
			)
		).toEqual(['start', 'ok']);
	});

	it('not-comparable survey values take no part in the walk', () => {
		const mixed: Observation[] = [
			{ geo: 'A', year: 2015, value: 50, flags: '', survey: 'eu' },
			{ geo: 'B', year: 2019, value: 5, flags: '', survey: 'national' },
			{ geo: 'A', year: 2023, value: 52, flags: '', survey: 'eu' }
		];
		expect(statuses(classifySeries(mixed, 10))).toEqual(['start', 'not-comparable', 'ok']);
	});
});

describe('§5, §7, §8 arithmetic', () => {
	it('competition ranks share the better rank; the median of an even count is the mean of the middle two', () => {
		const values = [10, 8, 8, 5];
		expect(values.map((v, i) => competitionRank(v, values.toSpliced(i, 1), 'higher-is-better'))).toEqual([1, 2, 2, 4]);
		expect(values.map((v, i) => competitionRank(v, values.toSpliced(i, 1), 'lower-is-better'))).toEqual([4, 2, 2, 1]);
		expect(median(values)).toBe(8);
		expect(median([10, 1, 3, 2])).toBe(2.5);
		expect(median([3, 1, 2])).toBe(2);
	});

	it('a survey rank is a range with the 6.2-point margin', () => {
		// 70 against 75 (less than 6.2 better), 80 (at least 6.2 better) and 60 (at least 6.2 worse).
		expect(surveyRankRange(70, [75, 80, 60], 'higher-is-better')).toEqual({ from: 2, to: 3 });
		expect(surveyRankRange(70, [76.2], 'higher-is-better')).toEqual({ from: 2, to: 2 });
	});

	it('changes are points for % units and per cent otherwise', () => {
		expect(changeBetween(10, 12.5, '% of respondents')).toEqual({ change: 2.5, changeUnit: 'points' });
		expect(changeBetween(200, 150, 'persons')).toEqual({ change: -25, changeUnit: '%' });
	});

	it('travel: last 5 non-l points, slope as % of their mean, neutral says rising', () => {
		const indicator = { direction: 'neutral', priceBasis: '', travelTolerance: 0.2 } as Indicator;
		const current = classifySeries(
			series([
				[2015, 90],
				[2016, 100],
				[2017, 101],
				[2018, 999, 'l'],
				[2019, 102],
				[2020, 103],
				[2021, 104]
			]),
			null
		);
		const travel = directionOfTravel(currentSeries(current), indicator);
		expect(travel).toMatchObject({ fromYear: 2016, toYear: 2021, travel: 'rising' });
		// Years 2016, 2017, 2019, 2020, 2021 (2018 is "l", 2015 is the sixth from the end): Sxy 13, Sxx 17.2.
		expect(travel?.slopeInUnit).toBeCloseTo(13 / 17.2, 9);
		expect(travel?.slope).toBeCloseTo((13 / 17.2 / 102) * 100, 9);
	});
});

describe('claim checks on the real datasets', () => {
	const population = { group: 'partners', indicator: 'population', place: 'daugavpils' };

	it('accepts a true change claim and names what is wrong in a false one', () => {
		const truth = { ...population, type: 'change', fromYear: 2008, fromValue: 101705, toYear: 2024, toValue: 78942 };
		const change = ((78942 - 101705) / 101705) * 100;
		expect(checkChangeClaim(model, { ...truth, change, changeUnit: '%' })).toEqual([]);
		const wrong = checkChangeClaim(model, { ...truth, fromValue: 101057, change, changeUnit: 'points' });
		expect(wrong.join('\n')).toMatch(/fromValue is 101057, recomputed 101705/);
		expect(wrong.join('\n')).toMatch(/changeUnit is "points", recomputed "%"/);
	});

	it('a change cannot start before a new level, nor end on a suspect value', () => {
		const claim = {
			type: 'change',
			group: 'partners',
			indicator: 'population',
			place: 'hannover',
			fromYear: 2015,
			fromValue: 523642,
			toYear: 2024,
			toValue: 94044,
			change: -82,
			changeUnit: '%'
		};
		expect(checkChangeClaim(model, claim).join('\n')).toMatch(/2024 is not in the current series/);
	});

	it('ranks the comparison-year values and rejects unknown claim types', () => {
		const year = model.comparisonYear('population');
		expect(year).toBeDefined();
		const ranked = model.groupValues('population', { from: year!.year, to: year!.year });
		const largest = ranked.reduce((a, b) => (b.point.value > a.point.value ? b : a));
		const claim = { type: 'rank', group: 'partners', indicator: 'population', place: largest.place };
		const fromEnd = ranked.length;
		expect(
			checkRankClaim(model, { ...claim, year: year!.year, rank: 1, rankFromEnd: fromEnd, n: ranked.length })
		).toEqual([]);
		expect(
			checkRankClaim(model, { ...claim, year: year!.year, rank: 2, rankFromEnd: fromEnd, n: ranked.length })
		).toHaveLength(1);
		expect(checkClaim(model, { type: 'guess' })[0]).toMatch(/unknown claim type/);
	});

	it('a comparison-year claim says §4 n of places with any comparable value', () => {
		const expected = model.comparisonYear('pm25_annual_mean')!;
		expect(3 * expected.n).toBeGreaterThanOrEqual(2 * expected.of);
		const claim = { type: 'comparison-year', group: 'partners', indicator: 'pm25_annual_mean', ...expected };
		expect(checkClaim(model, claim)).toEqual([]);
	});

	it('an excluded claim names the status: suspect, not comparable', () => {
		const base = { type: 'excluded', group: 'partners' };
		const suspect = { ...base, indicator: 'population', place: 'hannover', year: 2024, value: 94044 };
		expect(checkClaim(model, { ...suspect, reason: 'suspect' })).toEqual([]);
		expect(checkClaim(model, { ...suspect, reason: 'old' })).toHaveLength(1);
		const survey = model.classified('daugavpils', 'satisfied_living_in_city')[0]!;
		const national = { ...base, indicator: 'satisfied_living_in_city', place: 'daugavpils', year: survey.year };
		expect(checkClaim(model, { ...national, value: survey.value, reason: 'not-comparable' })).toEqual([]);
	});
});

describe('statement text (§10 formatting)', () => {
	const rules = loadTextRules();
	const sentence = 'In Daugavpils, the population fell from 101,057 in 2008 to 78,942 in 2024 (−21.9 %).';
	const change = {
		type: 'change',
		group: 'partners',
		indicator: 'population',
		place: 'daugavpils',
		fromYear: 2008,
		fromValue: 101057,
		toYear: 2024,
		toValue: 78942,
		change: ((78942 - 101057) / 101057) * 100,
		changeUnit: '%'
	};

	function statement(text: string, claims: Record<string, unknown>[]): Statement {
		return { kind: 'sentence', text, claims, nestedClaims: [] };
	}

	it('finds grouped integers, decimals, signed numbers, ordinals and years', () => {
		const tokens = numbersIn('545,045 and 16.1, −8.7 and +1.2; 3rd of 11th in 2024', []);
		expect(tokens.map((t) => [t.text, t.value, t.decimals, t.ordinal])).toEqual([
			['545,045', 545045, 0, false],
			['16.1', 16.1, 1, false],
			['−8.7', -8.7, 1, false],
			['+1.2', 1.2, 1, false],
			['3rd', 3, 0, true],
			['11th', 11, 0, true],
			['2024', 2024, 0, false]
		]);
	});

	it('leaves out numbers inside fixed texts (labels, units, phrase templates, target labels)', () => {
		const text =
			'PM2.5 in Poznań: 16.1 µg/m³, above the EU limit value (2008/50/EC) and WHO 2021; 412 cars per 1,000 residents';
		expect(numbersIn(text, rules.fixedTexts).map((t) => t.text)).toEqual(['16.1', '412']);
	});

	it('accepts the Daugavpils sentence with its change claim', () => {
		expect(checkText(statement(sentence, [change]), rules)).toEqual([]);
	});

	it('reports a number no claim gives, wrong decimals, a missing sign, a hyphen-minus and missing claims', () => {
		expect(checkText(statement(sentence.replace('78,942', '78,943'), [change]), rules).join('\n')).toMatch(/"78,943"/);
		expect(checkText(statement(sentence.replace('−21.9', '−21.88'), [change]), rules).join('\n')).toMatch(/"−21.88"/);
		expect(checkText(statement(sentence.replace('−21.9', '21.9'), [change]), rules).join('\n')).toMatch(/"21.9"/);
		expect(checkText(statement(sentence.replace('−21.9', '-21.9'), [change]), rules).join('\n')).toMatch(
			/hyphen-minus/
		);
		expect(checkText(statement(sentence.replace('101,057', '101057'), [change]), rules).join('\n')).toMatch(/"101057"/);
		expect(checkText(statement(sentence, []), rules).join('\n')).toMatch(/has a digit but no claims/);
	});

	it('accepts ranks as ordinals, n plain, values with the indicator decimals, and the survey margin', () => {
		const rank = { type: 'rank', group: 'partners', indicator: 'satisfied_living_in_city', place: 'bologna' };
		const claims = [
			{ ...rank, year: 2023, rank: 2, rankTo: 3, n: 4 },
			{ type: 'value', group: 'partners', indicator: 'satisfied_living_in_city', place: 'bologna', year: 2023 },
			{ type: 'value', group: 'partners', indicator: 'satisfied_living_in_city', value: 88.44 }
		];
		const text = 'Bologna ranks 2nd–3rd of 4 in 2023 with 88.4 % (differences under 6.2 points are about the same).';
		expect(checkText(statement(text, claims), rules)).toEqual([]);
		expect(checkText(statement(text.replace('88.4', '88'), claims), rules).join('\n')).toMatch(/"88"/);
		expect(checkText(statement(text.replace('3rd', '3th'), claims), rules).join('\n')).toMatch(/"3th"/);
	});

	it('an old value needs "(the latest available)"', () => {
		const claim = { type: 'value', group: 'partners', indicator: 'population', year: 2012, value: 90879, old: true };
		expect(checkText(statement('90,879 residents in 2012.', [claim]), rules).join('\n')).toMatch(/latest available/);
		expect(checkText(statement('90,879 residents in 2012 (the latest available).', [claim]), rules)).toEqual([]);
	});
});
