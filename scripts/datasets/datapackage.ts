/**
 * datasets/datapackage.json: a Frictionless Tabular Data Package (specification v1, profile
 * "tabular-data-package") describing every CSV — columns and types (from the one schema the app
 * loads with), primary and foreign keys, licence and sources per resource.
 */
import { DATASET_TABLES } from '../../src/lib/db/schema';
import type { SourceRecord } from './eurostat-urb';

const TYPES = { VARCHAR: 'string', INTEGER: 'integer', DOUBLE: 'number', BOOLEAN: 'boolean' } as const;

const EUROSTAT = {
	name: 'Eurostat-reuse',
	path: 'https://ec.europa.eu/eurostat/about-us/policies/copyright',
	title: '© European Union; reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)'
};
const WHO = {
	name: 'CC-BY-NC-SA-3.0-IGO',
	path: 'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
	title: 'Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO'
};

const UNVERIFIED = {
	name: 'UN-Habitat-terms-unverified',
	title: 'UN-Habitat: no licence stated in the file; redistribution terms unverified'
};
const CC_BY_NC = {
	name: 'CC-BY-NC-4.0',
	path: 'https://creativecommons.org/licenses/by-nc/4.0/',
	title: 'Creative Commons Attribution-NonCommercial 4.0 International'
};

const GEONAMES = {
	name: 'CC-BY-4.0',
	path: 'https://creativecommons.org/licenses/by/4.0/',
	title: 'Coordinates: GeoNames, Creative Commons Attribution 4.0'
};
const CC_BY = {
	name: 'CC-BY-4.0',
	path: 'https://creativecommons.org/licenses/by/4.0/',
	title: 'Creative Commons Attribution 4.0 (GISCO city points via FAIRiCUBE; GeoNames; FAIRiCUBE reshaping)'
};
const EU_LAW = {
	name: 'EU-legal-texts-reuse',
	path: 'https://eur-lex.europa.eu/content/legal-notice/legal-notice.html',
	title: 'EU legal texts (Directives 2008/50/EC and (EU) 2024/2881): reuse authorised (Commission Decision 2011/833/EU)'
};

interface ResourceMeta {
	title: string;
	description: string;
	primaryKey: string[];
	foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	licenses: { name: string; path?: string; title: string }[];
	sources: string[];
	fieldDescriptions?: Record<string, string>;
}

const OBSERVATION_KEYS = {
	primaryKey: ['geo_code', 'indicator_id', 'year'],
	foreignKeys: [
		{ fields: ['geo_code'], reference: { resource: 'geo', fields: ['geo_code'] } },
		{ fields: ['indicator_id'], reference: { resource: 'indicators', fields: ['indicator_id'] } },
		{ fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } }
	],
	fieldDescriptions: {
		value: 'The value in the unit of its indicator (indicators.csv, column unit); never estimated or imputed.',
		flags: 'Eurostat flag letters (b break, d definition differs, e estimated, p provisional, r revised, u low reliability); l: WHO year under 75 % temporal coverage.',
		note: 'Derivation inputs, and values set aside by a precedence rule.'
	}
};

/** Europe-wide observations point at geo-europe.csv. */
const EUROPE_OBSERVATION_KEYS = {
	...OBSERVATION_KEYS,
	foreignKeys: OBSERVATION_KEYS.foreignKeys.map((k) => (k.reference.resource === 'geo' ? { ...k, reference: { ...k.reference, resource: 'geo_europe' } } : k))
};

const META: Record<string, ResourceMeta> = {
	geo_europe: { title: 'Spatial units of every other European city', description: 'The units of the Urban Audit places that are not partners: Eurostat city and greater-city units, WHO cities and perception-survey samples, each with the Urban Audit unit it belongs to (place_code).', primaryKey: ['geo_code'], foreignKeys: [{ fields: ['place_code'], reference: { resource: 'places', fields: ['place_code'] } }], licenses: [EUROSTAT], sources: [], fieldDescriptions: { survey: 'For survey-sample units: eu (the city is in the EU survey\u2019s city list), national, or unknown (never compared).', place_code: 'The Urban Audit unit in places.csv.' } },
	places: { title: 'Every Urban Audit city', description: 'One row per Urban Audit unit with values (cities and greater cities, level from Eurostat\u2019s label): Eurostat\u2019s name, country, level, the partner place it is, a point (GISCO 2021 city points, else GeoNames; source per row), the latest population the comparability rule accepts and its EC–OECD size class (XS under 50,000 is this project\u2019s own class).', primaryKey: ['place_code'], licenses: [EUROSTAT, CC_BY], sources: ['gisco', 'geonames', 'eurostat_urb_cpop1'], fieldDescriptions: { point_source: 'GISCO URAU 2021, or the GeoNames place (id and name) the point comes from; empty: no point.', population: 'The latest population (persons on 1 January) the comparability rule accepts; suspect values (Eurostat\u2019s 2024 German populations) are skipped.', size_class: 'XS under 50,000; S 50,000–100,000; M 100,000–250,000; L 250,000–500,000; XL 500,000–1,000,000; XXL 1,000,000 or more (EC–OECD classes, Dijkstra and Poelman 2012).' } },
	urb_ctran_labels: { title: 'Transport export labels matched by hand', description: 'The rows of the urb_ctran Excel export (labels only) that neither Eurostat\u2019s code/label pairs nor cities.dic name, each with the code it was matched to and the evidence. The build checks each line against the sheet order and cities.dic.', primaryKey: ['label'], licenses: [EUROSTAT], sources: [] },
	observations_europe: { title: 'Observations of every other European city (Eurostat)', description: 'Eurostat city statistics for every Urban Audit place that is not a partner: population (2025 and 2018 releases), labour market, education, tourism, transport (17 variables), income, municipal waste, perception survey, and the environment subset reshaped by FAIRiCUBE (no flags; CC BY 4.0 for the reshaping). Same rules as the partners\u2019 file.', ...EUROPE_OBSERVATION_KEYS, licenses: [EUROSTAT, CC_BY], sources: ['eurostat', 'fairicube'] },
	observations_europe_who: { title: 'Observations of every other European city (WHO air quality)', description: 'Annual mean PM10, PM2.5 and NO2 from the WHO Ambient Air Quality Database 2024 for the Urban Audit places WHO lists (matched by name, country and distance). Non-commercial use only.', ...EUROPE_OBSERVATION_KEYS, licenses: [WHO], sources: ['who_aaq_2024'] },
	cities: { title: 'Partner places', description: 'The 17 places of the 14 partners, with Urban Audit codes and GeoNames coordinates (CC BY 4.0).', primaryKey: ['city_id'], foreignKeys: [{ fields: ['partner_id'], reference: { resource: 'partners', fields: ['partner_id'] } }], licenses: [EUROSTAT, GEONAMES], sources: [] },
	partners: { title: 'Partners', description: 'The 14 partners of the Cities of Change network.', primaryKey: ['partner_id'], licenses: [EUROSTAT], sources: [] },
	geo: { title: 'Spatial units', description: 'Every unit a value is published for: city, greater city, country, WHO city, survey sample.', primaryKey: ['geo_code'], licenses: [EUROSTAT], sources: [], fieldDescriptions: { survey: 'For survey-sample units: eu (the EU survey on quality of life in European cities), national (a national survey reported to Eurostat: never ranked with EU-survey values) or unknown. Empty for other units.' } },
	indicators: { title: 'Indicators', description: 'Label, unit, theme, direction, spatial level, method and comparability rule of every indicator (docs/COMPARABILITY.md).', primaryKey: ['indicator_id'], foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } }], licenses: [EUROSTAT], sources: [], fieldDescriptions: { formula: 'How the value is obtained: the Eurostat variable code, or the computation from published inputs.', plausible_change: 'The largest plausible change in one year, in %, compounded over gaps between published years: a larger change makes a value suspect unless the next value confirms the new level. Empty: no bound.', old_after: 'A value more than this many years older than the data release is quoted only as "the latest available".', travel_tolerance: 'The direction of travel is "stable" within plus or minus this many % of the level a year. Empty: no direction of travel.', derived_from: 'For values computed here: the input indicators (same unit; @-1 the previous year). A derived value is suspect when an input is.', price_basis: 'nominal: money in current prices, not adjusted for inflation or price levels between countries; pps: purchasing power standards.' } },
	indicator_phrases: { title: 'Indicator phrases', description: 'How generated sentences name each indicator, one row per indicator and language: the subject and noun of a sentence, the value with its unit ({value} is the formatted number) and the words for the two ends of a ranking.', primaryKey: ['indicator_id', 'language'], foreignKeys: [{ fields: ['indicator_id'], reference: { resource: 'indicators', fields: ['indicator_id'] } }], licenses: [EUROSTAT], sources: [] },
	sources: { title: 'Sources', description: 'Publisher, link, licence and citation of every source.', primaryKey: ['source_id'], licenses: [EUROSTAT], sources: [] },
	place_regions: { title: 'Regions containing each place', description: 'The NUTS 3 and NUTS 2 regions that contain each partner place, and how much of the region the place is. Regional values are context, never ranked with city values.', primaryKey: ['city_id', 'geo_code'], foreignKeys: [{ fields: ['city_id'], reference: { resource: 'cities', fields: ['city_id'] } }, { fields: ['geo_code'], reference: { resource: 'geo', fields: ['geo_code'] } }], licenses: [EUROSTAT], sources: [] },
	observations: { title: 'Observations (Eurostat and European Commission)', description: 'One observation a row: Eurostat city, regional and perception-survey statistics, the 2023 EU Quality of Life survey, and rounded Eurostat copies from a third party (marked in note).', ...OBSERVATION_KEYS, licenses: [EUROSTAT], sources: ['eurostat', 'ec_', 'kworlddatamap'] },
	observations_un_habitat: { title: 'Observations (UN-Habitat green areas)', description: 'Green area share and green area per person, 1990–2020, for Dublin, Bologna and Poznań. The file states no licence: redistribution terms unverified.', ...OBSERVATION_KEYS, licenses: [UNVERIFIED], sources: ['un_habitat'] },
	observations_ilsole: { title: 'Observations (Il Sole 24 ORE, Italian provinces)', description: 'Provincial indicators for Bologna, Florence and Padua from Qualità della Vita 2020. Non-commercial use only.', ...OBSERVATION_KEYS, licenses: [CC_BY_NC], sources: ['ilsole'] },
	perception_mapping: { title: 'Perception survey mapping', description: 'For every residents\u2019-views indicator and survey wave: question code, exact wording, scale, answer categories summed, treatment of don\u2019t know, and factor.', primaryKey: ['indicator_id', 'wave'], foreignKeys: [{ fields: ['indicator_id'], reference: { resource: 'indicators', fields: ['indicator_id'] } }, { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } }], licenses: [EUROSTAT], sources: ['eurostat_urb_percep', 'ec_qol'] },
	observations_who: { title: 'Observations (WHO air quality)', description: 'Annual mean PM10, PM2.5 and NO2 from the WHO Ambient Air Quality Database 2024. Non-commercial use only.', ...OBSERVATION_KEYS, licenses: [WHO], sources: ['who_aaq_2024'] },
	targets: { title: 'Targets and standards', description: 'Air-quality limit values and guidelines the annual means are read against.', primaryKey: ['target_id'], foreignKeys: [{ fields: ['indicator_id'], reference: { resource: 'indicators', fields: ['indicator_id'] } }, { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } }], licenses: [EU_LAW, WHO], sources: ['eu_directive', 'who_aqg'] }
};

export function dataPackage(sources: readonly SourceRecord[]): string {
	const sourceList = (prefixes: string[]) =>
		sources
			.filter((s) => prefixes.some((p) => s.source_id.startsWith(p)))
			.map((s) => ({ title: s.citation, path: s.url }));
	const descriptor = {
		profile: 'tabular-data-package',
		name: 'cities-of-change-indicators',
		title: 'Cities of Change: quality-of-life indicators for the 14 partner cities',
		description:
			'Official statistics on the partners of the EU network Cities of Change (2013–2015), built by scripts/build-datasets.ts from the raw public files in datasets/raw/. Missing values are missing, never estimated. Frictionless Data Package specification v1, profile tabular-data-package.',
		licenses: [EUROSTAT],
		sources: sourceList(['']),
		resources: DATASET_TABLES.map((table) => {
			const meta = META[table.table];
			if (!meta) throw new Error(`datapackage: no metadata for table ${table.table}`);
			return {
				profile: 'tabular-data-resource',
				name: table.table.replaceAll('_', '-'),
				path: table.file,
				title: meta.title,
				description: meta.description,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				licenses: meta.licenses,
				...(meta.sources.length ? { sources: sourceList(meta.sources) } : {}),
				schema: {
					fields: table.columns.map(([name, type]) => ({
						name,
						type: TYPES[type],
						...(meta.fieldDescriptions?.[name] ? { description: meta.fieldDescriptions[name] } : {})
					})),
					missingValues: [''],
					primaryKey: meta.primaryKey,
					...(meta.foreignKeys
						? {
								foreignKeys: meta.foreignKeys.map((k) => ({
									...k,
									reference: { ...k.reference, resource: k.reference.resource.replaceAll('_', '-') }
								}))
							}
						: {})
				}
			};
		})
	};
	return JSON.stringify(descriptor, null, '\t') + '\n';
}
