/**
 * The upload's reading and shaping, off the main thread (the page never freezes on a big file).
 * PapaParse runs here, inside our own module worker: its built-in `worker: true` breaks in Vite 8
 * production builds (TOOLCHAIN.md). The file's bytes and the shaped rows stay here; the page gets
 * summaries and asks for the finished dataset.
 */
import { buildDataset, indicatorLabels, indicatorsInFile } from './dataset';
import { placeMatcher, type PlaceCatalogue } from './places';
import { readFile, unreadable, type ReadResult } from './read-file';
import { shapeObservations, type ShapeResult } from './shape';
import { isTargetsTable, readTargets } from './targets';
import type { ToWorker, FromWorker } from './worker-messages';

let bytes: Uint8Array | null = null;
let fileName = '';
let read: ReadResult | null = null;
let shaped: ShapeResult | null = null;
let catalogue: PlaceCatalogue = { places: [], geo: [] };

const post = (message: FromWorker) => postMessage(message);

function handle(message: ToWorker): void {
	switch (message.type) {
		case 'catalogue':
			catalogue = message.catalogue;
			return;
		case 'read': {
			if (message.bytes) {
				bytes = new Uint8Array(message.bytes);
				fileName = message.fileName;
			}
			if (!bytes) return;
			const refused = unreadable(fileName, bytes);
			if (refused) return post({ type: 'refused', message: refused });
			read = readFile(bytes, message.given, (share) => post({ type: 'progress', share }));
			shaped = null;
			const { table, parsed } = read;
			return post({
				type: 'read',
				fileName,
				bytes: bytes.length,
				settings: read.settings,
				encodingGuess: read.encodingGuess,
				head: parsed.rows.slice(0, 12).map((cells, i) => ({ line: parsed.lines[i] ?? 0, cells })),
				tail: parsed.rows.slice(-4).map((cells, i) => ({
					line: parsed.lines[parsed.rows.length - Math.min(4, parsed.rows.length) + i] ?? 0,
					cells
				})),
				rowCount: parsed.rows.length,
				header: table.header,
				preview: table.rows.slice(0, 8),
				dataRows: table.rows.length,
				eurostatTsv: table.eurostatTsv,
				parseErrors: parsed.errors.slice(0, 50),
				mapping: message.keepMapping ?? read.mapping,
				targets: isTargetsTable(table.header)
			});
		}
		case 'shape': {
			if (!read) return;
			const match = placeMatcher(catalogue);
			const overrides = new Map(Object.entries(message.placeOverrides));
			shaped = shapeObservations(
				read.table,
				message.mapping,
				read.settings,
				(text) => overrides.get(text.trim()) ?? match(text)
			);
			const labels = indicatorLabels(read.table, message.mapping);
			return post({
				type: 'shaped',
				observations: shaped.observations.length,
				sample: shaped.observations.slice(0, 5),
				problems: shaped.problems,
				problemCount: shaped.problemCount,
				missing: shaped.missing,
				blankRows: shaped.blankRows,
				unmatched: [...shaped.unmatched].map(([name, v]) => ({ name, ...v })),
				indicators: indicatorsInFile(shaped.observations).map((i) => ({
					...i,
					label: labels.get(i.name)
				})),
				places: new Set(shaped.observations.map((o) => o.geo_code)).size
			});
		}
		case 'build': {
			if (!shaped) return;
			const dataset = buildDataset({
				datasetId: message.datasetId,
				name: message.name,
				fileName,
				observations: shaped.observations,
				indicators: new Map(message.indicators)
			});
			return post({ type: 'built', dataset });
		}
		case 'targets': {
			if (!read) return;
			const result = readTargets(
				read.table,
				read.settings,
				{ indicators: new Set(message.indicators), places: new Set(message.places) },
				message.defaults
			);
			return post({
				type: 'targets',
				result,
				dataset: {
					dataset_id: message.datasetId,
					name: message.name,
					file_name: fileName,
					kind: 'targets',
					imported: new Date().toISOString(),
					indicators: [],
					observations_csv: '',
					targets_csv: result.rows > 0 ? result.csv : '',
					rows: result.rows
				}
			});
		}
	}
}

onmessage = (event: MessageEvent<ToWorker>) => {
	try {
		handle(event.data);
	} catch (error) {
		post({
			type: 'refused',
			message: `${fileName || 'The file'} could not be read: ${error instanceof Error ? error.message : String(error)}`
		});
	}
};
