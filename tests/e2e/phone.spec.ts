import { expect, test } from './fixtures';

// A 360 px phone must never scroll sideways: wide tables scroll inside their own frame,
// controls and long labels wrap. (The compare views have their own check in compare-views.spec.ts.)
const PAGES = ['./', 'monitor', 'explore', 'upload', 'about', 'city/poznan', 'accessibility'] as const;

test.use({ viewport: { width: 360, height: 780 } });

for (const path of PAGES) {
	test(`${path} fits a 360 px phone without sideways scrolling`, async ({ page }) => {
		await page.goto(path);
		// Some pages start the engine and redraw, some stay prerendered: wait until nothing loads.
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
