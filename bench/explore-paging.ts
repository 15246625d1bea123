/**
 * The explore preview on a site whose observation table has 1,000,000 generated rows more
 * (bench/large-table.ts): every page turn runs the filtered join, count and LIMIT/OFFSET page over the
 * whole table. Measured inside the page:
 *   page turn   — "Next" clicked → the new page's first row painted (the next frame after it changes)
 *   scroll      — frame intervals (requestAnimationFrame) while the preview's frame is scrolled from top
 *                 to bottom in 40 steps, one per frame: the smoothness a reader sees
 * The generated cities belong to no partner, so the preview shows the partners' rows; the joins still
 * scan the million rows on every turn.
 */
import type { Page } from '@playwright/test';

export interface PagingSample {
	pageTurns: number[];
	frames: number[];
	rows: number;
}

export async function measurePaging(page: Page, base: string, turns: number): Promise<PagingSample> {
	await page.goto(`${base}explore`);
	await page.locator('html[data-engine-state="ready"]').waitFor({ timeout: 120_000 });
	const count = page.locator('p.count[data-count]');
	await count.waitFor();
	const rows = Number(await count.getAttribute('data-count'));
	const pageTurns: number[] = [];
	for (let i = 0; i < turns; i++) {
		// A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
		pageTurns.push(
			await page.evaluate<number>(`(async () => {
				const next = [...document.querySelectorAll('nav.pages button')].find((b) => b.textContent.trim() === 'Next');
				const status = document.querySelector('p.count[data-count]');
				const before = status.textContent;
				const t0 = performance.now();
				next.click();
				await new Promise((resolve) => {
					const observer = new MutationObserver(() => {
						if (status.textContent !== before && !document.querySelector('.result[aria-busy="true"]')) {
							observer.disconnect();
							resolve();
						}
					});
					observer.observe(document.querySelector('.result'), { subtree: true, childList: true, characterData: true, attributes: true });
				});
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
				return performance.now() - t0;
			})()`)
		);
	}
	const frames = await page.evaluate<number[]>(`(async () => {
		const frame = document.querySelector('.result .scroll');
		const steps = 40;
		const out = [];
		let last = await new Promise((resolve) => requestAnimationFrame(resolve));
		for (let i = 1; i <= steps; i++) {
			frame.scrollTop = (frame.scrollHeight - frame.clientHeight) * (i / steps);
			const now = await new Promise((resolve) => requestAnimationFrame(resolve));
			out.push(now - last);
			last = now;
		}
		return out;
	})()`);
	return { pageTurns, frames, rows };
}
