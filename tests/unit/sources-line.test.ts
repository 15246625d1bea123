/** The combined source line names each publisher once and carries restrictive licences. */
import { describe, expect, it } from 'vitest';
import { sourcesLine } from '../../src/lib/data/sources';
import { readCsv } from '../support/datasets';

describe('sourcesLine', () => {
	it('names every publisher of the bundled sources once, with the non-commercial and unverified licences', () => {
		const sources = readCsv('sources.csv').map((s) => ({ publisher: s.publisher!, licence: s.licence! }));
		const line = sourcesLine(sources);
		const parts = line.replace(/^Sources: |\.$/g, '').split(/; (?![^(]*\))/);
		for (const publisher of new Set(sources.map((s) => s.publisher))) {
			expect(
				parts.filter((p) => p.replace(/ \((CC BY-NC|redistribution)[^)]*\)$/, '') === publisher).length,
				publisher
			).toBe(1);
		}
		expect(line).toContain('World Health Organization (CC BY-NC-SA 3.0 IGO');
		expect(line).toContain('Il Sole 24 ORE (CC BY-NC 4.0');
		expect(line).toMatch(/UN-Habitat[^;]*\(redistribution terms unverified\)/);
		expect(parts).toContain('Eurostat');
	});

	it('is empty without sources', () => {
		expect(sourcesLine([])).toBe('');
	});
});
