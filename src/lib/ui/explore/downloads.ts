/**
 * The explore downloads: the filtered rows (every row, not only the page shown) as CSV written by
 * DuckDB or as typed Parquet, zipped with their data package descriptor and README.
 */
import { extractName, extractZip, type ExtractMeta } from '$lib/data/extract-package';
import { toParquet } from '$lib/data/parquet-export';
import type { QueryEngine } from '$lib/db/engine';
import { columnTypes, extractMetadata, shapedQuery } from '$lib/db/explore-queries';
import { describeFilter, type ExploreFilter } from '$lib/state/explore-filter';

export async function buildExtract(
	engine: QueryEngine,
	filter: ExploreFilter,
	format: 'csv' | 'parquet',
	link: string,
	names: { places: (id: string) => string; subjects: string[]; any: (id: string) => string },
	dataVersion: string
): Promise<{ fileName: string; zip: Uint8Array }> {
	if (filter.europe) await engine.loadEurope();
	const shaped = await shapedQuery(engine, filter);
	const [columns, [counted], metadata] = await Promise.all([
		columnTypes(engine, shaped.sql, shaped.params),
		engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${shaped.sql})`, shaped.params),
		extractMetadata(engine, filter)
	]);
	const rows = counted?.n ?? 0;
	const data =
		format === 'csv'
			? await engine.exportCsv(shaped.sql, shaped.params)
			: new Uint8Array(toParquet(columns, await engine.query(shaped.sql, shaped.params)));
	const meta: ExtractMeta = {
		format,
		name:
			extractName({
				places: filter.cities.map(names.places),
				subjects: names.subjects,
				from: filter.from,
				to: filter.to
			}) + (filter.shape === 'long' ? '' : `_${filter.shape}`),
		filterText: describeFilter(filter, names.any),
		date: new Date().toISOString().slice(0, 10),
		rows,
		columns,
		indicators: metadata.indicators,
		sources: metadata.sources,
		link,
		dataVersion
	};
	return { fileName: `${meta.name}.zip`, zip: extractZip(meta, data) };
}
