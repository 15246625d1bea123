/** Which data a page shows (computed at build time by $lib/server/data-version.ts), in words. */
export interface DataVersion {
	/** e.g. "3f9a1c2e7b" */
	id: string;
	/** Earliest and latest retrieval date of a source ("2018-09", "2026-11"), as sources.csv writes them. */
	retrievedFrom: string;
	retrievedTo: string;
}

/** "data version 3f9a1c2e7b, sources retrieved 2018-09 to 2026-11" */
export function dataVersionLine(version: DataVersion): string {
	return `data version ${version.id}, sources retrieved ${version.retrievedFrom} to ${version.retrievedTo}`;
}
