/**
 * Every European city (issue 14) in `npm run bench`:
 *   load   — a first visit to /compare, then "all European cities with data": the Europe-wide tables'
 *            download and insert (performance measure coc:europe-load) and the time to the redrawn view;
 *   switch — once loaded, the group switched between the partners and all European cities, timed from
 *            the change to the painted chart, on the ranking and on the map.
 * Also the compressed bytes of the Europe-wide files in the build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { longTasks, observeLongTasks, timeSelectChange } from './redraw';

const INDICATOR = 'cars_per_1000';

export interface GroupView {
	query: string;
	/** data-drawn of the view for a group (the loader's key). */
	drawnKey: (group: 'partners' | 'europe') => string;
}

export const GROUP_VIEWS: Readonly<Record<string, GroupView>> = {
	ranking: {
		query: `indicator=${INDICATOR}`,
		drawnKey: (g) => (g === 'europe' ? `${INDICATOR}||europe` : `${INDICATOR}|`)
	},
	map: { query: `view=map&indicator=${INDICATOR}`, drawnKey: (g) => `${INDICATOR}|${g}` }
};

/** Sets the group select; ms until the view's data-drawn names the group and a frame is painted. */
function switchGroup(page: Page, group: 'partners' | 'europe', key: string): Promise<number> {
	return timeSelectChange(page, 'select[id$="-group"]', group, `drawn === ${JSON.stringify(key)}`);
}

async function openView(page: Page, base: string, view: GroupView): Promise<void> {
	await page.goto(`${base}compare?${view.query}`);
	await page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 120_000 });
	await page.locator(`[data-drawn="${view.drawnKey('partners')}"]`).waitFor({ timeout: 120_000 });
}

export interface EuropeLoad {
	/** coc:europe-load: fetch and insert of the Europe-wide tables (ms). */
	load: number;
	/** Group change → the ranking of all European cities painted (ms), the load included. */
	firstSwitch: number;
}

/** A first visit: the partners' ranking, then all European cities. */
export async function measureEuropeLoad(browser: Browser, base: string): Promise<EuropeLoad> {
	const context = await browser.newContext({ locale: 'en-GB' });
	try {
		const page = await context.newPage();
		const view = GROUP_VIEWS.ranking!;
		await openView(page, base, view);
		const firstSwitch = await switchGroup(page, 'europe', view.drawnKey('europe'));
		const load = await page.evaluate(() => performance.getEntriesByName('coc:europe-load')[0]!.duration);
		return { load, firstSwitch };
	} finally {
		await context.close();
	}
}

/** `count` switches to all European cities (each after one back to the partners), Europe already loaded. */
export async function measureGroupSwitches(
	browser: Browser,
	base: string,
	view: GroupView,
	count: number
): Promise<{ toEurope: number[]; toPartners: number[]; longTasks: number[] }> {
	const context = await browser.newContext({ locale: 'en-GB' });
	try {
		const page = await context.newPage();
		await openView(page, base, view);
		await switchGroup(page, 'europe', view.drawnKey('europe'));
		await observeLongTasks(page);
		const toEurope: number[] = [];
		const toPartners: number[] = [];
		for (let i = 0; i < count; i++) {
			toPartners.push(await switchGroup(page, 'partners', view.drawnKey('partners')));
			toEurope.push(await switchGroup(page, 'europe', view.drawnKey('europe')));
		}
		return { toEurope, toPartners, longTasks: await longTasks(page) };
	} finally {
		await context.close();
	}
}

/** Bytes of the Europe-wide files as served: brotli and gzip copies beside each in the build. */
export function europeBytes(
	assets = 'build/_app/immutable/assets'
): { file: string; raw: number; br: number | null; gz: number | null }[] {
	const size = (f: string) => (existsSync(f) ? statSync(f).size : null);
	return readdirSync(assets)
		.filter((f) => /^(observations-europe|observations-europe-who|places|geo-europe)\.[\w-]+\.csv$/.test(f))
		.map((f) => ({
			file: f,
			raw: statSync(join(assets, f)).size,
			br: size(join(assets, `${f}.br`)),
			gz: size(join(assets, `${f}.gz`))
		}));
}
