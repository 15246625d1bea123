/**
 * Municipal waste from an old Eurostat Data Explorer export of urb_cenv (EN4008V, thousand tonnes,
 * 2011–2020; Latin-1, labels only). Read with `readDataExplorerCsv`; per-resident amounts derived
 * with the population of the same unit and year. A value plainly in another unit is left out and
 * listed in COVERAGE.md, never "corrected".
 */
import type { DataExplorerCell } from './eurostat-2018';
import { mergeFlags, type Observation } from './derive';
import {
	LEVELS,
	levelId,
	levelIndicator,
	seriesLevel,
	type IndicatorRecord,
	type IndicatorText,
	type SourceRecord
} from './eurostat-urb';

export const WASTE_FILE = 'eurostat-urb_cenv-waste-2021-extract/urb_cenv_1_Data_partner_cities_extract.csv';
export const WASTE_LABEL = 'Municipal waste generated (domestic and commercial), total - 1000 t';
export const WASTE_SOURCE_ID = 'eurostat_urb_cenv';

/**
 * A total more than this many times the median of the unit's other years is in another unit (tonnes
 * written as thousand tonnes: Daugavpils "28,315.95" in 2020 after about 28 a year; Riga, Liepāja and
 * Jelgava in the same year): it is left out and listed, never "corrected".
 */
export const WASTE_UNIT_JUMP = 100;

function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const WASTE_SOURCE: SourceRecord = {
	source_id: WASTE_SOURCE_ID,
	publisher: 'Eurostat',
	title: 'Environment - cities and greater cities (Data Explorer export, 2021)',
	dataset_code: 'urb_cenv',
	url: 'https://ec.europa.eu/eurostat/databrowser/view/urb_cenv/default/table',
	repository_copy: `datasets/raw/${WASTE_FILE}`,
	licence:
		'Eurostat reuse policy: © European Union, reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)',
	licence_url: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
	citation:
		'Eurostat (2021), Environment - cities and greater cities (urb_cenv), variable EN4008V, Data Explorer export; copy in MGaulia/mieSTietis-2021-LWS.',
	retrieved: '2021-11'
};

const WASTE_TOTAL: IndicatorText = {
	id: 'municipal_waste_kt',
	label: 'Municipal waste generated',
	shortLabel: 'Municipal waste',
	unit: 'thousand tonnes',
	theme: 'environment',
	component: 'living-standards',
	direction: 'neutral',
	measure: 'amount',
	decimals: 1,
	description: 'Municipal waste generated (domestic and commercial), total, in thousand tonnes.'
};

const WASTE_PER_RESIDENT: IndicatorText = {
	id: 'municipal_waste_per_resident',
	label: 'Municipal waste per resident',
	shortLabel: 'Waste per resident',
	unit: 'kg per resident',
	theme: 'environment',
	component: 'both',
	direction: 'lower-is-better',
	measure: 'rate',
	decimals: 0,
	description: 'Municipal waste generated per resident, in kilograms.'
};

export function wasteIndicators(): IndicatorRecord[] {
	return LEVELS.flatMap((level) => [
		levelIndicator(WASTE_TOTAL, level, { additive: true, formula: 'Eurostat urb_cenv EN4008V', source_id: WASTE_SOURCE_ID }),
		levelIndicator(WASTE_PER_RESIDENT, level, {
			additive: false,
			formula: 'EN4008V (thousand tonnes) × 1,000,000 / DE1001V, same unit and year; rounded to 4 decimals',
			source_id: WASTE_SOURCE_ID
		})
	]);
}

export function wasteObservations(
	cells: readonly DataExplorerCell[],
	levelOf: (geoCode: string) => string | undefined,
	population: readonly Observation[]
): { observations: Observation[]; excluded: string[] } {
	const observations: Observation[] = [];
	const excluded: string[] = [];
	const populationOf = new Map(population.map((o) => [`${o.geo_code}|${o.year}`, o]));
	const byUnit = new Map<string, DataExplorerCell[]>();
	for (const c of cells) byUnit.set(c.geoCode, [...(byUnit.get(c.geoCode) ?? []), c]);
	for (const c of cells) {
		const others = median(byUnit.get(c.geoCode)!.filter((x) => x.year !== c.year).map((x) => Number(x.value)));
		if (others !== null && others > 0 && Number(c.value) > WASTE_UNIT_JUMP * others) {
			excluded.push(
				`\`${c.geoCode}\` municipal waste ${c.year}: ${c.value} left out — about ${Math.round(Number(c.value) / others).toLocaleString('en-GB')} times the median of its other years (${others}): probably tonnes, not thousand tonnes.`
			);
			continue;
		}
		const level = levelOf(c.geoCode);
		if (!level) throw new Error(`${WASTE_FILE}: geo code ${c.geoCode} (${c.label}) is not in the catalogue`);
		const unitLevel = seriesLevel(level);
		const total: Observation = {
			geo_code: c.geoCode,
			indicator_id: levelId('municipal_waste_kt', unitLevel),
			year: c.year,
			value: c.value,
			flags: c.flags,
			source_id: WASTE_SOURCE_ID,
			note: ''
		};
		observations.push(total);
		const residents = populationOf.get(`${c.geoCode}|${c.year}`);
		if (!residents || Number(residents.value) <= 0) continue;
		const kg = (Number(c.value) * 1_000_000) / Number(residents.value);
		observations.push({
			...total,
			indicator_id: levelId('municipal_waste_per_resident', unitLevel),
			value: String(Number(kg.toFixed(4))),
			flags: mergeFlags(c.flags, residents.flags),
			note: `Derived: EN4008V ${c.value} thousand t / DE1001V ${residents.value}`
		});
	}
	return { observations, excluded };
}
