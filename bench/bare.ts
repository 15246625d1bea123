/**
 * The bare DuckDB-wasm reference of `npm run bench` (bench/bare/): built with Vite from the app's own
 * `@duckdb/duckdb-wasm` files into build-bare/, served like the site (the precompressed copies of the
 * identical wasm and worker files are taken from the app's build, so both pages download the same bytes).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';

export const BARE_DIR = 'build-bare';

/** Builds the bare page; returns how many precompressed engine files it shares with the app's build. */
export function buildBare(appAssets = 'build/_app/immutable/assets'): number {
	execFileSync('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts'], { stdio: 'inherit' });
	// scripts/serve.js answers unknown URLs with the site's 404 page.
	writeFileSync(join(BARE_DIR, '404.html'), '<!doctype html><title>Not found</title>');
	const assets = join(BARE_DIR, 'assets');
	let shared = 0;
	for (const file of readdirSync(assets)) {
		// Vite names it `duckdb-eh-<hash>.wasm` here and `duckdb-eh.<hash>.wasm` in SvelteKit's build.
		const twin = file.replace(/^(.*)-([\w-]{8})\.(wasm|js)$/, '$1.$2.$3');
		for (const suffix of ['.br', '.gz']) {
			if (twin !== file && existsSync(join(appAssets, twin + suffix))) {
				copyFileSync(join(appAssets, twin + suffix), join(assets, file + suffix));
				shared++;
			}
		}
	}
	return shared;
}

/** A first visit to the bare page: ms from navigation start until the engine answers queries. */
export async function bareEngineReady(browser: Browser, base: string): Promise<number> {
	const context = await browser.newContext({ locale: 'en-GB' });
	try {
		const page = await context.newPage();
		await page.goto(base);
		await page.locator('html[data-bare="ready"]').waitFor({ timeout: 60_000 });
		return await page.evaluate(() => performance.getEntriesByName('bare:engine-ready')[0]!.startTime);
	} finally {
		await context.close();
	}
}

/** `count` filter + aggregate queries over a `rows`-row table on the bare page; durations in ms. */
export async function bareAggregates(browser: Browser, base: string, rows: number, count: number): Promise<number[]> {
	const context = await browser.newContext({ locale: 'en-GB' });
	try {
		const page = await context.newPage();
		await page.goto(`${base}?rows=${rows}`);
		await page.locator('html[data-bare="ready"]').waitFor({ timeout: 120_000 });
		// Warm-up, as the app's views are measured after their first draw.
		for (let i = 0; i < 5; i++) await page.evaluate((n) => window.bareAggregate!(n), i);
		const samples: number[] = [];
		for (let i = 0; i < count; i++) samples.push(await page.evaluate((n) => window.bareAggregate!(n), i));
		return samples;
	} finally {
		await context.close();
	}
}
