/**
 * Encodings of uploaded files, on real files of the edge-case corpus and on bytes written here for
 * the Polish, Lithuanian and Latvian code pages: BOMs, UTF-16 both ways, Latin-1, Windows-1250/1257.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, guessEncoding, looksBinary } from '$lib/upload/decode';

const CORPUS = join(process.cwd(), 'tests/fixtures/csv-edge-cases');
const file = (path: string) => new Uint8Array(readFileSync(join(CORPUS, path)));

/** Bytes of `text` in a single-byte code page, from its table of non-ASCII characters. */
function encodeSingleByte(text: string, table: Record<string, number>): Uint8Array {
	return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : table[c]!)));
}
// Windows-1250 (Polish letters) and Windows-1257 (Lithuanian/Latvian letters), from the code pages' tables.
const CP1250: Record<string, number> = {
	ą: 0xb9,
	ć: 0xe6,
	ę: 0xea,
	ł: 0xb3,
	ń: 0xf1,
	ó: 0xf3,
	ś: 0x9c,
	ź: 0x9f,
	ż: 0xbf,
	Ł: 0xa3,
	Ś: 0x8c,
	Ż: 0xaf
};
const CP1257: Record<string, number> = {
	ė: 0xeb,
	į: 0xe1,
	š: 0xf0,
	ū: 0xfb,
	ž: 0xfe,
	č: 0xe8,
	ā: 0xe2,
	ē: 0xe7,
	ī: 0xee,
	ļ: 0xef,
	ņ: 0xf2,
	Š: 0xd0
};

describe('encoding of an upload', () => {
	it('trusts a byte order mark: UTF-8, UTF-16 big and little endian', () => {
		expect(guessEncoding(file('frictionless-py-data/bom.csv'))).toMatchObject({ encoding: 'utf-8', bom: true });
		const big = file('csvkit-examples/test_utf16_big.csv');
		const little = file('csvkit-examples/test_utf16_little.csv');
		expect(guessEncoding(big).encoding).toBe('utf-16be');
		expect(guessEncoding(little).encoding).toBe('utf-16le');
		// Both decode to the same text, without the BOM.
		expect(decodeText(big, 'utf-16be')).toBe(decodeText(little, 'utf-16le'));
		expect(decodeText(big, 'utf-16be').charCodeAt(0)).not.toBe(0xfeff);
	});

	it('takes valid UTF-8 as UTF-8', () => {
		const bytes = file('csvkit-examples/test_utf8.csv');
		expect(guessEncoding(bytes)).toMatchObject({ encoding: 'utf-8', bom: false });
		expect(decodeText(bytes, 'utf-8')).toContain('ʤ');
	});

	it('reads Latin-1 files as Western European', () => {
		const bytes = file('csvkit-examples/test_latin1.csv');
		const guess = guessEncoding(bytes);
		expect(['windows-1252', 'iso-8859-1']).toContain(guess.encoding);
		expect(decodeText(bytes, guess.encoding)).toContain('©');
	});

	it('recognises Polish text in Windows-1250', () => {
		const text =
			'miasto,rok,wartość\nPoznań,2020,łączna liczba mieszkańców\nŁódź,2020,źródło: Główny Urząd Statystyczny\nGdańsk,2021,żółć i gęślą jaźń\n'.repeat(
				20
			);
		const bytes = encodeSingleByte(text, { ...CP1250, ć: 0xe6, ą: 0xb9, ż: 0xbf, ó: 0xf3, ś: 0x9c });
		const guess = guessEncoding(bytes);
		expect(guess.encoding).toBe('windows-1250');
		expect(decodeText(bytes, guess.encoding)).toBe(text);
	});

	it('offers Windows-1257 for Baltic text when asked, and decodes it', () => {
		const text =
			'miestas,metai\nKlaipėda,2020\nŠiauliai,2021\nDaugavpils,pilsēta ar ļoti labām ūdens un ņemšanas\n'.repeat(10);
		const bytes = encodeSingleByte(text, CP1257);
		expect(decodeText(bytes, 'windows-1257')).toBe(text);
		expect(guessEncoding(bytes).encoding).not.toBe('utf-8');
	});

	it('tells binary files from text with a stray NUL byte', () => {
		expect(looksBinary(file('csvkit-examples/null_byte.csv'))).toBe(false);
		// A real binary file: DuckDB's WebAssembly module.
		const wasm = new Uint8Array(
			readFileSync(join(process.cwd(), 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm')).subarray(0, 65536)
		);
		expect(looksBinary(wasm)).toBe(true);
		expect(looksBinary(file('csvkit-examples/test_utf16_big.csv'))).toBe(false);
	});
});
