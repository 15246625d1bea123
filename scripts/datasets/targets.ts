/**
 * Air-quality standards the annual means are read against, each with its legal or scientific source.
 * Checked against the official texts (EUR-Lex, WHO) — see docs/DATA.md, `targets.csv`.
 */
import type { SourceRecord } from './eurostat-urb';

export const TARGET_HEADER = ['target_id', 'indicator_id', 'scope', 'comparator', 'value', 'target_year', 'kind', 'label', 'source_id'] as const;

export const TARGET_SOURCES: readonly SourceRecord[] = [
	{
		source_id: 'eu_directive_2008_50',
		publisher: 'European Parliament and Council of the European Union',
		title: 'Directive 2008/50/EC on ambient air quality and cleaner air for Europe (Annexes XI and XIV)',
		dataset_code: '32008L0050',
		url: 'https://eur-lex.europa.eu/eli/dir/2008/50/oj',
		repository_copy: '',
		licence: 'EU legal text: reuse authorised (Commission Decision 2011/833/EU)',
		licence_url: 'https://eur-lex.europa.eu/content/legal-notice/legal-notice.html',
		citation: 'Directive 2008/50/EC of the European Parliament and of the Council of 21 May 2008 on ambient air quality and cleaner air for Europe, OJ L 152, 11.6.2008, p. 1.',
		retrieved: '2026-11'
	},
	{
		source_id: 'eu_directive_2024_2881',
		publisher: 'European Parliament and Council of the European Union',
		title: 'Directive (EU) 2024/2881 on ambient air quality and cleaner air for Europe (recast), Annex I',
		dataset_code: '32024L2881',
		url: 'https://eur-lex.europa.eu/eli/dir/2024/2881/oj',
		repository_copy: '',
		licence: 'EU legal text: reuse authorised (Commission Decision 2011/833/EU)',
		licence_url: 'https://eur-lex.europa.eu/content/legal-notice/legal-notice.html',
		citation: 'Directive (EU) 2024/2881 of the European Parliament and of the Council of 23 October 2024 on ambient air quality and cleaner air for Europe (recast), OJ L, 2024/2881, 20.11.2024.',
		retrieved: '2026-11'
	},
	{
		source_id: 'who_aqg_2021',
		publisher: 'World Health Organization',
		title: 'WHO global air quality guidelines: particulate matter (PM2.5 and PM10), ozone, nitrogen dioxide, sulfur dioxide and carbon monoxide',
		dataset_code: 'ISBN 978-92-4-003422-8',
		url: 'https://www.who.int/publications/i/item/9789240034228',
		repository_copy: '',
		licence: 'CC BY-NC-SA 3.0 IGO',
		licence_url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
		citation: 'World Health Organization (2021). WHO global air quality guidelines. Geneva: WHO. Licence: CC BY-NC-SA 3.0 IGO.',
		retrieved: '2026-11'
	}
];

type Target = Record<(typeof TARGET_HEADER)[number], string | number | null>;

const limit = (pollutant: string, label: string, value: number, year: number | null, source: string, kind: string, id: string): Target => ({
	target_id: id,
	indicator_id: `${pollutant}_annual_mean`,
	scope: 'all',
	comparator: 'le',
	value,
	target_year: year,
	kind,
	label,
	source_id: source
});

export const TARGETS: readonly Target[] = [
	limit('pm10', 'EU limit value (2008/50/EC)', 40, null, 'eu_directive_2008_50', 'legal-limit', 'eu2008_pm10_annual'),
	limit('pm25', 'EU limit value (2008/50/EC)', 25, null, 'eu_directive_2008_50', 'legal-limit', 'eu2008_pm25_annual'),
	limit('no2', 'EU limit value (2008/50/EC)', 40, null, 'eu_directive_2008_50', 'legal-limit', 'eu2008_no2_annual'),
	limit('pm10', 'EU limit value from 2030 (2024/2881)', 20, 2030, 'eu_directive_2024_2881', 'legal-limit', 'eu2030_pm10_annual'),
	limit('pm25', 'EU limit value from 2030 (2024/2881)', 10, 2030, 'eu_directive_2024_2881', 'legal-limit', 'eu2030_pm25_annual'),
	limit('no2', 'EU limit value from 2030 (2024/2881)', 20, 2030, 'eu_directive_2024_2881', 'legal-limit', 'eu2030_no2_annual'),
	limit('pm10', 'WHO 2021 guideline', 15, null, 'who_aqg_2021', 'guideline', 'who2021_pm10_annual'),
	limit('pm25', 'WHO 2021 guideline', 5, null, 'who_aqg_2021', 'guideline', 'who2021_pm25_annual'),
	limit('no2', 'WHO 2021 guideline', 10, null, 'who_aqg_2021', 'guideline', 'who2021_no2_annual')
];
