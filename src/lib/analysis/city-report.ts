/**
 * One place's headline numbers for its report card: the latest own value, its rank among the places
 * with data (latest within the window ending in the indicator's last year, as on /compare), the
 * change since its first year (within the current series: a value flagged "b" starts a new one), the
 * direction of travel and the status against every target set.
 */
import { benchmark, type Benchmark } from './benchmark';
import { directionOfTravel, assess, sinceLastBreak, type DirectionOfTravel, type Status } from './monitoring';
import { rankByValue } from './rank';

export interface SeriesPoint {
	city_id: string;
	year: number;
	value: number;
	flags: string | null;
	note?: string | null;
}

export interface HeadlineIndicator {
	indicator_id: string;
	label: string;
	short_label: string;
	unit: string;
	decimals: number;
	direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
	theme: string;
	spatial_level: string;
}

export interface HeadlineTarget {
	label: string;
	comparator: 'le' | 'ge';
	value: number;
	target_year: number | null;
}

export interface Headline {
	indicator: HeadlineIndicator;
	latest: { year: number; value: number; flags: string | null; note: string | null } | null;
	/** The first value of the current series (since the latest break in series); null with one value. */
	first: { year: number; value: number } | null;
	/** Rank among the places with a value in the window; null when this place has none there. */
	rank: { rank: number; of: number } | null;
	median: number | null;
	/** The latest value in the window against the partner median, in % of it. */
	vsMedian: Benchmark;
	travel: DirectionOfTravel | null;
	statuses: { target: HeadlineTarget; status: Status }[];
}

export function headline(
	indicator: HeadlineIndicator,
	rows: readonly SeriesPoint[],
	cityId: string,
	lastYear: number,
	window: number,
	targets: readonly HeadlineTarget[]
): Headline {
	const own = rows.filter((r) => r.city_id === cityId).sort((a, b) => a.year - b.year);
	const latestByPlace = new Map<string, SeriesPoint>();
	for (const r of rows) {
		if (r.year < lastYear - window + 1 || r.year > lastYear) continue;
		const seen = latestByPlace.get(r.city_id);
		if (!seen || seen.year < r.year) latestByPlace.set(r.city_id, r);
	}
	const ranking = rankByValue(
		[...latestByPlace.values()].map((r) => ({ city_id: r.city_id, value: r.value })),
		indicator.direction
	);
	const mine = ranking.ranked.find((r) => r.city_id === cityId);
	const last = own.at(-1);
	// "Change since the first year" stays within one series: a break in series starts it again.
	const current = sinceLastBreak(own);
	return {
		indicator,
		latest: last ? { year: last.year, value: last.value, flags: last.flags, note: last.note ?? null } : null,
		first: current[0] && current.length > 1 ? { year: current[0].year, value: current[0].value } : null,
		rank: mine ? { rank: mine.rank, of: ranking.ranked.length } : null,
		median: ranking.median,
		vsMedian: benchmark(
			mine?.value ?? null,
			ranking.ranked.map((r) => r.value),
			indicator.direction,
			'pct'
		),
		travel: directionOfTravel(own, indicator.direction),
		statuses: targets.map((target) => ({ target, status: assess(own, target, lastYear).status }))
	};
}
