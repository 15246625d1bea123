/**
 * The data version every page names: a fingerprint of the bundled files that changes with any byte of
 * them, and the span of the sources' retrieval dates, both recomputed here from the files.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { dataVersionLine } from '$lib/data/data-version';
import { DATASET_TABLES } from '$lib/db/schema';
import { dataVersion } from '$lib/server/data-version';

describe('data version', () => {
	it('is the SHA-256 of every dataset file (name and bytes, in load order), and the retrieval span', () => {
		const version = dataVersion();
		const hash = createHash('sha256');
		for (const { file } of DATASET_TABLES)
			hash.update(Buffer.concat([Buffer.from(`${file}\n`), readFileSync(join('datasets', file))]));
		expect(version.id).toBe(hash.digest('hex').slice(0, 10));
		const dates = csvParse(readFileSync('datasets/sources.csv', 'utf8')).map((s) => s.retrieved!);
		expect(version.retrievedFrom).toBe(dates.reduce((a, b) => (b < a ? b : a)));
		expect(version.retrievedTo).toBe(dates.reduce((a, b) => (b > a ? b : a)));
		expect(dataVersionLine(version)).toBe(
			`data version ${version.id}, sources retrieved ${version.retrievedFrom} to ${version.retrievedTo}`
		);
	});

	it('changes when one value changes, and only then', () => {
		const dir = mkdtempSync(join(tmpdir(), 'coc-version-'));
		try {
			cpSync('datasets', dir, { recursive: true, filter: (f) => !f.includes('/raw') });
			const before = dataVersion(dir).id;
			expect(dataVersion(dir).id).toBe(before);
			const file = join(dir, 'observations.csv');
			const text = readFileSync(file, 'utf8');
			const [header, first, ...rest] = text.split('\n');
			const cells = first!.split(',');
			cells[3] = String(Number(cells[3]) + 1);
			writeFileSync(file, [header, cells.join(','), ...rest].join('\n'));
			expect(dataVersion(dir).id).not.toBe(before);
			writeFileSync(file, text);
			expect(dataVersion(dir).id).toBe(before);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
