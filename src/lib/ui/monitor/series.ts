/** A panel's series as the trend charts draw them: every value with its comparability status. */
import type { Panel } from '$lib/analysis/panel';
import type { TrendSeries } from '$lib/charts/TrendsChart.svelte';
import type { PlaceRow } from '$lib/db/queries';

export function trendSeries(places: readonly PlaceRow[], panel: Panel | undefined): TrendSeries[] {
	return places
		.map((p) => ({
			city_id: p.city_id,
			name: p.name,
			points: (panel?.series.get(p.city_id) ?? []).map((c) => ({
				year: c.point.year,
				value: c.point.value,
				flags: c.point.flags,
				status: c.status
			}))
		}))
		.filter((s) => s.points.length > 0);
}
