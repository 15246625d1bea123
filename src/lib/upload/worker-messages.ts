/** The messages between the upload page and its worker (upload.worker.ts). */
import type { UserDataset, UserIndicator } from '$lib/db/user-data';
import type { EncodingGuess } from './decode';
import type { IndicatorInFile } from './dataset';
import type { Mapping } from './mapping';
import type { PlaceCatalogue } from './places';
import type { ReadSettings } from './read-file';
import type { Problem, ShapedObservation } from './shape';
import type { TargetsResult } from './targets';

export type ToWorker =
	| { type: 'catalogue'; catalogue: PlaceCatalogue }
	/** A new file (bytes given) or the same file read again with corrected settings. */
	| { type: 'read'; bytes?: ArrayBuffer; fileName: string; given: Partial<ReadSettings>; keepMapping?: Mapping }
	| { type: 'shape'; mapping: Mapping; placeOverrides: Record<string, string> }
	| { type: 'build'; datasetId: string; name: string; indicators: [string, Omit<UserIndicator, 'indicator_id'>][] }
	| {
			type: 'targets';
			datasetId: string;
			name: string;
			indicators: string[];
			places: string[];
			defaults: { sourceId: string; label: string };
	  };

export interface ReadSummary {
	type: 'read';
	fileName: string;
	bytes: number;
	settings: ReadSettings;
	encodingGuess: EncodingGuess;
	/** The first and last physical rows, with their line numbers, before any skipping. */
	head: { line: number; cells: string[] }[];
	tail: { line: number; cells: string[] }[];
	rowCount: number;
	header: string[];
	preview: string[][];
	dataRows: number;
	eurostatTsv: boolean;
	parseErrors: { line: number; message: string }[];
	mapping: Mapping;
	targets: boolean;
}

export interface ShapeSummary {
	type: 'shaped';
	observations: number;
	sample: ShapedObservation[];
	problems: Problem[];
	problemCount: number;
	missing: number;
	blankRows: number;
	unmatched: { name: string; values: number; line: number }[];
	indicators: IndicatorInFile[];
	places: number;
}

export type FromWorker =
	| { type: 'progress'; share: number }
	| { type: 'refused'; message: string }
	| ReadSummary
	| ShapeSummary
	| { type: 'built'; dataset: UserDataset }
	| { type: 'targets'; result: TargetsResult; dataset: UserDataset };
