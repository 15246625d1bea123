/**
 * Every chart's text fits inside its SVG and no two of its labels overprint each other (bounding
 * boxes as the browser draws them), on the pages and views people open first.
 */
import type { Page } from '@playwright/test';
import { engineReady, expect, test } from './fixtures';

const PAGES = [
	'./',
	'./compare',
	'./compare?indicator=pm25_annual_mean',
	'./compare?view=benchmark&city=daugavpils&theme=economy-work',
	'./compare?view=trends&indicator=population',
	'./compare?view=scatter&indicator=cars_per_1000&y=pm10_annual_mean',
	'./compare?view=profile&theme=environment',
	'./compare?view=composite',
	'./monitor',
	'./city/daugavpils',
	'./city/hannover',
	'./city/the-hague'
];

interface Box {
	text: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Per chart: its SVG's box and the boxes of its non-empty text elements. */
async function chartTexts(page: Page): Promise<{ chart: string; svg: Box; texts: Box[] }[]> {
	return page.locator('svg.frame').evaluateAll((svgs) =>
		svgs.map((svg) => {
			const box = (e: Element, text = '') => {
				const r = e.getBoundingClientRect();
				return { text, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
			};
			return {
				chart: svg.closest('[data-chart]')?.getAttribute('data-chart') ?? svg.getAttribute('aria-label') ?? '?',
				svg: box(svg),
				texts: [...svg.querySelectorAll('text')]
					.filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0)
					.map((t) => box(t, t.textContent!.trim()))
			};
		})
	);
}

/** Two boxes overlap by more than a pixel each way. */
const overlap = (a: Box, b: Box) =>
	Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;

for (const path of PAGES) {
	test(`chart labels on ${path} fit their chart and never overprint`, async ({ page }) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		if ((await page.locator('html').getAttribute('data-engine-state')) !== 'idle') await engineReady(page);
		if (path.includes('view=')) await expect(page.locator('[data-drawn]')).not.toHaveAttribute('data-drawn', '');
		const problems: string[] = [];
		for (const { chart, svg, texts } of await chartTexts(page)) {
			for (const t of texts) {
				if (t.x0 < svg.x0 - 1 || t.x1 > svg.x1 + 1 || t.y0 < svg.y0 - 1 || t.y1 > svg.y1 + 1)
					problems.push(`${chart}: "${t.text}" is cut off (outside its SVG)`);
			}
			for (const [i, a] of texts.entries())
				for (const b of texts.slice(i + 1))
					if (overlap(a, b)) problems.push(`${chart}: "${a.text}" overprints "${b.text}"`);
		}
		expect(problems).toEqual([]);
	});
}
