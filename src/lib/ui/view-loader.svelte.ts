/**
 * Loads a compare view's data from the browser's DuckDB when its part of the selection changes: one
 * request per distinct key, a newer request wins over a slower older one, a failure is a message
 * (the chart keeps what it showed). `drawn` is the key of the data on screen, set after the DOM
 * update — the benchmark times a control change until it flips.
 */
import { tick } from 'svelte';
import { getBrowserEngine } from '$lib/db/browser-engine';
import type { QueryEngine } from '$lib/db/engine';

export class ViewLoader<T> {
	// Raw: a result is replaced whole, never changed in place; a deep proxy made every cell of every row a signal.
	data: T | null = $state.raw(null);
	busy = $state(false);
	error = $state('');
	drawn = $state('');
	#requested = '';
	#sequence = 0;

	constructor(initial: T | null = null, initialKey = '') {
		this.data = initial;
		this.drawn = initialKey;
		this.#requested = initialKey;
	}

	/** Asks for the data of `key` unless it is already shown or on its way. */
	request(key: string, fetch: (engine: QueryEngine) => Promise<T>): void {
		if (key === this.#requested) return;
		this.#requested = key;
		const sequence = ++this.#sequence;
		this.busy = true;
		this.error = '';
		void (async () => {
			try {
				const engine = await getBrowserEngine();
				const started = performance.now();
				const data = await fetch(engine);
				// The benchmark reads the query's share of a redraw from this measure.
				performance.measure('coc:view-query', { start: started, end: performance.now() });
				if (sequence !== this.#sequence) return;
				this.data = data;
				await tick();
				this.drawn = key;
			} catch (error) {
				if (sequence !== this.#sequence) return;
				this.#requested = '';
				this.error = `Could not update the chart: ${error instanceof Error ? error.message : String(error)}`;
			} finally {
				if (sequence === this.#sequence) this.busy = false;
			}
		})();
	}
}
