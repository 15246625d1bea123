/**
 * Upload ingest benchmark (Node, the same V8 and code as the upload worker): generated semicolon files
 * of 10 and 100 MB — decimal commas, Polish place-name spellings — in UTF-8 and in Windows-1250.
 * For each: decoding (encoding guess + TextDecoder), PapaParse alone (parseTable), the whole reading
 * and shaping (readFile + shapeObservations), and DuckDB's own read_csv of the same UTF-8 text (the
 * Node build of DuckDB-wasm, the browser's engine) — in MB/s, with the ratio; and memory: the JS heap's
 * peak growth while reading and shaping (heap + array buffers, sampled between steps, so a lower bound)
 * plus DuckDB's own reported memory after the load (duckdb_memory()), against the file's size; and the
 * process's peak resident memory. Writes bench/results-ingest.json.   npx tsx bench/ingest.ts   (also npm run bench)
 */
import { writeFileSync } from 'node:fs';
import { createBlockingDuckDB } from '../src/lib/db/node-engine.server';
import { placeCatalogue } from '../tests/support/datasets';
import { decodeText, guessEncoding } from '../src/lib/upload/decode';
import { placeMatcher } from '../src/lib/upload/places';
import { readFile } from '../src/lib/upload/read-file';
import { shapeObservations } from '../src/lib/upload/shape';
import { parseTable } from '../src/lib/upload/table';

const SIZES_MB = (process.env.INGEST_MB ?? '10,100').split(',').map(Number);
const RUNS = Number(process.env.INGEST_RUNS ?? 3);
const NAMES = [
	'Poznań',
	'Gdańsk',
	'Łódź',
	'Kraków',
	'Wrocław',
	'Bologna',
	'Den Haag',
	'Firenze',
	'Klaipeda',
	'Atlantis'
];
const INDICATORS = ['Stopa bezrobocia', 'Udział terenów zielonych', 'Ludność ogółem'];
// Windows-1250 bytes of the non-ASCII letters used above (from the code page's table).
const CP1250: Record<string, number> = {
	ń: 0xf1,
	ł: 0xb3,
	Ł: 0xa3,
	ó: 0xf3,
	ź: 0x9f,
	Ó: 0xd3,
	ą: 0xb9,
	ę: 0xea,
	ć: 0xe6,
	ż: 0xbf,
	ś: 0x9c,
	ó_: 0xf3
};

function generate(mb: number): string {
	const lines = ['Miasto;Wskaźnik;Rok;Wartość'];
	let size = lines[0]!.length;
	for (let i = 0; size < mb * 2 ** 20; i++) {
		const line =
			`${NAMES[i % NAMES.length]};${INDICATORS[(i >> 3) % INDICATORS.length]};${1990 + (i % 35)};${(i % 9973) / 10}`.replace(
				'.',
				','
			);
		lines.push(line);
		size += line.length + 2;
	}
	return lines.join('\r\n') + '\r\n';
}

function windows1250(text: string): Uint8Array {
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[i] = c < 0x80 ? c : (CP1250[text[i]!] ?? 0x3f);
	}
	return out;
}

const time = (work: () => unknown) => {
	const start = performance.now();
	work();
	return performance.now() - start;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
let peakRss = 0;
let peakJs = 0;
const jsBytes = () => {
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
};
const sampleMemory = () => {
	peakRss = Math.max(peakRss, process.memoryUsage().rss);
	peakJs = Math.max(peakJs, jsBytes());
};
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function duckdbReader() {
	const db = await createBlockingDuckDB();
	const conn = db.connect();
	return {
		load(text: string) {
			db.registerFileText('ingest.csv', text);
			conn.query(
				`CREATE OR REPLACE TABLE ingest AS SELECT * FROM read_csv('ingest.csv', delim = ';', header = true, decimal_separator = ',')`
			);
			db.dropFile('ingest.csv');
		},
		/** DuckDB's own account of the memory it holds (buffer manager, tables). */
		memoryBytes(): number {
			const table = conn.query('SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()');
			return Number(table.getChildAt(0)?.get(0) ?? 0);
		}
	};
}

const match = placeMatcher(placeCatalogue());
const duckdb = await duckdbReader();
const results: Record<string, Record<string, number>> = {};
for (const mb of SIZES_MB) {
	const text = generate(mb);
	for (const [encoding, bytes] of [
		['utf-8', new TextEncoder().encode(text)],
		['windows-1250', windows1250(text)]
	] as const) {
		const size = bytes.length / 2 ** 20;
		const runs = {
			decode: [] as number[],
			papaparse: [] as number[],
			readAndShape: [] as number[],
			duckdb: [] as number[]
		};
		let heapGrowth = 0;
		let duckdbMemory = 0;
		for (let r = 0; r < RUNS; r++) {
			let decoded = '';
			runs.decode.push(time(() => (decoded = decodeText(bytes, guessEncoding(bytes).encoding))));
			runs.papaparse.push(time(() => parseTable(decoded, { delimiter: ';', quoteChar: '"' })));
			sampleMemory();
			collect();
			const before = jsBytes();
			peakJs = before;
			runs.readAndShape.push(
				time(() => {
					const read = readFile(bytes);
					sampleMemory();
					shapeObservations(read.table, read.mapping, read.settings, match);
					sampleMemory();
				})
			);
			heapGrowth = Math.max(heapGrowth, peakJs - before);
			runs.duckdb.push(time(() => duckdb.load(decoded)));
			duckdbMemory = Math.max(duckdbMemory, duckdb.memoryBytes());
			sampleMemory();
		}
		const rate = (ms: number[]) => Math.round((size / (median(ms) / 1000)) * 10) / 10;
		const row = {
			mb: Math.round(size * 10) / 10,
			decodeMBps: rate(runs.decode),
			papaparseMBps: rate(runs.papaparse),
			readAndShapeMBps: rate(runs.readAndShape),
			duckdbReadCsvMBps: rate(runs.duckdb),
			duckdbVsPapaparse: Math.round((rate(runs.duckdb) / rate(runs.papaparse)) * 10) / 10,
			jsHeapGrowthMB: Math.round(heapGrowth / 2 ** 20),
			duckdbMemoryMB: Math.round(duckdbMemory / 2 ** 20),
			memoryVsFile: Math.round(((heapGrowth + duckdbMemory) / bytes.length) * 10) / 10
		};
		results[`${mb} MB ${encoding}`] = row;
		console.log(`${mb} MB ${encoding}:`, row);
	}
}
console.log(`peak resident memory: ${Math.round(peakRss / 2 ** 20)} MB`);
writeFileSync(
	'bench/results-ingest.json',
	JSON.stringify(
		{ date: new Date().toISOString(), runs: RUNS, results, peakRssMB: Math.round(peakRss / 2 ** 20) },
		null,
		2
	)
);
