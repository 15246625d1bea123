/**
 * Eurostat SDMX-CSV exports that carry labels only (no codes), e.g. the urb_clivcon income extract.
 * Places are matched by code all the same: each label is looked up in Eurostat's own code/label
 * pairs (the 2025 SDMX-CSV downloads, which carry both; country names from the catalogue for
 * countries without city rows there), and each indicator label in Eurostat's indic_ur dictionary.
 * An unknown or ambiguous label stops the build.
 */
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SdmxObservation } from './eurostat-sdmx';
import { readCsvAsText } from './read-csv';

const LABELLED_COLUMNS = ['DATAFLOW', 'LAST UPDATE', 'freq', 'indic_ur', 'cities', 'TIME_PERIOD', 'OBS_VALUE', 'OBS_FLAG', 'CONF_STATUS'];

/** Eurostat indic_ur.dic: code TAB label, one a line. Returns label → code. */
export async function readIndicatorDictionary(path: string): Promise<Map<string, string>> {
	const byLabel = new Map<string, string>();
	for (const line of (await readFile(path, 'utf8')).split(/\r?\n/)) {
		const [code, label] = line.split('\t');
		if (!code || !label) continue;
		byLabel.set(label.trim(), code.trim());
	}
	return byLabel;
}

/** label → code from code/label pairs; a label given to two codes is ambiguous and left out. */
export function labelIndex(pairs: Iterable<readonly [code: string, label: string]>): Map<string, string> {
	const index = new Map<string, string>();
	const ambiguous = new Set<string>();
	for (const [code, label] of pairs) {
		const known = index.get(label);
		if (known !== undefined && known !== code) ambiguous.add(label);
		index.set(label, code);
	}
	for (const label of ambiguous) index.delete(label);
	return index;
}

export async function readLabelledSdmxCsv(
	conn: DuckDBConnection,
	path: string,
	places: ReadonlyMap<string, string>,
	indicators: ReadonlyMap<string, string>,
	/** When given, a place label with no known code is listed here (once) instead of stopping the build. */
	unmatched?: Set<string>
): Promise<SdmxObservation[]> {
	const reader = await conn.runAndReadAll(
		`SELECT indic_ur, cities, TIME_PERIOD, OBS_VALUE, coalesce(OBS_FLAG, '') AS flags, CONF_STATUS
		   FROM ${readCsvAsText(path, LABELLED_COLUMNS)}
		  ORDER BY cities, indic_ur, TIME_PERIOD`
	);
	const out: SdmxObservation[] = [];
	for (const [i, row] of reader.getRowObjectsJS().entries()) {
		const where = `${path} (row ${i + 2}, ${String(row.cities)} ${String(row.TIME_PERIOD)})`;
		const value = String(row.OBS_VALUE ?? '').trim();
		if (value === '' || row.CONF_STATUS === 'C') continue;
		if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`${where}: OBS_VALUE "${value}" is not a number`);
		const geoCode = places.get(String(row.cities));
		if (!geoCode && unmatched) {
			unmatched.add(String(row.cities));
			continue;
		}
		if (!geoCode) throw new Error(`${where}: no Eurostat code is known for the place label "${String(row.cities)}"`);
		const indicatorLabel = String(row.indic_ur).replace(/ - EUR$/, ' (EUR)');
		const indicatorCode = indicators.get(String(row.indic_ur)) ?? indicators.get(indicatorLabel);
		if (!indicatorCode) throw new Error(`${where}: indicator label "${String(row.indic_ur)}" is not in indic_ur.dic`);
		out.push({
			geoCode,
			geoLabel: String(row.cities),
			indicatorCode,
			year: Number(row.TIME_PERIOD),
			value,
			flags: String(row.flags).trim()
		});
	}
	return out;
}
