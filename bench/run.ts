/**
 * Start-up and query benchmark of the built site in headless Chromium (Debian's, as in the e2e tests).
 * Each run is a fresh browser context (empty cache), like a first visit:
 *   engine start   — performance measure coc:engine-start (worker + wasm + datasets loaded)
 *   first paint    — first-contentful-paint; the chart is prerendered, so it is in that paint
 *   interactive    — coc:interactive mark (the page is hydrated, controls respond)
 *   data ready     — coc:engine-ready mark (live queries possible), from navigation start
 *   query          — coc:query measure: a year change (GROUP BY coverage + filtered join)
 * Prints median and p95 and the ratio first paint ÷ engine start; writes bench/results.json.
 *   npm run bench            (RUNS=20 npm run bench for more runs)
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 12));
const PORT = 4180;
const URL_ROOT = `http://127.0.0.1:${PORT}/`;

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

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(URL_ROOT)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The static server did not start on ${URL_ROOT}`);
}

async function main(): Promise<void> {
	const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	try {
		await waitForServer();
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
