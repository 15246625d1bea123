/**
 * Shaped observations and the user's answers about each new indicator → one UserDataset: the rows as
 * our own clean CSV (read back by DuckDB's read_csv in one transaction) and the indicator catalogue.
 * Every uploaded indicator is new (its id says whose it is), so user values never mix into a bundled
 * series.
 */
import { csvFormatRows } from 'd3';
import type { UserDataset, UserIndicator } from '$lib/db/user-data';
import type { Mapping } from './mapping';
import type { ShapedObservation } from './shape';

/** An indicator as written in the file, with the unit(s) its rows give. */
export interface IndicatorInFile {
	name: string;
	/** A label the file gives the code (see indicatorLabels), suggested to the user. */
	label?: string;
	units: string[];
	values: number;
}

export function indicatorsInFile(observations: readonly ShapedObservation[]): IndicatorInFile[] {
	const found = new Map<string, { units: Set<string>; values: number }>();
	for (const o of observations) {
		const entry = found.get(o.indicator) ?? { units: new Set<string>(), values: 0 };
		if (o.unit) entry.units.add(o.unit);
		entry.values++;
		found.set(o.indicator, entry);
	}
	return [...found].map(([name, { units, values }]) => ({ name, units: [...units], values }));
}

/**
 * Labels the file itself gives its indicator codes: SDMX-CSV with labels (and many office exports)
 * put a label column right after the code column ("indic_ur", "Urban audit indicator"). Used when
 * that next column is not mapped and each code has exactly one non-empty label there.
 */
export function indicatorLabels(
	table: { header: readonly string[]; rows: readonly (readonly string[])[] },
	mapping: Mapping
): Map<string, string> {
	const code = mapping.indicator;
	if (code === null || mapping.layout !== 'long') return new Map();
	const next = code + 1;
	const mapped = [mapping.place, mapping.year, mapping.value, mapping.flag, mapping.unit];
	if (next >= table.header.length || mapped.includes(next)) return new Map();
	const labels = new Map<string, string>();
	for (const row of table.rows) {
		const name = row[code]?.trim() ?? '';
		const label = row[next]?.trim() ?? '';
		if (name === '' || label === '') continue;
		const known = labels.get(name);
		if (known !== undefined && known !== label) return new Map();
		labels.set(name, label);
	}
	// A column that merely repeats the codes, or numbers, is not a label.
	for (const [name, label] of labels) if (label === name || /^[\d.,\s-]+$/.test(label)) return new Map();
	return labels;
}

/** A short random id for a new dataset (also in its indicator ids and file names). */
export function newDatasetId(): string {
	return Math.random().toString(36).slice(2, 8);
}

const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '')
		.slice(0, 40) || 'indicator';

/** No bundled indicator id starts so: an id that does came from an upload. */
const USER_PREFIX = 'user_';

/** The indicator id for `name` in dataset `datasetId`: "user_<dataset>_<name>". */
export function userIndicatorId(datasetId: string, name: string): string {
	return `${USER_PREFIX}${datasetId}_${slug(name)}`;
}

/** An indicator's label as lists show it: an uploaded one marked "(your data)". */
export function markedLabel(label: string, indicatorId: string): string {
	return indicatorId.startsWith(USER_PREFIX) ? `${label} (your data)` : label;
}

export interface DatasetInput {
	datasetId: string;
	name: string;
	fileName: string;
	observations: readonly ShapedObservation[];
	/** The user's description of each indicator, by its name in the file. */
	indicators: ReadonlyMap<string, Omit<UserIndicator, 'indicator_id'>>;
	imported?: string;
}

export function buildDataset(input: DatasetInput): UserDataset {
	const ids = new Map<string, string>();
	const used = new Set<string>();
	const indicators: UserIndicator[] = [];
	for (const [name, description] of input.indicators) {
		let id = userIndicatorId(input.datasetId, name);
		for (let n = 2; used.has(id); n++) id = `${userIndicatorId(input.datasetId, name)}_${n}`;
		used.add(id);
		ids.set(name, id);
		indicators.push({ ...description, indicator_id: id });
	}
	const rows = input.observations
		.filter((o) => ids.has(o.indicator))
		.map((o) => [o.geo_code, ids.get(o.indicator)!, String(o.year), String(o.value), o.flags]);
	return {
		dataset_id: input.datasetId,
		name: input.name,
		file_name: input.fileName,
		kind: 'observations',
		imported: input.imported ?? new Date().toISOString(),
		indicators,
		observations_csv: csvFormatRows([['geo_code', 'indicator_id', 'year', 'value', 'flags'], ...rows]),
		targets_csv: '',
		rows: rows.length
	};
}
