/**
 * Time from a control change to the redrawn chart on /compare, measured inside the page: the select's
 * value is set and its change event fired (as a user's choice does), then the clock stops when the
 * view's `data-drawn` key names the new choice and the next frame has been painted.
 */
import type { Page } from '@playwright/test';

export interface RedrawCase {
	/** Query string of the view. */
	query: string;
	/** The select that changes. */
	select: string;
}

export const REDRAW_CASES: Readonly<Record<string, RedrawCase>> = {
	ranking: { query: '', select: '#compare-indicator' },
	trends: { query: 'view=trends', select: '#trends-indicator' },
	map: { query: 'view=map', select: '#map-indicator' },
	scatter: { query: 'view=scatter', select: '#scatter-x' },
	benchmark: { query: 'view=benchmark', select: '#benchmark-theme' },
	profile: { query: 'view=profile', select: '#profile-theme' }
};

/**
 * Starts recording the main thread's long tasks (over 50 ms, PerformanceObserver `longtask`) into
 * `window.__longTasks`; `longTasks(page)` reads their durations.
 */
export async function observeLongTasks(page: Page): Promise<void> {
	await page.evaluate(`(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
			.observe({ type: 'longtask' });
	})()`);
}

export function longTasks(page: Page): Promise<number[]> {
	return page.evaluate<number[]>('window.__longTasks ?? []');
}

/**
 * Milliseconds from a user's change of `select` to `value` until the view's `data-drawn` satisfies
 * `isDrawn` (a JavaScript expression over the attribute's value, `drawn`) and the next frame is painted.
 */
export function timeSelectChange(page: Page, select: string, value: string, isDrawn: string): Promise<number> {
	// A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
	return page.evaluate<number>(`(async () => {
		const select = document.querySelector(${JSON.stringify(select)});
		const target = document.querySelector('[data-drawn]');
		const done = () => { const drawn = target.getAttribute('data-drawn') || ''; return ${isDrawn}; };
		const t0 = performance.now();
		select.value = ${JSON.stringify(value)};
		select.dispatchEvent(new Event('change', { bubbles: true }));
		await new Promise((resolve) => {
			if (done()) return resolve();
			const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
			observer.observe(target, { attributes: true });
		});
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		return performance.now() - t0;
	})()`);
}

export interface RedrawSample {
	/** Control change → new chart painted. */
	total: number;
	/** Of which the DuckDB queries (the view loader's coc:view-query measure). */
	query: number;
}

/** `changes` redraws of one view, each to another option of its select; durations in ms. */
export async function measureRedraws(
	page: Page,
	base: string,
	view: RedrawCase,
	changes: number
): Promise<RedrawSample[]> {
	await page.goto(`${base}compare${view.query ? `?${view.query}` : ''}`);
	await page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 120_000 });
	await page.locator('[data-drawn]:not([data-drawn=""])').waitFor({ timeout: 120_000 });
	const options = await page
		.locator(`${view.select} option`)
		.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
	await observeLongTasks(page);
	const samples: RedrawSample[] = [];
	for (let i = 0; i < changes; i++) {
		const value = options[(i * 7 + 1) % options.length]!;
		const current = await page.locator(view.select).inputValue();
		const next = value === current ? options[(options.indexOf(value) + 1) % options.length]! : value;
		const total = await timeSelectChange(page, view.select, next, `drawn.split('|')[0] === ${JSON.stringify(next)}`);
		const query = await page.evaluate(() => performance.getEntriesByName('coc:view-query').at(-1)!.duration);
		const sample: RedrawSample = { total, query };
		samples.push(sample);
	}
	return samples;
}

/** The redraws' samples and the long tasks seen meanwhile. */
export async function measureRedrawsWithLongTasks(
	page: Page,
	base: string,
	view: RedrawCase,
	changes: number
): Promise<{ samples: RedrawSample[]; longTasks: number[] }> {
	const samples = await measureRedraws(page, base, view, changes);
	return { samples, longTasks: await longTasks(page) };
}
