/** Rows of placeSeries grouped as the charts and the rules want them. */
import type { TrendSeries } from '$lib/charts/TrendsChart.svelte';
import type { PlaceRow, SeriesRow } from '$lib/db/queries';

export function trendSeries(places: readonly PlaceRow[], rows: readonly SeriesRow[]): TrendSeries[] {
	return places
		.map((p) => {
			const points = rows
				.filter((r) => r.city_id === p.city_id)
				.map((r) => ({ year: r.year, value: r.value, flags: r.flags }));
			return { city_id: p.city_id, name: p.name, points, raw: points };
		})
		.filter((s) => s.points.length > 0);
}
