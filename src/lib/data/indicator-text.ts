/** Short texts about an indicator or a value, shared by every page that shows one. */

/** "Source: publisher, dataset (licence)." for one indicator. */
export function indicatorSource(indicator: {
	source_publisher: string;
	source_dataset: string;
	source_licence: string;
}): string {
	return `Source: ${indicator.source_publisher}, ${indicator.source_dataset} (${indicator.source_licence}).`;
}
