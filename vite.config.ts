import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * DuckDB-wasm's worker files end with a `//# sourceMappingURL` comment whose .map Vite's dev server
 * cannot resolve; it then prints ~100 warnings. Strip that line in dev only (TOOLCHAIN.md).
 * The ids of the pre-bundled workers carry `?v=`, the `?url` asset imports do not.
 */
function stripDuckdbWorkerSourceMaps(): Plugin {
	return {
		name: 'strip-duckdb-worker-sourcemaps',
		apply: 'serve',
		transform(code, id) {
			if (id.includes('@duckdb/duckdb-wasm') && id.includes('?v=')) {
				return { code: code.replace(/\/\/# sourceMappingURL=\S+/g, ''), map: null };
			}
			return undefined;
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), stripDuckdbWorkerSourceMaps()],
	build: {
		// The DuckDB .wasm files are 34-39 MB; they are self-hosted assets, never inlined.
		assetsInlineLimit: 0,
		chunkSizeWarningLimit: 1500
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
