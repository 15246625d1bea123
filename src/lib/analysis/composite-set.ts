/**
 * Which indicators enter the composite index: city-level (own values of the municipality, so greater
 * cities and regions stay out), with a direction (a neutral indicator cannot be "better"), and with
 * values for at least `minPlaces` places in the year window. Fixed by the data, listed on the page.
 */
export interface SetCandidate {
	indicator_id: string;
	spatial_level: string;
	direction: string;
}

export const COMPOSITE_MIN_PLACES = 10;

export function compositeSet<T extends SetCandidate>(
	indicators: readonly T[],
	placesWithData: (indicatorId: string) => number,
	minPlaces = COMPOSITE_MIN_PLACES
): T[] {
	return indicators.filter(
		(i) => i.spatial_level === 'city' && i.direction !== 'neutral' && placesWithData(i.indicator_id) >= minPlaces
	);
}
