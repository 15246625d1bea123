/**
 * Start-up and query benchmark of the built site in headless Chromium (Debian's, as in the e2e tests).
 * Each run is a fresh browser context (empty cache), like a first visit:
 *   engine start   — performance measure coc:engine-start (worker + wasm + datasets loaded)
 *   first paint    — first-contentful-paint; the chart is prerendered, so it is in that paint
 *   interactive    — coc:interactive mark (the page is hydrated, controls respond)
 *   data ready     — coc:engine-ready mark (live queries possible), from navigation start
 *   yearChange     — coc:query measure of a year change (no query: the indicator's series are loaded)
 *   indicatorChange — coc:query measure of the first indicator change of the visit (its first query)
 * Then, on /compare, the time from a control change to the redrawn chart (bench/redraw.ts), on the
 * real datasets and on a copy of the site with 1,000,000 generated rows more (bench/large-table.ts);
 * and on /explore, page turns and scroll frame times of the preview on both (bench/explore-paging.ts).
 * Every European city (bench/groups.ts): the Europe-wide tables' load and bytes, and switching the group
 * to all European cities on the ranking and the map.
 * The reference, in the same run: a bare DuckDB-wasm page (bench/bare/) — its engine-ready time on a first
 * visit (interleaved with the app's cold starts) and a filter + aggregate over a 1,000,000-row table.
 * Prints median and p95 and the ratios to the bare engine; writes bench/results.json.
 *   npm run bench            (RUNS=20 npm run bench for more runs)
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type Locator } from '@playwright/test';
import { prepareLargeBuild } from './large-table';
import { measurePaging, type PagingSample } from './explore-paging';
import { measureRedrawsWithLongTasks, REDRAW_CASES } from './redraw';
import { bareAggregates, bareEngineReady, buildBare, BARE_DIR } from './bare';
import { inNewContext } from './browser-context';
import { measureRepeatVisit } from './repeat-visit';
import { serve } from './serve';
import { europeBytes, GROUP_VIEWS, measureEuropeLoad, measureGroupSwitches } from './groups';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 20));
const BARE_PORT = 4182;
const BARE_URL = `http://127.0.0.1:${BARE_PORT}/`;
const BARE_ROWS = 1_000_000;
const AGGREGATES = 100;
const GROUP_SWITCHES = 100;
const EUROPE_LOADS = 5;
const PORT = 4180;
const URL_ROOT = `http://127.0.0.1:${PORT}/`;
const LARGE_PORT = 4181;
const REDRAWS = 100;
const PAGE_TURNS = 20;
const REPEAT_VISITS = 5;

function paging(browser: Browser, base: string): Promise<PagingSample> {
	return inNewContext(browser, (page) => measurePaging(page, base, PAGE_TURNS));
}

interface Sample {
	engineStart: number;
	firstPaint: number;
	interactive: number;
	dataReady: number;
	yearChange: number;
	indicatorChange: number;
}

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
	return sorted[Math.max(0, index)]!;
}

const stats = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) });

/** Control change → redrawn chart, per view, on the site at `base`. */
type Stats = ReturnType<typeof stats>;
type Redraws = Stats & { query: Stats; longTasks: { over100: number; max: number } };
async function redraws(browser: Browser, base: string): Promise<Record<string, Redraws>> {
	const out: Record<string, Redraws> = {};
	for (const [name, view] of Object.entries(REDRAW_CASES)) {
		const context = await browser.newContext({ locale: 'en-GB' });
		const { samples, longTasks } = await measureRedrawsWithLongTasks(await context.newPage(), base, view, REDRAWS);
		out[name] = {
			...stats(samples.map((s) => s.total)),
			query: stats(samples.map((s) => s.query)),
			longTasks: { over100: longTasks.filter((t) => t > 100).length, max: Math.max(0, ...longTasks) }
		};
		await context.close();
		process.stdout.write('.');
	}
	return out;
}

/** Selects an option of `select` other than the one shown (a user's change). */
async function chooseAnother(select: Locator): Promise<void> {
	const options = await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
	const current = await select.inputValue();
	await select.selectOption(options.find((v) => v !== current)!);
}

const ms = (v: number) => v.toFixed(1).padStart(9);

async function main(): Promise<void> {
	const server = await serve('build', PORT);
	const sharedFiles = buildBare();
	const bareServer = await serve(BARE_DIR, BARE_PORT);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	try {
		const samples: Sample[] = [];
		const bareReady: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			// Interleaved with the app's cold starts, alternately before and after, so drift hits both alike.
			if (run % 2 === 0) bareReady.push(await bareEngineReady(browser, BARE_URL));
			const context = await browser.newContext({ locale: 'en-GB' });
			const page = await context.newPage();
			await page.goto(URL_ROOT);
			await page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 60_000 });
			await chooseAnother(page.getByLabel('Year'));
			await page.waitForFunction(() => performance.getEntriesByName('coc:query').length > 0);
			await chooseAnother(page.locator('#indicator-select'));
			await page.waitForFunction(() => performance.getEntriesByName('coc:query').length > 1);
			// A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
			samples.push(
				await page.evaluate<Sample>(`(() => {
					const one = (name) => performance.getEntriesByName(name).at(-1);
					return {
						engineStart: one('coc:engine-start').duration,
						firstPaint: one('first-contentful-paint').startTime,
						interactive: one('coc:interactive').startTime,
						dataReady: one('coc:engine-ready').startTime,
						yearChange: performance.getEntriesByName('coc:query')[0].duration,
						indicatorChange: performance.getEntriesByName('coc:query')[1].duration
					};
				})()`)
			);
			await context.close();
			if (run % 2 === 1) bareReady.push(await bareEngineReady(browser, BARE_URL));
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
		const bare = {
			engineReady: stats(bareReady),
			aggregate: stats(await bareAggregates(browser, BARE_URL, BARE_ROWS, AGGREGATES))
		};
		console.log(`bare DuckDB-wasm page (${sharedFiles} precompressed engine files shared with the app):`);
		console.log(
			`engine ready    ${ms(bare.engineReady.median)} ${ms(bare.engineReady.p95)}   app ÷ bare (medians): ${(summary.dataReady.median / bare.engineReady.median).toFixed(2)} (target ≤ 1.15)`
		);
		console.log(`1M aggregate    ${ms(bare.aggregate.median)} ${ms(bare.aggregate.p95)}   (${AGGREGATES} queries)`);

		const repeats = [];
		for (let i = 0; i < REPEAT_VISITS; i++) repeats.push(await measureRepeatVisit(browser, URL_ROOT, server));
		const repeat = {
			ready: stats(repeats.map((r) => r.ready)),
			hashedFilesAgain: Math.max(...repeats.map((r) => r.again.length)),
			requests: Math.max(...repeats.map((r) => r.requests))
		};
		console.log(
			`repeat visit (${REPEAT_VISITS}, same browser cache): engine ready ${ms(repeat.ready.median)} ${ms(repeat.ready.p95)}; ` +
				`hashed files downloaded again: ${repeat.hashedFilesAgain} (target 0; ${repeat.requests} requests in all, the HTML revalidated)`
		);

		const loads = [];
		for (let i = 0; i < EUROPE_LOADS; i++) loads.push(await measureEuropeLoad(browser, URL_ROOT));
		const europe = {
			bytes: europeBytes(),
			load: stats(loads.map((l) => l.load)),
			firstSwitch: stats(loads.map((l) => l.firstSwitch)),
			switches: {} as Record<
				string,
				{ toEurope: Stats; toPartners: Stats; longTasksOver100: number; longTaskMax: number }
			>
		};
		for (const [name, view] of Object.entries(GROUP_VIEWS)) {
			const s = await measureGroupSwitches(browser, URL_ROOT, view, GROUP_SWITCHES);
			europe.switches[name] = {
				toEurope: stats(s.toEurope),
				toPartners: stats(s.toPartners),
				longTasksOver100: s.longTasks.filter((t) => t > 100).length,
				longTaskMax: Math.max(0, ...s.longTasks)
			};
		}
		const kb = (n: number | null) => (n === null ? '—' : `${(n / 1024).toFixed(0)} KB`);
		console.log('Every European city: the Europe-wide files as served');
		for (const b of europe.bytes)
			console.log(
				`  ${b.file.padEnd(40)} ${kb(b.raw).padStart(9)} raw ${kb(b.br).padStart(8)} br ${kb(b.gz).padStart(8)} gz`
			);
		const total = (k: 'raw' | 'br' | 'gz') => europe.bytes.reduce((sum, b) => sum + (b[k] ?? 0), 0);
		console.log(`  total ${kb(total('raw'))} raw, ${kb(total('br'))} brotli, ${kb(total('gz'))} gzip`);
		console.log(
			`load (fetch + insert), ${EUROPE_LOADS} first visits: median ${europe.load.median.toFixed(0)} ms, p95 ${europe.load.p95.toFixed(0)} ms; first switch to the painted chart: median ${europe.firstSwitch.median.toFixed(0)} ms`
		);
		console.log(
			`group switch once loaded, ${GROUP_SWITCHES} per view (ms)   median    p95   ÷ bare median   ÷ bare p95 (target ≤ 2)`
		);
		for (const [name, s] of Object.entries(europe.switches)) {
			for (const [to, v] of [
				['→ all Europe', s.toEurope],
				['→ partners', s.toPartners]
			] as const) {
				console.log(
					`  ${`${name} ${to}`.padEnd(24)} ${v.median.toFixed(1).padStart(8)} ${v.p95.toFixed(1).padStart(7)} ${(v.median / bare.aggregate.median).toFixed(2).padStart(14)} ${(v.p95 / bare.aggregate.p95).toFixed(2).padStart(12)}`
				);
			}
		}

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
		console.log(
			'view        real median  real p95   1M median   1M p95   1M ÷ bare median   1M ÷ bare p95   1M query median   long tasks > 100 ms (max)'
		);
		for (const view of Object.keys(real)) {
			const [r, b] = [real[view]!, big[view]!];
			console.log(
				`${view.padEnd(11)} ${r.median.toFixed(1).padStart(11)} ${r.p95.toFixed(1).padStart(9)} ${b.median.toFixed(1).padStart(11)} ${b.p95.toFixed(1).padStart(8)} ${(b.median / bare.aggregate.median).toFixed(2).padStart(18)} ${(b.p95 / bare.aggregate.p95).toFixed(2).padStart(15)} ${b.query.median.toFixed(1).padStart(17)}   ${r.longTasks.over100 + b.longTasks.over100} (${Math.max(r.longTasks.max, b.longTasks.max).toFixed(0)} ms)`
			);
		}
		console.log(
			`(1M: ${large.rows.toLocaleString('en-GB')} generated rows, ${large.megabytes.toFixed(0)} MB of CSV more; targets: median and p95 ≤ 2× the bare engine's, no long task over 100 ms)`
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
					bare: {
						rows: BARE_ROWS,
						aggregates: AGGREGATES,
						engineReady: bare.engineReady,
						aggregate: bare.aggregate,
						samples: bareReady
					},
					repeat,
					europe,
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
		bareServer.kill();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
