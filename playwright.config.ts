import { defineConfig, devices } from '@playwright/test';

/**
 * E2E runs on the built site served by a plain static server, in Debian's Chromium (never a
 * downloaded browser). Two builds: one at the root, one under a sub-path as a static host would serve it.
 */
const chromium = {
	...devices['Desktop Chrome'],
	channel: undefined,
	launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }
};

export const ROOT_URL = 'http://localhost:4173';
export const SUBPATH_URL = 'http://localhost:4174/cities-of-change';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: { locale: 'en-GB', timezoneId: 'Europe/Brussels', trace: 'retain-on-failure' },
	projects: [
		{ name: 'root', testIgnore: /subpath\.spec\.ts/, use: { ...chromium, baseURL: ROOT_URL } },
		{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { ...chromium, baseURL: `${SUBPATH_URL}/` } }
	],
	webServer: [
		{
			command: 'node scripts/serve.js',
			url: `${ROOT_URL}/`,
			env: { PORT: '4173' },
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/serve.js',
			url: `${SUBPATH_URL}/`,
			env: { PORT: '4174', BASE_PATH: '/cities-of-change', BUILD_DIR: 'build-subpath' },
			reuseExistingServer: !process.env.CI
		}
	]
});
