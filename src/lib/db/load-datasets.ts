/** Registers the bundled CSVs and builds tables and views — the same steps in browser and Node. */
import { createTableSql, DATASET_TABLES, VIEW_SQL } from './schema';

export interface DatasetLoader {
	/** Makes `fileName` readable by DuckDB's `read_csv`. */
	register(fileName: string, text: string): Promise<void> | void;
	run(sql: string): Promise<void> | void;
}

export async function loadDatasets(
	loader: DatasetLoader,
	readText: (fileName: string) => Promise<string>
): Promise<void> {
	const texts = await Promise.all(DATASET_TABLES.map((d) => readText(d.file)));
	for (const [i, dataset] of DATASET_TABLES.entries()) {
		await loader.register(dataset.file, texts[i]!);
		try {
			await loader.run(createTableSql(dataset));
		} catch (error) {
			throw new Error(`datasets/${dataset.file} could not be read as ${dataset.table}: ${(error as Error).message}`, {
				cause: error
			});
		}
	}
	for (const sql of VIEW_SQL) await loader.run(sql);
}
