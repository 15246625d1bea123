/**
 * /explore on the built site: filters from the URL and from the controls, the count and rows against
 * the CSVs, sorting, and the downloads (zip: data + datapackage.json + README) re-read independently —
 * CSV with d3-dsv, Parquet with native DuckDB.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvParse } from 'd3';
import { strFromU8, unzipSync } from 'fflate';
import { formatNumber } from '../../src/lib/data/format';
import { placeObservations, readCsv, readObservations } from '../support/datasets';
import { engineReady, expect, test } from './fixtures';

const readCsvCount = (file: string) => readCsv(file).length;
const QUERY = 'cities=poznan,murcia&indicators=population,pm10_annual_mean&from=2012&to=2019&exclude=e,p';
const expected = placeObservations().filter(
	(o) =>
		['poznan', 'murcia'].includes(o.city_id) &&
		['population', 'pm10_annual_mean'].includes(o.indicator_id!) &&
		Number(o.year) >= 2012 &&
		Number(o.year) <= 2019 &&
		!/[ep]/.test(o.flags ?? '')
);

test('a filter in the URL gives exactly the matching rows, sortable', async ({ page }) => {
	await page.goto(`./explore?${QUERY}`);
	await engineReady(page);
	await expect(page.locator('p.count[data-count]')).toHaveAttribute('data-count', String(expected.length));
	await expect(page.locator('p.count[data-count]')).toContainText(`of ${formatNumber(expected.length)}`);
	await page.getByRole('button', { name: 'value' }).click();
	await page.getByRole('button', { name: 'value' }).click();
	await expect(page).toHaveURL(/sort=value&desc=1/);
	const max = Math.max(...expected.map((o) => Number(o.value)));
	const headers = await page.locator('thead th').allTextContents();
	const valueColumn = headers.findIndex((h) => h.trim().startsWith('value'));
	expect(valueColumn).toBeGreaterThan(0);
	await expect(page.locator('tbody tr').first().locator('td').nth(valueColumn)).toHaveText(
		new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }).format(max)
	);
});

test('the preview shows years as written, long texts on one line with the full text on demand, and at least 15 rows', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`./explore?${QUERY}`);
	await engineReady(page);
	await expect(page.locator('p.count[data-count]')).toHaveAttribute('data-count', String(expected.length));
	const headers = (await page.locator('thead th').allTextContents()).map((h) => h.replace(/[↑↓]/g, '').trim());
	const column = (name: string) => page.locator('tbody tr td:nth-child(' + (headers.indexOf(name) + 1) + ')');
	// Years are identifiers: "2015", never "2,015".
	const years = await column('year').allTextContents();
	expect(years.length).toBeGreaterThan(0);
	const expectedYears = new Set(expected.map((o) => o.year));
	for (const year of years) {
		expect(year).toMatch(/^\d{4}$/);
		expect(expectedYears.has(year)).toBe(true);
	}
	// The licence is one line, clipped, with the whole text as its tooltip.
	const licence = column('licence').first();
	const full = (await licence.getAttribute('title')) ?? '';
	expect(full.length).toBeGreaterThan(40);
	expect(await licence.textContent()).toBe(full);
	const lineHeight = async () =>
		licence.evaluate((td) => td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight));
	expect(await lineHeight()).toBeLessThan(2);
	expect(await licence.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
	// A laptop screen sees at least 15 rows of the preview at once.
	const visible = await page.locator('.result .scroll').evaluate((frame) => {
		const box = frame.getBoundingClientRect();
		return [...frame.querySelectorAll('tbody tr')].filter((tr) => {
			const r = tr.getBoundingClientRect();
			return r.top >= box.top && r.bottom <= box.bottom + 1;
		}).length;
	});
	expect(visible).toBeGreaterThanOrEqual(Math.min(15, expected.length));
	await page.getByRole('checkbox', { name: 'Show long texts in full' }).check();
	expect(await lineHeight()).toBeGreaterThanOrEqual(2);
});

test('controls write the URL and change the result', async ({ page }) => {
	await page.goto('./explore');
	await engineReady(page);
	await page.getByRole('checkbox', { name: 'Daugavpils' }).check();
	await expect(page).toHaveURL(/cities=daugavpils/);
	const own = placeObservations().filter((o) => o.city_id === 'daugavpils').length;
	await expect(page.locator('p.count[data-count]')).toHaveAttribute('data-count', String(own));
	await page.locator('#explore-search').fill('unemployment rate');
	await expect(page.getByRole('checkbox', { name: 'Unemployment rate', exact: true })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Population on 1 January' })).toHaveCount(0);
});

async function downloadZip(page: import('@playwright/test').Page, button: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return {
		name: download.suggestedFilename(),
		files: unzipSync(new Uint8Array(readFileSync((await download.path())!)))
	};
}

test('CSV and Parquet downloads hold exactly the filtered rows, with their metadata', async ({ page }) => {
	await page.goto(`./explore?${QUERY}`);
	await engineReady(page);
	await expect(page.locator('p.count[data-count]')).toHaveAttribute('data-count', String(expected.length));
	const key = (place: unknown, indicator: unknown, year: unknown, value: unknown) =>
		`${place}|${indicator}|${year}|${value}`;
	const names: Record<string, string> = { poznan: 'Poznań', murcia: 'Murcia' };
	const labels: Record<string, string> = {
		population: 'Population on 1 January',
		pm10_annual_mean: 'PM10, annual mean concentration'
	};
	const want = expected
		.map((o) => key(names[o.city_id], labels[o.indicator_id!], Number(o.year), Number(o.value)))
		.sort();

	const csv = await downloadZip(page, 'Download CSV');
	expect(csv.name).toBe('cities-of-change_poznan-murcia_population-pm10-annual-mean_2012-2019.zip');
	const csvName = Object.keys(csv.files).find((f) => f.endsWith('.csv'))!;
	const rows = csvParse(strFromU8(csv.files[csvName]!));
	expect(rows.map((r) => key(r.place, r.indicator, Number(r.year), Number(r.value))).sort()).toEqual(want);
	const descriptor = JSON.parse(strFromU8(csv.files['datapackage.json']!));
	expect(descriptor.resources[0].schema.fields).toContainEqual({ name: 'year', type: 'integer' });
	// PM10 comes from WHO: its non-commercial licence travels with the extract.
	expect(JSON.stringify(descriptor.licenses)).toContain('CC BY-NC-SA 3.0 IGO');
	const readme = strFromU8(csv.files['README.md']!);
	expect(readme).toContain('Suggested citation');
	expect(readme).toContain('without values flagged e, p');
	// The extract names the data it comes from, as the page's footer does.
	const version = await page.locator('[data-data-version]').getAttribute('data-data-version');
	expect(readme).toContain(`data version ${version}, sources retrieved`);
	expect(descriptor['x-data-version']).toContain(`data version ${version}`);

	const parquet = await downloadZip(page, 'Download Parquet');
	const parquetName = Object.keys(parquet.files).find((f) => f.endsWith('.parquet'))!;
	const file = join(mkdtempSync(join(tmpdir(), 'coc-e2e-')), 'extract.parquet');
	writeFileSync(file, parquet.files[parquetName]!);
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	const back = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
	expect(back.map((r) => key(r.place, r.indicator, r.year, r.value)).sort()).toEqual(want);
	const types = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
	expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({
		year: 'INTEGER',
		value: 'DOUBLE',
		place: 'VARCHAR'
	});
	connection.closeSync();
});

test('/explore has no serious accessibility violations', async ({ page }) => {
	await page.goto(`./explore?${QUERY}`);
	await engineReady(page);
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the SQL console answers queries and refuses everything else with a clear message', async ({ page }) => {
	await page.goto('./explore');
	await engineReady(page);
	const sql = page.getByLabel('Query');
	const run = page.getByRole('button', { name: 'Run (Ctrl+Enter)' });
	const status = page.locator('.console-status');
	await sql.fill('SELECT city_id, name FROM all_places ORDER BY name');
	await run.click();
	await expect(status).toHaveText(`${readCsvCount('cities.csv')} rows`, { timeout: 60_000 });
	await expect(page.locator('table.console-result tbody tr')).toHaveCount(readCsvCount('cities.csv'));
	const refused: [string, RegExp][] = [
		["COPY all_places TO 'x.csv'", /Only queries can run here/],
		["ATTACH 'x.db' AS x", /Only queries can run here/],
		['INSTALL httpfs', /Only queries can run here/],
		['CREATE TABLE t AS SELECT 1', /Only queries can run here/],
		["SELECT * FROM read_csv('/etc/passwd')", /Reading files is not allowed/],
		["SELECT * FROM read_text('observations.csv')", /Reading files is not allowed/],
		["SELECT * FROM 'http://example.org/x.csv'", /Reading URLs is not allowed/]
	];
	for (const [text, message] of refused) {
		await sql.fill(text);
		await expect(run).toBeEnabled();
		await sql.press('Control+Enter');
		await expect(status, text).toContainText(message);
		await expect(status, text).not.toContainText('Running');
	}
	// Nothing changed: the console's copy and the dashboard's tables still hold every observation.
	await sql.fill('SELECT count(*)::INTEGER AS n FROM all_observations');
	await run.click();
	await expect(status).toHaveText('1 row', { timeout: 60_000 });
	await expect(page.locator('table.console-result tbody td')).toHaveText(formatNumber(readObservations().length));
	await expect(page.locator('p.count[data-count]')).toHaveAttribute('data-count', String(placeObservations().length));
});
