/** Short texts about an indicator or a value, shared by every page that shows one. */

/** "Source: publisher, dataset (licence)." for one indicator. */
export function indicatorSource(indicator: {
	source_publisher: string;
	source_dataset: string;
	source_licence: string;
}): string {
	return `Source: ${indicator.source_publisher}, ${indicator.source_dataset} (${indicator.source_licence}).`;
}

/** Survey values marked as from a national survey cannot be compared with the others. */
export function comparabilityRemark(note: string | null | undefined): string | undefined {
	return note?.includes('not comparable') ? 'not comparable (national survey)' : undefined;
}
