/**
 * What travels with a download from the explore page: the data file, a Frictionless data package
 * descriptor (v1, tabular) and a README with the filter, the date, a suggested citation and the
 * licence of every source the rows come from — zipped together, with a name that says what it holds.
 */
import { strToU8, zipSync } from 'fflate';
import type { TypedColumn } from './parquet-export';

export interface ExtractMeta {
	format: 'csv' | 'parquet';
	/** e.g. "cities-of-change_poznan-murcia_population_2015-2020" */
	name: string;
	filterText: string;
	/** ISO date of the download. */
	date: string;
	rows: number;
	columns: readonly TypedColumn[];
	indicators: readonly { indicator_id: string; label: string; unit: string; description: string }[];
	sources: readonly {
		title: string;
		url: string;
		licence: string;
		licence_url: string;
		citation: string;
		publisher: string;
	}[];
	/** The page address that reproduces the selection. */
	link: string;
	/** Which data the rows come from: "data version 3f9a1c2e7b, sources retrieved 2018-09 to 2026-11". */
	dataVersion: string;
}

const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);

/** A file name from the filter's parts: places, indicators or themes, years. */
export function extractName(parts: {
	places: string[];
	subjects: string[];
	from: number | null;
	to: number | null;
}): string {
	const list = (items: string[], all: string) =>
		items.length === 0 ? all : items.length > 3 ? `${items.length}-${all}` : items.map(slug).join('-');
	const years = parts.from || parts.to ? `_${parts.from ?? 'first'}-${parts.to ?? 'last'}` : '';
	return `cities-of-change_${list(parts.places, 'places')}_${list(parts.subjects, 'indicators')}${years}`;
}

function fieldType(duckdb: string): string {
	if (['INTEGER', 'BIGINT', 'SMALLINT', 'TINYINT', 'HUGEINT'].includes(duckdb)) return 'integer';
	if (duckdb === 'DOUBLE' || duckdb === 'FLOAT' || duckdb.startsWith('DECIMAL')) return 'number';
	if (duckdb === 'BOOLEAN') return 'boolean';
	return 'string';
}

export function citation(meta: ExtractMeta): string {
	return `Cities of Change quality-of-life dashboard (${meta.date.slice(0, 4)}). Extract “${meta.name}” (${meta.filterText}), retrieved ${meta.date} from ${meta.link}. Data: ${meta.sources
		.map((s) => s.publisher)
		.filter((p, i, all) => all.indexOf(p) === i)
		.join('; ')}.`;
}

export function descriptor(meta: ExtractMeta): object {
	const file = `${meta.name}.${meta.format}`;
	return {
		profile: 'tabular-data-package',
		name: slug(meta.name),
		title: `Cities of Change extract: ${meta.filterText}`,
		created: meta.date,
		homepage: meta.link,
		licenses: meta.sources
			.map((s) => ({ title: s.licence, path: s.licence_url }))
			.filter((l, i, all) => all.findIndex((x) => x.title === l.title) === i),
		sources: meta.sources.map((s) => ({ title: s.citation, path: s.url })),
		resources: [
			{
				name: slug(meta.name),
				path: file,
				profile: meta.format === 'csv' ? 'tabular-data-resource' : 'data-resource',
				format: meta.format,
				mediatype: meta.format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet',
				encoding: 'utf-8',
				schema: { fields: meta.columns.map((c) => ({ name: c.name, type: fieldType(c.type) })) }
			}
		],
		'x-filter': meta.filterText,
		'x-data-version': meta.dataVersion,
		'x-citation': citation(meta)
	};
}

export function readme(meta: ExtractMeta): string {
	return [
		`# ${meta.name}`,
		'',
		`Downloaded ${meta.date} from the Cities of Change quality-of-life dashboard.`,
		'',
		`- Selection: ${meta.filterText}`,
		`- Rows: ${meta.rows}`,
		`- Data: ${meta.dataVersion} (the dashboard's footer names the version it shows)`,
		`- Same view: ${meta.link}`,
		`- File: ${meta.name}.${meta.format} (${meta.format === 'csv' ? 'UTF-8, header, RFC 4180; text cells starting with = + - @ are prefixed with an apostrophe' : 'Apache Parquet, typed columns'})`,
		'',
		'## Suggested citation',
		'',
		citation(meta),
		'',
		'## Indicators',
		'',
		...meta.indicators.map((i) => `- **${i.label}** (${i.unit}): ${i.description}`),
		'',
		'## Sources and licences (every source the rows come from)',
		'',
		...meta.sources.map((s) => `- ${s.citation} — licence: ${s.licence} (${s.licence_url})`),
		'',
		'Values under a non-commercial licence (e.g. WHO CC BY-NC-SA 3.0 IGO) keep that licence in this extract.',
		''
	].join('\n');
}

export function extractZip(meta: ExtractMeta, data: Uint8Array): Uint8Array {
	return zipSync({
		[`${meta.name}.${meta.format}`]: data,
		'datapackage.json': strToU8(JSON.stringify(descriptor(meta), null, 2) + '\n'),
		'README.md': strToU8(readme(meta))
	});
}
