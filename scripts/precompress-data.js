/**
 * Brotli and gzip copies of the built site's data files (CSV, Markdown), written beside each file as
 * adapter-static does for HTML, JS, CSS, JSON and wasm — its list leaves these out, yet they are most of
 * what a page downloads after the engine (observations-europe.csv: 9.7 MB, about 0.7 MB with brotli).
 * A static host that serves precompressed files (scripts/serve.js does) then sends the small copy.
 *
 *   node scripts/precompress-data.js [build-dir]     (skipped when PRECOMPRESS=0, like the adapter's)
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSIONS = ['.csv', '.md'];

/** Every file under `dir` whose name ends with one of EXTENSIONS. */
function* dataFiles(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* dataFiles(path);
		else if (EXTENSIONS.some((ext) => entry.name.endsWith(ext))) yield path;
	}
}

if (process.env.PRECOMPRESS !== '0') {
	const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
	let files = 0;
	let before = 0;
	let after = 0;
	for (const path of dataFiles(dir)) {
		const bytes = readFileSync(path);
		const br = brotliCompressSync(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		});
		writeFileSync(`${path}.br`, br);
		writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
		files++;
		before += bytes.length;
		after += br.length;
	}
	console.log(
		`precompressed ${files} data files: ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB with brotli`
	);
}
