/**
 * Il Sole 24 ORE, Qualità della Vita 2020 (PROVENANCE.md §14): a few indicators for the provinces of
 * Bologna, Firenze and Padova (NUTS 3), with a clear reference year. Provincial values are context
 * for the three Italian cities, never ranked with city values. Licence CC BY-NC 4.0: a separate
 * resource, like WHO's.
 *
 * Each kept indicator names the exact `RIFERIMENTO TEMPORALE` text it expects, so a file whose
 * reference period differs fails instead of being filed under the wrong year.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Observation } from './derive';
import type { IndicatorRecord, SourceRecord } from './eurostat-urb';
import { readCsvAsText } from './read-csv';

export const ILSOLE_FILE = 'ilsole24ore-qualita-della-vita-2020/20201214_QDV2020_001_bologna_firenze_padova_extract.csv';
const SOURCE_ID = 'ilsole24ore_qdv_2020';
const COLUMNS = ['NOME PROVINCIA (ISTAT)', 'CODICE NUTS 3 2021', 'CODICE PROVINCIA ISTAT (STORICO)', 'DENOMINAZIONE CORRENTE', 'VALORE', 'INDICATORE', "UNITA' DI MISURA", 'RIFERIMENTO TEMPORALE', 'FONTE ORIGINALE'];

export const ILSOLE_SOURCE: SourceRecord = {
	source_id: SOURCE_ID,
	publisher: 'Il Sole 24 ORE',
	title: 'Qualità della Vita 2020 (31st edition), indicators of the Italian provinces',
	dataset_code: 'QDV2020',
	url: 'https://github.com/IlSole24ORE/QDV',
	repository_copy: `datasets/raw/${ILSOLE_FILE}`,
	licence: 'CC BY-NC 4.0 (non-commercial use)',
	licence_url: 'https://creativecommons.org/licenses/by-nc/4.0/',
	citation: 'Il Sole 24 ORE (2020), Qualità della Vita 2020, published 14 December 2020; data from Istat, Prometeia, Bes-Istat and others (see FONTE ORIGINALE). Licence CC BY-NC 4.0.',
	retrieved: '2020'
};

interface Kept {
	id: string;
	indicatore: string;
	period: string;
	year: number;
	label: string;
	short: string;
	unit: string;
	theme: string;
	direction: string;
	measure: string;
	decimals: number;
	description: string;
}

const KEPT: readonly Kept[] = [
	{ id: 'province_employment_rate', indicatore: 'Tasso di occupazione', period: '2019', year: 2019, label: 'Employment rate (province)', short: 'Employment rate, province', unit: '%', theme: 'economy-work', direction: 'higher-is-better', measure: 'rate', decimals: 1, description: 'Employment rate of the province (Istat), as published by Il Sole 24 ORE.' },
	{ id: 'province_disposable_income_per_head', indicatore: 'Reddito disponibile', period: '2019', year: 2019, label: 'Disposable income per head (province)', short: 'Disposable income per head, province', unit: 'EUR per head per year', theme: 'living-conditions', direction: 'higher-is-better', measure: 'amount', decimals: 0, description: 'Disposable income per inhabitant of the province (Osservatorio Findomestic – Prometeia), in euro a year.' },
	{ id: 'province_neet_share', indicatore: 'Giovani che non lavorano e non studiano (Neet)', period: '2019', year: 2019, label: 'Young people neither in employment nor in education or training, NEET (province)', short: 'NEET share, province', unit: '%', theme: 'education', direction: 'lower-is-better', measure: 'share', decimals: 1, description: 'Share of young people neither in work nor in education or training in the province (BES – Istat).' },
	{ id: 'province_upper_secondary_share', indicatore: 'Persone con almeno il diploma', period: '2019', year: 2019, label: 'People aged 25–64 with at least upper-secondary education (province)', short: 'Upper-secondary education, province', unit: '%', theme: 'education', direction: 'higher-is-better', measure: 'share', decimals: 1, description: 'Share of people aged 25–64 with at least an upper-secondary diploma in the province (BES – Istat).' },
	{ id: 'province_old_age_index', indicatore: 'Indice di vecchiaia', period: 'Al 1 gennaio 2019', year: 2019, label: 'Old-age index (province, 1 January)', short: 'Old-age index, province', unit: 'persons 65+ per 100 aged 0–14', theme: 'population', direction: 'neutral', measure: 'index', decimals: 1, description: 'Residents aged 65 and over per 100 residents aged 0–14 in the province on 1 January 2019 (Istat).' },
	{ id: 'province_crime_rate', indicatore: 'Indice di criminalità - totale dei delitti denunciati', period: '2019', year: 2019, label: 'Crimes reported per 100,000 inhabitants (province)', short: 'Crimes reported, province', unit: 'per 100,000 inhabitants', theme: 'living-conditions', direction: 'lower-is-better', measure: 'rate', decimals: 0, description: 'All crimes reported to the police per 100,000 inhabitants of the province (Ministry of the Interior / Istat).' }
];

export function ilsoleIndicators(): IndicatorRecord[] {
	return KEPT.map((k) => ({ indicator_id: k.id, label: k.label, short_label: k.short, unit: k.unit, theme: k.theme, component: 'living-standards', direction: k.direction, spatial_level: 'nuts3', measure: k.measure, additive: 'false', frequency: 'annual', decimals: k.decimals, description: `${k.description} Provincial context, not a city value. Licence CC BY-NC 4.0.`, formula: `Il Sole 24 ORE QDV 2020, INDICATORE "${k.indicatore}"`, source_id: SOURCE_ID }));
}

export async function readIlSole(conn: DuckDBConnection, path: string, isKnownUnit: (code: string) => boolean): Promise<Observation[]> {
	const reader = await conn.runAndReadAll(`SELECT * FROM ${readCsvAsText(path, COLUMNS)}`);
	const rows = reader.getRowObjectsJS() as unknown as Record<string, string | null>[];
	const out: Observation[] = [];
	for (const kept of KEPT) {
		const matching = rows.filter((r) => r.INDICATORE === kept.indicatore);
		if (matching.length === 0) throw new Error(`${path}: no rows for INDICATORE "${kept.indicatore}"`);
		for (const row of matching) {
			const where = `${path}: ${row['CODICE NUTS 3 2021']} "${kept.indicatore}"`;
			if (row['RIFERIMENTO TEMPORALE'] !== kept.period) throw new Error(`${where}: reference period "${row['RIFERIMENTO TEMPORALE']}", expected "${kept.period}"`);
			const geo = row['CODICE NUTS 3 2021'] ?? '';
			if (!isKnownUnit(geo)) throw new Error(`${where}: ${geo} is not a partner's NUTS 3 region`);
			const value = (row.VALORE ?? '').trim();
			if (!Number.isFinite(Number(value)) || value === '') throw new Error(`${where}: VALORE "${value}" is not a number`);
			out.push({ geo_code: geo, indicator_id: kept.id, year: kept.year, value, flags: '', source_id: SOURCE_ID, note: `original source: ${row['FONTE ORIGINALE']}` });
		}
	}
	return out;
}
