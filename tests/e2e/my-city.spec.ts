/**
 * "My city": chosen on a report card, remembered in this browser across reloads, named in the header
 * of every page and highlighted on /compare and /monitor until cleared; a link that names its own
 * place (or "none") still wins.
 */
import { engineReady, expect, test } from './fixtures';

test('my city is remembered, highlighted on /compare and /monitor, and cleared on its card', async ({ page }) => {
	await page.goto('./city/klaipeda');
	await page.getByRole('button', { name: 'Make Klaipėda my city' }).click();
	await expect(page.locator('header [data-my-city="klaipeda"]')).toHaveText('My city: Klaipėda');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Klaipėda is my city (clear)' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.goto('./compare');
	await engineReady(page);
	await expect(page.locator('header [data-my-city="klaipeda"]')).toBeVisible();
	await expect(page.locator('#compare-city')).toHaveValue('klaipeda');
	const highlighted = page.locator('[data-chart="compare-ranking"] rect.bar[data-key="klaipeda"]');
	const other = page.locator('[data-chart="compare-ranking"] rect.bar:not([data-key="klaipeda"])').first();
	await expect(highlighted).toHaveCount(1);
	expect(await highlighted.getAttribute('fill')).not.toBe(await other.getAttribute('fill'));
	// A link naming another place, or none, shows what it names.
	await page.goto('./compare?city=murcia');
	await engineReady(page);
	await expect(page.locator('#compare-city')).toHaveValue('murcia');
	await page.locator('#compare-city').selectOption('');
	await expect(page).toHaveURL(/city=none/);
	await expect(page.locator('#compare-city')).toHaveValue('');

	await page.goto('./monitor');
	await expect(page.locator('#monitor-city')).toHaveValue('klaipeda');

	await page.goto('./city/klaipeda');
	await page.getByRole('button', { name: 'Klaipėda is my city (clear)' }).click();
	await expect(page.locator('header [data-my-city]')).toHaveCount(0);
	await page.goto('./compare');
	await engineReady(page);
	await expect(page.locator('#compare-city')).toHaveValue('');
});
