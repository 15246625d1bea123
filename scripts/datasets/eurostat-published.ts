/**
 * Every Eurostat city series in its published form: the SDMX-CSV downloads that carry codes, and the
 * label-only exports matched to codes through those downloads' own code/label pairs and the indic_ur
 * dictionary. Returns one observation per published cell, at the level of the unit it belongs to.
 */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Observation } from './derive';
import { labelIndex, readIndicatorDictionary, readLabelledSdmxCsv } from './eurostat-labelled';
import { readSdmxCsv, type SdmxObservation } from './eurostat-sdmx';
import { levelId, seriesLevel, URB_SERIES, urbSourceId } from './eurostat-urb';

export async function readEurostatPublished(
	conn: DuckDBConnection,
	rawDir: string,
	countries: Readonly<Record<string, string>>,
	levelOf: (geoCode: string) => string | undefined
): Promise<Observation[]> {
	const published = new Map<string, SdmxObservation[]>();
	for (const series of URB_SERIES.filter((s) => s.layout !== 'labels')) {
		published.set(series.id, await readSdmxCsv(conn, join(rawDir, series.file)));
	}
	const placeCodes = labelIndex([
		...[...published.values()].flat().map((c) => [c.geoCode, c.geoLabel] as const),
		...Object.entries(countries)
	]);
	const indicatorCodes = await readIndicatorDictionary(join(rawDir, 'eurostat-dictionaries/indic_ur.dic'));
	for (const file of new Set(URB_SERIES.filter((s) => s.layout === 'labels').map((s) => s.file))) {
		const cells = await readLabelledSdmxCsv(conn, join(rawDir, file), placeCodes, indicatorCodes);
		for (const series of URB_SERIES.filter((s) => s.file === file)) {
			published.set(
				series.id,
				cells.filter((c) => c.indicatorCode === series.code)
			);
		}
	}
	const observations: Observation[] = [];
	for (const series of URB_SERIES) {
		for (const cell of published.get(series.id) ?? []) {
			const level = levelOf(cell.geoCode);
			if (!level) throw new Error(`${series.file}: geo code ${cell.geoCode} (${cell.geoLabel}) is not in the catalogue`);
			if (cell.indicatorCode !== series.code) {
				throw new Error(`${series.file}: expected variable ${series.code}, found ${cell.indicatorCode}`);
			}
			observations.push({
				geo_code: cell.geoCode,
				indicator_id: levelId(series.id, seriesLevel(level)),
				year: cell.year,
				value: cell.value,
				flags: cell.flags,
				source_id: urbSourceId(series.dataset),
				note: ''
			});
		}
	}
	return observations;
}
