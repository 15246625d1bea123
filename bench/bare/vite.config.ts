import { defineConfig } from 'vite';

/** Builds the bare DuckDB-wasm reference page (bench/bare/) into build-bare/, from the app's package files. */
export default defineConfig({
	root: import.meta.dirname,
	base: './',
	build: {
		outDir: '../../build-bare',
		emptyOutDir: true,
		assetsInlineLimit: 0,
		chunkSizeWarningLimit: 1500
	},
	logLevel: 'warn'
});
