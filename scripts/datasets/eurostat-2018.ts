/**
 * Eurostat urb_cpop1 as extracted in September 2018 (2008–2017), an older release with labels only,
 * re-saved so that every non-ASCII character became U+FFFD ("G�ttingen"). Places are matched by code:
 * each label is looked up in Eurostat's cities dictionary among the city (C) and greater-city (K, C2)
 * codes of that era — U+FFFD standing for any one non-ASCII letter — and the old code is mapped to the
 * current unit through the crosswalk below (PROVENANCE.md, "How the cities appear in the sources").
 * The newer 2025 release takes precedence where both have a year; see `mergeReleases`.
 */
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Observation } from './derive';
import { levelId, seriesLevel, type SourceRecord } from './eurostat-urb';
import { quoteLiteral } from '../../src/lib/db/sql';
import { readCsvAsText } from './read-csv';

const DATA_EXPLORER_COLUMNS = ['TIME', 'CITIES', 'INDIC_UR', 'Value', 'Flag and Footnotes'];

export const CPOP1_2018_FILE = 'eurostat-urb_cpop1-2018-extract/urb_cpop1_1_Data.csv';
export const CPOP1_2018_SOURCE_ID = 'eurostat_urb_cpop1_2018';
export const CPOP1_2018_TOTAL = 'Population on the 1st of January, total';

/** Old Urban Audit code → current code (or the old code itself where no current unit matches). */
export const OLD_TO_CURRENT: Readonly<Record<string, string>> = {
	PL005C1: 'PL005C',
	IT009C1: 'IT009C',
	RO001C1: 'RO001C',
	LV501C1: 'LV004C',
	// Dublin city (municipality) has no code in the current list, which has only the greater city.
	IE001C1: 'IE001C1',
	IE001K1: 'IE001C',
	IT007C1: 'IT007C',
	NL001C2: 'NL017C',
	NL517C1: 'NL024C',
	LT501C1: 'LT005C',
	ES007C1: 'ES007C',
	IT028C1: 'IT027C',
	// Not the current greater city FR016C: 394,201–420,363 residents in 2009–14 (an older, larger
	// delimitation), then 215,366 in 2015 flagged b (break), while FR016C had 265,188 in 2015.
	FR013C2: 'FR013C2',
	UK028C1: 'UK027C',
	DE013C1: 'DE013C',
	DE506C1: 'DE085C',
	DE021C1: 'DE020C',
	DE526C1: 'DE104C'
};

/** Old codes kept as their own unit: the partner place each belongs to, its level and name. */
export const OLD_ONLY_UNITS: Readonly<Record<string, { cityId: string; level: 'city' | 'greater_city'; name: string }>> = {
	IE001C1: { cityId: 'dublin', level: 'city', name: 'Dublin (city)' },
	FR013C2: { cityId: 'rennes', level: 'greater_city', name: 'Rennes (greater city, older delimitation)' }
};

export const CPOP1_2018_SOURCE: SourceRecord = {
	source_id: CPOP1_2018_SOURCE_ID,
	publisher: 'Eurostat',
	title: 'Population on 1 January by age groups and sex - cities and greater cities (release of September 2018)',
	dataset_code: 'urb_cpop1',
	url: 'https://ec.europa.eu/eurostat/databrowser/view/urb_cpop1/default/table',
	repository_copy: `datasets/raw/${CPOP1_2018_FILE}`,
	licence:
		'Eurostat reuse policy: © European Union, reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)',
	licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
	citation:
		'Eurostat (2018), Population on 1 January by age groups and sex - cities and greater cities (urb_cpop1), extracted September 2018; copy in mathijs81/java-dataframes.',
	retrieved: '2018-09'
};

/** Old city and greater-city codes from Eurostat's cities.dic: code TAB label. */
export async function readOldCityCodes(path: string): Promise<[code: string, label: string][]> {
	return (await readFile(path, 'utf8'))
		.split(/\r?\n/)
		.map((line) => line.split('\t') as [string, string])
		.filter(([code, label]) => label && /^[A-Z]{2}\d{3}(C\d|K\d)$/.test(code));
}

function labelPattern(label: string): RegExp {
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD/g, '[^\\x00-\\x7F]');
	return new RegExp(`^${escaped}$`);
}

/**
 * The one old code whose dictionary label is the label; failing that, the label without
 * " (greater city)". Ambiguity is an error, never a guess.
 */
export function oldCodeFor(label: string, codes: readonly [string, string][]): string | null {
	for (const candidate of [label, label.replace(/ \(greater city\)$/, '')]) {
		const pattern = labelPattern(candidate);
		const matches = codes.filter(([, name]) => pattern.test(name));
		if (matches.length === 1) return matches[0]![0];
		if (matches.length > 1) return null;
	}
	return null;
}

/** A value as an old Data Explorer export writes it: "557264", "106.90" or "37,196.03" (thousands commas). */
function plainNumber(text: string): string | null {
	if (/^-?\d+(\.\d+)?$/.test(text)) return text;
	if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return text.replaceAll(',', '');
	return null;
}

export interface DataExplorerCell {
	geoCode: string;
	label: string;
	year: number;
	value: string;
	flags: string;
}

/**
 * Reads an old Eurostat Data Explorer CSV (TIME, CITIES, INDIC_UR, Value, Flag and Footnotes; labels
 * only) for one indicator label. `encoding` as DuckDB names it ('utf-8', 'latin-1').
 */
export async function readDataExplorerCsv(
	conn: DuckDBConnection,
	path: string,
	options: {
		indicatorLabel: string;
		encoding: 'utf-8' | 'latin-1';
		oldCodes: readonly [string, string][];
		countries: Readonly<Record<string, string>>;
		/** Old code → the unit its values go to (default: the partners' hand-checked OLD_TO_CURRENT). */
		toCurrent?: (oldCode: string) => string | null;
		/** Country code of a country row's label (default: by the names in `countries`). */
		countryOfLabel?: (label: string) => string | undefined;
		/** When given, a label no single code matches is listed here instead of stopping the build. */
		unmatched?: string[];
	}
): Promise<DataExplorerCell[]> {
	const toCurrent = options.toCurrent ?? ((old: string) => OLD_TO_CURRENT[old] ?? null);
	const fail = (message: string) => {
		if (!options.unmatched) throw new Error(`${path}: ${message}`);
		if (!options.unmatched.includes(message)) options.unmatched.push(message);
	};
	const reader = await conn.runAndReadAll(
		`SELECT TIME, CITIES, Value, coalesce("Flag and Footnotes", '') AS flags
		   FROM ${readCsvAsText(path, DATA_EXPLORER_COLUMNS, { encoding: options.encoding })}
		  WHERE INDIC_UR = ${quoteLiteral(options.indicatorLabel)} ORDER BY CITIES, TIME`
	);
	const countryCode = new Map(Object.entries(options.countries).map(([code, name]) => [name, code]));
	const out: DataExplorerCell[] = [];
	for (const row of reader.getRowObjectsJS()) {
		const label = String(row.CITIES);
		const raw = String(row.Value ?? '').trim();
		if (raw === ':' || raw === '') continue;
		const value = plainNumber(raw);
		if (value === null) throw new Error(`${path}: ${label} ${String(row.TIME)}: value "${raw}" is not a number`);
		let geoCode = (options.countryOfLabel ? options.countryOfLabel(label) : countryCode.get(label)) ?? null;
		if (!geoCode) {
			const old = oldCodeFor(label, options.oldCodes);
			if (!old) {
				fail(`no single old city code matches the label "${label}"`);
				continue;
			}
			geoCode = toCurrent(old);
			if (!geoCode) {
				fail(`old code ${old} ("${label}") has no entry in the crosswalk`);
				continue;
			}
		}
		out.push({ geoCode, label, year: Number(row.TIME), value, flags: String(row.flags).trim() });
	}
	return out;
}

/** The 2018 release's total population as observations of the unit each value belongs to. */
export async function readCpop12018(
	conn: DuckDBConnection,
	path: string,
	oldCodes: readonly [string, string][],
	countries: Readonly<Record<string, string>>,
	levelOf: (geoCode: string) => string | undefined
): Promise<Observation[]> {
	const cells = await readDataExplorerCsv(conn, path, {
		indicatorLabel: CPOP1_2018_TOTAL,
		encoding: 'utf-8',
		oldCodes,
		countries
	});
	return cells.map((c) => {
		const level = levelOf(c.geoCode);
		if (!level) throw new Error(`${path}: geo code ${c.geoCode} (${c.label}) is not in the catalogue`);
		return {
			geo_code: c.geoCode,
			indicator_id: levelId('population', seriesLevel(level)),
			year: c.year,
			value: c.value,
			flags: c.flags,
			source_id: CPOP1_2018_SOURCE_ID,
			note: ''
		};
	});
}

/**
 * One value per place, indicator and year: the newer release wins, whichever unit code it uses; an
 * older value for the same place-year is set aside and the newer row's note says so. Returns the
 * older rows to keep and the cross-check disagreements (same unit, different value).
 */
export function mergeReleases(
	newer: Observation[],
	older: readonly Observation[],
	placeOf: (geoCode: string) => string | undefined
): { kept: Observation[]; disagreements: string[] } {
	const key = (o: Observation) => `${placeOf(o.geo_code) ?? o.geo_code}|${o.indicator_id}|${o.year}`;
	const byKey = new Map(newer.map((o) => [key(o), o]));
	const kept: Observation[] = [];
	const disagreements: string[] = [];
	for (const o of older) {
		const current = byKey.get(key(o));
		if (!current) {
			kept.push(o);
			continue;
		}
		const unit = current.geo_code === o.geo_code ? '' : ` for unit ${o.geo_code}`;
		current.note = [current.note, `Eurostat 2018 release${unit}: ${o.value}${o.flags ? ` (${o.flags})` : ''} (set aside)`]
			.filter(Boolean)
			.join('; ');
		if (current.geo_code === o.geo_code && Number(current.value) !== Number(o.value)) {
			disagreements.push(`\`${o.geo_code}\` ${o.indicator_id} ${o.year}: 2025 release ${current.value}, 2018 release ${o.value}`);
		}
	}
	return { kept, disagreements };
}
