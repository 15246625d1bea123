/**
 * One upload in progress, as page state: talks to the upload worker (reading and shaping happen
 * there) and keeps what it answered. Nothing reaches DuckDB until `importDataset` (import.ts).
 */
import type { UserDataset, UserIndicator } from '$lib/db/user-data';
import type { Mapping } from '$lib/upload/mapping';
import type { PlaceCatalogue } from '$lib/upload/places';
import type { ReadSettings } from '$lib/upload/read-file';
import type { FromWorker, ReadSummary, ShapeSummary, ToWorker } from '$lib/upload/worker-messages';
import type { TargetsResult } from '$lib/upload/targets';

export class UploadSession {
	busy = $state(false);
	progress = $state(0);
	refused = $state('');
	read = $state<ReadSummary | null>(null);
	shaped = $state<ShapeSummary | null>(null);
	targets = $state<TargetsResult | null>(null);
	#worker: Worker;
	#waiting: ((message: FromWorker) => void) | null = null;

	constructor(catalogue: PlaceCatalogue) {
		// Vite bundles the worker only when it sees `new Worker(new URL(…, import.meta.url))` written out.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#worker = new Worker(new URL('../../upload/upload.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<FromWorker>) => {
			const message = event.data;
			if (message.type === 'progress') {
				this.progress = message.share;
				return;
			}
			const resolve = this.#waiting;
			this.#waiting = null;
			this.busy = false;
			if (message.type === 'refused') this.refused = message.message;
			resolve?.(message);
		};
		this.#send({ type: 'catalogue', catalogue });
	}

	#send(message: ToWorker, transfer: Transferable[] = []): void {
		this.#worker.postMessage(message, transfer);
	}

	#ask(message: ToWorker, transfer: Transferable[] = []): Promise<FromWorker> {
		this.busy = true;
		this.progress = 0;
		return new Promise((resolve) => {
			this.#waiting = resolve;
			this.#send(message, transfer);
		});
	}

	/** A new file: read with every setting guessed. */
	async open(file: File): Promise<void> {
		this.refused = '';
		this.read = null;
		this.shaped = null;
		this.targets = null;
		const bytes = await file.arrayBuffer();
		const answer = await this.#ask({ type: 'read', bytes, fileName: file.name, given: {} }, [bytes]);
		if (answer.type === 'read') this.read = answer;
	}

	/** The same file again with the user's corrections (the mapping is kept when the columns are). */
	async reread(given: Partial<ReadSettings>): Promise<void> {
		if (!this.read) return;
		this.refused = '';
		this.shaped = null;
		this.targets = null;
		const answer = await this.#ask({ type: 'read', fileName: this.read.fileName, given });
		if (answer.type === 'read') this.read = answer;
	}

	async shape(mapping: Mapping, placeOverrides: Record<string, string>): Promise<void> {
		const answer = await this.#ask({
			type: 'shape',
			mapping: $state.snapshot(mapping),
			placeOverrides: { ...placeOverrides }
		});
		if (answer.type === 'shaped') this.shaped = answer;
	}

	async build(
		datasetId: string,
		name: string,
		indicators: [string, Omit<UserIndicator, 'indicator_id'>][]
	): Promise<UserDataset | null> {
		const answer = await this.#ask({ type: 'build', datasetId, name, indicators: $state.snapshot(indicators) });
		return answer.type === 'built' ? answer.dataset : null;
	}

	async readTargets(
		datasetId: string,
		name: string,
		known: { indicators: string[]; places: string[] },
		defaults: { sourceId: string; label: string }
	): Promise<UserDataset | null> {
		const answer = await this.#ask({ type: 'targets', datasetId, name, ...known, defaults });
		if (answer.type !== 'targets') return null;
		this.targets = answer.result;
		return answer.dataset;
	}

	close(): void {
		this.#worker.terminate();
	}
}
