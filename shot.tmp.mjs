import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto('http://localhost:4173/upload');
await p.locator('html[data-engine-state="ready"]').waitFor({ timeout: 60000 });
await p.getByLabel('Choose a file').setInputFiles('../shared/data/raw/' + process.argv[2]);
await p.waitForTimeout(2500);
await p.screenshot({ path: '/tmp/upload1.png', fullPage: true });
const btn = p.getByRole('button', { name: 'Check the rows' });
if (await btn.count()) { await btn.click(); await p.waitForTimeout(2500); }
await p.screenshot({ path: '/tmp/upload2.png', fullPage: true });
await b.close();
