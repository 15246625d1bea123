/**
 * Pages that answer live queries and so start the browser's DuckDB as early as they can: the root
 * layout starts it in its load (before hydration) and preloads the engine's wasm from the page's
 * <head>, so the 34 MB download begins while the HTML is parsed (docs/PERFORMANCE.md). The report
 * cards and /about need no engine and download nothing of it.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

export const ENGINE_PAGES: ReadonlySet<string | null> = new Set(['/', '/compare', '/monitor', '/explore', '/upload']);

/**
 * The wasm file the engine fetches in every browser this site supports (WebAssembly exceptions: the
 * `eh` bundle DuckDB's `selectBundle` picks); a browser that picks `mvp` only loses the head start.
 */
export const ENGINE_WASM_URL = ehWasm;
