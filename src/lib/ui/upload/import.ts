/**
 * A finished dataset → DuckDB (one transaction) → this browser's storage → every page's catalogue.
 * If the import fails nothing changed; if only storing fails the data stays for this visit.
 */
import { getBrowserEngine } from '$lib/db/browser-engine';
import { deleteStatements, importStatements, renameStatements, type UserDataset } from '$lib/db/user-data';
import { forgetDataset, renameStoredDataset, storeDataset } from '$lib/db/user-store';
import { refreshUserData } from '$lib/state/user-data.svelte';

/** Imports `dataset`; returns a warning when it could not be kept for later visits. */
export async function importDataset(dataset: UserDataset): Promise<string> {
	const engine = await getBrowserEngine();
	const { statements, files } = importStatements(dataset);
	await engine.write(statements, files);
	let warning = '';
	try {
		await storeDataset(dataset);
	} catch (error) {
		warning = `Imported for this visit only: the browser would not store it (${error instanceof Error ? error.message : String(error)}).`;
	}
	await refreshUserData();
	return warning;
}

export async function deleteDataset(datasetId: string): Promise<void> {
	const engine = await getBrowserEngine();
	await engine.write(deleteStatements(datasetId));
	await forgetDataset(datasetId);
	await refreshUserData();
}

export async function renameDataset(datasetId: string, name: string): Promise<void> {
	const engine = await getBrowserEngine();
	await engine.write(renameStatements(datasetId, name));
	await renameStoredDataset(datasetId, name);
	await refreshUserData();
}
