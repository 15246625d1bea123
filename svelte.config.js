import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The site can live under a sub-path on any static host: BASE_PATH=/cities-of-change npm run build.
const base = process.env.BASE_PATH ?? '';
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and must not end with "/" (got "${base}")`);
}
const outDir = process.env.BUILD_DIR ?? 'build';
// PRECOMPRESS=0 skips the .br/.gz copies (about 2 minutes on the two 35 MB .wasm files): for quick local builds.

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: outDir,
			assets: outDir,
			fallback: '404.html',
			precompress: process.env.PRECOMPRESS !== '0',
			strict: true
		}),
		paths: { base, relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Content-Security-Policy, written as a <meta> tag into every prerendered page. Each exception
		// is one we measured to be needed (README, "Security"):
		//  - 'wasm-unsafe-eval': DuckDB-wasm compiles its WebAssembly module.
		//  - worker-src 'self': DuckDB's worker script is a self-hosted file.
		//  - img-src data: blob:: PNG export draws the chart's SVG into an <img> from a blob: URL.
		//  - style-src 'unsafe-inline': Svelte writes style attributes (reserved chart sizes, positions).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
