/** What every compare view receives from the page: the catalogues, the selection and how to change it. */
import type { IndicatorRow, PlaceRow, SourceRow } from '$lib/db/queries';
import type { CompareSelection } from '$lib/state/compare-selection';

export interface ViewProps {
	indicators: readonly IndicatorRow[];
	places: readonly PlaceRow[];
	sources: readonly SourceRow[];
	selection: CompareSelection;
	/** False while prerendered or hydrating: the view shows its default and asks the engine nothing. */
	mounted: boolean;
	/** A control changed: the page writes the new selection into the URL (a history entry). */
	choose: (change: Partial<CompareSelection>) => void;
}

/** "Source: publisher, dataset (licence)." for one indicator. */
export function indicatorSource(indicator: IndicatorRow): string {
	return `Source: ${indicator.source_publisher}, ${indicator.source_dataset} (${indicator.source_licence}).`;
}

/** Survey values marked as from a national survey cannot be compared with the others. */
export function comparabilityRemark(note: string | null | undefined): string | undefined {
	return note?.includes('not comparable') ? 'not comparable (national survey)' : undefined;
}
