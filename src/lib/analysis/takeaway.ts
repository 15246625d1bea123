/**
 * One plain-language line per "at a glance" chart, computed from the values: best and worst place,
 * and — where the indicator has a target in force — how many places with data meet the strictest.
 */
import { formatValue } from '$lib/data/format';
import { countMeeting } from './targets';
import { rankByValue, type Direction } from './rank';

export interface TakeawayIndicator {
	short_label: string;
	unit: string;
	decimals: number;
	direction: Direction;
}

export function takeaway(
	indicator: TakeawayIndicator,
	places: readonly { name: string; value: number | null }[],
	targets: readonly { label: string; comparator: 'le' | 'ge'; value: number; target_year: number | null }[] = []
): string {
	const { ranked } = rankByValue(places, indicator.direction);
	const first = ranked[0];
	const last = ranked.at(-1);
	if (!first || !last || ranked.length < 2)
		return `Too few places have a recent value for ${indicator.short_label.toLowerCase()}.`;
	const fmt = (v: number) => formatValue(v, indicator.decimals, indicator.unit);
	const inForce = targets.filter((t) => t.target_year === null);
	const strictest = inForce.sort((a, b) => (a.comparator === 'le' ? a.value - b.value : b.value - a.value))[0];
	if (strictest) {
		const count = countMeeting(
			places.map((p) => p.value),
			strictest
		);
		return `${count.meeting} of ${count.withData} places with data meet the ${strictest.label} (${fmt(strictest.value)}); best: ${first.name}, ${fmt(first.value)}.`;
	}
	const [best, worst] =
		indicator.direction === 'neutral'
			? ['highest', 'lowest']
			: indicator.direction === 'lower-is-better'
				? ['lowest', 'highest']
				: ['highest', 'lowest'];
	return `${first.name} has the ${best} ${indicator.short_label.toLowerCase()} (${fmt(first.value)}), ${last.name} the ${worst} (${fmt(last.value)}).`;
}
