/** A page of a fresh browser context (empty cache, en-GB), closed when `action` ends: a first visit. */
import type { Browser, Page } from '@playwright/test';

export async function inNewContext<T>(browser: Browser, action: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext({ locale: 'en-GB' });
	try {
		return await action(await context.newPage());
	} finally {
		await context.close();
	}
}
