/**
 * Issue 6 on the built site: the partner map, the monitoring statuses recomputed here from the CSVs
 * (rules re-implemented in this file, not imported), every report card, its generated text against
 * values computed here, and its print to PDF.
 */
import AxeBuilder from '@axe-core/playwright';
import { PDFParse } from 'pdf-parse';
import { formatNumber, ordinal } from '../../src/lib/data/format';
import { lastYear, latestInWindow, placeObservations, readCsv } from '../support/datasets';
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
	await expect(page.locator('.sentences li').first()).toContainText('Population');
	await context.close();
});

/** The status rule, written again here: latest non-"l" value within 3 years of the last year; ≤ target = met. */
function expectedStatus(indicatorId: string, cityId: string, target: Record<string, string>): string {
	const series = placeObservations()
		.filter((o) => o.indicator_id === indicatorId && o.city_id === cityId && !(o.flags ?? '').includes('l'))
		.map((o) => ({ year: Number(o.year), value: Number(o.value) }))
		.sort((a, b) => a.year - b.year);
	const ref = lastYear(indicatorId);
	const latest = series.at(-1);
	if (!latest || latest.year < ref - 2) return 'no-data';
	const limit = Number(target.value);
	if (latest.value <= limit) return 'met';
	const year = Number(target.target_year);
	const points = series.slice(-5);
	if (!target.target_year || year <= ref || points.length < 3) return 'off-track';
	const mx = points.reduce((a, p) => a + p.year, 0) / points.length;
	const my = points.reduce((a, p) => a + p.value, 0) / points.length;
	const slope =
		points.reduce((a, p) => a + (p.year - mx) * (p.value - my), 0) / points.reduce((a, p) => a + (p.year - mx) ** 2, 0);
	return my + slope * (year - mx) <= limit ? 'on-track' : 'off-track';
}

test('monitoring statuses match an independent computation, for limits in force and for 2030', async ({ page }) => {
	await page.goto('./monitor');
	await expect(page.getByText('not a legal compliance assessment')).toBeVisible();
	for (const [set, prefix] of [
		['EU limit value (2008/50/EC)', 'eu2008_'],
		['EU limit value from 2030 (2024/2881)', 'eu2030_']
	] as const) {
		await page.getByLabel(set).check();
		for (const target of targets.filter((t) => t.target_id!.startsWith(prefix))) {
			for (const c of cities) {
				const badge = page.locator(
					`tr[data-city="${c.city_id}"] td[data-indicator="${target.indicator_id}"] [data-status]`
				);
				await expect(badge, `${set} ${c.city_id} ${target.indicator_id}`).toHaveAttribute(
					'data-status',
					expectedStatus(target.indicator_id!, c.city_id!, target)
				);
			}
		}
	}
	// Each indicator's chart draws the target as a reference line.
	await expect(page.locator('[data-chart="monitor-pm10_annual_mean"] g.rule')).toHaveCount(1);
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

test('Daugavpils: the population sentence and rank, computed here from the CSV', async ({ page }) => {
	const own = placeObservations()
		.filter((o) => o.indicator_id === 'population' && o.city_id === 'daugavpils')
		.map((o) => ({ year: Number(o.year), value: Number(o.value) }))
		.sort((a, b) => a.year - b.year);
	const [first, last] = [own[0]!, own.at(-1)!];
	const pct = ((last.value - first.value) / first.value) * 100;
	const end = lastYear('population');
	const window = [...latestInWindow('population', end - 4, end)].sort((a, b) => b[1].value - a[1].value);
	const rank = window.findIndex(([k]) => k === 'daugavpils') + 1;
	await page.goto('./city/daugavpils');
	const sentences = page.locator('.sentences li');
	await expect(sentences.nth(0)).toHaveText(
		`Population fell from ${formatNumber(first.value)} in ${first.year} to ${formatNumber(last.value)} in ${last.year} (−${formatNumber(Math.abs(pct), 1)} %).`
	);
	await expect(sentences.nth(1)).toHaveText(`It is the ${ordinal(rank)} largest of ${window.length} places with data.`);
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

test('a report card prints to one or two A4 pages with the city and its sources', async ({ page }) => {
	await page.goto('./city/bologna');
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const parser = new PDFParse({ data: new Uint8Array(pdf) });
	const result = await parser.getText();
	await parser.destroy();
	expect(result.total).toBeGreaterThanOrEqual(1);
	expect(result.total).toBeLessThanOrEqual(2);
	expect(result.text).toContain('Bologna');
	expect(result.text).toContain('Sources');
	expect(result.text).not.toContain('Print / save as PDF');
});

test('no serious accessibility violations on /, /monitor and a report card', async ({ page }) => {
	for (const path of ['./', './monitor', './city/poznan']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});

test('the network at a glance: small multiples with takeaways computed here', async ({ page }) => {
	await page.goto('./');
	const ids = ['unemployment_rate', 'median_disposable_income', 'pm25_annual_mean', 'satisfied_living_in_city'];
	for (const id of ids) {
		const end = lastYear(id);
		const values = latestInWindow(id, end - 4, end);
		await expect(page.locator(`[data-chart="glance-${id}"] rect.bar`), id).toHaveCount(values.size);
	}
	const end = lastYear('unemployment_rate');
	const sorted = [...latestInWindow('unemployment_rate', end - 4, end)].sort((a, b) => a[1].value - b[1].value);
	const name = (id: string) => cities.find((c) => c.city_id === id)!.name!;
	await expect(page.locator('[data-takeaway="unemployment_rate"]')).toHaveText(
		`${name(sorted[0]![0])} has the lowest unemployment rate (${formatNumber(sorted[0]![1].value, 1)} %), ${name(sorted.at(-1)![0])} the highest (${formatNumber(sorted.at(-1)![1].value, 1)} %).`
	);
});
