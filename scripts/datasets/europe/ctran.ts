/**
 * Eurostat urb_ctran as a data-browser Excel export: 17 sheets, one variable each, rows labelled with
 * place names only (no codes), value and flag in alternating columns, `:` not available.
 *
 * Rows come in Eurostat's code order, country by country (a country row, then its cities). Each label
 * is matched to a code, in this order: a country name; the one unit of that country with this name in
 * Eurostat's own code/label pairs (the 2025 SDMX-CSV downloads); the one current city code of that
 * country with this name in cities.dic; else the hand-checked file datasets/urb-ctran-labels.csv,
 * each line with its evidence. The build then checks what the order promises: codes rise strictly
 * within each country block, and a hand-mapped code's cities.dic name is the label without
 * "(greater city)". A label nothing resolves, or a hand line nothing needs, stops the build.
 */
import readXlsxFile from 'read-excel-file/node';
import { countryCodeOfName } from './countries';
import { baseName, tidyLabel, type UnitRegistry } from './units';

export interface HandLabel {
	label: string;
	code: string;
	evidence: string;
}

export interface LabelResolution {
	label: string;
	code: string;
	/** `country`, `sdmx-pairs`, `cities.dic` or `hand-checked`. */
	how: string;
}

export interface CtranCell {
	code: string;
	label: string;
	variableLabel: string;
	year: number;
	value: string;
	flags: string;
	/** Sheet name and 1-based row, for messages and tests. */
	where: string;
}

type Row = readonly unknown[];

const FIRST_DATA_ROW = 10; // 1-based: row 8 holds the years, row 9 "CITIES (Labels)"

function placeLabels(rows: readonly Row[]): string[] {
	const labels: string[] = [];
	for (const row of rows.slice(FIRST_DATA_ROW - 1)) {
		const label = row[0];
		if (label === null || label === undefined || label === '') break;
		labels.push(tidyLabel(String(label)));
	}
	return labels;
}

/** Resolves every row label of the export to a code (see the module comment). */
export function resolveLabels(
	labels: readonly string[],
	units: UnitRegistry,
	dictionary: ReadonlyMap<string, string>,
	hand: readonly HandLabel[],
	file: string
): LabelResolution[] {
	const handByLabel = new Map(hand.map((h) => [tidyLabel(h.label), h]));
	const unique = (codes: readonly string[]) => (codes.length === 1 ? codes[0]! : null);
	const dictionaryCode = (label: string, country: string | null) =>
		unique([...dictionary].filter(([code, name]) => (!country || code.startsWith(country)) && name === label).map(([code]) => code));
	const where = (i: number) => `${file}: row ${FIRST_DATA_ROW + i} ("${labels[i]}")`;
	const problems: string[] = [];
	// Pass 1: country rows, then Eurostat's own pairs and cities.dic — in the country block first, then
	// anywhere (Croatia's and Türkiye's cities follow France's and the UK's without a country row).
	let block: string | null = null;
	const resolved: (LabelResolution | null)[] = labels.map((label) => {
		const countryCode = countryCodeOfName(label);
		if (countryCode) {
			block = countryCode;
			return { label, code: countryCode, how: 'country' };
		}
		for (const country of [block, null]) {
			const pair = country ? units.codeForLabel(label, country) : units.codeForAnyCountry(label);
			if (pair) return { label, code: pair, how: 'sdmx-pairs' };
			const dic = dictionaryCode(label, country);
			if (dic) return { label, code: dic, how: 'cities.dic' };
		}
		return null;
	});
	// Pass 2: the hand-checked lines, each for a row nothing else resolves.
	for (const [i, label] of labels.entries()) {
		const line = handByLabel.get(label);
		if (resolved[i] && line) problems.push(`${where(i)}: resolved by ${resolved[i]!.how} as ${resolved[i]!.code}, yet urb-ctran-labels.csv has a line for it`);
		if (resolved[i] || !line) continue;
		const named = dictionary.get(line.code);
		if (!named || baseName(named) !== baseName(label))
			problems.push(`${where(i)}: urb-ctran-labels.csv maps it to ${line.code}, which cities.dic names "${named}"`);
		resolved[i] = { label, code: line.code, how: 'hand-checked' };
	}
	// Pass 3: what the order promises — codes rise strictly within each run of one country.
	let previous = '';
	for (const [i, r] of resolved.entries()) {
		if (!r) {
			problems.push(`${where(i)}: no code found; add a line with its evidence to datasets/urb-ctran-labels.csv`);
			continue;
		}
		if (r.how === 'country') {
			previous = '';
			continue;
		}
		if (previous.slice(0, 2) === r.code.slice(0, 2) && r.code <= previous) problems.push(`${where(i)}: ${r.code} breaks the code order (after ${previous})`);
		previous = r.code;
	}
	const used = new Set(resolved.filter((r) => r?.how === 'hand-checked').map((r) => r!.label));
	for (const h of hand) if (!used.has(tidyLabel(h.label))) problems.push(`urb-ctran-labels.csv: "${h.label}" is not needed`);
	if (problems.length) throw new Error(problems.join('\n'));
	return resolved as LabelResolution[];
}

/** Every published cell of every sheet, with its place code. */
export async function readCtranXlsx(
	path: string,
	resolve: (labels: readonly string[]) => LabelResolution[]
): Promise<{ cells: CtranCell[]; resolutions: LabelResolution[]; variables: string[] }> {
	const sheets = (await readXlsxFile(path)).filter((s) => s.sheet !== 'Summary');
	const labels = placeLabels(sheets[0]!.data);
	for (const s of sheets) {
		if (placeLabels(s.data).join('\n') !== labels.join('\n')) throw new Error(`${path}: sheet "${s.sheet}" lists other places than "${sheets[0]!.sheet}"`);
	}
	const resolutions = resolve(labels);
	const cells: CtranCell[] = [];
	const variables: string[] = [];
	for (const s of sheets) {
		const variableLabel = String(s.data[5]?.[2] ?? '');
		if (!variableLabel) throw new Error(`${path}: sheet "${s.sheet}", row 6: no variable label in column C`);
		variables.push(variableLabel);
		const years = s.data[7]!;
		for (const [i, r] of resolutions.entries()) {
			if (r.how === 'country') continue;
			const row = s.data[FIRST_DATA_ROW - 1 + i]!;
			for (let c = 1; c < years.length; c += 2) {
				const year = Number(years[c]);
				if (!Number.isInteger(year)) throw new Error(`${path}: sheet "${s.sheet}", row 8, column ${c + 1}: "${String(years[c])}" is not a year`);
				const cell = row[c];
				if (cell === null || cell === undefined || cell === ':') continue;
				const where = `${s.sheet}, row ${FIRST_DATA_ROW + i}, ${year}`;
				if (typeof cell !== 'number' || !Number.isFinite(cell)) throw new Error(`${path}: ${where}: "${String(cell)}" is not a number`);
				const flags = row[c + 1] === null || row[c + 1] === undefined ? '' : String(row[c + 1]).trim();
				if (!/^[a-z]*$/.test(flags)) throw new Error(`${path}: ${where}: flag "${flags}" is not Eurostat flag letters`);
				cells.push({ code: r.code, label: r.label, variableLabel, year, value: String(cell), flags: [...flags].sort().join(''), where });
			}
		}
	}
	return { cells, resolutions, variables };
}
