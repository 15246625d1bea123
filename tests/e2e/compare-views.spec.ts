/**
 * The benchmark, trends, scatter and profile views of /compare on the built site: every mark against
 * values computed here from the CSVs (read with d3-dsv, not the app's code), tooltips in the en-GB
 * format, a 360 px phone without sideways scrolling, and accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatNumber } from '../../src/lib/data/format';
import { readCsv } from '../support/datasets';
import { isComparable, loadRecomputation, median, type Recomputation } from './claims/recompute';
import { engineReady, expect, test } from './fixtures';

const indicators = readCsv('indicators.csv');
const rankable = indicators.filter((i) => i.spatial_level === 'city' || i.spatial_level === 'greater_city');
const places = readCsv('cities.csv');

/** The group's comparable values of an indicator in its comparison year, by place (the claims checker's rules). */
function inComparisonYear(model: Recomputation, indicator: string): Map<string, number> {
	const year = model.comparisonYear(indicator)?.year;
	if (year === undefined) return new Map();
	return new Map(model.groupValues(indicator, { from: year, to: year }).map((v) => [v.place, v.point.value]));
}

/** Waits until a view has drawn the data of its selection (the loader's key is set after the DOM update). */
async function drawn(page: Page): Promise<void> {
	await engineReady(page);
	await expect(page.locator('[data-drawn]')).not.toHaveAttribute('data-drawn', '', { timeout: 30_000 });
}

test('benchmark: one bar per indicator of the theme (not counts), its distance from the median of its comparison year', async ({
	page
}) => {
	const model = await loadRecomputation();
	await page.goto('./compare?view=benchmark&city=bologna&theme=environment');
	await drawn(page);
	const expected = new Map<string, { distance: number; better: boolean | null }>();
	for (const i of rankable.filter((x) => x.theme === 'environment' && x.measure !== 'count')) {
		const values = inComparisonYear(model, i.indicator_id!);
		const own = values.get('bologna');
		const m = median([...values.values()]);
		if (own === undefined || m === 0) continue;
		const distance = ((own - m) / Math.abs(m)) * 100;
		const better =
			i.direction === 'neutral' || distance === 0 ? null : distance > 0 === (i.direction === 'higher-is-better');
		expected.set(i.indicator_id!, { distance, better });
	}
	const bars = await page
		.locator('[data-chart="compare-benchmark"] rect.bar')
		.evaluateAll((r) =>
			r.map((b) => [b.getAttribute('data-key')!, Number(b.getAttribute('data-value')), b.getAttribute('fill')] as const)
		);
	expect(bars.map(([k]) => k).sort()).toEqual([...expected.keys()].sort());
	for (const [key, value, fill] of bars) {
		const e = expected.get(key)!;
		expect(value, key).toBeCloseTo(e.distance, 6);
		expect(fill, key).toBe(e.better === null ? '#9a9a9a' : e.better ? '#0072B2' : '#D55E00');
	}
	// The tooltip says it in words, not in colour alone.
	await page.locator('[data-chart="compare-benchmark"] rect.bar').first().focus();
	await expect(page.locator('[data-chart="compare-benchmark"] .tooltip')).toContainText(
		/(better|worse) than the median|no better direction|about the same as the median/
	);
});

/**
 * Segments a line draws: consecutive years of comparable values, never across a break or a new level,
 * and never through a value the rules set aside (suspect or from another survey).
 */
function runs(points: { year: number; status: string }[]): number {
	let count = 0;
	let run = 0;
	let previous: { year: number; status: string } | null = null;
	for (const p of [...points].sort((a, b) => a.year - b.year)) {
		const alone = !isComparable(p.status as never);
		const joins =
			previous !== null &&
			p.year === previous.year + 1 &&
			!alone &&
			isComparable(previous.status as never) &&
			p.status !== 'break' &&
			p.status !== 'new-level';
		if (joins) run++;
		else {
			if (run > 1) count++;
			run = 1;
		}
		previous = p;
	}
	return count + (run > 1 ? 1 : 0);
}

test('trends: a dot per observation, lines broken at missing years and set-aside values, labels, tooltips', async ({
	page
}) => {
	const model = await loadRecomputation();
	const chosen = ['poznan', 'daugavpils', 'wolverhampton', 'hannover'];
	await page.goto(`./compare?view=trends&indicator=population&cities=${chosen.join(',')}`);
	await drawn(page);
	const chart = page.locator('[data-chart="compare-trends"]');
	for (const city of chosen) {
		const observations = model.classified(city, 'population');
		expect(observations.length, city).toBeGreaterThan(0);
		const dots = await chart
			.locator(`circle.dot[data-key^="${city}-"]`)
			.evaluateAll((c) => c.map((d) => [Number(d.getAttribute('data-x')), Number(d.getAttribute('data-y'))]));
		expect(
			dots.sort((a, b) => a[0]! - b[0]!),
			city
		).toEqual(observations.sort((a, b) => a.year - b.year).map((o) => [o.year, o.value]));
		await expect(chart.locator(`g.line[data-key="${city}"] path.segment`), city).toHaveCount(runs(observations));
		await expect(chart.locator(`text.point-label[data-key="${city}"]`)).toHaveText(
			places.find((p) => p.city_id === city)!.name!
		);
	}
	// Hannover's suspect 2024 value is a hollow dot, named under the chart.
	await expect(chart.locator('circle.dot[data-key="hannover-2024"]')).toHaveAttribute('data-hollow', '');
	await expect(chart.locator('.caption')).toContainText(
		'Population — Hannover: 94,044 persons (2024), left out as suspect'
	);
	// The last observation of each line is a tab stop; its tooltip is the en-GB value.
	const daugavpils = model.classified('daugavpils', 'population').at(-1)!;
	await chart.locator(`circle.dot[data-key="daugavpils-${daugavpils.year}"]`).focus();
	await expect(chart.locator('.tooltip')).toContainText(
		`Daugavpils, ${daugavpils.year}: ${formatNumber(daugavpils.value, 0)} persons`
	);
	// Index, first year = 100: every line starts at 100.
	await page.locator('#trends-indexed').selectOption('1');
	await expect(page).toHaveURL(/indexed=1/);
	await expect
		.poll(() =>
			chart.locator('circle.dot').evaluateAll((c) => {
				const first = new Map<string, number>();
				for (const d of c) {
					const key = d.getAttribute('data-key')!.replace(/-\d{4}$/, '');
					const x = Number(d.getAttribute('data-x'));
					if (!first.has(key) || x < first.get(key)!) first.set(key, x);
				}
				return c
					.filter(
						(d) => Number(d.getAttribute('data-x')) === first.get(d.getAttribute('data-key')!.replace(/-\d{4}$/, ''))
					)
					.map((d) => Number(d.getAttribute('data-y')));
			})
		)
		.toEqual([100, 100, 100, 100]);
});

test("scatter: one dot per place with both values of the same year, and Pearson's r as computed here", async ({
	page
}) => {
	const model = await loadRecomputation();
	const [x, y] = ['cars_per_1000', 'pm10_annual_mean'];
	await page.goto(`./compare?view=scatter&indicator=${x}&y=${y}`);
	await drawn(page);
	// The joint comparison year: the most recent with both values for two-thirds of the places that have both.
	const at = (id: string, year: number) =>
		new Map(model.groupValues(id, { from: year, to: year }).map((v) => [v.place, v.point.value]));
	const years = [...new Set(model.reference.places.flatMap((p) => model.classified(p, x).map((c) => c.year)))].sort(
		(a, b) => b - a
	);
	const withBoth = (year: number) => [...at(x, year).keys()].filter((k) => at(y, year).has(k));
	const of = model.reference.places.filter(
		(p) =>
			model.classified(p, x).some((c) => isComparable(c.status)) &&
			model.classified(p, y).some((c) => isComparable(c.status))
	).length;
	const year = years.find((yr) => 3 * withBoth(yr).length >= 2 * of)!;
	const [xs, ys] = [at(x, year), at(y, year)];
	const both = withBoth(year);
	const dots = await page
		.locator('[data-chart="compare-scatter"] circle.dot')
		.evaluateAll((c) =>
			c.map(
				(d) =>
					[d.getAttribute('data-key')!, Number(d.getAttribute('data-x')), Number(d.getAttribute('data-y'))] as const
			)
		);
	expect(Object.fromEntries(dots.map(([k, a, b]) => [k, [a, b]]))).toEqual(
		Object.fromEntries(both.map((k) => [k, [xs.get(k)!, ys.get(k)!]]))
	);
	const px = both.map((k) => xs.get(k)!);
	const py = both.map((k) => ys.get(k)!);
	const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
	const [mx, my] = [mean(px), mean(py)];
	const cov = px.reduce((a, v, i) => a + (v - mx) * (py[i]! - my), 0);
	const r = cov / Math.sqrt(px.reduce((a, v) => a + (v - mx) ** 2, 0) * py.reduce((a, v) => a + (v - my) ** 2, 0));
	await expect(page.locator('[data-chart="compare-scatter"] .subtitle')).toContainText(String(year));
	await expect(page.locator('[data-chart="compare-scatter"] .summary')).toContainText(
		`r = ${formatNumber(r, 2)}, n = ${both.length}`
	);
	await expect(page.locator('[data-chart="compare-scatter"] text.point-label')).toHaveCount(both.length);
	// Size by population: dots get different radii.
	await page.locator('#scatter-sized').check();
	await expect(page).toHaveURL(/sized=1/);
	await expect
		.poll(
			async () => new Set(await page.locator('circle.dot').evaluateAll((c) => c.map((d) => d.getAttribute('r')))).size
		)
		.toBeGreaterThan(1);
});

test('profile: every place a row, missing cells hatched, sorted by a column best first', async ({ page }) => {
	const model = await loadRecomputation();
	const column = rankable.find((i) => i.indicator_id === 'pm10_annual_mean')!;
	await page.goto(`./compare?view=profile&theme=environment&sort=${column.indicator_id}`);
	await drawn(page);
	const chart = page.locator('[data-chart="compare-profile"]');
	await expect(chart.locator('g.heat-row')).toHaveCount(places.length);
	const columns = rankable.filter(
		(i) => i.theme === 'environment' && i.direction !== 'neutral' && i.measure !== 'count'
	);
	let missing = 0;
	for (const i of columns) {
		const values = inComparisonYear(model, i.indicator_id!);
		if (values.size) missing += places.length - values.size;
	}
	await expect(chart.locator('rect.cell.missing')).toHaveCount(missing);
	const values = inComparisonYear(model, column.indicator_id!);
	// Lower is better: the lowest PM10 first; places without a value last.
	const withValue = [...values].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([k]) => k);
	const order = await chart.locator('g.heat-row').evaluateAll((g) => g.map((r) => r.getAttribute('data-key')));
	expect(order.slice(0, withValue.length)).toEqual(withValue);
});

test('every view fits a 360 px phone and has no serious accessibility violations', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	for (const view of ['benchmark', 'trends', 'scatter', 'profile']) {
		await page.goto(`./compare?view=${view}`);
		await drawn(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, view).toBeLessThanOrEqual(0);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${view} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});
