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

export interface ExpectedValue {
	city_id: string;
	value: number;
	flags: string;
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

/** Each partner place's own value of `indicatorId` in `year`, at the indicator's spatial level. */
export function expectedValues(indicatorId: string, year: number): ExpectedValue[] {
	if (!readCsv('indicators.csv').some((i) => i.indicator_id === indicatorId)) {
		throw new Error(`No indicator ${indicatorId} in indicators.csv`);
	}
	return placeObservations()
		.filter((o) => o.indicator_id === indicatorId && Number(o.year) === year)
		.map((o) => ({ city_id: o.city_id, value: Number(o.value), flags: o.flags ?? '' }));
}

/** Years with partner data and how many places have a value in each. */
export function yearCoverage(indicatorId: string): Map<number, number> {
	const years = new Set(
		readObservations()
			.filter((o) => o.indicator_id === indicatorId)
			.map((o) => Number(o.year))
	);
	return new Map(
		[...years]
			.sort()
			.map((y) => [y, expectedValues(indicatorId, y).length] as const)
			.filter(([, n]) => n > 0)
	);
}

/** The year the overview opens on: most places with data, latest on a tie (independently computed). */
export function expectedDefaultYear(indicatorId: string): number {
	const coverage = [...yearCoverage(indicatorId)];
	const most = Math.max(...coverage.map(([, n]) => n));
	return Math.max(...coverage.filter(([, n]) => n === most).map(([y]) => y));
}

/** Each place's latest own value of `indicatorId` in `from … to`, by city_id. */
export function latestInWindow(
	indicatorId: string,
	from: number,
	to: number
): Map<string, { value: number; year: number; note: string }> {
	const out = new Map<string, { value: number; year: number; note: string }>();
	for (const o of placeObservations()) {
		const year = Number(o.year);
		if (o.indicator_id !== indicatorId || year < from || year > to) continue;
		const seen = out.get(o.city_id);
		if (!seen || seen.year < year) out.set(o.city_id, { value: Number(o.value), year, note: o.note ?? '' });
	}
	return out;
}

/** The last year in which any place has its own value of `indicatorId`. */
export function lastYear(indicatorId: string): number {
	return Math.max(
		...placeObservations()
			.filter((o) => o.indicator_id === indicatorId)
			.map((o) => Number(o.year))
	);
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
