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

/** Published cells left out, with the reason (PROVENANCE.md §12). */
export const WASTE_EXCLUDED: readonly { label: string; year: number; reason: string }[] = [
	{
		label: 'Daugavpils',
		year: 2020,
		reason: 'written "28,315.95", about 1,000 times the earlier years: probably tonnes, not thousand tonnes'
	}
];

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
	for (const c of cells) {
		const skip = WASTE_EXCLUDED.find((e) => e.label === c.label && e.year === c.year);
		if (skip) {
			excluded.push(`\`${c.geoCode}\` municipal waste ${c.year}: ${c.value} left out — ${skip.reason}.`);
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
