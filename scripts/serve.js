/**
 * Serves a built copy of the dashboard as any plain static host would: precompressed files, the
 * 404 page for unknown URLs, and optionally everything under a sub-path (BASE_PATH).
 *
 *   node scripts/serve.js                       → build/ at http://localhost:4173/
 *   BASE_PATH=/cities-of-change BUILD_DIR=build-subpath node scripts/serve.js
 *                                               → http://localhost:4173/cities-of-change/
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const dir = resolve(process.env.BUILD_DIR ?? 'build');
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
// `npm run bench` counts what a repeat visit downloads again: one line per request on stdout.
const logRequests = process.env.LOG_REQUESTS === '1';

if (!existsSync(join(dir, 'index.html'))) {
	console.error(`No built site in ${dir}. Run "npm run build" first.`);
	process.exit(1);
}

// Hashed build assets never change under their name: cached for a year, as hosts serve SvelteKit's
// `_app/immutable/` (a repeat visit then starts the engine without downloading it again).
const files = sirv(dir, {
	gzip: true,
	brotli: true,
	etag: true,
	extensions: ['html'],
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	}
});
const notFound = readFileSync(join(dir, '404.html'));

function sendNotFound(res) {
	res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
	res.end(notFound);
}

createServer((req, res) => {
	const url = req.url ?? '/';
	if (logRequests) res.on('finish', () => console.log(`request ${res.statusCode} ${url}`));
	if (base) {
		if (url === base) {
			res.writeHead(301, { Location: `${base}/` });
			res.end();
			return;
		}
		if (!url.startsWith(`${base}/`)) return sendNotFound(res);
		req.url = url.slice(base.length);
	}
	files(req, res, () => sendNotFound(res));
}).listen(port, host, () => {
	console.log(`Cities of Change dashboard: http://localhost:${port}${base}/`);
});
