/**
 * The overview on the built site: the default ranking and a redraw, against values recomputed from
 * the CSVs by the claims checker's own implementation of the comparability rules (never src/).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readCsv } from '../support/datasets';
import { loadRecomputation, type Recomputation } from './claims/recompute';
import { drawnBars, engineReady, expect, test } from './fixtures';

const INDICATOR = 'population';

/** The group's comparable values of `indicator` in `year`, by place: what the bars must be. */
function expectedBars(model: Recomputation, indicator: string, year: number): Record<string, number> {
	return Object.fromEntries(
		model.groupValues(indicator, { from: year, to: year }).map((v) => [v.place, v.point.value] as const)
	);
}

test('the prerendered ranking shows one bar per place with a comparable value in the comparison year', async ({
	page
}) => {
	const model = await loadRecomputation();
	const year = model.comparisonYear(INDICATOR)!.year;
	await page.goto('./');
	await expect(page.locator('[data-chart="ranking"] h3')).toHaveText('Population on 1 January');
	await expect(page.locator('[data-chart="ranking"] .subtitle')).toContainText(String(year));
	expect(await drawnBars(page)).toEqual(expectedBars(model, INDICATOR, year));
	// The suspect 2024 populations are named under the chart when that year is shown, never drawn.
	expect(Object.keys(await drawnBars(page))).not.toContain(undefined);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the chart, its table and the partner list are in the HTML', async ({ page }) => {
		const model = await loadRecomputation();
		const year = model.comparisonYear(INDICATOR)!.year;
		await page.goto('./');
		await expect(page.locator('[data-chart="ranking"] rect.bar')).toHaveCount(
			Object.keys(expectedBars(model, INDICATOR, year)).length
		);
		const partners = readCsv('partners.csv');
		await expect(page.locator('.partners > ol > li')).toHaveCount(partners.length);
		await expect(page.locator('.partners li[data-partner="poznan"]')).toContainText('lead partner');
		await expect(page.locator('[data-chart="ranking"] tbody tr')).toHaveCount(readCsv('cities.csv').length);
	});
});

test('a year that was not prerendered redraws with its comparable values; 2024 leaves the suspect ones out', async ({
	page
}) => {
	const model = await loadRecomputation();
	await page.goto('./');
	await engineReady(page);
	const before = await drawnBars(page);
	await page.getByLabel('Year').selectOption('2024');
	await expect(page.locator('[data-chart="ranking"] .subtitle')).toContainText('2024');
	const expected = expectedBars(model, INDICATOR, 2024);
	await expect.poll(() => drawnBars(page)).toEqual(expected);
	expect(expected).not.toEqual(before);
	// Hannover's 94,044 (flag b) is suspect: no bar, a note naming it and the value before.
	expect(Object.keys(expected)).not.toContain('hannover');
	await expect(page.locator('[data-chart="ranking"] .caption')).toContainText(
		'Population — Hannover: 94,044 persons (2024), left out as suspect'
	);
});

test('bars are reachable by keyboard and show a tooltip; the table has the drawn numbers', async ({ page }) => {
	const model = await loadRecomputation();
	const year = model.comparisonYear(INDICATOR)!.year;
	await page.goto('./');
	await engineReady(page);
	const first = page.locator('[data-chart="ranking"] rect.bar').first();
	await first.focus();
	await expect(first).toBeFocused();
	const label = await first.getAttribute('aria-label');
	await expect(page.locator('[data-chart="ranking"] .tooltip')).toHaveText(label!);

	await page.locator('[data-chart="ranking"]').getByText('Table', { exact: true }).click();
	const top = Math.max(...Object.values(expectedBars(model, INDICATOR, year)));
	const firstRow = page.locator('[data-chart="ranking"] tbody tr').first();
	await expect(firstRow.locator('td').nth(2)).toHaveText(new Intl.NumberFormat('en-GB').format(top));
});

test('the CSV download holds exactly the drawn values', async ({ page }) => {
	const model = await loadRecomputation();
	const year = model.comparisonYear(INDICATOR)!.year;
	await page.goto('./');
	await engineReady(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-chart="ranking"]').getByRole('button', { name: 'CSV' }).click()
	]);
	const text = readFileSync((await download.path())!, 'utf8');
	const lines = text.trim().split(/\r\n/);
	for (const v of Object.values(expectedBars(model, INDICATOR, year))) expect(text).toContain(`,${v},`);
	expect(lines.length).toBe(1 + readCsv('cities.csv').length);
	expect(lines[0]).toBe('Rank,Place,Population (persons),Year,Flags,Unit,Source and licence');
	expect(lines[1]).toContain('© European Union');
});

test('no serious accessibility violations', async ({ page }) => {
	await page.goto('./');
	await engineReady(page);
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('an unknown URL shows the 404 page', async ({ page }) => {
	const response = await page.goto('./no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('not found', { ignoreCase: true });
	await expect(page.getByRole('link', { name: /overview/i }).first()).toBeVisible();
});

test('another indicator opens on its own comparison year; greater cities are ranked apart', async ({ page }) => {
	const model = await loadRecomputation();
	const indicator = 'population_greater_city';
	const year = model.comparisonYear(indicator)!.year;
	await page.goto('./');
	await engineReady(page);
	await page.getByLabel('Indicator').selectOption(indicator);
	await expect(page.locator('[data-chart="ranking"] .subtitle')).toContainText(String(year));
	await expect.poll(() => drawnBars(page)).toEqual(expectedBars(model, indicator, year));
	await expect(page.locator('[data-chart="ranking"] h3')).toHaveText(/greater city/);
	await expect(page.locator('[data-chart="ranking"] .axis-y text').first()).toContainText('(greater city)');
});

test('WHO air quality: comparable values, the targets drawn and counted, the non-commercial licence', async ({
	page
}) => {
	const model = await loadRecomputation();
	const indicator = 'pm25_annual_mean';
	const year = model.comparisonYear(indicator)!.year;
	await page.goto('./');
	await engineReady(page);
	await page.getByLabel('Indicator').selectOption(indicator);
	await expect(page.locator('[data-chart="ranking"] h3')).toHaveText(/PM2\.5/);
	await expect(page.getByLabel('Year')).toHaveValue(String(year));
	const expected = expectedBars(model, indicator, year);
	await expect.poll(() => drawnBars(page)).toEqual(expected);
	await expect(page.locator('[data-chart="ranking"] .source')).toContainText('CC BY-NC-SA 3.0 IGO');
	// Every PM2.5 target is a labelled line, and the standards are counted in words.
	const targets = readCsv('targets.csv').filter((t) => t.indicator_id === indicator);
	for (const t of targets) {
		await expect(page.locator(`[data-chart="ranking"] g.rule[data-key="${t.target_id}"] text`)).toBeVisible();
	}
	const limit = Number(targets.find((t) => t.target_id === 'eu2030_pm25_annual')!.value);
	const values = Object.values(expected);
	await expect(page.locator('.targets')).toContainText(
		`at most ${limit} µg/m³ from 2030: ${values.filter((v) => v <= limit).length} of the ${values.length} partner places with a value in ${year} met it.`
	);
	// Lower is better: the first bar is the cleanest air.
	const drawn = Object.values(await drawnBars(page));
	expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
});
