import type { DuckDBConnection } from '@duckdb/node-api';
import { readCsvAsText } from './read-csv';

/** One published cell of a Eurostat SDMX-CSV 2.0 export ("linear" download with code/label pairs). */
export interface SdmxObservation {
	geoCode: string;
	geoLabel: string;
	indicatorCode: string;
	year: number;
	/** The value exactly as published (no float round trip). */
	value: string;
	/** Eurostat flag letters, e.g. `b`, `de`; empty when none. */
	flags: string;
}

const SDMX_COLUMNS = [
	'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'freq', 'Time frequency', 'indic_ur',
	'Urban audit indicator', 'cities', 'Geopolitical entity (declaring)', 'TIME_PERIOD', 'Time',
	'OBS_VALUE', 'Observation value', 'OBS_FLAG', 'Observation status (Flag) V2 structure',
	'CONF_STATUS', 'Confidentiality status (flag)'
] as const;

/**
 * Reads an SDMX-CSV export as published (CRLF, quoted labels). Every column is read as text with
 * explicit options so that no sniffing guess can change a value; empty values (`:` in other layouts)
 * and confidential cells (CONF_STATUS `C`) are not observations and are dropped here.
 */
export async function readSdmxCsv(conn: DuckDBConnection, path: string): Promise<SdmxObservation[]> {
	const reader = await conn.runAndReadAll(
		`SELECT cities, "Geopolitical entity (declaring)" AS label, indic_ur, TIME_PERIOD, OBS_VALUE,
		        coalesce(OBS_FLAG, '') AS flags, CONF_STATUS
		   FROM ${readCsvAsText(path, SDMX_COLUMNS)}
		  ORDER BY cities, TIME_PERIOD`
	);
	const out: SdmxObservation[] = [];
	for (const row of reader.getRowObjectsJS()) {
		const value = String(row.OBS_VALUE ?? '').trim();
		if (value === '' || row.CONF_STATUS === 'C') continue;
		if (!/^-?\d+(\.\d+)?$/.test(value)) {
			throw new Error(`${path}: ${String(row.cities)} ${String(row.TIME_PERIOD)}: OBS_VALUE "${value}" is not a number`);
		}
		const year = Number(row.TIME_PERIOD);
		if (!Number.isInteger(year)) throw new Error(`${path}: TIME_PERIOD "${String(row.TIME_PERIOD)}" is not a year`);
		out.push({
			geoCode: String(row.cities),
			geoLabel: String(row.label),
			indicatorCode: String(row.indic_ur),
			year,
			value,
			flags: String(row.flags).trim()
		});
	}
	return out;
}
