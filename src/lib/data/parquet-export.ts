/**
 * Parquet for downloads (DuckDB-wasm cannot write Parquet offline: its extension is not in the
 * package, TOOLCHAIN.md): hyparquet-writer writes the rows DuckDB returned, with each column's
 * DuckDB type mapped to a Parquet type, so integers stay integers and text stays UTF-8 strings.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

export interface TypedColumn {
	name: string;
	/** DuckDB type name (information_schema data_type). */
	type: string;
}

type ParquetType = 'STRING' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN';

export function parquetType(duckdbType: string): ParquetType {
	if (duckdbType === 'INTEGER' || duckdbType === 'SMALLINT' || duckdbType === 'TINYINT') return 'INT32';
	if (duckdbType === 'BIGINT' || duckdbType === 'HUGEINT') return 'INT64';
	if (duckdbType === 'DOUBLE' || duckdbType === 'FLOAT' || duckdbType.startsWith('DECIMAL')) return 'DOUBLE';
	if (duckdbType === 'BOOLEAN') return 'BOOLEAN';
	return 'STRING';
}

export function toParquet(columns: readonly TypedColumn[], rows: readonly Record<string, unknown>[]): ArrayBuffer {
	return parquetWriteBuffer({
		columnData: columns.map((c) => {
			const type = parquetType(c.type);
			const data = rows.map((r) => {
				const v = r[c.name];
				if (v === null || v === undefined) return null;
				if (type === 'INT64') return BigInt(v as number);
				if (type === 'STRING') return String(v);
				return v;
			});
			return { name: c.name, type, data, nullable: true };
		}),
		createdBy: 'Cities of Change dashboard'
	});
}
