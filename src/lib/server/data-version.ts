/**
 * Which data a page shows: a short fingerprint of the bundled dataset files (the first 10 hex digits
 * of a SHA-256 over every table's file, in load order) and the span of the sources' retrieval dates.
 * Every page, printed card and download names it, so a shared link or a printout can be matched to
 * its numbers; it changes whenever any value, code or label in the data package changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { DataVersion } from '$lib/data/data-version';
import { DATASET_TABLES } from '$lib/db/schema';

export function dataVersion(dir = join(process.cwd(), 'datasets')): DataVersion {
	const hash = createHash('sha256');
	for (const { file } of DATASET_TABLES) {
		// The name too, so that moving content between files changes the version.
		hash.update(`${file}\n`);
		hash.update(readFileSync(join(dir, file)));
	}
	const dates = csvParse(readFileSync(join(dir, 'sources.csv'), 'utf8'))
		.map((s) => s.retrieved ?? '')
		.filter((d) => d !== '')
		.sort();
	return { id: hash.digest('hex').slice(0, 10), retrievedFrom: dates[0] ?? '', retrievedTo: dates.at(-1) ?? '' };
}
