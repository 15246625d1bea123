/**
 * /compare on the built site: marks and values against the CSVs (read with d3-dsv), the URL as the
 * whole selection, the composite index recomputed independently here, and accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import { readCsv } from '../support/datasets';
import { checkClaim, loadRecomputation, type Recomputation } from './claims/recompute';
import { parseClaims } from './claims/statements';
import { drawnBars, engineReady, expect, test } from './fixtures';

/** The group's comparable values in `from … to` (each place's latest), by place: what the bars must be. */
function expectedBars(model: Recomputation, indicator: string, from: number, to = from): Record<string, number> {
	return Object.fromEntries(model.groupValues(indicator, { from, to }).map((v) => [v.place, v.point.value] as const));
}

test('the default ranking: the comparison year, best first, gaps as "no comparable value"', async ({ page }) => {
	const model = await loadRecomputation();
	const year = model.comparisonYear('population')!.year;
	const expected = expectedBars(model, 'population', year);
	await page.goto('./compare');
	expect(await drawnBars(page, 'compare-ranking')).toEqual(expected);
	// Bar order: sorted by value, largest first (population is neutral).
	const order = await page
		.locator('[data-chart="compare-ranking"] rect.bar')
		.evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')));
	expect(order).toEqual(
		Object.entries(expected)
			.sort((a, b) => b[1] - a[1])
			.map(([k]) => k)
	);
	const missing = readCsv('cities.csv').filter((c) => !(c.city_id! in expected));
	for (const c of missing) await expect(page.locator('[data-chart="compare-ranking"] .caption')).toContainText(c.name!);
	await expect(page.locator('[data-chart="compare-ranking"] .caption')).toContainText(
		`No comparable value for ${year}`
	);
});

test('a shared link opens the same view: indicator, exact year, highlighted city', async ({ page }) => {
	const model = await loadRecomputation();
	const year = 2019;
	const expected = expectedBars(model, 'pm10_annual_mean', year);
	await page.goto(`./compare?indicator=pm10_annual_mean&year=${year}&window=1&city=bologna`);
	await engineReady(page);
	await expect(page.locator('[data-chart="compare-ranking"] .subtitle')).toContainText(String(year));
	await expect.poll(() => drawnBars(page, 'compare-ranking')).toEqual(expected);
	await expect(page.locator('#compare-indicator')).toHaveValue('pm10_annual_mean');
	await expect(page.locator('rect.bar[data-key="bologna"]')).toHaveAttribute('fill', /.+/);
	// Lower is better: the lowest concentration is at the top.
	const first = await page.locator('[data-chart="compare-ranking"] rect.bar').first().getAttribute('data-key');
	expect(first).toBe(Object.entries(expected).sort((a, b) => a[1] - b[1])[0]![0]);
});

test("a look-back window ranks each place's latest comparable value and labels its year", async ({ page }) => {
	const model = await loadRecomputation();
	const to = model.referenceYear('population')!;
	await page.goto('./compare?window=5');
	await engineReady(page);
	await expect(page.locator('[data-chart="compare-ranking"] .subtitle')).toContainText(`${to - 4}–${to}`);
	await expect.poll(() => drawnBars(page, 'compare-ranking')).toEqual(expectedBars(model, 'population', to - 4, to));
	// Hannover's 2024 value is suspect: its bar is its comparable 2023 value, labelled with that year.
	await expect(page.locator('[data-chart="compare-ranking"] .axis-y text', { hasText: 'Hannover' })).toHaveText(
		'Hannover 2023'
	);
});

test('controls write the URL, and back returns to the previous view', async ({ page }) => {
	const model = await loadRecomputation();
	await page.goto('./compare');
	await engineReady(page);
	await page.locator('#compare-indicator').selectOption('cars_per_1000');
	await expect(page).toHaveURL(/indicator=cars_per_1000/);
	await expect
		.poll(() => drawnBars(page, 'compare-ranking'))
		.toEqual(expectedBars(model, 'cars_per_1000', model.comparisonYear('cars_per_1000')!.year));
	await page.goBack();
	await expect(page.locator('#compare-indicator')).toHaveValue('population');
	await expect
		.poll(() => drawnBars(page, 'compare-ranking'))
		.toEqual(expectedBars(model, 'population', model.comparisonYear('population')!.year));
});

test('"Copy link" copies the whole view, and the copied link opens the same chart', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('./compare');
	await engineReady(page);
	await page.locator('#compare-indicator').selectOption('cars_per_1000');
	await page.locator('#compare-city').selectOption('murcia');
	await expect(page).toHaveURL(/city=murcia/);
	const bars = await drawnBars(page, 'compare-ranking');
	const fill = await page.locator('rect.bar[data-key="murcia"]').getAttribute('fill');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	const other = await context.newPage();
	await other.goto(copied);
	await engineReady(other);
	await expect(other.locator('#compare-indicator')).toHaveValue('cars_per_1000');
	await expect.poll(() => drawnBars(other, 'compare-ranking')).toEqual(bars);
	await expect(other.locator('#compare-city')).toHaveValue('murcia');
	await expect(other.locator('rect.bar[data-key="murcia"]')).toHaveAttribute('fill', fill!);
});

test('a highlighted place without a comparable value is named in the chart', async ({ page }) => {
	const model = await loadRecomputation();
	const year = model.comparisonYear('cars_per_1000')!.year;
	const ranked = expectedBars(model, 'cars_per_1000', year);
	const cities = readCsv('cities.csv');
	const without = cities.find((c) => !(c.city_id! in ranked))!;
	expect(without, 'a partner place without a value').toBeDefined();
	await page.goto(`./compare?indicator=cars_per_1000&city=${without.city_id}`);
	await engineReady(page);
	await expect(page.locator(`[data-highlight-missing="${without.city_id}"]`)).toHaveText(
		`${without.name}: no comparable value for ${year}`
	);
	// A place with a bar is not named so.
	const withBar = Object.keys(ranked)[0]!;
	await page.goto(`./compare?indicator=cars_per_1000&city=${withBar}`);
	await engineReady(page);
	await expect(page.locator('[data-highlight-missing]')).toHaveCount(0);
});

test('regional values never appear as ranked bars', async ({ page }) => {
	await page.goto('./compare');
	const options = await page
		.locator('#compare-indicator option')
		.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
	const level = new Map(readCsv('indicators.csv').map((i) => [i.indicator_id!, i.spatial_level!]));
	for (const id of options) expect(['city', 'greater_city'], id).toContain(level.get(id));
	expect(options).not.toContain('life_expectancy');
});

test("theme weights change the composite ranking, each bar's claim recomputed independently", async ({ page }) => {
	const model = await loadRecomputation();
	await page.goto('./compare?view=composite');
	await engineReady(page);
	const bars = page.locator('[data-chart="composite-chart"] rect.bar');
	await expect(bars.first()).toBeVisible();
	// Once hydrated, a chart's table rows are drawn while the table is open.
	await page.locator('[data-chart="composite-chart"]').getByText('Table', { exact: true }).click();
	/** The rank cells' composite claims, recomputed: order and scores must hold. */
	const problems = async () => {
		const cells = await page.locator('[data-chart="composite-chart"] tbody td[data-statement]').all();
		const claims = (await Promise.all(cells.map((c) => c.getAttribute('data-claims')))).flatMap(
			(json) => parseClaims(json).claims
		);
		expect(claims.length).toBeGreaterThan(1);
		return claims.flatMap((claim) => checkClaim(model, claim));
	};
	expect(await problems()).toEqual([]);
	const before = await bars.evaluateAll((b) => b.map((x) => x.getAttribute('data-key')));
	const theme = await page.locator('.weights input[type="range"]').first().getAttribute('data-theme');
	await page.locator(`.weights input[data-theme="${theme}"]`).fill('5');
	await expect(page).toHaveURL(new RegExp(`w\\.${theme}=5`));
	await expect
		.poll(
			async () =>
				JSON.parse(
					(await page
						.locator('[data-chart="composite-chart"] tbody td[data-statement]')
						.first()
						.getAttribute('data-claims'))!
				)[0].weights[theme!]
		)
		.toBe(5);
	expect(await problems()).toEqual([]);
	expect(before.length).toBeGreaterThan(1);
});

test('/compare has no serious accessibility violations', async ({ page }) => {
	for (const path of ['./compare', './compare?view=composite']) {
		await page.goto(path);
		await engineReady(page);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});
