/**
 * Issue 6 on the built site: the partner map, the monitoring statuses recomputed here from the CSVs
 * (rules re-implemented in this file, not imported), every report card, its generated text against
 * values computed here, and its print to PDF.
 */
import AxeBuilder from '@axe-core/playwright';
import { PDFParse } from 'pdf-parse';
import { formatNumber } from '../../src/lib/data/format';
import { readCsv } from '../support/datasets';
import { loadRecomputation } from './claims/recompute';
import { expect, test } from './fixtures';

const cities = readCsv('cities.csv');
const targets = readCsv('targets.csv');

test('the map draws the 17 places at their catalogue coordinates, the region’s four cities grouped', async ({
	page
}) => {
	await page.goto('./');
	const markers = page.locator('[data-chart="partner-map"] a.marker');
	await expect(markers).toHaveCount(cities.length);
	const drawn = await markers.evaluateAll((m) =>
		m.map((a) => ({
			id: a.getAttribute('data-city')!,
			lat: Number(a.getAttribute('data-lat')),
			lon: Number(a.getAttribute('data-lon')),
			x: Number(a.querySelector('circle.dot')!.getAttribute('cx')),
			y: Number(a.querySelector('circle.dot')!.getAttribute('cy'))
		}))
	);
	for (const c of cities) {
		const d = drawn.find((m) => m.id === c.city_id)!;
		expect([d.lat, d.lon], c.city_id).toEqual([Number(c.lat), Number(c.lon)]);
	}
	// West is left and north is up: for places far enough apart, the drawing keeps the order.
	for (const a of drawn)
		for (const b of drawn) {
			if (b.lon - a.lon > 4) expect(a.x, `${a.id} west of ${b.id}`).toBeLessThan(b.x);
			if (b.lat - a.lat > 3) expect(a.y, `${a.id} south of ${b.id}`).toBeGreaterThan(b.y);
		}
	const region = cities.filter((c) => c.role === 'member').map((c) => c.city_id!);
	expect(region).toHaveLength(4);
	const grouped = await page
		.locator('[data-chart="partner-map"] g.region-group a.marker')
		.evaluateAll((m) => m.map((a) => a.getAttribute('data-city')));
	expect(grouped.sort()).toEqual(region.sort());
	// A marker opens the report card.
	await page.locator('a.marker[data-city="klaipeda"]').click();
	await expect(page).toHaveURL(/\/city\/klaipeda$/);
	await expect(page.locator('h1')).toHaveText('Klaipėda');
});

test('without JavaScript the overview still shows the map, the ranking and their text', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('./');
	await expect(page.locator('a.marker')).toHaveCount(cities.length);
	await expect(page.locator('[data-chart="ranking"] rect.bar').first()).toBeVisible();
	await expect(page.locator('#partner-map-summary')).toContainText('Poznań leads the network');
	await page.goto('./city/daugavpils');
	await expect(page.locator('.sentences li').first()).toContainText('the population');
	await context.close();
});

test("monitoring opens on the EU limits from 2030; every status is the rule's, recomputed independently", async ({
	page
}) => {
	const model = await loadRecomputation();
	await page.goto('./monitor');
	await expect(page.getByText('not a legal compliance assessment')).toBeVisible();
	await expect(page.getByLabel('EU limit value from 2030 (2024/2881)')).toBeChecked();
	for (const [set, prefix] of [
		['EU limit value from 2030 (2024/2881)', 'eu2030_'],
		['EU limit value (2008/50/EC)', 'eu2008_'],
		['WHO 2021 guideline', 'who2021_']
	] as const) {
		await page.getByLabel(set).check();
		for (const target of targets.filter((t) => t.target_id!.startsWith(prefix))) {
			const rule = model.reference.targets.get(target.target_id!)!;
			for (const c of cities) {
				const badge = page.locator(
					`tr[data-city="${c.city_id}"] td[data-indicator="${target.indicator_id}"] [data-status]`
				);
				await expect(badge, `${set} ${c.city_id} ${target.indicator_id}`).toHaveAttribute(
					'data-status',
					model.targetStatus(c.city_id!, rule).status
				);
			}
		}
	}
	// Each indicator's chart draws the target as a reference line; a place can be highlighted.
	await expect(page.locator('[data-chart="monitor-pm10_annual_mean"] g.rule')).toHaveCount(1);
	await page.locator('#monitor-city').selectOption('bologna');
	await expect(page).toHaveURL(/city=bologna/);
	await expect(
		page.locator('[data-chart="monitor-pm10_annual_mean"] text.point-label[data-key="bologna"]')
	).toHaveAttribute('font-weight', '700');
});

test('all 17 report cards render; their sentences count places with data', async ({ page }) => {
	for (const c of cities) {
		await page.goto(`./city/${c.city_id}`);
		await expect(page.locator('h1')).toHaveText(c.name!);
		const sentences = await page.locator('.sentences li').count();
		expect(sentences, c.city_id).toBeGreaterThanOrEqual(3);
		expect(sentences, c.city_id).toBeLessThanOrEqual(6);
	}
	// The region's members link to each other and name their partner.
	await page.goto('./city/wolfsburg');
	await expect(page.locator('.members')).toContainText('Hannover');
	await expect(page.locator('.where')).toContainText('Metropolitan Region');
});

test('Daugavpils: the population sentence, computed here from the CSV by the written rules', async ({ page }) => {
	const model = await loadRecomputation();
	const current = model.current('daugavpils', 'population');
	const [first, last] = [current[0]!, current.at(-1)!];
	const pct = ((last.value - first.value) / first.value) * 100;
	await page.goto('./city/daugavpils');
	const sentences = page.locator('.sentences li');
	await expect(sentences.nth(0)).toHaveText(
		`In Daugavpils, the population fell from ${formatNumber(first.value)} persons in ${first.year} to ${formatNumber(last.value)} in ${last.year} (−${formatNumber(Math.abs(pct), 1)} %).`
	);
	// "Falling", not "stable": population's tolerance is 0.2 % a year.
	await expect(page.locator('tr[data-indicator="population"]')).toContainText('falling');
	// The main trend: every published value, the 2008 one marked with its flag.
	await expect(page.locator('[data-chart="city-trend"] circle.dot')).toHaveCount(
		model.classified('daugavpils', 'population').length
	);
	await expect(page.locator('[data-chart="city-trend"] text.flag-label').first()).toHaveText(
		model.classified('daugavpils', 'population')[0]!.flags
	);
	// The downloadable CSV holds this city's rows only.
	const csv = await (await page.request.get('./city/daugavpils/data.csv')).text();
	expect(csv.split('\r\n')[0]).toContain('place,unit_name');
	expect(
		csv
			.split('\r\n')
			.filter(Boolean)
			.slice(1)
			.every((line) => line.startsWith('Daugavpils,'))
	).toBe(true);
});

test('Hannover: the suspect 2024 population is named, not used', async ({ page }) => {
	await page.goto('./city/hannover');
	await expect(page.locator('.sentences')).not.toContainText('94,044');
	await expect(page.locator('tr[data-indicator="population"]')).toContainText('545,045 persons (2023)');
	await expect(page.locator('#headlines').locator('..')).toContainText(
		'Population — Hannover: 94,044 persons (2024), left out as suspect: 82.7 % below 545,045 (2023)'
	);
});

test('every report card prints to one or two A4 pages with the city and its sources, each page saying which', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.emulateMedia({ media: 'print' });
	const today = new Date().toISOString().slice(0, 10);
	for (const c of cities) {
		await page.goto(`./city/${c.city_id}`);
		// The margin text is written once the page runs (it holds the address and the printing date).
		await page.waitForFunction(() => document.querySelector('style[data-print-margins]')?.textContent);
		const version = await page.locator('[data-data-version]').getAttribute('data-data-version');
		expect(version).toMatch(/^[0-9a-f]{10}$/);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const parser = new PDFParse({ data: new Uint8Array(pdf) });
		const result = await parser.getText();
		await parser.destroy();
		expect(result.total, c.city_id).toBeGreaterThanOrEqual(1);
		expect(result.total, c.city_id).toBeLessThanOrEqual(2);
		expect(result.text, c.city_id).toContain(c.name!);
		expect(result.text, c.city_id).toContain('Sources');
		expect(result.text, c.city_id).not.toContain('Print / save as PDF');
		// Every page: its number, the place, the data version, the printing date and the address.
		for (const [i, p] of result.pages.entries()) {
			const text = p.text.replace(/\s+/g, ' ');
			expect(text, `${c.city_id} page ${i + 1}`).toContain(`page ${i + 1} of ${result.total}`);
			expect(text, `${c.city_id} page ${i + 1}`).toContain(c.name!);
			expect(text, `${c.city_id} page ${i + 1}`).toContain(`data version ${version}`);
			expect(text, `${c.city_id} page ${i + 1}`).toContain(`printed ${today}`);
			expect(text, `${c.city_id} page ${i + 1}`).toContain(`/city/${c.city_id}`);
		}
	}
});

test('no serious accessibility violations on /, /monitor, a report card and the accessibility statement', async ({
	page
}) => {
	for (const path of ['./', './monitor', './city/poznan', './accessibility']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});

test('the network at a glance: one takeaway per panel, bars of the comparison year, targets drawn', async ({
	page
}) => {
	const model = await loadRecomputation();
	await page.goto('./');
	const ids = ['unemployment_rate', 'median_disposable_income', 'pm25_annual_mean', 'satisfied_living_in_city'];
	for (const id of ids) {
		const year = model.comparisonYear(id)!.year;
		const panel = page.locator(`[data-glance="${id}"]`);
		await expect(panel.locator('rect.bar'), id).toHaveCount(model.groupValues(id, { from: year, to: year }).length);
		// One takeaway: shown once, above the chart, and no second summary under it.
		await expect(panel.locator('[data-statement="takeaway"]'), id).toHaveCount(1);
		await expect(panel.locator('.summary'), id).toHaveCount(1);
	}
	for (const t of targets.filter((x) => x.indicator_id === 'pm25_annual_mean')) {
		await expect(page.locator(`[data-glance="pm25_annual_mean"] g.rule[data-key="${t.target_id}"]`)).toHaveCount(1);
	}
});
