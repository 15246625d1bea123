/** Registers the bundled CSVs and builds tables and views — the same steps in browser and Node. */
import {
	createEmptyTableSql,
	createTableSql,
	DATASET_TABLES,
	fillTableSql,
	VIEW_SQL,
	type DatasetTable
} from './schema';

export interface DatasetLoader {
	/** Makes `fileName` readable by DuckDB's `read_csv`. */
	register(fileName: string, text: string): Promise<void> | void;
	run(sql: string): Promise<void> | void;
}

/**
 * Runs `sql` (one `CREATE OR REPLACE` per table, in `datasets` order) in one round trip; if it fails,
 * the statements are run again one by one so that the error names the file that could not be read.
 */
async function runAll(loader: DatasetLoader, datasets: readonly DatasetTable[], sql: readonly string[]): Promise<void> {
	try {
		await loader.run(sql.join(';\n'));
	} catch {
		for (const [i, dataset] of datasets.entries()) await run(loader, dataset, sql[i]!);
	}
}

async function run(loader: DatasetLoader, dataset: DatasetTable, sql: string): Promise<void> {
	try {
		await loader.run(sql);
	} catch (error) {
		throw new Error(`datasets/${dataset.file} could not be read as ${dataset.table}: ${(error as Error).message}`, {
			cause: error
		});
	}
}

/**
 * Loads every table and creates the views. `europe: 'later'` (the browser) creates the Europe-wide
 * tables empty, to be filled by `loadEuropeDatasets` when a page first needs them. The files are
 * registered together and the tables created in one statement batch: each call is a round trip to
 * the engine's worker, and start-up time is what a first visit waits for.
 */
export async function loadDatasets(
	loader: DatasetLoader,
	readText: (fileName: string) => Promise<string>,
	options: { europe: 'now' | 'later' } = { europe: 'now' }
): Promise<void> {
	const now = DATASET_TABLES.filter((d) => options.europe === 'now' || !d.europe);
	await Promise.all(now.map(async (d) => loader.register(d.file, await readText(d.file))));
	const later = options.europe === 'later' ? DATASET_TABLES.filter((d) => d.europe) : [];
	await runAll(loader, now, now.map(createTableSql));
	if (later.length) await loader.run(later.map(createEmptyTableSql).join(';\n'));
	await loader.run(VIEW_SQL.join(';\n'));
}

/** Fills the Europe-wide tables created empty; `onFile` reports each file as it arrives. */
export async function loadEuropeDatasets(
	loader: DatasetLoader,
	readText: (fileName: string) => Promise<string>,
	onFile: (done: number, total: number) => void = () => {}
): Promise<void> {
	const europe = DATASET_TABLES.filter((d) => d.europe);
	let done = 0;
	await Promise.all(
		europe.map(async (d) => {
			const text = await readText(d.file);
			onFile(++done, europe.length);
			await loader.register(d.file, text);
		})
	);
	for (const dataset of europe) await run(loader, dataset, fillTableSql(dataset));
}
