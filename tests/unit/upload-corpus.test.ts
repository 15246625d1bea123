/**
 * The upload's reading on every file of the edge-case corpus (tests/fixtures/csv-edge-cases, a copy of ../shared/data/csv-edge-cases; see its
 * PROVENANCE.md): csv-spectrum's own JSON oracles for the cells, and a table of what should be guessed
 * or reported for the awkward ones — written here from reading each file, not from the code's output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile, unreadable, type ReadSettings } from '$lib/upload/read-file';

const CORPUS = join(process.cwd(), 'tests/fixtures/csv-edge-cases');
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const FILES = walk(CORPUS)
	.filter((f) => /\.(csv|tsv)$/.test(f))
	.map((f) => relative(CORPUS, f));
const bytes = (path: string) => new Uint8Array(readFileSync(join(CORPUS, path)));

describe('every corpus file', () => {
	it.each(FILES)('%s is read or refused with a reason, never a crash; line numbers only go forward', (path) => {
		const b = bytes(path);
		const refused = unreadable(path, b);
		if (refused) {
			expect(refused).toContain(path);
			return;
		}
		const { parsed, table } = readFile(b);
		for (let i = 1; i < parsed.lines.length; i++) expect(parsed.lines[i]).toBeGreaterThan(parsed.lines[i - 1]!);
		expect(table.rows.length).toBeLessThanOrEqual(parsed.rows.length);
	});
});

describe('csv-spectrum: cells as in its JSON oracle', () => {
	const names = FILES.filter((f) => f.startsWith('csv-spectrum/csvs/')).map((f) => f.replace(/^.*\/(.*)\.csv$/, '$1'));
	it.each(names)('%s', (name) => {
		// One oracle (location_coordinates) is a single object, not an array of one.
		const parsed = JSON.parse(readFileSync(join(CORPUS, `csv-spectrum/json/${name}.json`), 'utf8')) as unknown;
		const oracle = Array.isArray(parsed) ? parsed : [parsed];
		const { table } = readFile(bytes(`csv-spectrum/csvs/${name}.csv`), { skipTop: 0, skipBottom: 0, headerRows: 1 });
		const rows = table.rows.map((r) => Object.fromEntries(table.header.map((h, j) => [h, r[j] ?? ''])));
		// Upstream's oracle for location_coordinates has another phone number than its CSV (1234567890
		// vs 2095257564 in the file): that one cell is compared with the file's bytes instead.
		if (name === 'location_coordinates') {
			expect(rows[0]!['Contact Phone Number']).toBe('2095257564');
			for (const row of [...rows, ...oracle] as Record<string, string>[]) delete row['Contact Phone Number'];
		}
		expect(rows).toEqual(oracle);
	});
});

// What a careful reader of each file would choose (the file's content is quoted in the comment).
const GUESSES: [path: string, want: Partial<ReadSettings>][] = [
	['csvkit-examples/dummy.tsv', { delimiter: '\t' }],
	['frictionless-py-data/table.tsv', { delimiter: '\t' }],
	['frictionless-py-data/accent.csv', { delimiter: ';' }], // "Nom;Prénom…"
	['frictionless-py-data/delimiter.csv', { delimiter: ';' }],
	['frictionless-py-data/issue-1009-semicolon.csv', { delimiter: ';' }],
	['csv-parser-fixtures/option-quote.csv', { quoteChar: "'" }], // 1,'some value',2
	['csv-parser-fixtures/comment.csv', { skipTop: 1 }], // "# comment" above a,b,c
	['frictionless-py-data/skip-rows-before-headers.csv', { skipTop: 1 }],
	['frictionless-py-data/matrix-with-comment.csv', { skipTop: 1 }],
	['csvkit-examples/bad_skip_lines.csv', { skipTop: 3 }], // three blank lines
	['csvkit-examples/test_locale.csv', { decimal: ',', thousands: '.' }], // "1,7","200.000.000"
	['csvkit-examples/test_utf16_big.csv', { encoding: 'utf-16be' }],
	['csvkit-examples/test_utf16_little.csv', { encoding: 'utf-16le' }],
	['csvkit-examples/test_latin1.csv', { encoding: 'windows-1252' }]
];

describe('guesses on awkward files', () => {
	it.each(GUESSES)('%s', (path, want) => {
		expect(readFile(bytes(path)).settings).toMatchObject(want);
	});
});

describe('lines and structure problems', () => {
	it('CR-only line ends count as lines (mac_newlines.csv: a CR inside a quoted cell too)', () => {
		const text = new TextDecoder().decode(bytes('csvkit-examples/mac_newlines.csv'));
		const { parsed } = readFile(bytes('csvkit-examples/mac_newlines.csv'));
		// Independent count: a row starts after each CR that is outside quotes.
		let line = 1;
		let quoted = false;
		const starts = [1];
		for (const c of text) {
			if (c === '"') quoted = !quoted;
			if (c === '\r') {
				line++;
				if (!quoted) starts.push(line);
			}
		}
		expect(parsed.lines).toEqual(starts.slice(0, parsed.lines.length));
	});
	it('an empty file is refused by name', () => {
		expect(unreadable('empty.csv', bytes('frictionless-py-data/empty.csv'))).toMatch(/empty\.csv is empty/);
	});
	it('an unterminated quote is reported on the line where the cell starts', () => {
		const text = 'place,value\nPoznan,1\nBologna,"2\nRennes,3\n';
		const { parsed } = readFile(new TextEncoder().encode(text));
		expect(parsed.errors).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
	});
});
