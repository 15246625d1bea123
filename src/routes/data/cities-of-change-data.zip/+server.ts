/**
 * The whole data package as one zip, built once at prerender time: datapackage.json, every CSV it
 * describes, COVERAGE.md, and the raw files' provenance. Paths inside the zip are those the
 * descriptor uses, so Frictionless tools can open it as is.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { RequestHandler } from './$types';

export const prerender = true;

const DATASETS = join(process.cwd(), 'datasets');

export const GET: RequestHandler = async () => {
	const descriptorBytes = await readFile(join(DATASETS, 'datapackage.json'));
	const descriptor = JSON.parse(descriptorBytes.toString('utf8')) as { resources: { path: string }[] };
	const files: Record<string, Uint8Array> = {
		'datapackage.json': descriptorBytes,
		'COVERAGE.md': await readFile(join(DATASETS, 'COVERAGE.md')),
		'PROVENANCE.md': await readFile(join(DATASETS, 'raw', 'PROVENANCE.md')),
		'PROVENANCE-europe.md': await readFile(join(DATASETS, 'raw', 'europe', 'PROVENANCE.md')),
		'README.txt': strToU8(
			'Cities of Change: quality-of-life indicators for the 14 partner cities, and every other Urban Audit city for comparison.\n' +
				'Open datapackage.json for the description of every file, its licence and sources.\n' +
				'Every Urban Audit city: places.csv (points: GISCO and GeoNames, CC BY 4.0), geo-europe.csv, observations-europe.csv (Eurostat; the environment subset reshaped by FAIRiCUBE, CC BY 4.0).\n' +
				'WHO values (observations-who.csv, observations-europe-who.csv) are licensed CC BY-NC-SA 3.0 IGO: non-commercial use only.\n' +
				'Il Sole 24 ORE values (observations-ilsole.csv) are licensed CC BY-NC 4.0: non-commercial use only.\n' +
				'UN-Habitat values (observations-un-habitat.csv): the file states no licence; redistribution terms unverified.\n'
		)
	};
	for (const resource of descriptor.resources) files[resource.path] = await readFile(join(DATASETS, resource.path));
	// A fixed timestamp keeps the zip byte-identical between builds.
	const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
	return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
