import { loadRecomputation } from './claims/recompute';
import { drawnBars, engineReady, expect, test } from './fixtures';

// The build-subpath/ site (BASE_PATH=/cities-of-change) served under that prefix by a plain static server.
test('the site works under a sub-path: assets, engine and links stay under the prefix', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('./');
	await engineReady(page);
	const model = await loadRecomputation();
	const year = model.comparisonYear('population')!.year;
	expect(await drawnBars(page)).toEqual(
		Object.fromEntries(model.groupValues('population', { from: year, to: year }).map((v) => [v.place, v.point.value]))
	);
	expect(requests.filter((p) => !p.startsWith('/cities-of-change/'))).toEqual([]);
	await expect(page.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', /^\/cities-of-change\/?$/);
});

test('an unknown URL under the sub-path shows the 404 page with a working way back', async ({ page }) => {
	const response = await page.goto('./no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('not found', { ignoreCase: true });
	await page.getByRole('link', { name: /overview of the partner cities/i }).click();
	await expect(page).toHaveURL(/\/cities-of-change\/?$/);
	await expect(page.locator('[data-chart="ranking"] rect.bar').first()).toBeVisible();
});
