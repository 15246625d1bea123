import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DATASETS_DIR, placeObservations, readCsv, readObservations } from '../support/datasets';
import { expect, test } from './fixtures';

/**
 * (indicator, place) → years with the place's own value, or for a NUTS-level indicator the value of a
 * region containing it (place-regions.csv), computed from the CSVs.
 */
function expectedCoverage(): Map<string, number> {
	const years = new Map<string, Set<string>>();
	const add = (indicator: string, city: string, year: string) => {
		const key = `${indicator}|${city}`;
		years.set(key, (years.get(key) ?? new Set()).add(year));
	};
	for (const o of placeObservations()) add(o.indicator_id!, o.city_id, o.year!);
	const level = new Map(readCsv('indicators.csv').map((i) => [i.indicator_id!, i.spatial_level!]));
	const links = readCsv('place-regions.csv');
	for (const o of readObservations()) {
		for (const l of links.filter((x) => x.geo_code === o.geo_code && x.level === level.get(o.indicator_id!))) {
			add(o.indicator_id!, l.city_id!, o.year!);
		}
	}
	return new Map([...years].map(([k, v]) => [k, v.size]));
}

test('the about page lists every source with its licence and draws the coverage matrix from the data', async ({
	page
}) => {
	await page.goto('./about');
	const sources = readCsv('sources.csv');
	await expect(page.locator('tr[id^="source-"]')).toHaveCount(sources.length);
	await expect(page.locator('#source-who_aaq_2024')).toContainText('CC BY-NC-SA 3.0 IGO');

	const expected = expectedCoverage();
	const drawn = await page
		.locator('[data-chart="coverage-matrix"] rect.cell')
		.evaluateAll((cells) =>
			cells.map((c) => [c.getAttribute('data-key')!, Number(c.getAttribute('data-years'))] as const)
		);
	const withData = drawn.filter(([, n]) => n > 0);
	expect(new Map(withData)).toEqual(expected);
	// Gaps are drawn as empty cells, not left out.
	const indicatorsDrawn = new Set(drawn.map(([k]) => k.split('|')[0]));
	expect(drawn.length).toBe(indicatorsDrawn.size * readCsv('cities.csv').length);
	const gap = page.locator('[data-chart="coverage-matrix"] rect.cell[data-key="pm25_annual_mean|daugavpils"]');
	await expect(gap).toHaveAttribute('aria-label', /no data/);
});

test('the about page has no serious accessibility violations and its data files download', async ({ page }) => {
	// axe reads every cell of the coverage matrix: 45–50 s on two busy cores, too close to the default 60 s.
	test.setTimeout(120_000);
	await page.goto('./about');
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	const link = page.getByRole('link', { name: 'observations.csv', exact: true });
	const response = await page.request.get((await link.getAttribute('href'))!);
	expect(response.ok()).toBe(true);
	expect((await response.text()).split('\n')[0]).toBe('geo_code,indicator_id,year,value,flags,source_id,note');
});

test('the whole data package downloads as one zip that matches datasets/', async ({ page }) => {
	await page.goto('./about');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download everything as one zip' }).click()
	]);
	const entries = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const descriptor = JSON.parse(readFileSync(join(DATASETS_DIR, 'datapackage.json'), 'utf8')) as {
		resources: { path: string }[];
	};
	for (const path of ['datapackage.json', 'COVERAGE.md', ...descriptor.resources.map((r) => r.path)]) {
		expect(entries[path], path).toBeDefined();
		expect(Buffer.from(entries[path]!).equals(readFileSync(join(DATASETS_DIR, path))), path).toBe(true);
	}
});

test("every indicator's method is stated, with its comparability rule", async ({ page }) => {
	await page.goto('./about');
	for (const i of readCsv('indicators.csv')) {
		const entry = page.locator(`#indicator-${i.indicator_id} + dd`);
		await expect(entry, i.indicator_id).toContainText(`Method: ${i.formula}.`);
		expect(i.formula, i.indicator_id).not.toBe('');
		await expect(entry, i.indicator_id).toContainText(
			i.plausible_change ? `Plausible change: ${i.plausible_change} % a year.` : 'No plausibility bound.'
		);
	}
	await expect(page.locator('.formula', { hasText: 'Method: .' })).toHaveCount(0);
});

test('the rules of comparison are on the about page, with every value they set aside and the known breaks', async ({
	page
}) => {
	await page.goto('./about#comparability');
	await expect(page.locator('#comparability')).toBeVisible();
	const coverage = readFileSync(join(DATASETS_DIR, 'COVERAGE.md'), 'utf8');
	const suspect = Number(/marks suspect \((\d+), published as is\)/.exec(coverage)![1]);
	const starts = Number(/## Breaks in series and new levels \((\d+)\)/.exec(coverage)![1]);
	await expect(page.locator('#set-aside')).toContainText(`(${suspect})`);
	await expect(page.locator('#breaks')).toContainText(`(${starts})`);
	await expect(page.locator('#set-aside + .table-scroll tbody tr')).toHaveCount(suspect);
	await expect(page.locator('.breaks li')).toHaveCount(starts);
});

test('the footer credits exactly the publishers whose data the site shows', async ({ page }) => {
	await page.goto('./');
	const used = new Set(readObservations().map((o) => o.source_id));
	const publishers = [
		...new Set(
			readCsv('sources.csv')
				.filter((s) => used.has(s.source_id))
				.map((s) => s.publisher!)
		)
	];
	const footer = (await page.getByTestId('publishers').textContent())!;
	for (const p of publishers) expect(footer, p).toContain(p);
	const unused = readCsv('sources.csv').filter((s) => !publishers.includes(s.publisher!));
	for (const s of unused) expect(footer, s.publisher).not.toContain(s.publisher!);
	expect(footer).not.toContain('SDSN');
});

test('every page links the accessibility statement, which states its status, limits, feedback route and privacy', async ({
	page
}) => {
	await page.goto('./explore');
	await page.getByRole('link', { name: 'Accessibility and privacy' }).click();
	await expect(page).toHaveURL(/\/accessibility$/);
	await expect(page.locator('h1')).toHaveText('Accessibility and privacy');
	for (const heading of [
		'Conformance status',
		'What is not yet accessible',
		'Using the dashboard with a keyboard or a screen reader',
		'How this was checked',
		'Tell us about a problem',
		'Privacy: what stays in your browser'
	])
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	await expect(page.locator('main')).toContainText('Directive (EU) 2016/2102');
	await expect(page.locator('main')).toContainText('Partially conformant');
});
