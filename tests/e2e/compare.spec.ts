/**
 * /compare on the built site: marks and values against the CSVs (read with d3-dsv), the URL as the
 * whole selection, the composite index recomputed independently here, and accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import { latestInWindow, lastYear, placeObservations, readCsv } from '../support/datasets';
import { drawnBars, engineReady, expect, test } from './fixtures';

const asRecord = (m: Map<string, { value: number }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.value]));

test('the default ranking: one bar per place with a value in the last five years, best first, gaps as "no data"', async ({
	page
}) => {
	const last = lastYear('population');
	const expected = latestInWindow('population', last - 4, last);
	await page.goto('./compare');
	expect(await drawnBars(page, 'compare-ranking')).toEqual(asRecord(expected));
	// Bar order: sorted by value, largest first (population is neutral).
	const order = await page
		.locator('[data-chart="compare-ranking"] rect.bar')
		.evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')));
	expect(order).toEqual([...expected].sort((a, b) => b[1].value - a[1].value).map(([k]) => k));
	const missing = readCsv('cities.csv').filter((c) => !expected.has(c.city_id!));
	for (const c of missing) await expect(page.locator('[data-chart="compare-ranking"]')).toContainText(c.name!);
	await expect(page.locator('[data-chart="compare-ranking"]')).toContainText(missing.length ? 'No value in' : '');
});

test('a shared link opens the same view: indicator, exact year, highlighted city', async ({ page }) => {
	const year = 2019;
	const expected = latestInWindow('pm10_annual_mean', year, year);
	await page.goto(`./compare?indicator=pm10_annual_mean&year=${year}&window=1&city=bologna`);
	await engineReady(page);
	await expect(page.locator('[data-chart="compare-ranking"] .subtitle')).toContainText(String(year));
	await expect.poll(() => drawnBars(page, 'compare-ranking')).toEqual(asRecord(expected));
	await expect(page.locator('#compare-indicator')).toHaveValue('pm10_annual_mean');
	await expect(page.locator('rect.bar[data-key="bologna"]')).toHaveAttribute('fill', /.+/);
	// Lower is better: the lowest concentration is at the top.
	const first = await page.locator('[data-chart="compare-ranking"] rect.bar').first().getAttribute('data-key');
	expect(first).toBe([...expected].sort((a, b) => a[1].value - b[1].value)[0]![0]);
});

test('controls write the URL, and back returns to the previous view', async ({ page }) => {
	await page.goto('./compare');
	await engineReady(page);
	await page.locator('#compare-indicator').selectOption('cars_per_1000');
	await expect(page).toHaveURL(/indicator=cars_per_1000/);
	const last = lastYear('cars_per_1000');
	await expect
		.poll(() => drawnBars(page, 'compare-ranking'))
		.toEqual(asRecord(latestInWindow('cars_per_1000', last - 4, last)));
	await page.goBack();
	await expect(page.locator('#compare-indicator')).toHaveValue('population');
	const popLast = lastYear('population');
	await expect
		.poll(() => drawnBars(page, 'compare-ranking'))
		.toEqual(asRecord(latestInWindow('population', popLast - 4, popLast)));
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

/** The composite index, computed here from the CSVs without the app's code. */
function expectedComposite(ids: string[], from: number, to: number, weights: Record<string, number>): string[] {
	const indicators = readCsv('indicators.csv').filter((i) => ids.includes(i.indicator_id!));
	const values = new Map(indicators.map((i) => [i.indicator_id!, latestInWindow(i.indicator_id!, from, to)]));
	const places = readCsv('cities.csv').map((c) => c.city_id!);
	const eligible = places.filter(
		(p) => indicators.filter((i) => values.get(i.indicator_id!)!.has(p)).length / indicators.length >= 2 / 3
	);
	const score = (p: string) => {
		const themes = new Map<string, number[]>();
		for (const i of indicators) {
			const v = values.get(i.indicator_id!)!;
			const present = eligible.filter((q) => v.has(q)).map((q) => v.get(q)!.value);
			if (!v.has(p)) continue;
			const [lo, hi] = [Math.min(...present), Math.max(...present)];
			let s = hi === lo ? 50 : ((v.get(p)!.value - lo) / (hi - lo)) * 100;
			if (i.direction === 'lower-is-better') s = 100 - s;
			themes.set(i.theme!, [...(themes.get(i.theme!) ?? []), s]);
		}
		let sum = 0;
		let wsum = 0;
		for (const [theme, s] of themes) {
			const w = weights[theme] ?? 1;
			sum += (w * s.reduce((a, b) => a + b, 0)) / s.length;
			wsum += w;
		}
		return sum / wsum;
	};
	return eligible.sort((a, b) => score(b) - score(a) || a.localeCompare(b));
}

test('theme weights change the composite ranking as computed independently', async ({ page }) => {
	await page.goto('./compare?view=composite');
	await engineReady(page);
	const labels = await page
		.locator('.method .set li')
		.evaluateAll((li) => li.map((l) => l.textContent!.replace(/ \((higher|lower) is better\)$/, '')));
	const ids = readCsv('indicators.csv')
		.filter((i) => labels.includes(i.label!))
		.map((i) => i.indicator_id!);
	expect(ids.length).toBe(labels.length);
	const subtitle = await page.locator('[data-chart="composite-chart"] .subtitle').textContent();
	const [, from, to] = /(\d{4})–(\d{4})/.exec(subtitle!)!.map(Number);
	const order = () =>
		page
			.locator('[data-chart="composite-chart"] rect.bar')
			.evaluateAll((b) => b.map((x) => x.getAttribute('data-key')));
	expect(await order()).toEqual(expectedComposite(ids, from!, to!, {}));
	const theme = await page.locator('.weights input[type="range"]').first().getAttribute('data-theme');
	await page.locator(`.weights input[data-theme="${theme}"]`).fill('5');
	await expect(page).toHaveURL(new RegExp(`w\\.${theme}=5`));
	await expect.poll(order).toEqual(expectedComposite(ids, from!, to!, { [theme!]: 5 }));
	expect(placeObservations().length).toBeGreaterThan(0);
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
