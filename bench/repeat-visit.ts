/**
 * Repeat visits: a first visit to `/`, then a second in the same browser context (its HTTP cache
 * kept). Measured on the second: engine ready from navigation start, and which of the build's hashed
 * files (`_app/immutable/`: the engine's wasm and worker, the datasets, the code) the server was asked
 * for again — the target is none (they are served `immutable`, so the browser's cache answers).
 */
import type { Browser } from '@playwright/test';
import { inNewContext } from './browser-context';
import type { Served } from './serve';

export interface RepeatVisit {
	ready: number;
	/** Hashed files requested again on the second visit (should be empty). */
	again: string[];
	/** Every request of the second visit (the HTML pages are revalidated). */
	requests: number;
}

export async function measureRepeatVisit(browser: Browser, base: string, served: Served): Promise<RepeatVisit> {
	return inNewContext(browser, async (page) => {
		const ready = async () => {
			await page.goto(base);
			await page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 120_000 });
		};
		await ready();
		await page.goto('about:blank');
		served.requests.length = 0;
		await ready();
		const time = await page.evaluate(() => performance.getEntriesByName('coc:engine-ready')[0]!.startTime);
		const requests = [...served.requests];
		return {
			ready: time,
			again: requests.filter((r) => r.includes('/_app/immutable/')),
			requests: requests.length
		};
	});
}
