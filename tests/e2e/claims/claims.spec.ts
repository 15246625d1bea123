/**
 * Every generated statement on the overview, Compare, Monitor and every report card carries claims
 * (docs/COMPARABILITY.md §10), and every claim holds when recomputed from datasets/ by this checker's
 * own code (recompute.ts). Checked in the prerendered HTML (JavaScript off) and after hydration, and
 * for peer groups beyond the partners (size class, country, all Europe, the user's list).
 */
import type { Browser, Page } from '@playwright/test';
import type { Claim } from './recompute';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineReady, expect, test } from '../fixtures';
import { checkClaim, DATASETS_DIR, loadRecomputation, type Recomputation } from './recompute';
import { checkText, collectStatements, type Statement } from './statements';

const cityIds = csvParse(readFileSync(join(DATASETS_DIR, 'cities.csv'), 'utf8')).map((row) => row.city_id ?? '');

const PRERENDERED_PAGES = ['/', '/compare', '/monitor', ...cityIds.map((id) => `/city/${id}`)];

/** Selections only the hydrated page can show (the prerendered /compare ignores the query). */
const LIVE_SELECTIONS = [
	'/compare?indicator=unemployment_rate',
	'/compare?indicator=pm25_annual_mean&window=5',
	'/compare?indicator=unemployed_persons&norm=per1000',
	'/compare?indicator=satisfied_living_in_city',
	'/compare?view=trends&indicator=population',
	'/compare?view=benchmark&city=daugavpils',
	'/compare?view=scatter',
	'/compare?view=profile&theme=environment',
	'/compare?view=composite'
];

/**
 * Selections compared with a peer group other than the partners (§4). The group needs the Europe-wide
 * tables, loaded on demand; a ranking of over 40 places is drawn as a distribution with the highlighted
 * place's percentile.
 */
const GROUP_SELECTIONS: readonly { path: string; statements: boolean }[] = [
	{ path: '/compare?group=size&city=daugavpils', statements: true },
	// No Polish place has an unemployment rate in datasets/: the page says so, with no statement.
	{ path: '/compare?group=country&city=poznan&indicator=unemployment_rate', statements: false },
	// A country group small enough for bars (9 Latvian places).
	{ path: '/compare?group=country&city=daugavpils&indicator=population', statements: true },
	{ path: '/compare?group=europe&city=klaipeda&indicator=cars_per_1000', statements: true },
	{ path: '/compare?view=map&group=europe&city=bologna&indicator=pm10_annual_mean', statements: true },
	// PL005C and LT005C are the partners Poznań and Klaipėda by their Urban Audit codes, not their keys
	// (recompute.ts Q18): the list is Rīga and Tallinn.
	{ path: '/compare?group=list&peers=PL005C,LT005C,LV001C,EE001C&indicator=population', statements: true }
];

/** A tally counts the benchmark claims beside it in the same statement. */
function tallyProblems(statement: Statement): string[] {
	const benchmarks = statement.claims.filter((c) => c.type === 'benchmark');
	return statement.claims
		.filter((c) => c.type === 'tally')
		.flatMap((tally) => {
			const count = (verdict: string) => benchmarks.filter((b) => b.verdict === verdict).length;
			const expected = {
				better: count('better'),
				worse: count('worse'),
				other: benchmarks.length - count('better') - count('worse'),
				of: benchmarks.length
			};
			return Object.entries(expected)
				.filter(([key, n]) => tally[key] !== n)
				.map(
					([key, n]) =>
						`[${statement.kind}] "${statement.text}": tally ${key} is ${String(tally[key])}, its claims give ${n}`
				);
		});
}

/** What is wrong with the statements: their text (§10 formatting) and every recomputed claim. */
function review(statements: readonly Statement[], model: Recomputation, moment: string): string[] {
	return statements.flatMap((statement) => [
		...checkText(statement).map((problem) => `${moment}: ${problem}`),
		...tallyProblems(statement).map((problem) => `${moment}: ${problem}`),
		...statement.claims.flatMap((claim) =>
			checkClaim(model, claim).map((problem) => `${moment}: [${statement.kind}] "${statement.text}": ${problem}`)
		)
	]);
}

async function statementsWithoutJavaScript(browser: Browser, baseURL: string, path: string): Promise<Statement[]> {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	try {
		const page = await context.newPage();
		await page.goto(path);
		return await collectStatements(page);
	} finally {
		await context.close();
	}
}

/** Statements once hydrated: read again until two readings half a second apart agree. */
async function settledStatements(page: Page): Promise<Statement[]> {
	let previous = JSON.stringify(await collectStatements(page));
	for (let attempt = 0; attempt < 20; attempt++) {
		await page.waitForTimeout(500);
		const current = await collectStatements(page);
		const serialised = JSON.stringify(current);
		if (serialised === previous) return current;
		previous = serialised;
	}
	throw new Error('the statements kept changing for 10 seconds');
}

/** Once hydrated: pages that start the engine (not the report cards, which need none) are waited for. */
async function hydratedStatements(page: Page, path: string): Promise<Statement[]> {
	await page.goto(path, { waitUntil: 'networkidle' });
	if ((await page.locator('html').getAttribute('data-engine-state')) !== 'idle') await engineReady(page);
	return settledStatements(page);
}

for (const path of PRERENDERED_PAGES) {
	test(`claims on ${path} hold before and after hydration`, async ({ page, browser, baseURL }) => {
		test.setTimeout(120_000);
		const model = await loadRecomputation();
		const before = await statementsWithoutJavaScript(browser, baseURL!, path);
		const after = await hydratedStatements(page, path);
		expect.soft(before.length, 'statements in the prerendered HTML').toBeGreaterThan(0);
		expect.soft(after.length, 'statements after hydration').toBeGreaterThan(0);
		expect([...review(before, model, 'prerendered'), ...review(after, model, 'hydrated')]).toEqual([]);
	});
}

/**
 * Once the group control says which group is shown (or why the partners are shown instead), the
 * statements are read until they settle. Returns the group id the page shows, or the fallback text.
 */
async function groupStatements(page: Page, path: string): Promise<{ shown: string; statements: Statement[] }> {
	await page.goto(path, { waitUntil: 'networkidle' });
	if ((await page.locator('html').getAttribute('data-engine-state')) !== 'idle') await engineReady(page);
	// Until the Europe-wide tables are in, the control says "the partners"; wait for the group asked for.
	const about = page.locator('.group-about [data-group]:not([data-group="partners"]), .group-about .fallback').first();
	await about.waitFor({ timeout: 90_000 });
	const shown = (await about.getAttribute('data-group')) ?? `fallback: ${await about.innerText()}`;
	return { shown, statements: await settledStatements(page) };
}

test('claims hold for live selections on /compare', async ({ page }) => {
	// The machine is shared (2 cores, another test file in parallel): generous.
	test.setTimeout(300_000);
	const model = await loadRecomputation();
	const problems: string[] = [];
	for (const path of LIVE_SELECTIONS) {
		const statements = await hydratedStatements(page, path);
		expect.soft(statements.length, `statements on ${path}`).toBeGreaterThan(0);
		problems.push(...review(statements, model, path));
	}
	expect(problems).toEqual([]);
});

test('claims hold for peer groups on /compare (size, country, Europe, map, own list)', async ({ page }) => {
	test.setTimeout(360_000);
	const model = await loadRecomputation();
	const problems: string[] = [];
	const claims: Claim[] = [];
	for (const { path, statements: expectStatements } of GROUP_SELECTIONS) {
		const { shown, statements } = await groupStatements(page, path);
		const own = statements.flatMap((s) => s.claims);
		claims.push(...own);
		if (expectStatements) expect.soft(statements.length, `statements on ${path}`).toBeGreaterThan(0);
		// The page's group is the one its claims say (a fallback to the partners says "partners").
		const groups = [...new Set(own.map((c) => c.group))];
		const expected = shown.startsWith('fallback: ') ? 'partners' : shown;
		expect.soft(groups, `groups of the claims on ${path} (shown: ${shown})`).toEqual(own.length ? [expected] : []);
		problems.push(...review(statements, model, path));
	}
	// The checker is not idle: the distributions' percentile sentences were among the claims checked.
	expect.soft(claims.filter((c) => c.type === 'percentile').length, 'percentile claims').toBeGreaterThan(0);
	expect(problems).toEqual([]);
});
