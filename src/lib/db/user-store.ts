/**
 * The user's imported files, kept in this browser's IndexedDB (idb-keyval) so that they survive a
 * reload; DuckDB-wasm itself keeps nothing between visits. Each dataset is stored after its import
 * committed, and replayed into DuckDB at start (browser-engine.ts).
 */
import { createStore, del, get, set, values } from 'idb-keyval';
import type { UserDataset } from './user-data';

const store = () => createStore('cities-of-change', 'user-datasets');
const available = () => typeof indexedDB !== 'undefined';

/** Every stored dataset, oldest first. */
export async function storedDatasets(): Promise<UserDataset[]> {
	if (!available()) return [];
	const all = await values<UserDataset>(store());
	return all.sort((a, b) => a.imported.localeCompare(b.imported));
}

export async function storeDataset(dataset: UserDataset): Promise<void> {
	await set(dataset.dataset_id, dataset, store());
}

export async function forgetDataset(datasetId: string): Promise<void> {
	await del(datasetId, store());
}

export async function renameStoredDataset(datasetId: string, name: string): Promise<void> {
	const dataset = await get<UserDataset>(datasetId, store());
	if (dataset) await set(datasetId, { ...dataset, name }, store());
}

/** Bytes this site stores in the browser and the browser's quota for it, when the browser says. */
export async function storageUsed(): Promise<{ usage: number; quota: number } | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	return { usage, quota };
}
