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
	/** The data release year: statements count ages from it. */
	releaseYear: number;
}
