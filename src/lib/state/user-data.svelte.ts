/**
 * The user's uploaded data as page state: the datasets and the indicators they brought, read from the
 * browser's engine. Pages add these indicators to their prerendered catalogues, so compare, explore
 * and monitor show user data without changes of their own; `version` changes whenever user data does.
 */
import { getBrowserEngine } from '$lib/db/browser-engine';
import { listIndicators, type IndicatorRow } from '$lib/db/queries';
import { storedDatasets } from '$lib/db/user-store';
import { forgetPanels } from '$lib/ui/panels';

export interface UserDatasetRow extends Record<string, unknown> {
	dataset_id: string;
	name: string;
	file_name: string;
	kind: 'observations' | 'targets';
	imported: string;
	rows: number;
}

export const userData: { version: number; datasets: UserDatasetRow[]; indicators: IndicatorRow[] } = $state({
	version: 0,
	datasets: [],
	indicators: []
});

/** Re-reads the user's datasets and indicators from the engine (after start, import, rename, delete). */
export async function refreshUserData(): Promise<void> {
	const engine = await getBrowserEngine();
	const [datasets, indicators] = await Promise.all([
		engine.query<UserDatasetRow>(
			'SELECT dataset_id, name, file_name, kind, imported, rows FROM user_datasets ORDER BY imported'
		),
		listIndicators(engine)
	]);
	forgetPanels();
	userData.datasets = datasets;
	userData.indicators = indicators.filter((i) => i.origin === 'user');
	userData.version++;
}

/** At start: only when this browser holds uploaded files does the page need the engine for them. */
export async function loadUserDataIfAny(): Promise<void> {
	if ((await storedDatasets()).length > 0) await refreshUserData();
}

/** `bundled` with the user's indicators added (those `keep` accepts), for a page's pickers. */
export function withUserIndicators<T extends IndicatorRow>(
	bundled: readonly T[],
	keep: (i: IndicatorRow) => boolean = () => true
): T[] {
	const ids = bundled.map((i) => i.indicator_id);
	return [...bundled, ...(userData.indicators.filter((i) => keep(i) && !ids.includes(i.indicator_id)) as T[])];
}
