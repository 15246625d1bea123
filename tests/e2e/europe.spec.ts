/**
 * Every European city as a comparator (issue 14): a report card's percentile sentence, the map's dots
 * and a group switch on the ranking, each against the claims checker's own reading of datasets/
 * (tests/e2e/claims/recompute.ts, which imports nothing from src/). The fixture's guard also holds
 * here: no request leaves the local server, though the Europe-wide tables are loaded on demand.
 */
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DATASETS_DIR, loadRecomputation, percentileAmong, placeKey, type Recomputation } from './claims/recompute';
import { collectStatements } from './claims/statements';

/** places.csv points by member key (a partner's city_id, else its Urban Audit code). */
function pointsByKey(): Map<string, { lat: number; lon: number }> {
	const rows = csvParse(readFileSync(join(DATASETS_DIR, 'places.csv'), 'utf8'));
	const points = new Map<string, { lat: number; lon: number }>();
	for (const row of rows) {
		if (!row.lat || !row.lon) continue;
		points.set(placeKey({ cityId: row.city_id ?? '', placeCode: row.place_code ?? '' }), {
			lat: Number(row.lat),
			lon: Number(row.lon)
		});
	}
	return points;
}

/** The values of the group in its comparison year, as the checker reads them. */
function comparisonValues(model: Recomputation, indicator: string, group: string) {
	const year = model.comparisonYear(indicator, group)?.year;
	if (year === undefined) throw new Error(`${indicator}: no comparison year for ${group}`);
	return { year, values: model.groupValues(indicator, { from: year, to: year }, group) };
}

/** Waits until the group control says the group asked for is shown (the Europe tables are in). */
async function groupShown(page: Page, prefix: string): Promise<string> {
	const about = page.locator(`.group-about [data-group^="${prefix}"]`);
	await about.waitFor({ timeout: 90_000 });
	return (await about.getAttribute('data-group'))!;
}

test('a report card’s percentile sentence equals the percentile computed here from the CSVs', async ({ page }) => {
	const model = await loadRecomputation();
	await page.goto('./city/daugavpils');
	const sentence = page.locator('.europe-sentences li').filter({ hasText: /^Population:/ });
	const text = await sentence.innerText();
	// Daugavpils's size class by the checker's own bands (about 79,000 inhabitants: S) and its country.
	for (const [group, words] of [
		['size:S', 'European cities of 50,000–100,000 inhabitants'],
		['country:LV', 'cities in Latvia']
	] as const) {
		const { year, values } = comparisonValues(model, 'population', group);
		const p = percentileAmong(values, 'daugavpils')!;
		const share = p.n < 10 ? `${p.side === 'higher' ? p.below : p.above} of the other` : `${p.percent} % of the other`;
		expect(text).toContain(
			`${p.side === 'higher' ? 'more' : 'fewer'} than in ${share} ${p.n} ${words} with a value in ${year}`
		);
	}
});

test('the map draws one dot per European city with a comparable value and a point on the map', async ({ page }) => {
	test.setTimeout(120_000);
	const model = await loadRecomputation();
	const indicator = 'cars_per_1000';
	await page.goto(`./compare?view=map&group=europe&indicator=${indicator}`);
	await groupShown(page, 'europe');
	const { values } = comparisonValues(model, indicator, 'europe');
	const points = pointsByKey();
	// The map's frame: 10° W – 44° E, 35° N – 66.5° N; a place outside it is listed, not drawn.
	const inFrame = (key: string) => {
		const p = points.get(key);
		return p !== undefined && p.lon >= -10 && p.lon <= 44 && p.lat >= 35 && p.lat <= 66.5;
	};
	const expected = Object.fromEntries(values.filter((v) => inFrame(v.place)).map((v) => [v.place, v.point.value]));
	const dots = page.locator('[data-chart="compare-map"] g.dots circle.dot');
	await expect(dots).toHaveCount(Object.keys(expected).length);
	const drawn = await dots.evaluateAll((cs) =>
		cs.map((c) => [c.getAttribute('data-key')!, Number(c.getAttribute('data-value'))] as const)
	);
	expect(Object.fromEntries(drawn)).toEqual(expected);
	// The legend's five classes count every value, drawn or listed; its "no data" item every other place.
	const legend = async (kind: string) =>
		(
			await page
				.locator(`[data-chart="compare-map"] .legend-class[data-kind="${kind}"]`)
				.evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count'))))
		).reduce((a, b) => a + b, 0);
	expect(await legend('class')).toBe(values.length);
	expect(await legend('missing')).toBe(model.members('europe').length - values.length);
});

test('changing the group changes the group and its count in every statement and in the chart', async ({ page }) => {
	test.setTimeout(150_000);
	const model = await loadRecomputation();
	const indicator = 'cars_per_1000';
	await page.goto(`./compare?indicator=${indicator}&city=klaipeda`);
	const partnerClaims = (await collectStatements(page)).flatMap((s) => s.claims);
	expect(partnerClaims.length).toBeGreaterThan(0);
	expect(new Set(partnerClaims.map((c) => c.group))).toEqual(new Set(['partners']));

	await page.locator('#compare-group').selectOption('size');
	await expect(page).toHaveURL(/group=size/);
	const group = await groupShown(page, 'size:');
	// Klaipėda, about 150,000 inhabitants: the checker's bands put it in M.
	expect(group).toBe('size:M');
	// The control says how large the group is: every place of the class, with or without a value.
	await expect(page.locator('.group-about [data-group]')).toContainText(
		`— ${model.members(group).length.toLocaleString('en-GB')} places`
	);
	const { year, values } = comparisonValues(model, indicator, group);
	const chart = page.locator('[data-chart="compare-ranking"]');
	await expect(chart.locator('g.swarm circle.dot')).toHaveCount(values.length);
	await expect(chart).toContainText(`${year}`);
	await expect(chart).toContainText('European cities of 100,000–250,000 inhabitants');

	const statements = await collectStatements(page);
	const claims = statements.flatMap((s) => s.claims);
	expect(claims.length).toBeGreaterThan(0);
	expect(new Set(claims.map((c) => c.group))).toEqual(new Set([group]));
	// Every count a claim gives is the group's, and the percentile sentence says it.
	const p = percentileAmong(values, 'klaipeda')!;
	const percentile = claims.find((c) => c.type === 'percentile')!;
	expect(percentile).toMatchObject({ n: p.n, below: p.below, above: p.above, percent: p.percent, year });
	const summary = statements.find((s) => s.claims.includes(percentile))!;
	expect(summary.text).toContain(`${p.percent} % of the other ${p.n} European cities of 100,000–250,000 inhabitants`);
});
