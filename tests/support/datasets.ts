/**
 * Reads the bundled CSVs with d3-dsv — a parser independent of DuckDB — so tests compare what the
 * app shows with what the files say, not with the app's own queries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { PlaceCatalogue } from '../../src/lib/upload/places';

export const DATASETS_DIR = join(process.cwd(), 'datasets');

export function readCsv(file: string): Record<string, string>[] {
	return csvParse(readFileSync(join(DATASETS_DIR, file), 'utf8'));
}

/** Every bundled observation file: Eurostat/EC and the separately licensed ones (WHO, UN-Habitat, Il Sole). */
export const OBSERVATION_FILES = readdirSync(DATASETS_DIR)
	.filter((f) => /^observations.*\.csv$/.test(f))
	.sort();

export function readObservations(): Record<string, string>[] {
	return OBSERVATION_FILES.flatMap((file) => readCsv(file));
}

/**
 * Every observation that is a partner place's own value: its unit belongs to a place and sits at the
 * indicator's spatial level. Each comes with the place's city_id.
 */
export function placeObservations(): (Record<string, string> & { city_id: string })[] {
	const geo = new Map(readCsv('geo.csv').map((g) => [g.geo_code!, g]));
	const level = new Map(readCsv('indicators.csv').map((i) => [i.indicator_id!, i.spatial_level!]));
	return readObservations().flatMap((o) => {
		const unit = geo.get(o.geo_code!);
		if (!unit?.city_id || unit.level !== level.get(o.indicator_id!)) return [];
		return [{ ...o, city_id: unit.city_id }];
	});
}

/** The upload's place catalogue read straight from cities.csv and geo.csv (as the page gets it from DuckDB). */
export function placeCatalogue(): PlaceCatalogue {
	return {
		places: readCsv('cities.csv').map((c) => ({
			city_id: c.city_id!,
			name: c.name!,
			name_local: c.name_local!,
			eurostat_code: c.eurostat_code!
		})),
		geo: readCsv('geo.csv').map((g) => ({
			geo_code: g.geo_code!,
			name: g.name!,
			level: g.level!,
			city_id: g.city_id || null
		}))
	};
}
