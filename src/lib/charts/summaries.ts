/** One-sentence text summaries of charts, for screen readers and for everyone who reads first. */
import { formatValue } from '$lib/data/format';
import type { Ranking } from '$lib/analysis/rank';

interface Named {
	name: string;
}

export function rankingSummary<T extends Named>(
	ranking: Ranking<T>,
	indicator: { short_label: string; unit: string; decimals: number; direction: string },
	year: number,
	total: number
): string {
	const { ranked, median } = ranking;
	const first = ranked[0];
	const last = ranked.at(-1);
	const noun = indicator.short_label.toLowerCase();
	if (!first || !last) return `No partner place has a value for ${noun} in ${year}.`;
	const fmt = (v: number) => formatValue(v, indicator.decimals, indicator.unit);
	const places = `${ranked.length} of ${total} places with data`;
	if (ranked.length === 1) return `In ${year}, only ${first.name} has a value for ${noun}: ${fmt(first.value)}.`;
	const [top, bottom] =
		indicator.direction === 'neutral'
			? ['highest', 'lowest']
			: indicator.direction === 'lower-is-better'
				? ['best (lowest)', 'worst (highest)']
				: ['best (highest)', 'worst (lowest)'];
	const medianText = median === null ? '' : `; the partner median is ${fmt(median)}`;
	return `In ${year}, ${first.name} has the ${top} ${noun} of the ${places} (${fmt(first.value)}) and ${last.name} the ${bottom} (${fmt(last.value)})${medianText}.`;
}
