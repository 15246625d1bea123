/**
 * Every Europe-wide raw file read into observations of Urban Audit units, with the same readers and
 * rules as the partners' extracts: SDMX-CSV 2025 (7 variables), the 2018 population release (old codes
 * through the crosswalk), income (labels), municipal waste (labels, Latin-1), the perception survey,
 * transport (Excel, labels), the FAIRiCUBE environment table. Country rows are left out (the partners'
 * build keeps the countries it needs as context).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { csvParse } from 'd3-dsv';
import { dropImpossibleSubgroups, type Observation } from '../derive';
import { dropZeroGaps } from '../zero-gaps';
import { CPOP1_2018_SOURCE_ID, CPOP1_2018_TOTAL, mergeReleases, readDataExplorerCsv } from '../eurostat-2018';
import { labelIndex, readIndicatorDictionary, readLabelledSdmxCsv } from '../eurostat-labelled';
import { readSdmxCsv } from '../eurostat-sdmx';
import { levelId, seriesLevel, URB_SERIES, urbSourceId } from '../eurostat-urb';
import { readCsvAsText } from '../read-csv';
import { WASTE_LABEL, wasteObservations } from '../waste';
import { countryCodeOfName } from './countries';
import { crosswalk, oldUnits, type CrosswalkEntry } from './crosswalk';
import { readCtranXlsx, resolveLabels, type HandLabel, type LabelResolution } from './ctran';
import { CENV_FILE, CENV_SERIES, CENV_SOURCE_ID, CTRAN_CHECK_ONLY, CTRAN_SERIES, CTRAN_XLSX_FILE, CTRAN_XLSX_SOURCE_ID, CTRAN_CODES_FILE } from './indicators';
import { CURRENT_CODE, dictionaryCityNames, UnitRegistry } from './units';

export const EUROPE_RAW = 'europe';
const SDMX_DIR = `${EUROPE_RAW}/eurostat-urb-sdmx-2025-all-cities`;
/** The all-cities download of each SDMX series (the partners' extracts were cut from these). */
export const SDMX_FILES: Readonly<Record<string, string>> = {
	DE1001V: `${SDMX_DIR}/urb_cpop1_page_linear_2_0.csv.gz`,
	EC1010V: `${SDMX_DIR}/urb_clma_page_linear_2_0.csv.gz`,
	EC1177V: `${SDMX_DIR}/urb_clma_EC1177V_page_linear_2_0.csv.gz`,
	TE1026V: `${SDMX_DIR}/urb_ceduc_page_linear_2_0.csv.gz`,
	CR2001V: `${SDMX_DIR}/urb_ctour_page_linear_2_0.csv.gz`,
	TT1057I: `${SDMX_DIR}/urb_ctran_page_linear_2_0.csv.gz`,
	DE2009V: `${SDMX_DIR}/urb_cpopcb_page_linear_2_0.csv.gz`
};
export const CLIVCON_ALL_FILE = `${EUROPE_RAW}/eurostat-urb_clivcon-income-all-cities/urb_clivcon__custom_20168663_linear.csv.gz`;
export const WASTE_ALL_FILE = `${EUROPE_RAW}/eurostat-urb_cenv-waste-2021-all-cities/urb_cenv_1_Data.csv.gz`;
export const CPOP1_2018_ALL_FILE = `${EUROPE_RAW}/eurostat-urb_cpop1-2018-all-cities/urb_cpop1_1_Data.csv.gz`;
export const PERCEP_ALL_FILE = `${EUROPE_RAW}/eurostat-urb_percep-all-cities/urb_percep.tsv.gz`;
export const CITIES_DIC_FULL = `${EUROPE_RAW}/eurostat-dictionaries-full/cities.dic`;
export const CTRAN_LABELS_FILE = 'urb-ctran-labels.csv';

export interface EuropeRead {
	units: UnitRegistry;
	observations: Observation[];
	/** Label resolution of the transport export, by how each row was matched. */
	ctranLabels: LabelResolution[];
	crosswalk: Map<string, CrosswalkEntry>;
	/** Cells of each source, for COVERAGE.md. */
	counts: { source: string; values: number }[];
	leftOut: string[];
	checks: string[];
}

const isCity = (code: string) => CURRENT_CODE.test(code);

export async function readEurope(conn: DuckDBConnection, raw: string, datasetsDir: string): Promise<EuropeRead> {
	const units = new UnitRegistry();
	const counts: EuropeRead['counts'] = [];
	const leftOut: string[] = [];
	const checks: string[] = [];
	const levelOf = (code: string) => seriesLevel(units.get(code)!.level);

	// 1. SDMX-CSV: Eurostat's own code/label pairs name the units.
	const sdmx = new Map<string, Awaited<ReturnType<typeof readSdmxCsv>>>();
	for (const [code, file] of Object.entries(SDMX_FILES)) sdmx.set(code, await readSdmxCsv(conn, join(raw, file)));
	const ctranCodes = await readSdmxCsv(conn, join(raw, CTRAN_CODES_FILE));
	for (const c of [...[...sdmx.values()].flat(), ...ctranCodes]) if (isCity(c.geoCode)) units.add(c.geoCode, c.geoLabel, 'Eurostat SDMX-CSV 2025');

	// 2. Transport (Excel, labels): resolved to codes; new unit names come from its labels.
	const dictionaryText = await readFile(join(raw, CITIES_DIC_FULL), 'utf8');
	const dictionary = new Map(dictionaryCityNames(dictionaryText));
	const hand = csvParse(await readFile(join(datasetsDir, CTRAN_LABELS_FILE), 'utf8')) as unknown as HandLabel[];
	const ctran = await readCtranXlsx(join(raw, CTRAN_XLSX_FILE), (labels) => resolveLabels(labels, units, dictionary, hand, `datasets/raw/${CTRAN_XLSX_FILE}`));
	for (const r of ctran.resolutions) if (r.how !== 'country') units.add(r.code, r.label, 'Eurostat urb_ctran Excel 2025');
	for (const [code, name] of dictionary) units.add(code, name, 'Eurostat cities.dic');

	const observations: Observation[] = [];
	for (const series of URB_SERIES.filter((s) => s.layout !== 'labels')) {
		const cells = sdmx.get(series.code)!;
		if (cells.some((c) => c.indicatorCode !== series.code)) throw new Error(`${SDMX_FILES[series.code]}: holds another variable than ${series.code}`);
		for (const c of cells.filter((x) => isCity(x.geoCode)))
			observations.push({ geo_code: c.geoCode, indicator_id: levelId(series.id, levelOf(c.geoCode)), year: c.year, value: c.value, flags: c.flags, source_id: urbSourceId(series.dataset), note: '' });
	}
	counts.push({ source: 'Eurostat SDMX-CSV 2025 (7 variables)', values: observations.length });

	// 3. Income (labels only): Eurostat's pairs, then cities.dic, name the units.
	const pairs = [...units.all().map((u) => [u.code, u.name] as const)];
	const indicatorCodes = await readIndicatorDictionary(join(raw, `${EUROPE_RAW}/eurostat-dictionaries-full/indic_ur.dic`));
	const unknownIncome = new Set<string>();
	const income = await readLabelledSdmxCsv(conn, join(raw, CLIVCON_ALL_FILE), labelIndex(pairs), indicatorCodes, unknownIncome);
	for (const label of unknownIncome) if (!countryCodeOfName(label)) leftOut.push(`Income (urb_clivcon): the label "${label}" names no single current unit; its values are left out.`);
	for (const series of URB_SERIES.filter((s) => s.layout === 'labels')) {
		const cells = income.filter((c) => c.indicatorCode === series.code && isCity(c.geoCode));
		counts.push({ source: `Eurostat urb_clivcon ${series.code} (labels)`, values: cells.length });
		for (const c of cells)
			observations.push({ geo_code: c.geoCode, indicator_id: levelId(series.id, levelOf(c.geoCode)), year: c.year, value: c.value, flags: c.flags, source_id: urbSourceId(series.dataset), note: '' });
	}

	// 4. The 2018 population release: labels → old codes → current units (crosswalk checked by population).
	const old = oldUnits(dictionaryText);
	const oldCodes = old.map((o) => [o.code, o.name] as [string, string]);
	const unmatched2018: string[] = [];
	const cells2018 = await readDataExplorerCsv(conn, join(raw, CPOP1_2018_ALL_FILE), {
		indicatorLabel: CPOP1_2018_TOTAL,
		encoding: 'utf-8',
		oldCodes,
		countries: {},
		countryOfLabel: countryCodeOfName,
		toCurrent: (code) => code,
		unmatched: unmatched2018
	});
	const byUnit = (list: readonly { code: string; year: number; value: string }[]) => {
		const map = new Map<string, Map<number, string>>();
		for (const c of list) map.set(c.code, (map.get(c.code) ?? new Map()).set(c.year, c.value));
		return map;
	};
	const oldPopulation = byUnit(cells2018.map((c) => ({ code: c.geoCode, year: c.year, value: c.value })));
	const currentPopulation = byUnit(sdmx.get('DE1001V')!.map((c) => ({ code: c.geoCode, year: c.year, value: c.value })));
	const walk = crosswalk(old, units, (code) => oldPopulation.get(code) ?? currentPopulation.get(code));
	// Two old units named alike may both point at one current unit: only a population-confirmed one stays.
	const claimed = new Map<string, CrosswalkEntry[]>();
	for (const e of walk.values()) if (e.current) claimed.set(e.current, [...(claimed.get(e.current) ?? []), e]);
	for (const [current, entries] of claimed) {
		if (entries.length < 2) continue;
		const confirmed = entries.filter((e) => e.current && e.evidence === 'name and population');
		for (const e of entries)
			if (confirmed.length !== 1 || e !== confirmed[0]) walk.set(e.old, { old: e.old, current: null, reason: `one of ${entries.length} old units named like ${current}` });
	}
	const toCurrent = (code: string) => {
		const e = walk.get(code);
		return e && e.current ? e.current : null;
	};
	const older: Observation[] = [];
	for (const c of cells2018) {
		if (c.geoCode.length === 2) continue;
		const code = toCurrent(c.geoCode);
		if (!code) continue;
		older.push({ geo_code: code, indicator_id: levelId('population', levelOf(code)), year: c.year, value: c.value, flags: c.flags, source_id: CPOP1_2018_SOURCE_ID, note: '' });
	}
	for (const message of unmatched2018) leftOut.push(`Population, 2018 release: ${message}; its values are left out.`);
	const releases = mergeReleases(observations.filter((o) => o.indicator_id.startsWith('population')), older, (code) => code);
	checks.push(...releases.disagreements);
	counts.push({ source: 'Eurostat urb_cpop1, 2018 release (years the 2025 release lacks)', values: releases.kept.length });
	observations.push(...releases.kept);

	// 5. Transport: 16 new variables; cars per 1,000 only cross-checks the SDMX download.
	const seriesOf = new Map(CTRAN_SERIES.map((s) => [s.code, s]));
	const carsSdmx = new Map(observations.filter((o) => o.indicator_id.startsWith(CTRAN_CHECK_ONLY.id)).map((o) => [`${o.geo_code}|${o.year}`, o.value]));
	let carsCompared = 0;
	let ctranValues = 0;
	for (const c of ctran.cells) {
		const code = indicatorCodes.get(c.variableLabel);
		if (!code) throw new Error(`datasets/raw/${CTRAN_XLSX_FILE}: variable "${c.variableLabel}" is not in indic_ur.dic`);
		if (code === CTRAN_CHECK_ONLY.code) {
			const published = carsSdmx.get(`${c.code}|${c.year}`);
			if (published === undefined) continue;
			carsCompared++;
			if (Number(published) !== Number(c.value)) checks.push(`\`${c.code}\` cars per 1,000 ${c.year}: SDMX-CSV ${published}, Excel ${c.value}`);
			continue;
		}
		const series = seriesOf.get(code);
		if (!series) throw new Error(`datasets/raw/${CTRAN_XLSX_FILE}: variable ${code} has no indicator`);
		ctranValues++;
		observations.push({ geo_code: c.code, indicator_id: levelId(series.id, levelOf(c.code)), year: c.year, value: c.value, flags: c.flags, source_id: CTRAN_XLSX_SOURCE_ID, note: '' });
	}
	counts.push({ source: 'Eurostat urb_ctran Excel export (16 variables)', values: ctranValues });
	checks.push(`Cars per 1,000: the Excel export and the SDMX-CSV download compared on ${carsCompared} unit-years.`);
	checkAgainstCodes(observations, ctranCodes, checks);

	// 6. Municipal waste (labels of the old code list, Latin-1).
	const unmatchedWaste: string[] = [];
	const wasteCells = await readDataExplorerCsv(conn, join(raw, WASTE_ALL_FILE), {
		indicatorLabel: WASTE_LABEL,
		encoding: 'latin-1',
		oldCodes,
		countries: {},
		countryOfLabel: countryCodeOfName,
		toCurrent,
		unmatched: unmatchedWaste
	});
	for (const message of unmatchedWaste) leftOut.push(`Municipal waste: ${message}; its values are left out.`);
	const waste = wasteObservations(
		wasteCells.filter((c) => c.geoCode.length > 2),
		(code) => units.get(code)?.level,
		observations.filter((o) => o.indicator_id === 'population' || o.indicator_id === 'population_greater_city')
	);
	leftOut.push(...waste.excluded);
	counts.push({ source: 'Eurostat urb_cenv EN4008V (2021 export, labels)', values: waste.observations.filter((o) => o.indicator_id.startsWith('municipal_waste_kt')).length });
	observations.push(...waste.observations);

	// 7. Environment subset (FAIRiCUBE, no flags).
	const cenv = await readCenv(conn, join(raw, CENV_FILE), (code) => units.get(code) !== undefined);
	for (const c of cenv.cells) {
		const series = CENV_SERIES.find((s) => s.code === c.variable)!;
		observations.push({ geo_code: c.code, indicator_id: levelId(series.id, levelOf(c.code)), year: c.year, value: c.value, flags: '', source_id: CENV_SOURCE_ID, note: '' });
	}
	leftOut.push(...cenv.leftOut);
	counts.push({ source: 'Eurostat urb_cenv subset reshaped by FAIRiCUBE (13 variables, no flags)', values: cenv.cells.length });

	const impossible = dropImpossibleSubgroups(observations, ['unemployed_persons', 'employed_persons_20_64', 'foreign_born_persons']);
	leftOut.push(...impossible.excluded);
	const counted = new Set([...URB_SERIES, ...CTRAN_SERIES].filter((s) => s.measure === 'count' && s.id !== 'road_deaths').flatMap((s) => [s.id, `${s.id}_greater_city`]));
	const gaps = dropZeroGaps(impossible.kept, counted);
	leftOut.push(...gaps.excluded);
	return { units, observations: gaps.kept, ctranLabels: ctran.resolutions, crosswalk: walk, counts, leftOut, checks };
}

/** The codes file's public-transport share and monthly ticket against the Excel values: same unit, same number. */
function checkAgainstCodes(observations: readonly Observation[], coded: readonly { geoCode: string; indicatorCode: string; year: number; value: string }[], checks: string[]): void {
	const ids: Record<string, string> = { TT1010V: 'commute_public_transport_share', TT1080V: 'public_transport_monthly_ticket_eur' };
	const excel = new Map(observations.filter((o) => o.source_id === CTRAN_XLSX_SOURCE_ID).map((o) => [`${o.geo_code}|${o.indicator_id.replace(/_greater_city$/, '')}|${o.year}`, o.value]));
	let compared = 0;
	for (const c of coded) {
		const value = excel.get(`${c.geoCode}|${ids[c.indicatorCode]}|${c.year}`);
		if (value === undefined) continue;
		compared++;
		if (Number(value) !== Number(c.value)) checks.push(`\`${c.geoCode}\` ${c.indicatorCode} ${c.year}: Excel ${value}, coded SDMX-CSV ${c.value}`);
	}
	checks.push(`Transport labels: the Excel values matched to codes equal the coded SDMX-CSV file (TT1010V, TT1080V) on ${compared} unit-years.`);
}

/** The FAIRiCUBE wide table (indic_code, urau_code, 2004…2021): one cell per non-empty year. */
async function readCenv(
	conn: DuckDBConnection,
	path: string,
	known: (code: string) => boolean
): Promise<{ cells: { code: string; variable: string; year: number; value: string }[]; leftOut: string[] }> {
	const text = await readFile(path, 'utf8');
	const header = text.slice(0, text.indexOf('\n')).trim().split(',');
	const rows = (await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, header)}`)).getRowObjectsJS() as unknown as Record<string, string | null>[];
	const variables = new Set(CENV_SERIES.map((s) => s.code));
	const cells: { code: string; variable: string; year: number; value: string }[] = [];
	const unknown = new Set<string>();
	rows.forEach((row, i) => {
		const variable = row.indic_code!;
		const code = row.urau_code!;
		if (!variables.has(variable)) throw new Error(`${path}: line ${i + 2}: variable ${variable} has no indicator`);
		if (!isCity(code) || !known(code)) {
			unknown.add(code);
			return;
		}
		for (const column of header.slice(2)) {
			const value = (row[column] ?? '').trim();
			if (value === '') continue;
			if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`${path}: line ${i + 2}, ${column}: "${value}" is not a number`);
			cells.push({ code, variable, year: Number(column), value });
		}
	});
	const leftOut = unknown.size ? [`Environment subset (FAIRiCUBE): ${unknown.size} unit codes that are not current city codes are left out: ${[...unknown].sort().join(', ')}.`] : [];
	return { cells, leftOut };
}
