import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expectedDefaultYear, expectedValues, readCsv, yearCoverage } from '../support/datasets';
import { drawnBars, engineReady, expect, test } from './fixtures';

const INDICATOR = 'population';
const defaultYear = expectedDefaultYear(INDICATOR);
/** A year with data that the build did not prerender: the latest other year with the most places. */
const otherYear = [...yearCoverage(INDICATOR)]
	.filter(([y]) => y !== defaultYear)
	.sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];

function asRecord(values: ReturnType<typeof expectedValues>): Record<string, number> {
	return Object.fromEntries(values.map((v) => [v.city_id, v.value]));
}

test('the prerendered ranking shows one bar per place with data, values as in the CSV', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('[data-chart="ranking"] h3')).toHaveText('Population on 1 January');
	await expect(page.locator('[data-chart="ranking"] .subtitle')).toContainText(String(defaultYear));
	expect(await drawnBars(page)).toEqual(asRecord(expectedValues(INDICATOR, defaultYear)));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the chart, its table and the partner list are in the HTML', async ({ page }) => {
		await page.goto('./');
		const expected = expectedValues(INDICATOR, defaultYear);
		await expect(page.locator('[data-chart="ranking"] rect.bar')).toHaveCount(expected.length);
		const partners = readCsv('partners.csv');
		await expect(page.locator('.partners > ol > li')).toHaveCount(partners.length);
		await expect(page.locator('.partners li[data-partner="poznan"]')).toContainText('lead partner');
		await expect(page.locator('[data-chart="ranking"] tbody tr')).toHaveCount(readCsv('cities.csv').length);
	});
});

test('after the engine is ready, a year that was not prerendered redraws with the right values', async ({ page }) => {
	const html = readFileSync('build/index.html', 'utf8');
	const notPrerendered = expectedValues(INDICATOR, otherYear).find((v) => !html.includes(String(v.value)));
	expect(notPrerendered, `some ${otherYear} value must be absent from the prerendered HTML`).toBeDefined();

	await page.goto('./');
	await engineReady(page);
	await page.getByLabel('Year').selectOption(String(otherYear));
	await expect(page.locator('[data-chart="ranking"] .subtitle')).toContainText(String(otherYear));
	await expect.poll(() => drawnBars(page)).toEqual(asRecord(expectedValues(INDICATOR, otherYear)));
	await expect(page.locator(`[data-chart="ranking"] rect.bar[data-key="${notPrerendered!.city_id}"]`)).toHaveAttribute(
		'data-value',
		String(notPrerendered!.value)
	);
});

test('bars are reachable by keyboard and show a tooltip; the table has the drawn numbers', async ({ page }) => {
	await page.goto('./');
	await engineReady(page);
	const first = page.locator('[data-chart="ranking"] rect.bar').first();
	await first.focus();
	await expect(first).toBeFocused();
	const label = await first.getAttribute('aria-label');
	await expect(page.locator('[data-chart="ranking"] .tooltip')).toHaveText(label!);

	await page.locator('[data-chart="ranking"]').getByText('Table', { exact: true }).click();
	const expected = expectedValues(INDICATOR, defaultYear);
	const top = expected.reduce((a, b) => (b.value > a.value ? b : a));
	const firstRow = page.locator('[data-chart="ranking"] tbody tr').first();
	await expect(firstRow.locator('td').nth(2)).toHaveText(new Intl.NumberFormat('en-GB').format(top.value));
});

test('the CSV download holds exactly the drawn values', async ({ page }) => {
	await page.goto('./');
	await engineReady(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-chart="ranking"]').getByRole('button', { name: 'CSV' }).click()
	]);
	const text = readFileSync((await download.path())!, 'utf8');
	const lines = text.trim().split(/\r\n/);
	const expected = expectedValues(INDICATOR, defaultYear);
	for (const v of expected) expect(text).toContain(`,${v.value},`);
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

test('switching the indicator keeps the year when it has data and ranks the greater-city units', async ({ page }) => {
	const indicator = 'population_greater_city';
	// The chosen year stays if the new indicator has data for it; otherwise its best-covered year.
	const year = yearCoverage(indicator).has(defaultYear) ? defaultYear : expectedDefaultYear(indicator);
	await page.goto('./');
	await engineReady(page);
	await page.getByLabel('Indicator').selectOption(indicator);
	await expect(page.locator('[data-chart="ranking"] .subtitle')).toContainText(String(year));
	await expect.poll(() => drawnBars(page)).toEqual(asRecord(expectedValues(indicator, year)));
	await expect(page.locator('[data-chart="ranking"] h3')).toHaveText(/greater city/);
});

test('WHO air quality: values as in the WHO file, with its non-commercial licence on the chart', async ({ page }) => {
	const indicator = 'pm25_annual_mean';
	await page.goto('./');
	await engineReady(page);
	await page.getByLabel('Indicator').selectOption(indicator);
	await expect(page.locator('[data-chart="ranking"] h3')).toHaveText(/PM2\.5/);
	// The year stays if PM2.5 has data for it, else PM2.5's best-covered year (computed from the CSV).
	const year = yearCoverage(indicator).has(defaultYear) ? defaultYear : expectedDefaultYear(indicator);
	await expect(page.getByLabel('Year')).toHaveValue(String(year));
	await expect.poll(() => drawnBars(page)).toEqual(asRecord(expectedValues(indicator, year)));
	await expect(page.locator('[data-chart="ranking"] .source')).toContainText('CC BY-NC-SA 3.0 IGO');
	// The standards in words, counted from the CSVs: the EU 2030 limit for PM2.5 is 10 µg/m³.
	const limit = Number(readCsv('targets.csv').find((t) => t.target_id === 'eu2030_pm25_annual')!.value);
	const values2 = expectedValues(indicator, year);
	await expect(page.locator('[data-target="eu2030_pm25_annual"]')).toContainText(
		`${values2.filter((v) => v.value <= limit).length} of ${values2.length} places with data meet it`
	);
	// Lower is better: the first bar is the cleanest air.
	const values = Object.values(await drawnBars(page));
	expect(values).toEqual([...values].sort((a, b) => a - b));
});
