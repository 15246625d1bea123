/**
 * One place's headline facts for its report card, all through the comparability rule: its latest
 * comparable value (and anything later that was set aside), its rank among the group's places with a
 * comparable value in that same year, the change over the last ten years and over its whole current
 * series, the direction of travel, and the status against every target set.
 */
import { currentSeries, isComparable, isOld, latestComparable, type Classified } from './comparability';
import { compare, type ComparedPlace, type Comparison } from './comparison';
import { assess, directionOfTravel, type Assessment, type DirectionOfTravel } from './monitoring';
import { lastComparableYear, type Panel, type PanelRow } from './panel';
import { periodChange, type PeriodChange } from './statements/place';
import type { WordedIndicator } from './statements/words';

/** The table's "change over" period, in years. */
export const CHANGE_YEARS = 10;
/** A rank among fewer places says little: below this, no rank is given. */
export const MIN_RANKED = 3;

export interface HeadlineIndicator extends WordedIndicator {
	plausible_change: number | null;
	old_after: number | null;
	travel_tolerance: number | null;
	derived_from: string | null;
	theme: string;
	frequency: string;
}

export interface HeadlineTarget {
	target_id: string;
	label: string;
	comparator: 'le' | 'ge';
	value: number;
	target_year: number | null;
	/** The set the target belongs to (its source), e.g. eu_directive_2024_2881. */
	source_id?: string;
}

export interface Headline {
	indicator: HeadlineIndicator;
	/** The place's whole series, classified (suspect and other-survey values included, marked). */
	series: Classified<PanelRow>[];
	latest: PanelRow | null;
	old: boolean;
	/** Values after the latest comparable one that the rule set aside (suspect, another survey). */
	laterSetAside: Classified<PanelRow>[];
	/** The group's comparison in the latest value's year, and this place in it. */
	comparison: Comparison | null;
	ranked: ComparedPlace | null;
	/** Over the last CHANGE_YEARS up to the latest value, within the current series. */
	change: PeriodChange | null;
	/** Over the whole current series. */
	seriesChange: PeriodChange | null;
	travel: DirectionOfTravel | null;
	statuses: { target: HeadlineTarget; assessment: Assessment }[];
}

/** The first value of the current series in `from` or after it. */
function baseFrom(current: readonly PanelRow[], from: number): PanelRow | undefined {
	return current.find((p) => p.year >= from);
}

export function headline(
	indicator: HeadlineIndicator,
	panel: Panel,
	group: readonly string[],
	cityId: string,
	targets: readonly HeadlineTarget[],
	releaseYear: number
): Headline {
	const series = [...(panel.series.get(cityId) ?? [])];
	const latestClassified = latestComparable(series);
	const latest = latestClassified?.point ?? null;
	const current = currentSeries(series).map((c) => c.point);
	const comparison = latest ? compare(panel, group, { kind: 'year', year: latest.year }, indicator) : null;
	const ranked =
		comparison && comparison.ranked.length >= MIN_RANKED
			? (comparison.ranked.find((r) => r.city_id === cityId) ?? null)
			: null;
	const base = latest ? baseFrom(current, latest.year - CHANGE_YEARS) : undefined;
	const reference = lastComparableYear(panel, group) ?? latest?.year ?? 0;
	return {
		indicator,
		series,
		latest,
		old: latest ? isOld(latest.year, releaseYear, indicator) : false,
		laterSetAside: series.filter((c) => !isComparable(c) && (!latest || c.point.year > latest.year)),
		comparison,
		ranked,
		change: latest && base ? periodChange(indicator, base, latest) : null,
		seriesChange: latest && current[0] ? periodChange(indicator, current[0], latest) : null,
		travel: directionOfTravel(current, indicator),
		statuses: targets.map((target) => ({ target, assessment: assess(current, target, reference, indicator) }))
	};
}
