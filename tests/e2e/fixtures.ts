/**
 * Every e2e test runs under two guards: no request may leave the local server, and the page may not
 * log a console error or throw. Both are checked after the test body.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guards: void }>({
	guards: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const external: string[] = [];
			const errors: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
			});
			page.on('console', (message) => {
				// A deliberate 404 navigation logs the failed document load; that is the point of that test.
				if (message.type() === 'error' && !message.text().includes('404 (Not Found)')) errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use();
			expect(external, 'requests that left the local server').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the browser's DuckDB has started and loaded the datasets. */
export async function engineReady(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-engine-state', 'ready', { timeout: 45_000 });
}

/** The drawn bars of a chart as { city_id: value }. */
export async function drawnBars(page: Page, chart = 'ranking'): Promise<Record<string, number>> {
	const bars = page.locator(`[data-chart="${chart}"] rect.bar`);
	const pairs = await bars.evaluateAll((rects) =>
		rects.map((r) => [r.getAttribute('data-key') ?? '', Number(r.getAttribute('data-value'))] as const)
	);
	return Object.fromEntries(pairs);
}
