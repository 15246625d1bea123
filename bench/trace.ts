/**
 * Chromium traces of the slow paths, for docs/: where the main thread's time goes on a cold start of
 * `/`, a ranking redraw and an `/explore` page turn at 1,000,000 generated rows more, and a switch of
 * the ranking to every European city. Each trace (`docs/traces/<path>.json.gz`) opens as a flame chart
 * in Chromium's DevTools (Performance → Load profile) or at ui.perfetto.dev; `docs/traces/README.md`
 * gets a table of the main thread's self time per kind of work, per action.
 *   npm run build && npx tsx bench/trace.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { inNewContext } from './browser-context';
import { prepareLargeBuild } from './large-table';
import { serve } from './serve';
import { timeSelectChange } from './redraw';

const OUT = 'docs/traces';
const REPEATS = 5;
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	'blink.user_timing'
];

/** DevTools' kinds of main-thread work, by trace event name (the rest is "other"). */
const KINDS: Record<string, string> = {
	FunctionCall: 'scripting',
	EvaluateScript: 'scripting',
	'v8.compile': 'scripting',
	'v8.compileModule': 'scripting',
	'v8.evaluateModule': 'scripting',
	'v8.run': 'scripting',
	RunMicrotasks: 'scripting',
	TimerFire: 'scripting',
	FireAnimationFrame: 'scripting',
	EventDispatch: 'scripting',
	HandlePostMessage: 'scripting',
	MajorGC: 'scripting',
	MinorGC: 'scripting',
	'V8.GC_SCAVENGER': 'scripting',
	UpdateLayoutTree: 'style & layout',
	Layout: 'style & layout',
	RecalculateStyles: 'style & layout',
	HitTest: 'style & layout',
	PrePaint: 'paint',
	Paint: 'paint',
	Layerize: 'paint',
	Commit: 'paint',
	UpdateLayerTree: 'paint',
	ParseHTML: 'loading',
	ParseAuthorStyleSheet: 'loading'
};

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

/** Self time (ms) per kind on the renderer's main thread: each complete event minus its children. */
export function mainThreadSelfTime(events: TraceEvent[]): Record<string, number> {
	const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	if (!main) return {};
	const slices = events
		.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const totals: Record<string, number> = {};
	const stack: { end: number; kind: string; self: number }[] = [];
	const close = (until: number) => {
		while (stack.length && stack.at(-1)!.end <= until) {
			const done = stack.pop()!;
			totals[done.kind] = (totals[done.kind] ?? 0) + done.self / 1000;
		}
	};
	for (const e of slices) {
		close(e.ts);
		const parent = stack.at(-1);
		if (parent) parent.self -= e.dur!;
		// A nested event of an unknown name counts as its parent's kind (RunTask → other).
		const kind = KINDS[e.name] ?? parent?.kind ?? 'other';
		stack.push({ end: e.ts + e.dur!, kind, self: e.dur! });
	}
	close(Infinity);
	return totals;
}

async function trace(browser: Browser, page: Page, name: string, action: () => Promise<unknown>) {
	await browser.startTracing(page, { categories: CATEGORIES });
	for (let i = 0; i < REPEATS; i++) await action();
	const buffer = await browser.stopTracing();
	writeFileSync(`${OUT}/${name}.json.gz`, gzipSync(buffer, { level: 9 }));
	const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
	const totals = mainThreadSelfTime(traceEvents);
	return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / REPEATS]));
}

const ready = (page: Page) => page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 120_000 });

async function main() {
	mkdirSync(OUT, { recursive: true });
	prepareLargeBuild();
	const small = await serve('build', 4183);
	const large = await serve('build-bench', 4184);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	const rows: [string, string, Record<string, number>][] = [];
	try {
		// Cold start of /: traced from navigation to ready (the cache is kept between repeats).
		rows.push([
			'cold-start',
			'first visit of `/` until the engine is ready (cache kept between repeats)',
			await inNewContext(browser, (page) =>
				trace(browser, page, 'cold-start', async () => {
					await page.goto('http://127.0.0.1:4183/');
					await ready(page);
					await page.goto('about:blank');
				})
			)
		]);
		// Ranking redraw at 1M rows more.
		rows.push([
			'ranking-redraw',
			'`/compare` ranking, another indicator, 1M rows more',
			await inNewContext(browser, async (page) => {
				await page.goto('http://127.0.0.1:4184/compare');
				await ready(page);
				await page.locator('[data-drawn]:not([data-drawn=""])').waitFor();
				const options = await page
					.locator('#compare-indicator option')
					.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
				let i = 0;
				return trace(browser, page, 'ranking-redraw', () => {
					const value = options[++i % options.length]!;
					return timeSelectChange(
						page,
						'#compare-indicator',
						value,
						`drawn.split('|')[0] === ${JSON.stringify(value)}`
					);
				});
			})
		]);
		// Explore page turn at 1M rows more.
		rows.push([
			'explore-page-turn',
			'`/explore` "Next", 1M rows more',
			await inNewContext(browser, async (page) => {
				await page.goto('http://127.0.0.1:4184/explore');
				await ready(page);
				await page.locator('p.count[data-count]').waitFor();
				return trace(browser, page, 'explore-page-turn', async () => {
					const before = await page.locator('p.count').textContent();
					await page.getByRole('button', { name: 'Next' }).click();
					await page
						.locator('p.count')
						.filter({ hasNotText: before ?? '' })
						.waitFor();
				});
			})
		]);
		// The ranking switched to every European city and back.
		rows.push([
			'group-switch',
			'ranking to all European cities and back (Europe loaded)',
			await inNewContext(browser, async (page) => {
				await page.goto('http://127.0.0.1:4183/compare?indicator=cars_per_1000');
				await ready(page);
				await page.locator('[data-drawn="cars_per_1000|"]').waitFor();
				const group = 'select[id$="-group"]';
				const both = async () => {
					await timeSelectChange(page, group, 'europe', `drawn === "cars_per_1000||europe"`);
					await timeSelectChange(page, group, 'partners', `drawn === "cars_per_1000|"`);
				};
				await both();
				return trace(browser, page, 'group-switch', both);
			})
		]);
	} finally {
		await browser.close();
		small.kill();
		large.kill();
	}
	const kinds = ['scripting', 'style & layout', 'paint', 'loading', 'other'];
	const table = [
		`| trace | what | ${kinds.join(' | ')} |`,
		`|---|---|${kinds.map(() => '---:').join('|')}|`,
		...rows.map(
			([name, what, totals]) =>
				`| [${name}](${name}.json.gz) | ${what} | ${kinds.map((k) => (totals[k] ?? 0).toFixed(1)).join(' | ')} |`
		)
	].join('\n');
	writeFileSync(
		`${OUT}/README.md`,
		`# Traces of the slow paths\n\nWritten by \`npx tsx bench/trace.ts\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}, ` +
			`Chromium headless, two cores. Each file is a Chromium trace of ${REPEATS} repeats of the action: open it in ` +
			`Chromium's DevTools (Performance → Load profile…) or at ui.perfetto.dev for the flame chart. The table is the ` +
			`renderer main thread's self time per repeat, in ms, by kind of work (DevTools' categories; "other" is the ` +
			`browser's own task overhead and idle slices inside tasks). DuckDB runs in its worker and is not in these columns.\n\n${table}\n`
	);
	console.log(table);
}

await main();
