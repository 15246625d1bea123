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

async function read(loader: DatasetLoader, dataset: DatasetTable, text: string, sql: string): Promise<void> {
	await loader.register(dataset.file, text);
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
 * tables empty, to be filled by `loadEuropeDatasets` when a page first needs them.
 */
export async function loadDatasets(
	loader: DatasetLoader,
	readText: (fileName: string) => Promise<string>,
	options: { europe: 'now' | 'later' } = { europe: 'now' }
): Promise<void> {
	const now = DATASET_TABLES.filter((d) => options.europe === 'now' || !d.europe);
	const texts = await Promise.all(now.map((d) => readText(d.file)));
	for (const [i, dataset] of now.entries()) await read(loader, dataset, texts[i]!, createTableSql(dataset));
	if (options.europe === 'later')
		for (const dataset of DATASET_TABLES.filter((d) => d.europe)) await loader.run(createEmptyTableSql(dataset));
	for (const sql of VIEW_SQL) await loader.run(sql);
}

/** Fills the Europe-wide tables created empty; `onFile` reports each file as it arrives. */
export async function loadEuropeDatasets(
	loader: DatasetLoader,
	readText: (fileName: string) => Promise<string>,
	onFile: (done: number, total: number) => void = () => {}
): Promise<void> {
	const europe = DATASET_TABLES.filter((d) => d.europe);
	let done = 0;
	const texts = await Promise.all(
		europe.map(async (d) => {
			const text = await readText(d.file);
			onFile(++done, europe.length);
			return text;
		})
	);
	for (const [i, dataset] of europe.entries()) await read(loader, dataset, texts[i]!, fillTableSql(dataset));
}
