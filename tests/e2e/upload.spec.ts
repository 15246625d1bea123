/**
 * /upload on the built site with hand-made files (tests/fixtures/README.md): what was guessed, the
 * validation report with line numbers, the import into the dashboard's views, persistence across a
 * reload, and a broken file that changes nothing. Expected values are read here from the fixture by
 * a separate, minimal reading (Node's own TextDecoder and string splitting).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatNumber } from '../../src/lib/data/format';
import { drawnBars, engineReady, expect, test } from './fixtures';

const FIXTURES = 'tests/fixtures/upload';
const GREEN = `${FIXTURES}/green-share-windows-1250.csv`;

/** Drop a file on the drop zone the way a browser does: a drop event carrying it in a DataTransfer. */
async function dropFile(page: Page, path: string): Promise<void> {
	const bytes = [...readFileSync(path)];
	const name = path.split('/').pop()!;
	const transfer = await page.evaluateHandle(
		([data, fileName]) => {
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(data)], fileName, { type: 'text/csv' }));
			return dt;
		},
		[bytes, name] as const
	);
	await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The fixture's valid values, by hand: lines 4–8, ';' cells, decimal comma, our places only. */
function expectedGreen(): { place: string; year: number; value: number }[] {
	const lines = new TextDecoder('windows-1250').decode(readFileSync(GREEN)).split('\r\n');
	const years = lines[2]!.split(';').slice(2).map(Number);
	const ours = new Set(['Poznań', 'Klaipeda', 'Den Haag', 'Firenze']);
	return lines.slice(3, 8).flatMap((line) => {
		const [place, , ...cells] = line.split(';');
		if (!ours.has(place!)) return [];
		return cells.flatMap((cell, i) => {
			const value = Number(cell.replace(/\s*e$/, '').replace(',', '.'));
			return cell.trim() === '' || cell === ':' || Number.isNaN(value)
				? []
				: [{ place: place!, year: years[i]!, value }];
		});
	});
}

async function consoleCount(page: Page, where: string): Promise<string> {
	await page.goto('./explore');
	await engineReady(page);
	await page.getByLabel('Query').fill(`SELECT count(*)::INTEGER AS n FROM all_observations WHERE ${where}`);
	await page.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
	await expect(page.locator('.console-status')).toHaveText('1 row', { timeout: 60_000 });
	return (await page.locator('table.console-result tbody td').textContent()) ?? '';
}

async function openUpload(page: Page, file: string): Promise<void> {
	await page.goto('./upload');
	await engineReady(page);
	await page.getByLabel('Choose a file').setInputFiles(file);
	await expect(page.getByTestId('read-summary')).toBeVisible();
}

test('a Windows-1250 office export: guesses shown, problems by line, values imported, kept after reload', async ({
	page
}) => {
	const want = expectedGreen();
	await openUpload(page, GREEN);
	await expect(page.getByLabel('Encoding')).toHaveValue('windows-1250');
	await expect(page.getByLabel('Delimiter')).toHaveValue(';');
	await expect(page.getByLabel('Decimal mark')).toHaveValue(',');
	await expect(page.getByLabel('Rows above the header')).toHaveValue('2');
	await expect(page.getByLabel('Rows below the data')).toHaveValue('1');
	await expect(page.getByTestId('read-summary')).toContainText('header on line 3');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	const summary = page.getByTestId('shape-summary');
	await expect(summary).toContainText(`${want.length} values for 4 places and 1 indicator`);
	const report = page.locator('.problems tbody tr');
	await expect(report).toHaveCount(1);
	await expect(report.first()).toContainText('7');
	await expect(report.first()).toContainText('abc');
	await expect(page.locator('.unmatched')).toContainText('Atlantis');
	await page.getByRole('textbox', { name: 'Label', exact: true }).fill('Green share (my office)');
	await page.getByRole('textbox', { name: 'Unit', exact: true }).fill('%');
	await page.getByLabel('Better is').selectOption('higher-is-better');
	await page.getByRole('button', { name: `Import ${want.length} values` }).click();
	await expect(page.locator('.outcome')).toContainText(`Imported ${want.length} values`);
	await expect(page.locator('table.datasets tbody tr')).toHaveCount(1);

	// The values are in the dashboard's views, as user data, with the flag kept.
	expect(await consoleCount(page, "origin = 'user'")).toBe(formatNumber(want.length));
	expect(await consoleCount(page, "origin = 'user' AND flags = 'e'")).toBe('1');

	// Explore offers it as a filter, marked as the user's; its preview holds exactly those rows.
	await page.locator('#explore-search').fill('green share');
	await page.getByRole('checkbox', { name: 'Green share (my office) (your data)' }).check();
	await expect(page.locator('p.count[data-count]')).toHaveAttribute('data-count', String(want.length));
	await expect(page.locator('tbody tr').first()).toContainText('Your data (uploaded file)');

	// Compare offers the new indicator; its ranking draws one bar per place with a value.
	await page.goto('./compare');
	await engineReady(page);
	const select = page.locator('#compare-indicator');
	await expect(select).toContainText('Green share (my office)');
	await select.selectOption({ label: 'Green share (my office) (your data)' });
	// With a ten-year look-back each place shows its latest value; "Den Haag" is The Hague itself (its
	// city-level unit), not the greater city.
	await page.locator('#compare-window').selectOption('10');
	const latest = (place: string) => want.filter((w) => w.place === place).sort((a, b) => b.year - a.year)[0]!.value;
	await expect
		.poll(() => drawnBars(page, 'compare-ranking'))
		.toEqual({
			poznan: latest('Poznań'),
			klaipeda: latest('Klaipeda'),
			'the-hague': latest('Den Haag'),
			florence: latest('Firenze')
		});

	// A reload keeps it (IndexedDB), replayed into the engine.
	await page.goto('./upload');
	await page.reload();
	await engineReady(page);
	await expect(page.locator('table.datasets tbody tr')).toHaveCount(1);
	await expect(page.getByLabel('Name of green-share-windows-1250')).toHaveValue('green-share-windows-1250');
});

test('a broken file is reported line by line and leaves the data already loaded intact', async ({ page }) => {
	await openUpload(page, GREEN);
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await page.getByRole('button', { name: /^Import \d+ values$/ }).click();
	await expect(page.locator('.outcome')).toContainText('Imported');

	await dropFile(page, `${FIXTURES}/broken.csv`);
	await expect(page.getByTestId('read-summary')).toContainText('broken.csv');
	await expect(page.locator('p.refused').filter({ hasText: 'Line 4' })).toContainText('never closed');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	const rows = page.locator('.problems tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('3 cells');
	await expect(rows.nth(0).locator('td').first()).toHaveText('3');
	await expect(rows.nth(1).locator('td').first()).toHaveText('4');
	// Nothing imported from it: the first file's rows are all there.
	expect(await consoleCount(page, "origin = 'user'")).toBe(formatNumber(expectedGreen().length));
});

test('a city target file: bad rows reported, the target shown on /monitor', async ({ page }) => {
	await openUpload(page, `${FIXTURES}/targets-poznan.csv`);
	await expect(page.getByTestId('read-summary')).toContainText('a targets file');
	await page.getByRole('button', { name: 'Check and import targets' }).click();
	await expect(page.locator('.outcome')).toContainText('Imported 1 target as');
	await expect(page.locator('.problems tbody tr')).toHaveCount(1);
	await expect(page.locator('.problems tbody tr')).toContainText('no_such_indicator');
	await page.goto('./monitor');
	await engineReady(page);
	const set = page.getByRole('radio', { name: 'Poznań air plan 2030 (example)' });
	await set.check();
	// Only Poznań has this target: one row of the matrix is assessed, the others say there is none.
	await expect(page.locator('p.tally')).toContainText('Poznań air plan 2030 (example):');
	await expect(page.locator('p.tally')).not.toContainText(
		/^[^:]*: 0 met, 0 not met but on course, 0 not met, 0 without a recent value/
	);
});

test('/upload has no serious accessibility violations', async ({ page }) => {
	await openUpload(page, GREEN);
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('shape-summary')).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
