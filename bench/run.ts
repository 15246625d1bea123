/**
 * Start-up and query benchmark of the built site in headless Chromium (Debian's, as in the e2e tests).
 * Each run is a fresh browser context (empty cache), like a first visit:
 *   engine start   — performance measure coc:engine-start (worker + wasm + datasets loaded)
 *   first paint    — first-contentful-paint; the chart is prerendered, so it is in that paint
 *   interactive    — coc:interactive mark (the page is hydrated, controls respond)
 *   data ready     — coc:engine-ready mark (live queries possible), from navigation start
 *   query          — coc:query measure: a year change (GROUP BY coverage + filtered join)
 * Then, on /compare, the time from a control change to the redrawn chart (bench/redraw.ts), on the
 * real datasets and on a copy of the site with 1,000,000 generated rows more (bench/large-table.ts);
 * and on /explore, page turns and scroll frame times of the preview on both (bench/explore-paging.ts).
 * Prints median and p95 and the ratios; writes bench/results.json.
 *   npm run bench            (RUNS=20 npm run bench for more runs)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { prepareLargeBuild } from './large-table';
import { measurePaging, type PagingSample } from './explore-paging';
import { measureRedraws, REDRAW_CASES } from './redraw';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 12));
const PORT = 4180;
const URL_ROOT = `http://127.0.0.1:${PORT}/`;
const LARGE_PORT = 4181;
const REDRAWS = 30;
const PAGE_TURNS = 20;

async function paging(browser: Browser, base: string): Promise<PagingSample> {
	const context = await browser.newContext({ locale: 'en-GB' });
	try {
		return await measurePaging(await context.newPage(), base, PAGE_TURNS);
	} finally {
		await context.close();
	}
}

interface Sample {
	engineStart: number;
	firstPaint: number;
	interactive: number;
	dataReady: number;
	query: number;
}

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
	return sorted[Math.max(0, index)]!;
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: dir },
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`The static server did not start on port ${port}`);
}

const stats = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) });

/** Control change → redrawn chart, per view, on the site at `base`. */
type Stats = ReturnType<typeof stats>;
async function redraws(browser: Browser, base: string): Promise<Record<string, Stats & { query: Stats }>> {
	const out: Record<string, Stats & { query: Stats }> = {};
	for (const [name, view] of Object.entries(REDRAW_CASES)) {
		const context = await browser.newContext({ locale: 'en-GB' });
		const samples = await measureRedraws(await context.newPage(), base, view, REDRAWS);
		out[name] = { ...stats(samples.map((s) => s.total)), query: stats(samples.map((s) => s.query)) };
		await context.close();
		process.stdout.write('.');
	}
	return out;
}

async function main(): Promise<void> {
	const server = await serve('build', PORT);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	try {
		const samples: Sample[] = [];
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ locale: 'en-GB' });
			const page = await context.newPage();
			await page.goto(URL_ROOT);
			await page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 60_000 });
			const years = await page
				.getByLabel('Year')
				.locator('option')
				.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
			const current = await page.getByLabel('Year').inputValue();
			await page.getByLabel('Year').selectOption(years.find((y) => y !== current)!);
			await page.waitForFunction(() => performance.getEntriesByName('coc:query').length > 0);
			// A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
			samples.push(
				await page.evaluate<Sample>(`(() => {
					const one = (name) => performance.getEntriesByName(name).at(-1);
					return {
						engineStart: one('coc:engine-start').duration,
						firstPaint: one('first-contentful-paint').startTime,
						interactive: one('coc:interactive').startTime,
						dataReady: one('coc:engine-ready').startTime,
						query: one('coc:query').duration
					};
				})()`)
			);
			await context.close();
			process.stdout.write('.');
		}
		process.stdout.write('\n');
		const keys = Object.keys(samples[0]!) as (keyof Sample)[];
		const summary = Object.fromEntries(
			keys.map((k) => {
				const values = samples.map((s) => s[k]);
				return [k, { median: quantile(values, 0.5), p95: quantile(values, 0.95) }];
			})
		) as Record<keyof Sample, { median: number; p95: number }>;
		const ratio = summary.firstPaint.median / summary.engineStart.median;
		console.log(`${RUNS} runs, built site, headless Chromium ${browser.version()}`);
		console.log('metric          median ms    p95 ms');
		for (const k of keys) {
			console.log(
				`${k.padEnd(15)} ${summary[k].median.toFixed(1).padStart(9)} ${summary[k].p95.toFixed(1).padStart(9)}`
			);
		}
		console.log(`first paint ÷ engine start (medians): ${ratio.toFixed(2)}`);

		const real = await redraws(browser, URL_ROOT);
		const realPaging = await paging(browser, URL_ROOT);
		const large = prepareLargeBuild();
		const largeServer = await serve('build-bench', LARGE_PORT);
		let big: Awaited<ReturnType<typeof redraws>>;
		let bigPaging: PagingSample;
		try {
			big = await redraws(browser, `http://127.0.0.1:${LARGE_PORT}/`);
			bigPaging = await paging(browser, `http://127.0.0.1:${LARGE_PORT}/`);
		} finally {
			largeServer.kill();
		}
		process.stdout.write('\n');
		console.log(`/compare control change → redrawn chart, ${REDRAWS} changes per view (ms):`);
		console.log('view        real median  real p95   1M median   1M p95   p95 1M ÷ real   1M query median');
		for (const view of Object.keys(real)) {
			const [r, b] = [real[view]!, big[view]!];
			console.log(
				`${view.padEnd(11)} ${r.median.toFixed(1).padStart(11)} ${r.p95.toFixed(1).padStart(9)} ${b.median.toFixed(1).padStart(11)} ${b.p95.toFixed(1).padStart(8)} ${(b.p95 / r.p95).toFixed(2).padStart(14)} ${b.query.median.toFixed(1).padStart(17)}`
			);
		}
		console.log(
			`(1M: ${large.rows.toLocaleString('en-GB')} generated rows, ${large.megabytes.toFixed(0)} MB of CSV more; target p95 ≤ 100 ms)`
		);
		const pagingStats = (p: PagingSample) => ({
			rows: p.rows,
			pageTurn: stats(p.pageTurns),
			frame: { ...stats(p.frames), max: Math.max(...p.frames) }
		});
		const explore = { real: pagingStats(realPaging), large: pagingStats(bigPaging) };
		console.log(`/explore preview, ${PAGE_TURNS} page turns and a 40-frame scroll (ms):`);
		console.log('site   result rows   turn median   turn p95   frame median   frame p95   frame max');
		for (const [name, e] of Object.entries(explore)) {
			console.log(
				`${name.padEnd(6)} ${e.rows.toLocaleString('en-GB').padStart(11)} ${e.pageTurn.median.toFixed(1).padStart(13)} ${e.pageTurn.p95.toFixed(1).padStart(10)} ${e.frame.median.toFixed(1).padStart(14)} ${e.frame.p95.toFixed(1).padStart(11)} ${e.frame.max.toFixed(1).padStart(11)}`
			);
		}
		console.log(
			`page-turn p95, 1M ÷ real: ${(explore.large.pageTurn.p95 / explore.real.pageTurn.p95).toFixed(2)} (a 60 Hz frame is 16.7 ms)`
		);
		writeFileSync(
			'bench/results.json',
			JSON.stringify(
				{
					date: new Date().toISOString(),
					runs: RUNS,
					chromium: browser.version(),
					node: process.version,
					summary,
					ratio,
					redraw: { changesPerView: REDRAWS, real, largeRows: large.rows, large: big },
					explore,
					samples
				},
				null,
				'\t'
			) + '\n'
		);
	} finally {
		await browser.close();
		server.kill();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
